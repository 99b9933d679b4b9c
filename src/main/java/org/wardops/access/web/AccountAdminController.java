package org.wardops.access.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wardops.access.AccountAction;
import org.wardops.access.AccountManagement;
import org.wardops.access.AccountView;
import org.wardops.audit.AuditRecordView;
import org.wardops.audit.AuditTrail;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.PeopleManagement;
import org.wardops.directory.PersonView;
import org.wardops.directory.UnitSearch;
import org.wardops.directory.UnitView;
import org.wardops.shared.DeploymentSettings;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.security.Role;
import org.wardops.shared.web.FormErrors;
import org.wardops.shared.web.Notices;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Administration of accounts: list, create, change roles and scope, reset password, disable. */
@Controller
public class AccountAdminController {

    /** The account list page. */
    public record AccountListView(PageResult<AccountView> accounts, @Nullable String q, Map<UUID, String> unitNames) {
    }

    /** The account form page, new or existing. */
    public record AccountFormView(@Nullable AccountView account, AccountForm form, FormErrors errors, List<UnitView> units,
                                  List<PersonView> people, List<UnitView> workingGroups, List<Role> roles, List<AuditRecordView> history) {

        public boolean isNew() {
            return account == null;
        }

        public boolean mayDisable() {
            return account != null && account.enabled() && account.actions().contains(AccountAction.DISABLE_ACCOUNT);
        }

        public boolean mayEnable() {
            return account != null && !account.enabled() && account.actions().contains(AccountAction.ENABLE_ACCOUNT);
        }
    }

    private final AccountManagement accounts;
    private final DirectoryManagement directory;
    private final PeopleManagement people;
    private final AuditTrail audit;
    private final DeploymentSettings deployment;
    private final MessageSource messages;
    private final Notices notices;

    AccountAdminController(AccountManagement accounts, DirectoryManagement directory, PeopleManagement people, AuditTrail audit,
                           DeploymentSettings deployment, MessageSource messages, Notices notices) {
        this.accounts = accounts;
        this.directory = directory;
        this.people = people;
        this.audit = audit;
        this.deployment = deployment;
        this.messages = messages;
        this.notices = notices;
    }

    @GetMapping("/admin/accounts")
    String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable Integer page, Model model) {
        PageResult<AccountView> found = accounts.find(q, PageRequest.of(page, 50));
        Map<UUID, String> unitNames = directory.units(found.items().stream().map(AccountView::unitId).distinct().toList()).stream()
                .collect(Collectors.toMap(UnitView::id, UnitView::name));
        model.addAttribute("view", new AccountListView(found, q, unitNames));
        return "access/accounts";
    }

    @GetMapping("/admin/accounts/new")
    String newAccount(Model model) {
        return form(null, AccountForm.empty(), FormErrors.NONE, model);
    }

    @PostMapping("/admin/accounts")
    String create(@ModelAttribute AccountForm form, RedirectAttributes redirect, Model model) {
        try {
            AccountView created = accounts.create(form.command());
            notices.add(redirect, "access.message.account.created", created.username());
            return "redirect:/admin/accounts/" + created.id();
        } catch (InvalidInputException e) {
            return form(null, form, FormErrors.of(e, messages), model);
        }
    }

    @GetMapping("/admin/accounts/{id}")
    String edit(@PathVariable UUID id, Model model) {
        AccountView account = accounts.account(id);
        return form(account, AccountForm.of(account), FormErrors.NONE, model);
    }

    @PostMapping("/admin/accounts/{id}")
    String change(@PathVariable UUID id, @ModelAttribute AccountForm form, RedirectAttributes redirect, Model model) {
        AccountView account = accounts.account(id);
        try {
            long version = form.version() == null ? -1 : form.version();
            accounts.change(id, version, form.command());
            notices.add(redirect, "access.message.account.saved", account.username());
            return "redirect:/admin/accounts/" + id;
        } catch (InvalidInputException | org.wardops.shared.ConflictException e) {
            return form(account, form, FormErrors.of(e, messages), model);
        }
    }

    @PostMapping("/admin/accounts/{id}/disable")
    String disable(@PathVariable UUID id, RedirectAttributes redirect) {
        AccountView account = accounts.disable(id);
        notices.add(redirect, "access.message.account.disabled", account.username());
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/admin/accounts/{id}/enable")
    String enable(@PathVariable UUID id, RedirectAttributes redirect) {
        AccountView account = accounts.enable(id);
        notices.add(redirect, "access.message.account.enabled", account.username());
        return "redirect:/admin/accounts/" + id;
    }

    private String form(@Nullable AccountView account, AccountForm form, FormErrors errors, Model model) {
        String province = deployment.provinceCode();
        List<UnitView> units = directory.findUnits(UnitSearch.inProvince(province), new PageRequest(0, PageRequest.MAX_SIZE)).items();
        List<UnitView> groups = directory.workingGroups(province);
        List<AuditRecordView> history = account == null ? List.of() : audit.history(account.id());
        model.addAttribute("view", new AccountFormView(account, form, errors, units, peopleOf(form.unitId()), groups,
                List.of(Role.values()), history));
        return "access/account";
    }

    /** The people of the chosen unit, offered as the account's person; htmx refreshes them when the unit changes. */
    @GetMapping("/admin/accounts/people")
    String peopleOptions(@RequestParam(required = false) @Nullable UUID unitId, Model model) {
        model.addAttribute("people", peopleOf(unitId));
        model.addAttribute("selected", (UUID) null);
        return "access/_personOptions";
    }

    private List<PersonView> peopleOf(@Nullable UUID unitId) {
        return unitId == null ? List.of() : people.find(unitId, null, new PageRequest(0, PageRequest.MAX_SIZE)).items();
    }

}
