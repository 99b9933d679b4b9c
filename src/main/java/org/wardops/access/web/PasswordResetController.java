package org.wardops.access.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.wardops.access.PasswordResets;
import org.wardops.shared.InvalidInputException;

import java.util.List;

/** "Forgot your password?": ask for a link by user name, then set a new password with it. */
@Controller
public class PasswordResetController {

    /** What the reset pages show; {@code step} is REQUEST, SENT or NEW. */
    public record ResetPage(String step, @Nullable String token, List<InvalidInputException.FieldProblem> errors) {
    }

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping("/password-reset")
    String requestForm(Model model) {
        return page(model, new ResetPage("REQUEST", null, List.of()));
    }

    @PostMapping("/password-reset")
    String request(@RequestParam(defaultValue = "") String username, Model model) {
        resets.request(username, LocaleContextHolder.getLocale());
        return page(model, new ResetPage("SENT", null, List.of()));
    }

    @GetMapping("/password-reset/new")
    String newPasswordForm(@RequestParam(defaultValue = "") String token, Model model) {
        return page(model, new ResetPage("NEW", token, List.of()));
    }

    @PostMapping("/password-reset/new")
    String setPassword(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
                       HttpServletResponse response, Model model) {
        try {
            resets.complete(token, password);
            return "redirect:/login?reset";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return page(model, new ResetPage("NEW", token, e.problems()));
        }
    }

    private static String page(Model model, ResetPage view) {
        model.addAttribute("view", view);
        return "access/passwordReset";
    }
}
