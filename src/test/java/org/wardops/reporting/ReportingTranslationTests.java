package org.wardops.reporting;

import org.junit.jupiter.api.Test;
import org.wardops.supervision.SessionRole;
import org.wardops.supervision.Topic;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Keys that pages build from enums exist in every language (TranslationTests checks literal keys only). */
class ReportingTranslationTests {

    @Test
    void everyStateStatusTypeTopicAndRoleHasALabelInEveryLanguage() throws IOException {
        for (String suffix : new String[] {"", "_en", "_de"}) {
            Properties reporting = load("reporting" + suffix);
            Properties supervision = load("supervision" + suffix);
            for (ReportState state : ReportState.values()) {
                assertThat(reporting).containsKey("reporting.label.state." + state.name());
            }
            for (Completeness.Status status : Completeness.Status.values()) {
                assertThat(reporting).containsKey("reporting.label.status." + status.name());
            }
            for (Completeness.Sort sort : Completeness.Sort.values()) {
                assertThat(reporting).containsKey("reporting.label.completeness.sort." + sort.name());
            }
            for (FieldType type : FieldType.values()) {
                assertThat(reporting).containsKey("reporting.label.fieldType." + type.name());
            }
            for (Topic topic : Topic.values()) {
                assertThat(supervision).containsKey("supervision.label.topic." + topic.name());
            }
            for (SessionRole role : SessionRole.values()) {
                assertThat(supervision).containsKey("supervision.label.role." + role.name());
            }
            for (String what : new String[] {"report", "request", "template", "attachment"}) {
                assertThat(reporting).containsKey("reporting.error." + what + ".notFound");
            }
            for (String what : new String[] {"programme", "session", "workingGroup"}) {
                assertThat(supervision).containsKey("supervision.error." + what + ".notFound");
            }
        }
    }

    private static Properties load(String bundle) throws IOException {
        try (InputStream in = ReportingTranslationTests.class.getResourceAsStream("/i18n/" + bundle + ".properties")) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
