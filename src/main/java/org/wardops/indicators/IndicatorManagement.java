package org.wardops.indicators;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.audit.AuditTrail;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.UnitView;
import org.wardops.indicators.internal.DefinitionStore;
import org.wardops.indicators.internal.ExpressionParser;
import org.wardops.indicators.internal.ExpressionParser.ExpressionException;
import org.wardops.indicators.internal.IndicatorsPolicy;
import org.wardops.indicators.internal.IndicatorsPolicy.Action;
import org.wardops.indicators.internal.RankingCache;
import org.wardops.indicators.internal.ScoreEngine;
import org.wardops.indicators.internal.ScoreTable;
import org.wardops.indicators.internal.Scoring;
import org.wardops.indicators.internal.StatisticsFile;
import org.wardops.indicators.internal.ValueResolver;
import org.wardops.indicators.internal.ValueStore;
import org.wardops.shared.ConflictException;
import org.wardops.shared.api.ApiVersions;
import org.wardops.shared.DeploymentSettings;
import org.wardops.shared.Ids;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.NotFoundException;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.text.TextRules;
import org.wardops.shared.time.LocalTime;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Indicators: data elements and indicator definitions (versioned), values per unit and period (entered, imported,
 * published by other modules), scores, rankings and the pre-aggregated tables behind them. Every write refreshes
 * the tables of the units and periods it touched in the same transaction, so a new value moves the ranking at once.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorManagement {

    /** The set of Decision 766/QĐ-TTg. */
    public static final String SET_766 = "766";
    public static final String SOURCE_ENTRY = "entry";
    public static final String SOURCE_IMPORT = "import";
    public static final BigDecimal MAX_VALUE = new BigDecimal("1000000000000");
    static final int CODE_LIMIT = 100;
    static final int SET_LIMIT = 40;
    static final int MAX_VALUES_PER_ENTRY = 500;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");
    private static final Pattern SET_OR_GROUP = Pattern.compile("[A-Z0-9][A-Z0-9_]{0,39}");
    private static final Set<String> FIXED_COLUMNS = Set.of("unit_code", "period", "procedure_code");
    private static final Logger log = LoggerFactory.getLogger(IndicatorManagement.class);

    private final DefinitionStore definitions;
    private final ValueStore values;
    private final ScoreTable table;
    private final ScoreEngine engine;
    private final IndicatorsPolicy policy;
    private final DirectoryManagement directory;
    private final AuditTrail audit;
    private final DeploymentSettings deployment;
    private final Clock clock;
    private final RankingCache rankings;

    IndicatorManagement(DefinitionStore definitions, ValueStore values, ScoreTable table, ScoreEngine engine, IndicatorsPolicy policy,
                        DirectoryManagement directory, AuditTrail audit, DeploymentSettings deployment, Clock clock,
                        RankingCache rankings) {
        this.definitions = definitions;
        this.values = values;
        this.table = table;
        this.engine = engine;
        this.policy = policy;
        this.directory = directory;
        this.audit = audit;
        this.deployment = deployment;
        this.clock = clock;
        this.rankings = rankings;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LocalTime.VIETNAM));
    }

    public Period currentMonth() {
        return Period.monthOf(today());
    }

    // ---- permissions offered to pages and the API

    public boolean mayDefine() {
        return policy.allowed(CurrentActor.get(), Action.DEFINE, null);
    }

    public boolean mayEnter(UUID unitId) {
        return policy.allowed(CurrentActor.get(), Action.ENTER_VALUES, unitId);
    }

    /** The units whose values the actor may enter: their own, or every commune-level unit for administrators. */
    public List<UnitView> enterableUnits() {
        Actor actor = CurrentActor.get();
        if (policy.allowed(actor, Action.DEFINE, null)) {
            return communeUnits();
        }
        return actor.unitId() != null && policy.allowed(actor, Action.ENTER_VALUES, actor.unitId())
                ? List.of(directory.unit(actor.unitId())) : List.of();
    }

    public List<UnitView> communeUnits() {
        return directory.findUnits(org.wardops.directory.UnitSearch.inProvince(deployment.provinceCode()), new PageRequest(0, PageRequest.MAX_SIZE))
                .items().stream().filter(unit -> unit.type().isCommuneLevel()).toList();
    }

    // ---- definitions

    public List<DataElementView> dataElements() {
        CurrentActor.get();
        return definitions.dataElements();
    }

    @Transactional
    public DataElementView createDataElement(SaveDataElement command) {
        Actor actor = CurrentActor.get();
        policy.require(actor, Action.DEFINE, null);
        List<FieldProblem> problems = new ArrayList<>();
        String code = command.code() == null ? "" : command.code().strip();
        if (!CODE.matcher(code).matches()) {
            problems.add(FieldProblem.of("code", "indicators.error.definition.code", CODE_LIMIT));
        } else if (definitions.dataElement(code).isPresent()) {
            problems.add(FieldProblem.of("code", "indicators.error.dataElement.exists", code));
        }
        Names names = checkNames(command.names(), problems);
        if (command.valueType() == null) {
            problems.add(FieldProblem.of("valueType", "indicators.error.definition.required"));
        }
        if (command.aggregation() == null) {
            problems.add(FieldProblem.of("aggregation", "indicators.error.definition.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        DataElementView element = new DataElementView(code, names, command.valueType(), command.aggregation(), 0);
        definitions.insert(element, clock.instant());
        audit.record("indicators.dataElement.created", "indicators.dataElement", nameId("dataElement:" + code), null, null, element);
        return element;
    }

    /** The set's indicators valid on the day (today when null). */
    public List<IndicatorView> indicators(String set, @Nullable LocalDate on) {
        CurrentActor.get();
        LocalDate day = on == null ? today() : on;
        return definitions.indicators(set).stream().map(DefinitionStore.Version::view).filter(view -> view.validOn(day)).toList();
    }

    public List<String> sets() {
        CurrentActor.get();
        return definitions.sets();
    }

    /** The version valid on the day (today when null), else the latest one. */
    public IndicatorView indicator(String code, @Nullable LocalDate on) {
        CurrentActor.get();
        return version(code, on == null ? today() : on).view();
    }

    public List<IndicatorView> versions(String code) {
        CurrentActor.get();
        List<IndicatorView> versions = definitions.versions(code).stream().map(DefinitionStore.Version::view).toList();
        if (versions.isEmpty()) {
            throw new NotFoundException("indicators.error.indicator.notFound", code);
        }
        return versions;
    }

    @Transactional
    public IndicatorView createIndicator(SaveIndicator command) {
        Actor actor = CurrentActor.get();
        policy.require(actor, Action.DEFINE, null);
        IndicatorView indicator = validate(command, null);
        if (!definitions.versions(indicator.code()).isEmpty()) {
            throw InvalidInputException.of("code", "indicators.error.indicator.exists", indicator.code());
        }
        definitions.insert(Ids.next(), indicator, clock.instant());
        audit.record("indicators.indicator.created", "indicators.indicator", nameId("indicator:" + indicator.code()), null, null, indicator);
        rebuildScores();
        return indicator;
    }

    /**
     * A new version of an indicator: valid from a later day than the current version, it closes that one the day
     * before; valid from the same day, it replaces it. Scores are rebuilt, so that past periods keep the version
     * valid then and later ones take the new one. The command's version must be the latest definition's version
     * (409, nothing changed, when another change came first).
     */
    @Transactional
    public IndicatorView reviseIndicator(String code, SaveIndicator command) {
        Actor actor = CurrentActor.get();
        policy.require(actor, Action.DEFINE, null);
        List<DefinitionStore.Version> versions = definitions.versions(code);
        if (versions.isEmpty()) {
            throw new NotFoundException("indicators.error.indicator.notFound", code);
        }
        DefinitionStore.Version latest = versions.getLast();
        long expected = ApiVersions.required(command.version());
        if (latest.view().version() != expected) {
            throw ConflictException.staleVersion();
        }
        IndicatorView indicator = validate(command, code);
        if (indicator.validFrom().isBefore(latest.view().validFrom())) {
            throw InvalidInputException.of("validFrom", "indicators.error.indicator.validFromBeforeLatest",
                    LocalTime.format(latest.view().validFrom()));
        }
        if (indicator.validFrom().equals(latest.view().validFrom())) {
            if (definitions.replace(latest.id(), indicator, latest.view().version()) == 0) {
                throw ConflictException.staleVersion();
            }
        } else {
            if (definitions.close(latest.id(), indicator.validFrom().minusDays(1), latest.view().version()) == 0) {
                throw ConflictException.staleVersion();
            }
            definitions.insert(Ids.next(), indicator, clock.instant(), expected + 1);
        }
        audit.record("indicators.indicator.revised", "indicators.indicator", nameId("indicator:" + code), null, latest.view(), indicator);
        rebuildScores();
        return version(code, indicator.validFrom()).view();
    }

    private DefinitionStore.Version version(String code, LocalDate day) {
        List<DefinitionStore.Version> versions = definitions.versions(code);
        if (versions.isEmpty()) {
            throw new NotFoundException("indicators.error.indicator.notFound", code);
        }
        return versions.stream().filter(version -> version.view().validOn(day)).findFirst().orElse(versions.getLast());
    }

    private IndicatorView validate(SaveIndicator command, @Nullable String fixedCode) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = fixedCode != null ? fixedCode : command.code() == null ? "" : command.code().strip();
        if (!CODE.matcher(code).matches()) {
            problems.add(FieldProblem.of("code", "indicators.error.definition.code", CODE_LIMIT));
        }
        Names names = checkNames(command.names(), problems);
        String set = command.set() == null ? "" : command.set().strip();
        if (!SET_OR_GROUP.matcher(set).matches()) {
            problems.add(FieldProblem.of("set", "indicators.error.definition.setOrGroup", SET_LIMIT));
        }
        String group = command.group() == null ? "" : command.group().strip();
        if (!SET_OR_GROUP.matcher(group).matches()) {
            problems.add(FieldProblem.of("group", "indicators.error.definition.setOrGroup", SET_LIMIT));
        }
        Set<String> known = definitions.dataElements().stream().map(DataElementView::code).collect(Collectors.toSet());
        String numerator = command.numerator() == null ? "" : command.numerator().strip();
        expression("numerator", numerator, known, problems);
        String denominator = command.denominator() == null || command.denominator().isBlank() ? null : command.denominator().strip();
        if (denominator != null) {
            expression("denominator", denominator, known, problems);
        }
        BigDecimal target = command.target();
        if (target != null && (target.signum() <= 0 || target.compareTo(BigDecimal.ONE) > 0 || target.scale() > 4)) {
            problems.add(FieldProblem.of("target", "indicators.error.indicator.target"));
        }
        BigDecimal max = command.max();
        if (max == null || max.signum() <= 0 || max.compareTo(new BigDecimal("1000")) > 0 || max.scale() > 2) {
            problems.add(FieldProblem.of("max", "indicators.error.indicator.max"));
        }
        List<BigDecimal> legend = command.legend() == null ? List.of(new BigDecimal("0.5"), new BigDecimal("0.8")) : command.legend();
        if (legend.size() > 5 || legend.stream().anyMatch(t -> t == null || t.signum() < 0 || t.compareTo(BigDecimal.ONE) > 0 || t.scale() > 4)) {
            problems.add(FieldProblem.of("legend", "indicators.error.indicator.legend"));
        }
        int sortOrder = command.sortOrder() == null ? 1000 : command.sortOrder();
        if (sortOrder < 0 || sortOrder > 100_000) {
            problems.add(FieldProblem.of("sortOrder", "indicators.error.indicator.sortOrder"));
        }
        LocalDate validFrom = command.validFrom();
        if (validFrom == null) {
            problems.add(FieldProblem.of("validFrom", "indicators.error.definition.required"));
        } else if (validFrom.getYear() < Period.MIN_YEAR || validFrom.getYear() > Period.MAX_YEAR) {
            problems.add(FieldProblem.of("validFrom", "indicators.error.indicator.validity"));
        }
        LocalDate validTo = command.validTo();
        if (validTo != null && validFrom != null && validTo.isBefore(validFrom)) {
            problems.add(FieldProblem.of("validTo", "indicators.error.indicator.validity"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new IndicatorView(code, names, set, group, numerator, denominator, target, max,
                command.direction() == null ? IndicatorView.Direction.HIGHER : command.direction(),
                legend.stream().sorted().toList(), sortOrder, validFrom, validTo, 0);
    }

    private static void expression(String field, String text, Set<String> known, List<FieldProblem> problems) {
        Optional<FieldProblem> textProblem = TextRules.problem(field, text, ExpressionParser.MAX_LENGTH, TextRules.Lines.SINGLE);
        if (textProblem.isPresent()) {
            problems.add(textProblem.get());
            return;
        }
        try {
            ExpressionParser.parse(text, known);
        } catch (ExpressionException e) {
            problems.add(FieldProblem.of(field, e.messageKey(), e.position(), e.detail()));
        }
    }

    private static Names checkNames(@Nullable Names names, List<FieldProblem> problems) {
        String vi = names == null || names.vi() == null ? "" : names.vi().strip();
        String en = names == null || names.en() == null ? "" : names.en().strip();
        String de = names == null || names.de() == null ? "" : names.de().strip();
        for (var entry : Map.of("names.vi", vi, "names.en", en, "names.de", de).entrySet()) {
            if (entry.getValue().isEmpty()) {
                problems.add(FieldProblem.of(entry.getKey(), "indicators.error.definition.required"));
            } else {
                TextRules.check(problems, entry.getKey(), entry.getValue(), TextRules.NAME, TextRules.Lines.SINGLE);
            }
        }
        return new Names(vi, en.isEmpty() ? vi : en, de.isEmpty() ? vi : de);
    }

    // ---- values

    public UnitValues values(UUID unitId, String periodCode) {
        Actor actor = CurrentActor.get();
        policy.require(actor, Action.READ, unitId);
        Period period = Period.parse("period", periodCode);
        UnitView unit = directory.unit(unitId);
        Map<String, ValueStore.Row> stored = values.values(List.of(unitId), List.of(period.code()), policy.visible(actor)).stream()
                .collect(Collectors.toMap(ValueStore.Row::dataElement, row -> row));
        List<UnitValues.Value> list = new ArrayList<>();
        for (DataElementView element : definitions.dataElements()) {
            ValueStore.Row row = stored.get(element.code());
            list.add(new UnitValues.Value(element.code(), element.names(), row == null ? null : row.amount(), row == null ? null : row.source(),
                    row == null ? null : row.updatedAt()));
        }
        return new UnitValues(unitId, unit.name(), period.code(), policy.allowed(actor, Action.ENTER_VALUES, unitId), list);
    }

    /**
     * Values of some data elements of one unit per month (stored or rolled up from weeks), for modules that show
     * figures beside their own (e.g. online-service uptake beside the help given to citizens): month → element →
     * value; a month or element without a value is absent. Read scope as for the score card.
     */
    public Map<YearMonth, Map<String, BigDecimal>> monthlyValues(UUID unitId, List<YearMonth> months, List<String> elements) {
        Actor actor = CurrentActor.get();
        policy.require(actor, Action.READ, unitId);
        Map<YearMonth, Map<String, BigDecimal>> result = new LinkedHashMap<>();
        if (months.isEmpty() || elements.isEmpty()) {
            return result;
        }
        Set<Integer> years = months.stream().map(YearMonth::getYear).collect(Collectors.toCollection(TreeSet::new));
        ValueResolver resolver = engine.resolver(engine.load(), unitId, years, policy.visible(actor));
        for (YearMonth month : months) {
            Map<String, BigDecimal> found = new LinkedHashMap<>();
            for (String element : elements) {
                BigDecimal value = resolver.value(Period.month(month.getYear(), month.getMonthValue()), element);
                if (value != null) {
                    found.put(element, value);
                }
            }
            if (!found.isEmpty()) {
                result.put(month, found);
            }
        }
        return result;
    }

    /** Stores typed values for one unit and period; a null value removes the stored one. */
    @Transactional
    public UnitValues enterValues(EnterValues command) {
        Actor actor = CurrentActor.get();
        List<FieldProblem> problems = new ArrayList<>();
        if (command.unitId() == null) {
            problems.add(FieldProblem.of("unitId", "indicators.error.definition.required"));
        }
        Period period = null;
        if (command.period() == null || command.period().isBlank()) {
            problems.add(FieldProblem.of("period", "indicators.error.definition.required"));
        } else {
            period = Period.tryParse(command.period()).orElse(null);
            if (period == null) {
                problems.add(FieldProblem.of("period", "indicators.error.period.invalid", shortened(command.period())));
            }
        }
        List<EnterValues.Entry> entries = command.values() == null ? List.of() : command.values();
        if (entries.size() > MAX_VALUES_PER_ENTRY) {
            problems.add(FieldProblem.of("values", "indicators.error.values.tooMany", MAX_VALUES_PER_ENTRY));
            entries = List.of();
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        policy.require(actor, Action.ENTER_VALUES, command.unitId());
        UnitView unit = directory.unit(command.unitId());
        Map<String, DataElementView> elements = definitions.dataElements().stream().collect(Collectors.toMap(DataElementView::code, e -> e));
        Map<String, BigDecimal> typed = new LinkedHashMap<>();
        Set<String> removed = new LinkedHashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            EnterValues.Entry entry = entries.get(i);
            String field = "values[" + i + "]";
            DataElementView element = entry.dataElement() == null ? null : elements.get(entry.dataElement());
            if (element == null) {
                problems.add(FieldProblem.of(field, "indicators.error.values.unknownElement", shortened(String.valueOf(entry.dataElement()))));
                continue;
            }
            if (typed.containsKey(element.code()) || removed.contains(element.code())) {
                problems.add(FieldProblem.of(field, "indicators.error.values.duplicate", element.code()));
                continue;
            }
            if (entry.value() == null) {
                removed.add(element.code());
                continue;
            }
            String problem = valueProblem(element, entry.value());
            if (problem != null) {
                problems.add(FieldProblem.of(field, problem, element.code()));
            } else {
                typed.put(element.code(), entry.value());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UnitValues before = values(unit.id(), period.code());
        Instant now = clock.instant();
        final Period entered = period;
        table.lock();
        values.put(typed.entrySet().stream().map(e -> new ValueStore.Row(unit.id(), entered.code(), e.getKey(), e.getValue(), SOURCE_ENTRY, now)).toList(),
                actor.accountId());
        removed.forEach(code -> values.remove(unit.id(), entered.code(), code));
        engine.refresh(unitInfo(unit), List.of(period));
        UnitValues after = values(unit.id(), period.code());
        audit.record("indicators.values.entered", "indicators.values", nameId("values:" + unit.id() + ":" + period.code()), unit.id(),
                summary(before), summary(after));
        return after;
    }

    private static @Nullable String valueProblem(DataElementView element, BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(MAX_VALUE) > 0) {
            return "indicators.error.values.outOfRange";
        }
        if (element.valueType() == DataElementView.ValueType.INTEGER && value.stripTrailingZeros().scale() > 0) {
            return "indicators.error.values.notInteger";
        }
        if (element.valueType() == DataElementView.ValueType.PERCENT && value.compareTo(new BigDecimal("100")) > 0) {
            return "indicators.error.values.outOfRange";
        }
        return value.stripTrailingZeros().scale() > 4 ? "indicators.error.values.tooPrecise" : null;
    }

    private static Map<String, BigDecimal> summary(UnitValues values) {
        Map<String, BigDecimal> summary = new TreeMap<>();
        values.values().stream().filter(value -> value.value() != null).forEach(value -> summary.put(value.dataElement(), value.value()));
        return summary;
    }

    /**
     * Imports public-service statistics from CSV or XLSX: columns {@code unit_code}, {@code period}, optional
     * {@code procedure_code}, then one column per data element code. Rows of one unit and period (one per procedure)
     * add up. Any problem refuses the whole file; a dry run checks everything and writes nothing.
     */
    @Transactional
    public ValueImportReport importValues(byte[] file, String fileName, boolean dryRun) {
        ValueImportReport report = importChecked(file, fileName, dryRun);
        org.wardops.shared.ImportMetrics.recorded("statistics", dryRun, report.accepted(), dryRun || !report.accepted() ? 0 : report.values());
        return report;
    }

    private ValueImportReport importChecked(byte[] file, String fileName, boolean dryRun) {
        Actor actor = CurrentActor.get();
        if (!policy.allowed(actor, Action.DEFINE, null) && (actor.unitId() == null || !policy.allowed(actor, Action.ENTER_VALUES, actor.unitId()))) {
            throw new org.wardops.shared.AccessRefusedException("indicators.error.values.outsideScope");
        }
        StatisticsFile.Content content = StatisticsFile.read(file, fileName);
        List<ValueImportReport.Problem> problems = new ArrayList<>();
        Map<String, DataElementView> elements = definitions.dataElements().stream().collect(Collectors.toMap(DataElementView::code, e -> e));
        List<String> valueColumns = new ArrayList<>();
        for (String column : content.header()) {
            if (FIXED_COLUMNS.contains(column)) {
                continue;
            }
            if (elements.containsKey(column)) {
                valueColumns.add(column);
            } else {
                problems.add(new ValueImportReport.Problem(1, shortened(column), "indicators.error.import.unknownColumn", List.of(shortened(column))));
            }
        }
        for (String required : List.of("unit_code", "period")) {
            if (!content.header().contains(required)) {
                problems.add(new ValueImportReport.Problem(1, required, "indicators.error.import.missingColumn", List.of(required)));
            }
        }
        if (!problems.isEmpty()) {
            return new ValueImportReport(dryRun, false, content.lines().size(), 0, 0, 0, problems);
        }
        Map<String, Optional<UnitView>> unitsByCode = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<UUID, Map<Period, Map<String, BigDecimal>>> sums = new LinkedHashMap<>();
        Map<UUID, UnitView> unitsById = new HashMap<>();
        for (StatisticsFile.Line line : content.lines()) {
            String unitCode = line.cells().getOrDefault("unit_code", "").strip();
            Optional<UnitView> unit = unitsByCode.computeIfAbsent(unitCode, code -> code.isEmpty() ? Optional.empty() : directory.unitByCode(code));
            if (unit.isEmpty()) {
                problems.add(new ValueImportReport.Problem(line.number(), "unit_code", "indicators.error.import.unknownUnit", List.of(shortened(unitCode))));
            }
            String periodText = line.cells().getOrDefault("period", "").strip();
            Optional<Period> period = Period.tryParse(periodText);
            if (period.isEmpty()) {
                problems.add(new ValueImportReport.Problem(line.number(), "period", "indicators.error.import.period", List.of(shortened(periodText))));
            }
            String procedure = line.cells().getOrDefault("procedure_code", "").strip();
            if (procedure.length() > CODE_LIMIT) {
                problems.add(new ValueImportReport.Problem(line.number(), "procedure_code", "indicators.error.import.procedure", List.of(CODE_LIMIT)));
            }
            String key = unitCode + "|" + periodText + "|" + procedure;
            Integer first = seen.putIfAbsent(key, line.number());
            if (first != null) {
                problems.add(new ValueImportReport.Problem(line.number(), "", "indicators.error.import.duplicate", List.of(first)));
            }
            Map<String, BigDecimal> rowValues = new LinkedHashMap<>();
            for (String column : valueColumns) {
                String text = line.cells().getOrDefault(column, "").strip();
                if (text.isEmpty()) {
                    continue;
                }
                BigDecimal value;
                try {
                    value = new BigDecimal(text);
                } catch (NumberFormatException e) {
                    problems.add(new ValueImportReport.Problem(line.number(), column, "indicators.error.import.notANumber", List.of(shortened(text))));
                    continue;
                }
                String problem = valueProblem(elements.get(column), value);
                if (problem != null) {
                    problems.add(new ValueImportReport.Problem(line.number(), column, problem, List.of(column)));
                } else {
                    rowValues.put(column, value);
                }
            }
            if (unit.isPresent() && period.isPresent()) {
                unitsById.put(unit.get().id(), unit.get());
                Map<String, BigDecimal> sum = sums.computeIfAbsent(unit.get().id(), id -> new LinkedHashMap<>())
                        .computeIfAbsent(period.get(), p -> new LinkedHashMap<>());
                rowValues.forEach((code, value) -> sum.merge(code, value, BigDecimal::add));
            }
        }
        if (!problems.isEmpty()) {
            return new ValueImportReport(dryRun, false, content.lines().size(), 0, 0, 0, problems);
        }
        for (UUID unitId : sums.keySet()) {
            policy.require(actor, Action.ENTER_VALUES, unitId);
        }
        Instant now = clock.instant();
        List<ValueStore.Row> rows = new ArrayList<>();
        Set<Period> periods = new HashSet<>();
        sums.forEach((unitId, byPeriod) -> byPeriod.forEach((period, sum) -> {
            periods.add(period);
            sum.forEach((code, value) -> rows.add(new ValueStore.Row(unitId, period.code(), code, value, SOURCE_IMPORT, now)));
        }));
        ValueImportReport report = new ValueImportReport(dryRun, true, content.lines().size(), sums.size(), periods.size(), rows.size(), List.of());
        if (dryRun) {
            return report;
        }
        table.lock();
        values.put(rows, actor.accountId());
        Map<ScoreEngine.UnitInfo, Set<Period>> changed = new LinkedHashMap<>();
        sums.forEach((unitId, byPeriod) -> changed.put(unitInfo(unitsById.get(unitId)), byPeriod.keySet()));
        engine.refresh(changed);
        audit.record("indicators.values.imported", "indicators.import", Ids.next(), sums.size() == 1 ? sums.keySet().iterator().next() : null, null,
                Map.of("file", shortened(fileName), "rows", report.rows(), "units", report.units(), "periods", report.periods(), "values", report.values()));
        return report;
    }

    /** The header of the statistics import, with one example row: what {@code GET …/template.csv} answers. */
    public byte[] importTemplate() {
        CurrentActor.get();
        List<String> columns = new ArrayList<>(List.of("unit_code", "period", "procedure_code"));
        definitions.dataElements().forEach(element -> columns.add(element.code()));
        String example = String.join(",", columns.stream().map(column -> switch (column) {
            case "unit_code" -> "27259";
            case "period" -> "2025-10";
            case "procedure_code" -> "1.001234";
            default -> "0";
        }).toList());
        return ("\uFEFF" + String.join(",", columns) + "\n" + example + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Stores what another module published for a unit and period, replacing what the same source published there
     * before; data elements not known yet are registered (named by their code, last value wins on roll-up).
     */
    @Transactional
    public void storePublished(IndicatorValuesPublished event) {
        Actor actor = CurrentActor.get();
        policy.require(actor, Action.DEFINE, null);
        Optional<Period> period = Period.tryParse(event.period());
        String source = event.source().length() > SET_LIMIT ? event.source().substring(0, SET_LIMIT) : event.source();
        if (period.isEmpty() || event.values().keySet().stream().anyMatch(code -> !CODE.matcher(code).matches())) {
            log.warn("Ignored published values of {} for period {}: not a period or a data-element code", source, event.period());
            return;
        }
        UnitView unit = directory.unit(event.unitId());
        // The score tables' pointer row first, as every writer of values does: listeners for many units run at once,
        // and taking it only after writing values and data elements deadlocked them on PostgreSQL.
        table.lock();
        Set<String> known = definitions.dataElements().stream().map(DataElementView::code).collect(Collectors.toSet());
        Instant now = clock.instant();
        for (String code : new java.util.TreeSet<>(event.values().keySet())) {
            if (!known.contains(code)) {
                DataElementView element = new DataElementView(code, new Names(code, code, code), DataElementView.ValueType.NUMBER,
                        DataElementView.Aggregation.LAST, 0);
                if (definitions.insertIfAbsent(element, now)) {
                    audit.record("indicators.dataElement.registered", "indicators.dataElement", nameId("dataElement:" + code), null, null, element);
                }
            }
        }
        values.removeSource(unit.id(), period.get().code(), source);
        values.put(event.values().entrySet().stream()
                .map(e -> new ValueStore.Row(unit.id(), period.get().code(), e.getKey(), e.getValue().max(BigDecimal.ZERO).min(MAX_VALUE), source, now))
                .toList(), actor.accountId());
        engine.refresh(unitInfo(unit), List.of(period.get()));
        audit.record("indicators.values.published", "indicators.values", nameId("values:" + unit.id() + ":" + period.get().code()), unit.id(),
                null, Map.of("source", source, "values", new TreeMap<>(event.values())));
    }

    /**
     * Stores many units' values at once (the demo's statistics, a migration from another system), replacing whatever
     * the named unit-periods held, and rebuilds the tables once; for administrators.
     */
    @Transactional
    public RebuildReport loadValues(List<EnterValues> batch, String source) {
        Actor actor = CurrentActor.get();
        policy.require(actor, Action.DEFINE, null);
        Set<String> known = definitions.dataElements().stream().map(DataElementView::code).collect(Collectors.toSet());
        Instant now = clock.instant();
        List<ValueStore.Row> rows = new ArrayList<>();
        for (EnterValues entry : batch) {
            Period period = Period.parse("period", Objects.requireNonNull(entry.period()));
            for (EnterValues.Entry value : Objects.requireNonNull(entry.values())) {
                if (!known.contains(value.dataElement()) || value.value() == null) {
                    throw InvalidInputException.of("values", "indicators.error.values.unknownElement", String.valueOf(value.dataElement()));
                }
                rows.add(new ValueStore.Row(Objects.requireNonNull(entry.unitId()), period.code(), value.dataElement(), value.value(), source, now));
            }
        }
        table.lock();
        values.replacePeriods(rows, actor.accountId());
        RebuildReport report = rebuildScores();
        audit.record("indicators.values.loaded", "indicators.import", Ids.next(), null, null,
                Map.of("source", source, "values", rows.size(), "units", report.units()));
        return report;
    }

    /** Rebuilds the pre-aggregated tables from scratch (administrators); readers keep the old tables until it commits. */
    @Transactional
    public RebuildReport rebuild() {
        Actor actor = CurrentActor.get();
        policy.require(actor, Action.REBUILD, null);
        RebuildReport report = rebuildScores();
        audit.record("indicators.scores.rebuilt", "indicators.snapshot", nameId("snapshot"), null, null, report);
        return report;
    }

    private RebuildReport rebuildScores() {
        return engine.rebuild(ids -> directory.units(ids).stream()
                .collect(Collectors.toMap(UnitView::id, IndicatorManagement::unitInfo, (a, b) -> a)));
    }

    private static ScoreEngine.UnitInfo unitInfo(UnitView unit) {
        return new ScoreEngine.UnitInfo(unit.id(), unit.code(), unit.type().isCommuneLevel() ? unit.parentId() : null);
    }

    // ---- scores and rankings

    /** A unit's score card, computed from its values (one indexed read), with its rank from the pre-aggregated table. */
    public ScoreCard scoreCard(UUID unitId, String periodCode, String set) {
        Actor actor = CurrentActor.get();
        policy.require(actor, Action.READ, unitId);
        Period period = Period.parse("period", periodCode);
        UnitView unit = directory.unit(unitId);
        ScoreEngine.Definitions defs = engine.load();
        if (!defs.sets().contains(set)) {
            throw new NotFoundException("indicators.error.set.notFound", shortened(set));
        }
        Period previous = period.previous();
        Set<Integer> years = new HashSet<>(List.of(yearOf(period), yearOf(previous)));
        ValueResolver resolver = engine.resolver(defs, unitId, years, policy.visible(actor));
        List<Scoring.Result> results = engine.score(defs, set, period, resolver);
        Map<String, BigDecimal> previousPoints = new HashMap<>();
        engine.score(defs, set, previous, resolver).forEach(result -> {
            if (result.points() != null) {
                previousPoints.put(result.indicator().code(), result.points());
            }
        });
        Map<String, DataElementView> elements = definitions.dataElements().stream().collect(Collectors.toMap(DataElementView::code, e -> e));
        Map<String, List<ScoreCard.Indicator>> byGroup = new LinkedHashMap<>();
        for (Scoring.Result result : results) {
            IndicatorView indicator = result.indicator();
            List<ScoreCard.Input> inputs = defs.references(indicator).stream().map(code -> new ScoreCard.Input(code,
                    elements.containsKey(code) ? elements.get(code).names() : new Names(code, code, code), resolver.value(period, code))).toList();
            byGroup.computeIfAbsent(indicator.group(), g -> new ArrayList<>()).add(new ScoreCard.Indicator(indicator.code(), indicator.names(),
                    result.rate(), indicator.target(), result.points(), indicator.max(), previousPoints.get(indicator.code()), indicator.direction(),
                    indicator.numerator(), indicator.denominator(), result.numerator(), result.denominator(), inputs));
        }
        List<ScoreCard.Group> groups = new ArrayList<>();
        BigDecimal total = null;
        BigDecimal previousTotal = null;
        BigDecimal max = BigDecimal.ZERO;
        for (var entry : byGroup.entrySet()) {
            BigDecimal points = sum(entry.getValue().stream().map(ScoreCard.Indicator::points).toList());
            BigDecimal before = sum(entry.getValue().stream().map(ScoreCard.Indicator::previousPoints).toList());
            BigDecimal groupMax = entry.getValue().stream().map(ScoreCard.Indicator::max).reduce(BigDecimal.ZERO, BigDecimal::add);
            groups.add(new ScoreCard.Group(entry.getKey(), points, groupMax, before, entry.getValue()));
            total = add(total, points);
            previousTotal = add(previousTotal, before);
            max = max.add(groupMax);
        }
        Integer rank = unit.type().isCommuneLevel() && unit.parentId() != null && total != null
                ? table.rankOf(table.current(), set, period.code(), unit.parentId(), unitId) : null;
        return new ScoreCard(unitId, unit.name(), set, period.code(), previous.code(), total, max, previousTotal, rank, groups);
    }

    /** The units under {@code parentId} (the deployment's province when null) ranked by total, from the pre-aggregated table. */
    public PageResult<RankingRow> ranking(String set, String periodCode, @Nullable UUID parentId, PageRequest page) {
        Actor actor = CurrentActor.get();
        policy.require(actor, Action.READ, null);
        Period period = Period.parse("period", periodCode);
        UUID province = parentId != null ? parentId : provinceUnit().id();
        ScoreTable.Revision revision = table.revision();
        return rankings.get(new RankingCache.Key(revision.revision(), revision.snapshot(), set, period.code(), province, page.offset(), page.size()),
                () -> rankingPage(revision.snapshot(), set, period, province, page));
    }

    private PageResult<RankingRow> rankingPage(int snapshot, String set, Period period, UUID province, PageRequest page) {
        List<ScoreTable.Ranked> ranked = table.ranking(snapshot, set, period.code(), province, page.offset(), page.size());
        long count = table.rankedCount(snapshot, set, period.code(), province);
        List<UUID> ids = ranked.stream().map(ScoreTable.Ranked::unitId).toList();
        Map<UUID, String> names = directory.units(ids).stream().collect(Collectors.toMap(UnitView::id, UnitView::name));
        Map<UUID, BigDecimal> previous = table.totals(snapshot, set, period.previous().code(), ids);
        List<RankingRow> rows = ranked.stream().map(row -> new RankingRow(row.rank(), row.unitId(), row.unitCode(),
                names.getOrDefault(row.unitId(), row.unitCode()), row.total(), row.max(), previous.get(row.unitId()),
                RankingRow.Band.of(row.total(), row.max()))).toList();
        return new PageResult<>(rows, page.page(), page.size(), count);
    }

    /**
     * The pre-aggregated scores of the named units in a set and period, one row per unit and scored indicator (points
     * null: no data), read from the score table in one indexed read; for dashboards that show many units at once.
     */
    public List<UnitScore> scores(String set, String periodCode, Collection<UUID> unitIds) {
        Actor actor = CurrentActor.get();
        policy.require(actor, Action.READ, null);
        Period period = Period.parse("period", periodCode);
        return table.scoresOf(table.current(), set, period.code(), unitIds).stream()
                .map(row -> new UnitScore(row.unitId(), row.indicator(), row.group(), row.numerator(), row.denominator(), row.rate(),
                        row.points(), row.max()))
                .toList();
    }

    /** The named units' totals in a set and period from the pre-aggregated table (units without a total are absent). */
    public Map<UUID, BigDecimal> totals(String set, String periodCode, Collection<UUID> unitIds) {
        Actor actor = CurrentActor.get();
        policy.require(actor, Action.READ, null);
        Period period = Period.parse("period", periodCode);
        return table.totals(table.current(), set, period.code(), unitIds);
    }

    /** The newest month with scores in the set, else the current month: what ranking pages open with. */
    public Period latestMonth(String set) {
        CurrentActor.get();
        String latest = table.latestMonth(table.current(), set);
        return latest == null ? currentMonth() : Period.tryParse(latest).orElse(currentMonth());
    }

    public UnitView provinceUnit() {
        return directory.unitByCode(deployment.provinceCode())
                .orElseThrow(() -> new NotFoundException("indicators.error.unit.notFound", deployment.provinceCode()));
    }

    private static int yearOf(Period period) {
        return period.withAncestors().getLast().year();
    }

    private static @Nullable BigDecimal sum(List<@Nullable BigDecimal> parts) {
        BigDecimal total = null;
        for (BigDecimal part : parts) {
            total = add(total, part);
        }
        return total;
    }

    private static @Nullable BigDecimal add(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    private static String shortened(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private static UUID nameId(String name) {
        return UUID.nameUUIDFromBytes(("indicators:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
