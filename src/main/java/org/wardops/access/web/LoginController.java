package org.wardops.access.web;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.wardops.access.SingleSignOn;
import org.wardops.shared.DeploymentSettings;
import org.wardops.shared.security.CurrentActor;

import java.util.List;

/** The log-in page (with a button per single sign-on provider); in demo mode it lists the demo accounts. */
@Controller
public class LoginController {

    /** A demo account as listed on the log-in page. */
    public record DemoAccount(String username, String roleKey) {
    }

    /** The accounts the demo data creates; shown only when the deployment runs the demo. */
    static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("admin", "SYSTEM_ADMIN"),
            new DemoAccount("leader", "CITY_LEADER"),
            new DemoAccount("wg15.lead", "WORKING_GROUP_LEADER"),
            new DemoAccount("wg15.member", "WORKING_GROUP_MEMBER"),
            new DemoAccount("dept.sci", "DEPARTMENT_OFFICER"),
            new DemoAccount("xomchieu.chair", "UNIT_LEADER"),
            new DemoAccount("xomchieu.officer", "UNIT_OFFICER"),
            new DemoAccount("khanhhoi.officer", "UNIT_OFFICER"),
            new DemoAccount("vinhhoi.officer", "UNIT_OFFICER"),
            new DemoAccount("volunteer.xomchieu", "VOLUNTEER"),
            new DemoAccount("auditor", "AUDITOR"));

    /** What the log-in page shows. */
    public record LoginView(@Nullable String username, boolean failed, @Nullable String lockedMinutes, boolean loggedOut,
                     List<DemoAccount> demoAccounts, String demoPassword,
                     boolean passwordReset, List<SingleSignOn.Provider> providers, boolean ssoFailed) {
    }

    /** The page after a provider's log-in that matches no WardOps account. */
    public record UnmatchedView(String provider, String claimValue, boolean noRole) {
    }

    private final DeploymentSettings deployment;
    private final SingleSignOn singleSignOn;

    LoginController(DeploymentSettings deployment, SingleSignOn singleSignOn) {
        this.deployment = deployment;
        this.singleSignOn = singleSignOn;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) @Nullable String error, @RequestParam(required = false) @Nullable String locked,
                 @RequestParam(required = false) @Nullable String logout,
                 @RequestParam(required = false) @Nullable String reset,
                 @RequestParam(name = "sso-failed", required = false) @Nullable String ssoFailed, HttpSession session, Model model) {
        if (CurrentActor.find().isPresent()) {
            return "redirect:/";
        }
        Object lastUsername = session.getAttribute("wardops.login.username");
        session.removeAttribute("wardops.login.username");
        String minutes = locked != null && locked.chars().allMatch(Character::isDigit) && !locked.isEmpty() ? locked : null;
        model.addAttribute("view", new LoginView(lastUsername == null ? null : lastUsername.toString(), error != null, minutes,
                logout != null, deployment.demo() ? DEMO_ACCOUNTS : List.of(), "wardops-demo", reset != null,
                singleSignOn.providers(), ssoFailed != null));
        return "access/login";
    }

    @GetMapping("/login/sso/unmatched")
    String unmatched(HttpSession session, Model model) {
        if (!(session.getAttribute(SingleSignOn.UNMATCHED_VALUE) instanceof String claimValue)) {
            return "redirect:/login";
        }
        model.addAttribute("view", new UnmatchedView(String.valueOf(session.getAttribute(SingleSignOn.UNMATCHED_PROVIDER)),
                claimValue, Boolean.TRUE.equals(session.getAttribute(SingleSignOn.UNMATCHED_NO_ROLE))));
        return "access/ssoUnmatched";
    }
}
