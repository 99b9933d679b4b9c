package org.wardops.capacity.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wardops.capacity.AgeBucket;
import org.wardops.capacity.AssetManagement;
import org.wardops.capacity.AssetSearch;
import org.wardops.capacity.AssetType;
import org.wardops.capacity.AssetView;
import org.wardops.capacity.ImportReport;
import org.wardops.capacity.InfrastructureManagement;
import org.wardops.capacity.InfrastructureView;
import org.wardops.capacity.MatchKey;
import org.wardops.shared.web.QueryParameters;
import org.wardops.capacity.Ranking;
import org.wardops.capacity.ReadinessManagement;
import org.wardops.capacity.ReadinessView;
import org.wardops.capacity.StaffManagement;
import org.wardops.capacity.SupportStatus;
import org.wardops.capacity.UnitStaff;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.UnitView;
import org.wardops.difficulties.DifficultyView;
import org.wardops.shared.DeploymentSettings;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.WardOpsException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.web.Downloads;
import org.wardops.shared.web.FormErrors;
import org.wardops.shared.web.Notices;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The unit capacity page, the city overview (ranking and heat table), the asset list and the inventory import page. */
@Controller
public class CapacityController {

    /** The unit page: score and gaps, staff, assets by age, infrastructure. */
    public record UnitPageView(UnitView unit, ReadinessView readiness, UnitStaff staff, List<AgeBucket> ages, InfrastructureView infrastructure,
                               List<Map.Entry<String, BigDecimal>> trend, boolean mayEdit, boolean mayDraft, FormErrors errors,
                               List<org.wardops.capacity.PositionView> positions) {

        /** The position's label in the reader's language, or its code when the catalogue no longer has it. */
        public String position(@Nullable String code) {
            return positions.stream().filter(p -> p.code().equals(code)).map(org.wardops.capacity.PositionView::label).findFirst()
                    .orElse(code == null ? "" : code);
        }

        public int largestBucket() {
            return Math.max(1, ages.stream().mapToInt(AgeBucket::count).max().orElse(1));
        }
    }

    /** The city overview with the working-group filter. */
    public record OverviewView(Ranking ranking, List<UnitView> workingGroups, @Nullable UUID workingGroupId) {

        public String pageLink(int page) {
            return "/capacity/overview?page=" + page + (workingGroupId == null ? "" : "&workingGroupId=" + workingGroupId);
        }

        /** The heat class of a criterion's points: 1 (few) to 4 (all of them). */
        public String heat(@Nullable BigDecimal points, int weight) {
            if (points == null || weight == 0) {
                return "";
            }
            double share = points.doubleValue() / weight;
            return share >= 0.999 ? "heat-4" : share >= 0.66 ? "heat-3" : share >= 0.33 ? "heat-2" : share > 0 ? "heat-1" : "";
        }
    }

    /** The asset list with its filters. */
    public record AssetListView(PageResult<AssetView> assets, @Nullable UUID unitId, @Nullable AssetType type, @Nullable SupportStatus support,
                                @Nullable UUID editableUnit) {

        /** Whether the reader may change the unit's assets (a unit keeper, their own unit). */
        public boolean editable(@Nullable UUID unit) {
            return unit != null && unit.equals(editableUnit);
        }

        public List<AssetType> types() {
            return List.of(AssetType.values());
        }

        public List<SupportStatus> statuses() {
            return List.of(SupportStatus.values());
        }

        public String pageLink(int page) {
            return "/capacity/assets?page=" + page + (unitId == null ? "" : "&unitId=" + unitId) + (type == null ? "" : "&type=" + type.name())
                    + (support == null ? "" : "&support=" + support.name());
        }
    }

    /** The import page, with the last result if any. */
    public record ImportPageView(UnitView unit, @Nullable ImportReport report, MatchKey matchKey, FormErrors errors) {

        public List<MatchKey> matchKeys() {
            return List.of(MatchKey.values());
        }
    }

    private final StaffManagement staff;
    private final AssetManagement assets;
    private final InfrastructureManagement infrastructure;
    private final ReadinessManagement readiness;
    private final DirectoryManagement directory;
    private final DeploymentSettings deployment;
    private final MessageSource messages;
    private final Notices notices;

    CapacityController(StaffManagement staff, AssetManagement assets, InfrastructureManagement infrastructure, ReadinessManagement readiness,
                       DirectoryManagement directory, DeploymentSettings deployment, MessageSource messages, Notices notices) {
        this.staff = staff;
        this.assets = assets;
        this.infrastructure = infrastructure;
        this.readiness = readiness;
        this.directory = directory;
        this.deployment = deployment;
        this.messages = messages;
        this.notices = notices;
    }

    @GetMapping("/capacity")
    String home() {
        Actor actor = CurrentActor.get();
        if (actor.unitId() != null && staff.mayEdit(actor.unitId())) {
            return "redirect:/capacity/units/" + actor.unitId();
        }
        return "redirect:/capacity/overview";
    }

    @GetMapping("/capacity/units/{unitId}")
    String unit(@PathVariable UUID unitId, Model model) {
        return unitPage(unitId, FormErrors.NONE, model);
    }

    @PostMapping("/capacity/units/{unitId}/establishment")
    String establishment(@PathVariable UUID unitId, @RequestParam(required = false) @Nullable String establishedPosts, RedirectAttributes redirect, Model model) {
        try {
            staff.setEstablishedPosts(unitId, QueryParameters.number("establishedPosts", establishedPosts, 0, StaffManagement.MAX_ESTABLISHED_POSTS));
            notices.add(redirect, "capacity.message.staff.establishedSet");
            return "redirect:/capacity/units/" + unitId;
        } catch (WardOpsException e) {
            if (e.kind() == WardOpsException.Kind.FORBIDDEN || e.kind() == WardOpsException.Kind.NOT_FOUND) {
                throw e;
            }
            return unitPage(unitId, FormErrors.of(e, messages), model);
        }
    }

    @PostMapping("/capacity/units/{unitId}/gaps/{criterion}/difficulty")
    String draftDifficulty(@PathVariable UUID unitId, @PathVariable String criterion, RedirectAttributes redirect, Model model) {
        try {
            DifficultyView draft = readiness.draftDifficulty(unitId, criterion);
            notices.add(redirect, "capacity.message.gap.drafted");
            return "redirect:/difficulties/" + draft.id();
        } catch (WardOpsException e) {
            if (e.kind() == WardOpsException.Kind.FORBIDDEN || e.kind() == WardOpsException.Kind.NOT_FOUND) {
                throw e;
            }
            return unitPage(unitId, FormErrors.of(e, messages), model);
        }
    }

    @GetMapping("/capacity/overview")
    String overview(@RequestParam(required = false) @Nullable String workingGroupId, @RequestParam(required = false) @Nullable String page, Model model) {
        UUID group = QueryParameters.uuid("workingGroupId", workingGroupId);
        Ranking ranking = readiness.ranking(group, PageRequest.of(QueryParameters.number("page", page, 0, 1_000_000), 200));
        model.addAttribute("view", new OverviewView(ranking, directory.workingGroups(deployment.provinceCode()), group));
        return "capacity/overview";
    }

    @GetMapping("/capacity/assets")
    String assetList(@RequestParam(required = false) @Nullable String unitId, @RequestParam(required = false) @Nullable String type,
                     @RequestParam(required = false) @Nullable String support, @RequestParam(required = false) @Nullable String page, Model model) {
        AssetSearch search = new AssetSearch(QueryParameters.uuid("unitId", unitId), QueryParameters.option("type", type, AssetType.class),
                QueryParameters.option("support", support, SupportStatus.class));
        PageResult<AssetView> found = assets.find(search, PageRequest.of(QueryParameters.number("page", page, 0, 1_000_000), 50));
        UUID own = CurrentActor.get().unitId();
        model.addAttribute("view", new AssetListView(found, search.unitId(), search.type(), search.support(),
                own != null && assets.mayEdit(own) ? own : null));
        return "capacity/assets";
    }

    @GetMapping("/capacity/units/{unitId}/import")
    String importPage(@PathVariable UUID unitId, Model model) {
        if (!assets.mayEdit(unitId)) {
            throw new org.wardops.shared.AccessRefusedException("capacity.error.access.edit");
        }
        model.addAttribute("view", new ImportPageView(directory.unit(unitId), null, MatchKey.TAG, FormErrors.NONE));
        return "capacity/import";
    }

    @PostMapping("/capacity/units/{unitId}/import")
    String importFile(@PathVariable UUID unitId, @RequestParam(required = false) @Nullable MultipartFile file,
                      @RequestParam(required = false) @Nullable String matchKey, @RequestParam(defaultValue = "true") boolean dryRun, Model model)
            throws IOException {
        MatchKey key = MatchKey.TAG;
        try {
            key = QueryParameters.option("matchKey", matchKey, MatchKey.class) == null ? MatchKey.TAG : QueryParameters.option("matchKey", matchKey, MatchKey.class);
            byte[] content = file == null ? new byte[0] : file.getBytes();
            ImportReport report = assets.importInventory(unitId, file == null ? null : file.getOriginalFilename(), content, key, dryRun);
            model.addAttribute("view", new ImportPageView(directory.unit(unitId), report, key, FormErrors.NONE));
        } catch (WardOpsException e) {
            if (e.kind() == WardOpsException.Kind.FORBIDDEN || e.kind() == WardOpsException.Kind.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("view", new ImportPageView(directory.unit(unitId), null, key, FormErrors.of(e, messages)));
        }
        return "capacity/import";
    }

    @GetMapping("/capacity/import-template.xlsx")
    ResponseEntity<byte[]> template() {
        return Downloads.file(assets.template(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "inventory-template.xlsx");
    }

    private String unitPage(UUID unitId, FormErrors errors, Model model) {
        ReadinessView score = readiness.readiness(unitId);
        model.addAttribute("view", new UnitPageView(directory.unit(unitId), score, staff.unitStaff(unitId), assets.ageHistogram(unitId),
                infrastructure.infrastructure(unitId), readiness.trend(unitId), staff.mayEdit(unitId), readiness.mayDraftDifficulty(unitId), errors, staff.positions()));
        return "capacity/unit";
    }
}
