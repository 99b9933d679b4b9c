package org.wardops.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.wardops.access.SecondFactorException;
import org.wardops.access.SecondFactorManagement;
import org.wardops.access.SecondFactorManagement.PendingLogin;
import org.wardops.shared.TooManyRequestsException;

import java.util.List;

/**
 * The second step of a log-in (a TOTP or recovery code, or enrolment where a role makes it mandatory) and the
 * person's own second-factor page: enrol by QR code, see recovery codes once, remove it.
 */
@Controller
public class SecondFactorController {

    /** What the second-factor pages show; {@code mode} is CODE, ENROL, CODES or STATUS. */
    public record SecondFactorPage(String mode, String action, SecondFactorManagement.@Nullable Enrolment enrolment,
                                   List<String> recoveryCodes, @Nullable String error, SecondFactorManagement.@Nullable Status status,
                                   String continueTo) {
    }

    private final SecondFactorManagement secondFactors;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SecondFactorController(SecondFactorManagement secondFactors) {
        this.secondFactors = secondFactors;
    }

    @GetMapping("/login/second-factor")
    String loginStep(HttpSession session, Model model) {
        PendingLogin pending = pending(session);
        if (pending == null) {
            return "redirect:/login";
        }
        if (secondFactors.enrolled(pending)) {
            return page(model, new SecondFactorPage("CODE", "/login/second-factor", null, List.of(), null, null, "/"));
        }
        return page(model, new SecondFactorPage("ENROL", "/login/second-factor/enrol", secondFactors.startEnrolment(pending), List.of(), null,
                null, "/"));
    }

    @PostMapping("/login/second-factor")
    String completeLogin(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response, Model model) {
        PendingLogin pending = pending(request.getSession());
        if (pending == null) {
            return "redirect:/login";
        }
        try {
            signIn(secondFactors.completeLogin(pending, code, request.getRemoteAddr()), request, response);
            return "redirect:/";
        } catch (TooManyRequestsException e) {
            request.getSession().removeAttribute(SecondFactorManagement.PENDING_LOGIN);
            return "redirect:/login?locked=" + e.arguments()[0];
        } catch (SecondFactorException e) {
            response.setStatus(401);
            return page(model, new SecondFactorPage("CODE", "/login/second-factor", null, List.of(), e.messageKey(), null, "/"));
        }
    }

    @PostMapping("/login/second-factor/enrol")
    String enrolAtLogin(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response, Model model) {
        PendingLogin pending = pending(request.getSession());
        if (pending == null) {
            return "redirect:/login";
        }
        try {
            List<String> recovery = secondFactors.confirmEnrolment(pending, code, request.getRemoteAddr());
            signIn(secondFactors.signedIn(pending), request, response);
            return page(model, new SecondFactorPage("CODES", "/", null, recovery, null, null, "/"));
        } catch (TooManyRequestsException e) {
            request.getSession().removeAttribute(SecondFactorManagement.PENDING_LOGIN);
            return "redirect:/login?locked=" + e.arguments()[0];
        } catch (SecondFactorException e) {
            response.setStatus(401);
            return page(model, new SecondFactorPage("ENROL", "/login/second-factor/enrol", secondFactors.startEnrolment(pending), List.of(),
                    e.messageKey(), null, "/"));
        }
    }

    @GetMapping("/account/second-factor")
    String status(Model model) {
        return page(model, new SecondFactorPage("STATUS", "/account/second-factor/enrol", null, List.of(), null, secondFactors.status(),
                "/account/second-factor"));
    }

    @PostMapping("/account/second-factor/enrol")
    String enrol(Model model) {
        return page(model, new SecondFactorPage("ENROL", "/account/second-factor/confirm", secondFactors.startEnrolment(), List.of(), null,
                null, "/account/second-factor"));
    }

    @PostMapping("/account/second-factor/confirm")
    String confirm(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            List<String> recovery = secondFactors.confirmEnrolment(code, request.getRemoteAddr());
            return page(model, new SecondFactorPage("CODES", "/account/second-factor", null, recovery, null, null, "/account/second-factor"));
        } catch (SecondFactorException e) {
            response.setStatus(401);
            return page(model, new SecondFactorPage("ENROL", "/account/second-factor/confirm", secondFactors.startEnrolment(), List.of(),
                    e.messageKey(), null, "/account/second-factor"));
        }
    }

    @PostMapping("/account/second-factor/remove")
    String remove(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            secondFactors.remove(code, request.getRemoteAddr());
            return "redirect:/account/second-factor";
        } catch (SecondFactorException e) {
            response.setStatus(401);
            return page(model, new SecondFactorPage("STATUS", "/account/second-factor/enrol", null, List.of(), e.messageKey(),
                    secondFactors.status(), "/account/second-factor"));
        }
    }

    private @Nullable PendingLogin pending(HttpSession session) {
        if (session.getAttribute(SecondFactorManagement.PENDING_LOGIN) instanceof PendingLogin pending && !secondFactors.expired(pending)) {
            return pending;
        }
        session.removeAttribute(SecondFactorManagement.PENDING_LOGIN);
        return null;
    }

    private void signIn(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        request.getSession().removeAttribute(SecondFactorManagement.PENDING_LOGIN);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    private static String page(Model model, SecondFactorPage view) {
        model.addAttribute("view", view);
        return "access/secondFactor";
    }
}
