package org.wardops.directory.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.UnitImportReport;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.web.FormErrors;
import org.springframework.context.MessageSource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/** Upload of the official unit list, with a dry run that shows what would change. */
@Controller
public class UnitImportController {

    private final DirectoryManagement directory;
    private final MessageSource messages;

    UnitImportController(DirectoryManagement directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    /** The import page: the upload form, and the report of the last upload. */
    public record ImportView(@Nullable UnitImportReport report, FormErrors errors, boolean dryRun) {
    }

    @GetMapping("/admin/units/import")
    String form(Model model) {
        model.addAttribute("view", new ImportView(null, FormErrors.NONE, true));
        return "directory/import";
    }

    @PostMapping("/admin/units/import")
    String upload(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
                  @RequestParam(defaultValue = "false") boolean dryRun, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("view", new ImportView(null,
                    FormErrors.of(InvalidInputException.of("file", "directory.error.import.fileRequired"), messages), dryRun));
            return "directory/import";
        }
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            model.addAttribute("view", new ImportView(directory.importOfficialUnits(reader, dryRun), FormErrors.NONE, dryRun));
        }
        return "directory/import";
    }
}
