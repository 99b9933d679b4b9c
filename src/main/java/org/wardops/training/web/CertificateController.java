package org.wardops.training.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
import org.wardops.training.CourseManagement;

import java.nio.charset.StandardCharsets;

/** The public verification page of a certificate: no log-in, nothing but name, course and dates. */
@Controller
public class CertificateController {

    private final CourseManagement management;

    CertificateController(CourseManagement management) {
        this.management = management;
    }

    /** The form that asks for a code; a code given goes to its page. */
    @GetMapping("/certificates")
    String form(@RequestParam(required = false) String code) {
        if (code != null && !code.isBlank()) {
            return "redirect:/certificates/" + UriUtils.encodePathSegment(code.strip(), StandardCharsets.UTF_8);
        }
        return "training/verify";
    }

    @GetMapping("/certificates/{code}")
    String verify(@PathVariable String code, Model model) {
        model.addAttribute("view", management.verify(code));
        return "training/certificate";
    }
}
