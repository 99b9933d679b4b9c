package org.wardops.reporting;

/** The kinds of field a report template offers. */
public enum FieldType {
    TEXT,
    LONG_TEXT,
    INTEGER,
    DECIMAL,
    PERCENT,
    BOOLEAN,
    CHOICE,
    DATE,
    ATTACHMENT;

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL || this == PERCENT;
    }
}
