package org.wardops.capacity.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wardops.capacity.AssetManagement;
import org.wardops.capacity.AssetState;
import org.wardops.capacity.AssetType;
import org.wardops.capacity.AssetView;
import org.wardops.capacity.BackupFrequency;
import org.wardops.capacity.CertificateView;
import org.wardops.capacity.ControlStatus;
import org.wardops.capacity.Employment;
import org.wardops.capacity.InfrastructureManagement;
import org.wardops.capacity.InfrastructureView;
import org.wardops.capacity.ItSkill;
import org.wardops.capacity.PositionView;
import org.wardops.capacity.PostView;
import org.wardops.capacity.SaveAsset;
import org.wardops.capacity.SaveInfrastructure;
import org.wardops.capacity.SaveStaff;
import org.wardops.capacity.StaffManagement;
import org.wardops.capacity.StaffView;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.PersonView;
import org.wardops.directory.UnitView;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.WardOpsException;
import org.wardops.shared.web.FormErrors;
import org.wardops.shared.web.Notices;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The page forms for what the API edits: a staff entry (posts, skills, certificates, leaving), an asset, and a unit's
 * connectivity, storage, backups, systems and controls. Plain forms (no JavaScript); a refused save shows the form
 * again with every value as typed and the problems at their fields.
 */
@Controller
public class CapacityFormsController {

    /** Field values as read from a record. */
    record Filled(Map<String, String> values) implements FormValues {
    }

    /** The staff entry form; {@code people} are whom a new entry may be for (empty when changing one). */
    public record StaffForm(UnitView unit, @Nullable StaffView entry, FormValues form, FormErrors errors, int postRows, int certificateRows,
                            List<PositionView> positions, List<PersonView> people) {

        public String action() {
            return entry == null ? "/capacity/units/" + unit.id() + "/staff" : "/capacity/staff/" + entry.id();
        }

        public List<ItSkill> skills() {
            return List.of(ItSkill.values());
        }

        public List<Employment> employments() {
            return List.of(Employment.values());
        }
    }

    /** The asset form; {@code custodians} are the current people of the unit's register. */
    public record AssetForm(UnitView unit, @Nullable AssetView asset, FormValues form, FormErrors errors, List<StaffView> custodians) {

        public String action() {
            return asset == null ? "/capacity/units/" + unit.id() + "/assets" : "/capacity/assets/" + asset.id();
        }

        public List<AssetType> types() {
            return List.of(AssetType.values());
        }

        public List<AssetState> states() {
            return List.of(AssetState.values());
        }

        public List<String> products() {
            return List.of("windows", "windows-server", "macos", "ubuntu", "debian");
        }
    }

    /** The infrastructure form: every list with its rows (the recorded ones and one blank), every control. */
    public record InfrastructureForm(UnitView unit, InfrastructureView current, FormValues form, FormErrors errors, int linkRows, int backupRows,
                                     int systemRows) {

        public List<BackupFrequency> frequencies() {
            return List.of(BackupFrequency.values());
        }

        public List<ControlStatus> statuses() {
            return List.of(ControlStatus.values());
        }
    }

    private final StaffManagement staff;
    private final AssetManagement assets;
    private final InfrastructureManagement infrastructure;
    private final DirectoryManagement directory;
    private final MessageSource messages;
    private final Notices notices;

    CapacityFormsController(StaffManagement staff, AssetManagement assets, InfrastructureManagement infrastructure, DirectoryManagement directory,
                            MessageSource messages, Notices notices) {
        this.staff = staff;
        this.assets = assets;
        this.infrastructure = infrastructure;
        this.directory = directory;
        this.messages = messages;
        this.notices = notices;
    }

    // ---- staff

    @GetMapping("/capacity/units/{unitId}/staff/new")
    String newStaff(@PathVariable UUID unitId, Model model) {
        requireEdit(staff.mayEdit(unitId));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("mainPost", "0");
        return staffPage(unitId, null, new Filled(values), FormErrors.NONE, 3, 1, model);
    }

    @PostMapping("/capacity/units/{unitId}/staff")
    String registerStaff(@PathVariable UUID unitId, @RequestParam Map<String, String> parameters, RedirectAttributes redirect, Model model) {
        requireEdit(staff.mayEdit(unitId));
        FormInput input = new FormInput(parameters);
        try {
            SaveStaff command = staffCommand(input);
            try {
                staff.register(unitId, command);
            } catch (InvalidInputException e) {
                throw input.onFormRows(e);
            }
            notices.add(redirect, "capacity.message.staff.saved");
            return "redirect:/capacity/units/" + unitId + "#staff";
        } catch (WardOpsException e) {
            return staffPage(unitId, null, input, refused(e), rows(input, "posts", 3), rows(input, "certificates", 1), model);
        }
    }

    @GetMapping("/capacity/staff/{id}/edit")
    String editStaff(@PathVariable UUID id, Model model) {
        StaffView entry = staff.staff(id);
        requireEdit(staff.mayEdit(entry.unitId()));
        return staffPage(entry.unitId(), entry, new Filled(staffValues(entry)), FormErrors.NONE, entry.posts().size() + 1,
                entry.certificates().size() + 1, model);
    }

    @PostMapping("/capacity/staff/{id}")
    String changeStaff(@PathVariable UUID id, @RequestParam Map<String, String> parameters, RedirectAttributes redirect, Model model) {
        StaffView entry = staff.staff(id);
        requireEdit(staff.mayEdit(entry.unitId()));
        FormInput input = new FormInput(parameters);
        try {
            Integer version = input.integer("version");
            SaveStaff command = staffCommand(input);
            try {
                staff.change(id, version == null ? -1 : version, command);
            } catch (InvalidInputException e) {
                throw input.onFormRows(e);
            }
            notices.add(redirect, "capacity.message.staff.saved");
            return "redirect:/capacity/units/" + entry.unitId() + "#staff";
        } catch (WardOpsException e) {
            return staffPage(entry.unitId(), entry, input, refused(e), rows(input, "posts", 1), rows(input, "certificates", 1), model);
        }
    }

    private SaveStaff staffCommand(FormInput input) {
        List<PostView> posts = new ArrayList<>();
        String main = input.text("mainPost");
        for (int row : input.rows("posts", "positionCode")) {
            String p = "posts[" + row + "].";
            posts.add(new PostView(input.text(p + "positionCode"), String.valueOf(row).equals(main), input.option(p + "employment", Employment.class)));
        }
        List<CertificateView> certificates = new ArrayList<>();
        for (int row : input.rows("certificates", "name", "issuer", "issuedOn", "expiresOn")) {
            String c = "certificates[" + row + "].";
            certificates.add(new CertificateView(input.text(c + "name"), input.text(c + "issuer"), input.date(c + "issuedOn"), input.date(c + "expiresOn")));
        }
        SaveStaff command = new SaveStaff(input.uuid("personId"), posts, input.option("selfAssessedSkill", ItSkill.class),
                input.option("testedSkill", ItSkill.class), input.date("testedOn"), certificates, input.date("leftOn"));
        input.requireParsed();
        return command;
    }

    private static Map<String, String> staffValues(StaffView entry) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("personId", entry.personId().toString());
        values.put("version", String.valueOf(entry.version()));
        for (int i = 0; i < entry.posts().size(); i++) {
            PostView post = entry.posts().get(i);
            put(values, "posts[" + i + "].positionCode", post.positionCode());
            put(values, "posts[" + i + "].employment", post.employment());
            if (post.main()) {
                values.put("mainPost", String.valueOf(i));
            }
        }
        put(values, "selfAssessedSkill", entry.selfAssessedSkill());
        put(values, "testedSkill", entry.testedSkill());
        put(values, "testedOn", entry.testedOn());
        put(values, "leftOn", entry.leftOn());
        for (int i = 0; i < entry.certificates().size(); i++) {
            CertificateView c = entry.certificates().get(i);
            put(values, "certificates[" + i + "].name", c.name());
            put(values, "certificates[" + i + "].issuer", c.issuer());
            put(values, "certificates[" + i + "].issuedOn", c.issuedOn());
            put(values, "certificates[" + i + "].expiresOn", c.expiresOn());
        }
        return values;
    }

    private String staffPage(UUID unitId, @Nullable StaffView entry, FormValues form, FormErrors errors, int postRows, int certificateRows, Model model) {
        List<PersonView> people = entry == null ? staff.unregisteredPeople(unitId) : List.of();
        model.addAttribute("view", new StaffForm(directory.unit(unitId), entry, form, errors, Math.min(postRows, StaffManagement.MAX_POSTS),
                Math.min(certificateRows, StaffManagement.MAX_CERTIFICATES), staff.positions(), people));
        return "capacity/staff-form";
    }

    // ---- assets

    @GetMapping("/capacity/units/{unitId}/assets/new")
    String newAsset(@PathVariable UUID unitId, Model model) {
        requireEdit(assets.mayEdit(unitId));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("state", AssetState.IN_USE.name());
        return assetPage(unitId, null, new Filled(values), FormErrors.NONE, model);
    }

    @PostMapping("/capacity/units/{unitId}/assets")
    String createAsset(@PathVariable UUID unitId, @RequestParam Map<String, String> parameters, RedirectAttributes redirect, Model model) {
        requireEdit(assets.mayEdit(unitId));
        FormInput input = new FormInput(parameters);
        try {
            AssetView created = assets.create(unitId, assetCommand(input));
            notices.add(redirect, "capacity.message.asset.saved");
            return "redirect:/capacity/assets?unitId=" + created.unitId();
        } catch (WardOpsException e) {
            return assetPage(unitId, null, input, refused(e), model);
        }
    }

    @GetMapping("/capacity/assets/{id}/edit")
    String editAsset(@PathVariable UUID id, Model model) {
        AssetView asset = assets.asset(id);
        requireEdit(assets.mayEdit(asset.unitId()));
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "type", asset.type());
        put(values, "tag", asset.tag());
        put(values, "serial", asset.serial());
        put(values, "model", asset.model());
        put(values, "purchaseYear", asset.purchaseYear());
        put(values, "osProduct", asset.osProduct());
        put(values, "osVersion", asset.osVersion());
        put(values, "osEdition", asset.osEdition());
        put(values, "state", asset.state());
        put(values, "location", asset.location());
        put(values, "custodianPersonId", asset.custodianPersonId());
        values.put("version", String.valueOf(asset.version()));
        return assetPage(asset.unitId(), asset, new Filled(values), FormErrors.NONE, model);
    }

    @PostMapping("/capacity/assets/{id}")
    String changeAsset(@PathVariable UUID id, @RequestParam Map<String, String> parameters, RedirectAttributes redirect, Model model) {
        AssetView asset = assets.asset(id);
        requireEdit(assets.mayEdit(asset.unitId()));
        FormInput input = new FormInput(parameters);
        try {
            Integer version = input.integer("version");
            SaveAsset command = assetCommand(input);
            assets.change(id, version == null ? -1 : version, command);
            notices.add(redirect, "capacity.message.asset.saved");
            return "redirect:/capacity/assets?unitId=" + asset.unitId();
        } catch (WardOpsException e) {
            return assetPage(asset.unitId(), asset, input, refused(e), model);
        }
    }

    private static SaveAsset assetCommand(FormInput input) {
        SaveAsset command = new SaveAsset(input.option("type", AssetType.class), input.text("tag"), input.text("serial"), input.text("model"),
                input.integer("purchaseYear"), input.text("osProduct"), input.text("osVersion"), input.text("osEdition"),
                input.option("state", AssetState.class), input.text("location"), input.uuid("custodianPersonId"));
        input.requireParsed();
        return command;
    }

    private String assetPage(UUID unitId, @Nullable AssetView asset, FormValues form, FormErrors errors, Model model) {
        List<StaffView> custodians = staff.unitStaff(unitId).staff().stream().filter(StaffView::current).toList();
        model.addAttribute("view", new AssetForm(directory.unit(unitId), asset, form, errors, custodians));
        return "capacity/asset-form";
    }

    // ---- infrastructure

    @GetMapping("/capacity/units/{unitId}/infrastructure/edit")
    String editInfrastructure(@PathVariable UUID unitId, Model model) {
        requireEdit(infrastructure.mayEdit(unitId));
        InfrastructureView current = infrastructure.infrastructure(unitId);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("version", String.valueOf(current.version()));
        put(values, "storageCapacityGb", current.storageCapacityGb());
        put(values, "storageUsedGb", current.storageUsedGb());
        for (int i = 0; i < current.links().size(); i++) {
            InfrastructureView.Link l = current.links().get(i);
            put(values, "links[" + i + "].provider", l.provider());
            put(values, "links[" + i + "].downMbps", l.downMbps());
            put(values, "links[" + i + "].upMbps", l.upMbps());
            put(values, "links[" + i + "].outages", l.outages());
            values.put("links[" + i + "].redundant", String.valueOf(l.redundant()));
        }
        for (int i = 0; i < current.backups().size(); i++) {
            InfrastructureView.Backup b = current.backups().get(i);
            put(values, "backups[" + i + "].what", b.what());
            put(values, "backups[" + i + "].frequency", b.frequency());
            put(values, "backups[" + i + "].location", b.location());
            put(values, "backups[" + i + "].lastRestoreTest", b.lastRestoreTest());
        }
        for (int i = 0; i < current.systems().size(); i++) {
            InfrastructureView.InformationSystem s = current.systems().get(i);
            put(values, "systems[" + i + "].name", s.name());
            put(values, "systems[" + i + "].securityLevel", s.securityLevel());
            put(values, "systems[" + i + "].decisionNumber", s.decisionNumber());
            put(values, "systems[" + i + "].decisionDate", s.decisionDate());
        }
        for (int i = 0; i < current.controls().size(); i++) {
            InfrastructureView.Control c = current.controls().get(i);
            values.put("controls[" + i + "].code", c.code());
            put(values, "controls[" + i + "].status", c.status());
            put(values, "controls[" + i + "].reason", c.reason());
        }
        return infrastructurePage(unitId, current, new Filled(values), FormErrors.NONE, current.links().size() + 1, current.backups().size() + 1,
                current.systems().size() + 1, model);
    }

    @PostMapping("/capacity/units/{unitId}/infrastructure")
    String saveInfrastructure(@PathVariable UUID unitId, @RequestParam Map<String, String> parameters, RedirectAttributes redirect, Model model) {
        requireEdit(infrastructure.mayEdit(unitId));
        FormInput input = new FormInput(parameters);
        try {
            List<InfrastructureView.Link> links = new ArrayList<>();
            for (int row : input.rows("links", "provider", "downMbps", "upMbps", "outages")) {
                String l = "links[" + row + "].";
                links.add(new InfrastructureView.Link(input.text(l + "provider"), input.integer(l + "downMbps"), input.integer(l + "upMbps"),
                        input.checked(l + "redundant"), input.integer(l + "outages")));
            }
            List<InfrastructureView.Backup> backups = new ArrayList<>();
            for (int row : input.rows("backups", "what", "location", "lastRestoreTest")) {
                String b = "backups[" + row + "].";
                backups.add(new InfrastructureView.Backup(input.text(b + "what"), input.option(b + "frequency", BackupFrequency.class),
                        input.text(b + "location"), input.date(b + "lastRestoreTest")));
            }
            List<InfrastructureView.InformationSystem> systems = new ArrayList<>();
            for (int row : input.rows("systems", "name", "securityLevel", "decisionNumber", "decisionDate")) {
                String s = "systems[" + row + "].";
                systems.add(new InfrastructureView.InformationSystem(input.text(s + "name"), input.integer(s + "securityLevel"),
                        input.text(s + "decisionNumber"), input.date(s + "decisionDate")));
            }
            List<SaveInfrastructure.ControlAnswer> controls = new ArrayList<>();
            for (int row : input.rows("controls", "code")) {
                String c = "controls[" + row + "].";
                controls.add(new SaveInfrastructure.ControlAnswer(input.text(c + "code"), input.option(c + "status", ControlStatus.class),
                        input.text(c + "reason")));
            }
            Integer version = input.integer("version");
            SaveInfrastructure command = new SaveInfrastructure(input.integer("storageCapacityGb"), input.integer("storageUsedGb"), links, backups,
                    systems, controls, version == null ? null : version.longValue());
            input.requireParsed();
            try {
                infrastructure.save(unitId, command);
            } catch (InvalidInputException e) {
                throw input.onFormRows(e);
            }
            notices.add(redirect, "capacity.message.infrastructure.saved");
            return "redirect:/capacity/units/" + unitId + "#infrastructure";
        } catch (WardOpsException e) {
            return infrastructurePage(unitId, infrastructure.infrastructure(unitId), input, refused(e), rows(input, "links", 1),
                    rows(input, "backups", 1), rows(input, "systems", 1), model);
        }
    }

    private String infrastructurePage(UUID unitId, InfrastructureView current, FormValues form, FormErrors errors, int links, int backups, int systems,
                                      Model model) {
        int max = InfrastructureManagement.MAX_ITEMS;
        model.addAttribute("view", new InfrastructureForm(directory.unit(unitId), current, form, errors, Math.min(links, max), Math.min(backups, max),
                Math.min(systems, max)));
        return "capacity/infrastructure-form";
    }

    // ---- shared

    private static void requireEdit(boolean allowed) {
        if (!allowed) {
            throw new AccessRefusedException("capacity.error.access.edit");
        }
    }

    /** A refusal shown on the form; one outside the reader's scope answers as an error page instead. */
    private FormErrors refused(WardOpsException e) {
        if (e.kind() == WardOpsException.Kind.FORBIDDEN || e.kind() == WardOpsException.Kind.NOT_FOUND) {
            throw e;
        }
        return FormErrors.of(e, messages);
    }

    private static int rows(FormInput input, String list, int least) {
        return Math.max(least, input.rowsShown(list));
    }

    private static void put(Map<String, String> values, String name, @Nullable Object value) {
        if (value != null) {
            values.put(name, value instanceof Enum<?> e ? e.name() : value instanceof LocalDate d ? d.toString() : value.toString());
        }
    }
}
