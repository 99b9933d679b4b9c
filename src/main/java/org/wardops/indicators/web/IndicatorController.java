package org.wardops.indicators.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wardops.directory.UnitView;
import org.wardops.indicators.DataElementView;
import org.wardops.indicators.EnterValues;
import org.wardops.indicators.IndicatorManagement;
import org.wardops.indicators.IndicatorView;
import org.wardops.indicators.Names;
import org.wardops.indicators.Period;
import org.wardops.indicators.RankingRow;
import org.wardops.indicators.SaveIndicator;
import org.wardops.indicators.ScoreCard;
import org.wardops.indicators.UnitValues;
import org.wardops.indicators.ValueImportReport;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.WardOpsException;
import org.wardops.shared.web.FormErrors;
import org.wardops.shared.web.Localizer;
import org.wardops.shared.web.Notices;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The 766 ranking and score card, the indicator catalogue with its expression editor, and value entry and import. */
@Controller
public class IndicatorController {

    public record RankingPage(String set, String period, List<String> periods, PageResult<RankingRow> rows, String parentName, IndicatorFormat fmt) {

        public String pageLink(int page) {
            return "/indicators/ranking?set=" + set + "&period=" + period + "&page=" + page;
        }

        public List<RankingRow.Band> bands() {
            return List.of(RankingRow.Band.values());
        }
    }

    public record ScorecardPage(ScoreCard card, List<String> periods, boolean mayEnter, IndicatorFormat fmt) {
    }

    /** The catalogue: the set's indicators valid today, the data elements, and the editor for administrators. */
    public record CataloguePage(String set, List<String> sets, List<IndicatorView> indicators, List<DataElementView> elements, boolean mayDefine,
                                IndicatorForm form, boolean editing, FormErrors errors, IndicatorFormat fmt) {

        public List<IndicatorView.Direction> directions() {
            return List.of(IndicatorView.Direction.values());
        }
    }

    public record ValuesPage(List<UnitView> units, @Nullable UUID unitId, String period, @Nullable UnitValues values,
                             Map<String, String> typed, FormErrors errors, @Nullable ValueImportReport report, boolean dryRun,
                             boolean mayImport, IndicatorFormat fmt) {

        public String typedOr(String code, @Nullable BigDecimal stored) {
            return typed.containsKey(code) ? typed.get(code) : stored == null ? "" : stored.stripTrailingZeros().toPlainString();
        }
    }

    /** The indicator editor's fields as typed; target in per cent (90 = 90 %). */
    public record IndicatorForm(@Nullable String code, @Nullable String nameVi, @Nullable String nameEn, @Nullable String nameDe,
                                @Nullable String set, @Nullable String group, @Nullable String numerator, @Nullable String denominator,
                                @Nullable String target, @Nullable String max, @Nullable String direction, @Nullable String validFrom,
                                @Nullable String validTo, @Nullable Long version) {

        static IndicatorForm empty(String set, LocalDate today) {
            return new IndicatorForm("", "", "", "", set, "", "", "", "", "", "HIGHER", today.toString(), "", null);
        }

        /** The form for one version; {@code latestVersion} is the version of the indicator's latest definition. */
        static IndicatorForm of(IndicatorView indicator, long latestVersion) {
            return new IndicatorForm(indicator.code(), indicator.names().vi(), indicator.names().en(), indicator.names().de(), indicator.set(),
                    indicator.group(), indicator.numerator(), indicator.denominator() == null ? "" : indicator.denominator(),
                    indicator.target() == null ? "" : indicator.target().movePointRight(2).stripTrailingZeros().toPlainString(),
                    indicator.max().stripTrailingZeros().toPlainString(), indicator.direction().name(), indicator.validFrom().toString(),
                    indicator.validTo() == null ? "" : indicator.validTo().toString(), latestVersion);
        }

        SaveIndicator command() {
            List<FieldProblem> problems = new ArrayList<>();
            BigDecimal targetRate = decimal("target", target, problems);
            BigDecimal maxPoints = decimal("max", max, problems);
            LocalDate from = date("validFrom", validFrom, problems);
            LocalDate to = date("validTo", validTo, problems);
            IndicatorView.Direction dir = null;
            try {
                dir = direction == null || direction.isBlank() ? null : IndicatorView.Direction.valueOf(direction);
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("direction", "indicators.error.definition.required"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return new SaveIndicator(code, new Names(nz(nameVi), nz(nameEn), nz(nameDe)), set, group, numerator, denominator,
                    targetRate == null ? null : targetRate.movePointLeft(2), maxPoints, dir, null, null, from, to, version);
        }

        private static String nz(@Nullable String text) {
            return text == null ? "" : text;
        }

        private static @Nullable BigDecimal decimal(String field, @Nullable String text, List<FieldProblem> problems) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return new BigDecimal(text.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                problems.add(FieldProblem.of(field, "indicators.error.form.number"));
                return null;
            }
        }

        private static @Nullable LocalDate date(String field, @Nullable String text, List<FieldProblem> problems) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                problems.add(FieldProblem.of(field, "indicators.error.form.date"));
                return null;
            }
        }
    }

    private final IndicatorManagement indicators;
    private final MessageSource messages;
    private final Notices notices;

    IndicatorController(IndicatorManagement indicators, MessageSource messages, Notices notices) {
        this.indicators = indicators;
        this.messages = messages;
        this.notices = notices;
    }

    @GetMapping("/indicators/ranking")
    String ranking(@RequestParam(defaultValue = IndicatorManagement.SET_766) String set, @RequestParam(required = false) @Nullable String period,
                   @RequestParam(required = false) @Nullable Integer page, Model model) {
        String code = period == null || period.isBlank() ? indicators.latestMonth(set).code() : Period.parse("period", period).code();
        PageResult<RankingRow> rows = indicators.ranking(set, code, null, PageRequest.of(page, 50));
        model.addAttribute("view", new RankingPage(set, code, periodChoices(set), rows, indicators.provinceUnit().name(), fmt()));
        return "indicators/ranking";
    }

    @GetMapping("/indicators/scorecard")
    String scorecard(@RequestParam UUID unitId, @RequestParam(required = false) @Nullable String period,
                     @RequestParam(defaultValue = IndicatorManagement.SET_766) String set, Model model) {
        String code = period == null || period.isBlank() ? indicators.latestMonth(set).code() : period;
        ScoreCard card = indicators.scoreCard(unitId, code, set);
        model.addAttribute("view", new ScorecardPage(card, periodChoices(set), indicators.mayEnter(unitId), fmt()));
        return "indicators/scorecard";
    }

    @GetMapping("/indicators/catalogue")
    String catalogue(@RequestParam(defaultValue = IndicatorManagement.SET_766) String set, @RequestParam(required = false) @Nullable String code,
                     Model model) {
        IndicatorForm form = code == null || code.isBlank() ? IndicatorForm.empty(set, indicators.today())
                : IndicatorForm.of(indicators.indicator(code, null), indicators.versions(code).getLast().version());
        return cataloguePage(set, form, code != null && !code.isBlank(), FormErrors.NONE, model);
    }

    @PostMapping("/indicators/catalogue")
    String saveIndicator(@ModelAttribute IndicatorForm form, @RequestParam(defaultValue = "false") boolean editing, RedirectAttributes redirect,
                         Model model) {
        String set = form.set() == null || form.set().isBlank() ? IndicatorManagement.SET_766 : form.set();
        try {
            IndicatorView saved = editing && form.code() != null ? indicators.reviseIndicator(form.code(), form.command())
                    : indicators.createIndicator(form.command());
            notices.add(redirect, "indicators.message.indicator.saved", saved.code());
            return "redirect:/indicators/catalogue?set=" + saved.set() + "&code=" + saved.code();
        } catch (WardOpsException e) {
            if (e.kind() == WardOpsException.Kind.FORBIDDEN || e.kind() == WardOpsException.Kind.NOT_FOUND) {
                throw e;
            }
            return cataloguePage(set, form, editing, FormErrors.of(e, messages), model);
        }
    }

    private String cataloguePage(String set, IndicatorForm form, boolean editing, FormErrors errors, Model model) {
        model.addAttribute("view", new CataloguePage(set, indicators.sets(), indicators.indicators(set, null), indicators.dataElements(),
                indicators.mayDefine(), form, editing, errors, fmt()));
        return "indicators/catalogue";
    }

    @GetMapping("/indicators/values")
    String values(@RequestParam(required = false) @Nullable UUID unitId, @RequestParam(required = false) @Nullable String period, Model model) {
        List<UnitView> units = indicators.enterableUnits();
        UUID unit = unitId != null ? unitId : units.isEmpty() ? null : units.getFirst().id();
        String code = period == null || period.isBlank() ? indicators.currentMonth().code() : Period.parse("period", period).code();
        return valuesPage(units, unit, code, Map.of(), FormErrors.NONE, null, true, model);
    }

    @PostMapping("/indicators/values")
    String enterValues(@RequestParam(required = false) @Nullable UUID unitId, @RequestParam(required = false) @Nullable String period,
                       @RequestParam Map<String, String> parameters, RedirectAttributes redirect, Model model) {
        Map<String, String> typed = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith("value.")) {
                typed.put(name.substring("value.".length()), value);
            }
        });
        List<UnitView> units = indicators.enterableUnits();
        String code = period == null ? "" : period.strip();
        try {
            List<FieldProblem> problems = new ArrayList<>();
            List<EnterValues.Entry> entries = new ArrayList<>();
            typed.forEach((element, text) -> {
                if (text.isBlank()) {
                    entries.add(new EnterValues.Entry(element, null));
                    return;
                }
                try {
                    entries.add(new EnterValues.Entry(element, new BigDecimal(text.strip().replace(',', '.'))));
                } catch (NumberFormatException e) {
                    problems.add(FieldProblem.of("value." + element, "indicators.error.form.number"));
                }
            });
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            indicators.enterValues(new EnterValues(unitId, code, entries));
            notices.add(redirect, "indicators.message.values.saved");
            return "redirect:/indicators/values?unitId=" + unitId + "&period=" + code;
        } catch (WardOpsException e) {
            if (e.kind() == WardOpsException.Kind.FORBIDDEN || e.kind() == WardOpsException.Kind.NOT_FOUND) {
                throw e;
            }
            String shown = Period.tryParse(code).map(Period::code).orElse(indicators.currentMonth().code());
            return valuesPage(units, unitId, shown, typed, FormErrors.of(renamed(e), messages), null, true, model);
        }
    }

    @PostMapping("/indicators/values/import")
    String importValues(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, @RequestParam(defaultValue = "false") boolean dryRun,
                        @RequestParam(required = false) @Nullable UUID unitId, Model model) throws IOException {
        List<UnitView> units = indicators.enterableUnits();
        String period = indicators.currentMonth().code();
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "indicators.error.import.fileRequired");
            }
            ValueImportReport report = indicators.importValues(file.getBytes(), String.valueOf(file.getOriginalFilename()), dryRun);
            return valuesPage(units, unitId, period, Map.of(), FormErrors.NONE, report, dryRun, model);
        } catch (WardOpsException e) {
            if (e.kind() == WardOpsException.Kind.FORBIDDEN) {
                throw e;
            }
            return valuesPage(units, unitId, period, Map.of(), FormErrors.of(e, messages), null, dryRun, model);
        }
    }

    @GetMapping("/indicators/values/template.csv")
    org.springframework.http.ResponseEntity<byte[]> template() {
        return org.wardops.shared.web.Downloads.file(indicators.importTemplate(), "text/csv; charset=UTF-8", "thong-ke-dich-vu-cong.csv");
    }

    private String valuesPage(List<UnitView> units, @Nullable UUID unitId, String period, Map<String, String> typed, FormErrors errors,
                              @Nullable ValueImportReport report, boolean dryRun, Model model) {
        UnitValues values = unitId == null ? null : indicators.values(unitId, period);
        model.addAttribute("view", new ValuesPage(units, unitId, period, values, typed, errors, report, dryRun, !units.isEmpty(), fmt()));
        return "indicators/values";
    }

    /** Problems of {@code values[i]} from the facade point at the form's {@code value.<code>} fields where possible. */
    private static WardOpsException renamed(WardOpsException e) {
        if (!(e instanceof InvalidInputException invalid)) {
            return e;
        }
        List<FieldProblem> problems = invalid.problems().stream().map(problem -> problem.field().startsWith("values[") && !problem.arguments().isEmpty()
                ? new FieldProblem("value." + problem.arguments().getFirst(), problem.messageKey(), problem.arguments()) : problem).toList();
        return new InvalidInputException(problems);
    }

    private List<String> periodChoices(String set) {
        Period latest = indicators.latestMonth(set);
        List<String> choices = new ArrayList<>();
        Period month = latest;
        for (int i = 0; i < 12; i++) {
            choices.add(month.code());
            month = month.previous();
        }
        Period quarter = latest.parent().orElseThrow();
        for (int i = 0; i < 4; i++) {
            choices.add(quarter.code());
            quarter = quarter.previous();
        }
        choices.add(Integer.toString(latest.year()));
        choices.add(Integer.toString(latest.year() - 1));
        return choices;
    }

    private IndicatorFormat fmt() {
        return new IndicatorFormat(new Localizer(messages, LocaleContextHolder.getLocale()));
    }
}
