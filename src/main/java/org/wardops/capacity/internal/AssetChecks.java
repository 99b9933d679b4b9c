package org.wardops.capacity.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.wardops.capacity.AssetState;
import org.wardops.capacity.AssetView;
import org.wardops.capacity.SaveAsset;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.text.TextRules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Checks an asset as entered or imported and matches its operating system to the catalogue. */
@Component
public class AssetChecks {

    public static final int TAG_MAX = 60;
    public static final int SERIAL_MAX = 100;
    public static final int OS_MAX = 60;
    public static final int FIRST_YEAR = 1980;

    private final OsCatalogue catalogue;

    AssetChecks(OsCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The asset as it will be stored, or the problems (added to the list) that refuse it. */
    public Optional<AssetView> check(SaveAsset a, UUID id, UUID unitId, long version, LocalDate today, List<FieldProblem> problems) {
        int before = problems.size();
        if (a.type() == null) {
            problems.add(FieldProblem.of("type", "capacity.error.input.required"));
        }
        String tag = Checks.text(problems, "tag", a.tag(), TAG_MAX, false);
        String serial = Checks.text(problems, "serial", a.serial(), SERIAL_MAX, false);
        if (tag == null && serial == null) {
            problems.add(FieldProblem.of("tag", "capacity.error.asset.tagOrSerial"));
        }
        String model = Checks.text(problems, "model", a.model(), TextRules.NAME, false);
        Integer year = a.purchaseYear();
        if (year != null && year > today.getYear()) {
            problems.add(FieldProblem.of("purchaseYear", "capacity.error.asset.yearInFuture", year));
        } else {
            Checks.number(problems, "purchaseYear", year, FIRST_YEAR, today.getYear(), false);
        }
        String product = Checks.text(problems, "osProduct", a.osProduct(), OS_MAX, false);
        String osVersion = Checks.text(problems, "osVersion", a.osVersion(), OS_MAX, false);
        String edition = Checks.text(problems, "osEdition", a.osEdition(), OS_MAX, false);
        String location = Checks.text(problems, "location", a.location(), TextRules.NAME, false);
        if (problems.size() > before || a.type() == null) {
            return Optional.empty();
        }
        Optional<OsCatalogue.Release> release = catalogue.match(product, osVersion, edition);
        AssetState state = a.state() == null ? AssetState.IN_USE : a.state();
        @Nullable String key = release.map(OsCatalogue.Release::key).orElse(null);
        @Nullable LocalDate eol = release.map(OsCatalogue.Release::endOfSupport).orElse(null);
        return Optional.of(new AssetView(id, unitId, a.type(), tag, serial, model, year, product, osVersion, edition, key, eol,
                OsCatalogue.status(key, eol, today), state, location, a.custodianPersonId(), version));
    }
}
