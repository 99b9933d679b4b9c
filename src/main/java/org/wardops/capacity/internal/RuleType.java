package org.wardops.capacity.internal;

import org.jspecify.annotations.Nullable;
import org.wardops.shared.time.LocalTime;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The kinds of rule a readiness criterion may use. Criteria themselves (code, labels, weight, parameter) are data;
 * a rule turns the unit's facts into points out of the weight, the evidence they rest on and, when points are
 * missing, the gap in words. Shares give {@code weight × part / whole}, rounded half up to two decimals.
 */
public enum RuleType {

    DT_OFFICER_PRESENT {
        @Override
        Outcome evaluate(Facts f, int weight, @Nullable Integer parameter, @Nullable String dataElement) {
            if (f.dtOfficerMain()) {
                return full(weight, Text.of("capacity.message.evidence.dtOfficer.present"));
            }
            return f.dtOfficerConcurrent()
                    ? none(Text.of("capacity.message.evidence.dtOfficer.concurrent"), Text.of("capacity.message.gap.dtOfficer.concurrent"))
                    : none(Text.of("capacity.message.evidence.dtOfficer.none"), Text.of("capacity.message.gap.dtOfficer.none"));
        }
    },
    POSTS_FILLED_SHARE {
        @Override
        Outcome evaluate(Facts f, int weight, @Nullable Integer parameter, @Nullable String dataElement) {
            if (f.establishedPosts() == 0) {
                return none(Text.of("capacity.message.evidence.posts.noEstablishment"), Text.of("capacity.message.gap.posts.noEstablishment"));
            }
            int filled = Math.min(f.filledPosts(), f.establishedPosts());
            Text evidence = Text.of("capacity.message.evidence.posts.filled", filled, f.establishedPosts());
            return share(weight, filled, f.establishedPosts(), evidence,
                    Text.of("capacity.message.gap.posts.vacant", f.establishedPosts() - filled, f.establishedPosts()));
        }
    },
    BASIC_IT_SKILL_SHARE {
        @Override
        Outcome evaluate(Facts f, int weight, @Nullable Integer parameter, @Nullable String dataElement) {
            if (f.currentStaff() == 0) {
                return none(Text.of("capacity.message.evidence.skills.noStaff"), Text.of("capacity.message.gap.skills.noStaff"));
            }
            return share(weight, f.basicTested(), f.currentStaff(), Text.of("capacity.message.evidence.skills.tested", f.basicTested(), f.currentStaff()),
                    Text.of("capacity.message.gap.skills.untested", f.currentStaff() - f.basicTested(), f.currentStaff()));
        }
    },
    SHARE_OF_PCS_SUPPORTED {
        @Override
        Outcome evaluate(Facts f, int weight, @Nullable Integer parameter, @Nullable String dataElement) {
            if (f.pcs() == 0) {
                return none(Text.of("capacity.message.evidence.pcs.none"), Text.of("capacity.message.gap.pcs.none"));
            }
            int supported = f.pcsSupported() + f.pcsEnding();
            Text evidence = Text.of("capacity.message.evidence.pcs.supported", supported, f.pcs(), f.pcsEnding());
            Text gap = f.pcsUnsupported() > 0 && f.pcsUnknown() > 0
                    ? Text.of("capacity.message.gap.pcs.unsupportedAndUnknown", f.pcsUnsupported(), f.pcs(), f.pcsUnknown())
                    : f.pcsUnsupported() > 0 ? Text.of("capacity.message.gap.pcs.unsupported", f.pcsUnsupported(), f.pcs())
                    : Text.of("capacity.message.gap.pcs.unknown", f.pcsUnknown(), f.pcs());
            return share(weight, supported, f.pcs(), evidence, gap);
        }
    },
    RESTORE_TEST_WITHIN_MONTHS {
        @Override
        Outcome evaluate(Facts f, int weight, @Nullable Integer parameter, @Nullable String dataElement) {
            int months = parameter == null ? 12 : parameter;
            if (f.lastRestoreTest() == null) {
                return none(Text.of("capacity.message.evidence.restore.never"), Text.of("capacity.message.gap.restore.never", months));
            }
            String date = LocalTime.format(f.lastRestoreTest());
            if (f.lastRestoreTest().isBefore(f.today().minusMonths(months))) {
                return none(Text.of("capacity.message.evidence.restore.last", date), Text.of("capacity.message.gap.restore.old", months, date));
            }
            return full(weight, Text.of("capacity.message.evidence.restore.last", date));
        }
    },
    CONTROLS_IN_PLACE_SHARE {
        @Override
        Outcome evaluate(Facts f, int weight, @Nullable Integer parameter, @Nullable String dataElement) {
            int applicable = f.controlsInPlace() + f.controlsMissing();
            if (applicable == 0) {
                return none(Text.of("capacity.message.evidence.controls.noneApplicable"), Text.of("capacity.message.gap.controls.noneApplicable"));
            }
            return share(weight, f.controlsInPlace(), applicable,
                    Text.of("capacity.message.evidence.controls.inPlace", f.controlsInPlace(), applicable, f.controlsNotApplicable()),
                    Text.of("capacity.message.gap.controls.missing", f.controlsMissing(), applicable));
        }
    },
    LINK_REDUNDANT {
        @Override
        Outcome evaluate(Facts f, int weight, @Nullable Integer parameter, @Nullable String dataElement) {
            if (f.links() == 0) {
                return none(Text.of("capacity.message.evidence.link.none"), Text.of("capacity.message.gap.link.none"));
            }
            if (f.links() >= 2 || f.redundantLinks() > 0) {
                return full(weight, Text.of("capacity.message.evidence.link.redundant", f.links()));
            }
            return none(Text.of("capacity.message.evidence.link.single"), Text.of("capacity.message.gap.link.single"));
        }
    },
    /**
     * A percentage another module publishes to {@code indicators} for the unit (the criterion's data element, e.g.
     * {@code training.coverage.basicIt}, 0–100), read for the unit's latest month (this month, else the month
     * before): weight × min(value, target) / target, the target being the parameter (default 100).
     */
    INDICATOR_VALUE {
        @Override
        Outcome evaluate(Facts f, int weight, @Nullable Integer parameter, @Nullable String dataElement) {
            int target = parameter == null || parameter <= 0 ? 100 : parameter;
            Facts.Reading reading = dataElement == null ? null : f.indicators().get(dataElement);
            if (reading == null) {
                return none(Text.of("capacity.message.evidence.indicator.none", String.valueOf(dataElement)),
                        Text.of("capacity.message.gap.indicator.none"));
            }
            BigDecimal value = reading.value().max(BigDecimal.ZERO).min(BigDecimal.valueOf(100));
            BigDecimal counted = value.min(BigDecimal.valueOf(target));
            BigDecimal points = BigDecimal.valueOf(weight).multiply(counted).divide(BigDecimal.valueOf(target), 2, RoundingMode.HALF_UP);
            BigDecimal shown = value.stripTrailingZeros();
            shown = shown.scale() < 0 ? shown.setScale(0) : shown;
            Text evidence = Text.of("capacity.message.evidence.indicator.value", shown, target, reading.period());
            return new Outcome(points, evidence, counted.compareTo(BigDecimal.valueOf(target)) >= 0 ? null
                    : Text.of("capacity.message.gap.indicator.below", shown, target, reading.period()));
        }
    };

    /** Points of a criterion with the evidence and, when points are missing, the gap. */
    public record Outcome(BigDecimal points, Text evidence, @Nullable Text gap) {
    }

    abstract Outcome evaluate(Facts facts, int weight, @Nullable Integer parameter, @Nullable String dataElement);

    public Outcome apply(Facts facts, int weight, @Nullable Integer parameter, @Nullable String dataElement) {
        return evaluate(facts, weight, parameter, dataElement);
    }

    private static Outcome full(int weight, Text evidence) {
        return new Outcome(BigDecimal.valueOf(weight).setScale(2), evidence, null);
    }

    private static Outcome none(Text evidence, Text gap) {
        return new Outcome(BigDecimal.ZERO.setScale(2), evidence, gap);
    }

    private static Outcome share(int weight, int part, int whole, Text evidence, Text gap) {
        BigDecimal points = BigDecimal.valueOf((long) weight * part).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
        return new Outcome(points, evidence, part >= whole ? null : gap);
    }
}
