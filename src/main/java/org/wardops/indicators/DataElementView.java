package org.wardops.indicators;

/**
 * A figure that units report per period (e.g. {@code dossiers.received}); indicators are expressions over them.
 *
 * @param aggregation how values of smaller periods roll up into larger ones
 */
public record DataElementView(String code, Names names, ValueType valueType, Aggregation aggregation, long version) {

    /** What a data element's values are. */
    public enum ValueType { INTEGER, NUMBER, PERCENT }

    /**
     * How weeks roll up into months, months into quarters and quarters into years: SUM adds the parts, AVERAGE
     * averages the parts that have a value, LAST takes the latest part that has one.
     */
    public enum Aggregation { SUM, AVERAGE, LAST }
}
