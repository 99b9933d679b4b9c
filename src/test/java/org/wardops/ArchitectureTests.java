package org.wardops;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

/** The rules of STYLE.md that the module verification does not cover. */
class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.wardops");

    @Test
    void controllersAreThinAndGoThroughFacades() {
        noClasses().that().resideInAnyPackage("..web..", "..api..")
                .should().dependOnClassesThat().resideInAPackage("..internal..")
                .orShould().dependOnClassesThat().areAssignableTo(JdbcClient.class)
                .check(classes);
    }

    @Test
    void pagesAndApisLiveInTheirSubPackages() {
        classes().that().areAnnotatedWith(Controller.class).and().resideOutsideOfPackage("org.wardops.shared..")
                .should().resideInAPackage("..web..").check(classes);
        classes().that().areAnnotatedWith(RestController.class).should().resideInAPackage("..api..").check(classes);
    }

    @Test
    void sqlStaysInInternalPackages() {
        noClasses().that().resideOutsideOfPackage("..internal..")
                .should().dependOnClassesThat().areAssignableTo(JdbcClient.class)
                .check(classes);
    }

    @Test
    void nothingWritesToTheConsole() {
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(classes);
    }
}
