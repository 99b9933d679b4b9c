-- Indicators: data elements and indicator definitions held as data (versioned by validity dates), values per unit
-- and period, and the pre-aggregated score tables that rankings read.

CREATE TABLE indicators_data_element (
    code         VARCHAR(100) PRIMARY KEY,
    name_vi      VARCHAR(300) NOT NULL,
    name_en      VARCHAR(300) NOT NULL,
    name_de      VARCHAR(300) NOT NULL,
    value_type   VARCHAR(20) NOT NULL,
    aggregation  VARCHAR(20) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT NOT NULL
);

-- One row per version of an indicator: valid_from .. valid_to inclusive (valid_to null = still valid). A period is
-- scored with the version valid on the period's last day.
CREATE TABLE indicators_indicator (
    id           UUID PRIMARY KEY,
    code         VARCHAR(100) NOT NULL,
    set_code     VARCHAR(40) NOT NULL,
    group_code   VARCHAR(40) NOT NULL,
    name_vi      VARCHAR(300) NOT NULL,
    name_en      VARCHAR(300) NOT NULL,
    name_de      VARCHAR(300) NOT NULL,
    numerator    VARCHAR(2000) NOT NULL,
    denominator  VARCHAR(2000),
    target_rate  NUMERIC(9, 4),
    max_points   NUMERIC(9, 2) NOT NULL,
    direction    VARCHAR(20) NOT NULL,
    legend       VARCHAR(200) NOT NULL,
    sort_order   INTEGER NOT NULL,
    valid_from   DATE NOT NULL,
    valid_to     DATE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT NOT NULL,
    CONSTRAINT uq_indicators_indicator_version UNIQUE (code, valid_from)
);
CREATE INDEX ix_indicators_indicator_set ON indicators_indicator (set_code, valid_from);

-- The value of a data element for a unit and period, with where it came from (entry, import, or a module's name).
CREATE TABLE indicators_value (
    unit_id      UUID NOT NULL,
    period_code  VARCHAR(10) NOT NULL,
    data_element VARCHAR(100) NOT NULL,
    amount       NUMERIC(19, 4) NOT NULL,
    source       VARCHAR(40) NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   UUID NOT NULL,
    PRIMARY KEY (unit_id, period_code, data_element)
);
CREATE INDEX ix_indicators_value_source ON indicators_value (unit_id, period_code, source);

-- The pre-aggregated scores. Rows carry a snapshot number; readers use the snapshot named by the pointer row, so a
-- rebuild writes a new snapshot beside the current one and switches the pointer in the same transaction.
CREATE TABLE indicators_snapshot (
    id           INTEGER PRIMARY KEY,
    current_snapshot INTEGER NOT NULL,
    rebuilt_at   TIMESTAMP WITH TIME ZONE
);
INSERT INTO indicators_snapshot (id, current_snapshot, rebuilt_at) VALUES (1, 1, NULL);

CREATE TABLE indicators_score (
    snapshot       INTEGER NOT NULL,
    set_code       VARCHAR(40) NOT NULL,
    period_code    VARCHAR(10) NOT NULL,
    unit_id        UUID NOT NULL,
    province_id    UUID,
    indicator_code VARCHAR(100) NOT NULL,
    group_code     VARCHAR(40) NOT NULL,
    numerator      NUMERIC(24, 6),
    denominator    NUMERIC(24, 6),
    rate           NUMERIC(18, 6),
    points         NUMERIC(9, 2),
    max_points     NUMERIC(9, 2) NOT NULL,
    PRIMARY KEY (snapshot, set_code, period_code, unit_id, indicator_code)
);
CREATE INDEX ix_indicators_score_province ON indicators_score (snapshot, set_code, period_code, province_id, indicator_code);

CREATE TABLE indicators_total (
    snapshot       INTEGER NOT NULL,
    set_code       VARCHAR(40) NOT NULL,
    period_code    VARCHAR(10) NOT NULL,
    unit_id        UUID NOT NULL,
    province_id    UUID,
    unit_code      VARCHAR(40) NOT NULL,
    total          NUMERIC(9, 2) NOT NULL,
    max_points     NUMERIC(9, 2) NOT NULL,
    scored         INTEGER NOT NULL,
    unscored       INTEGER NOT NULL,
    PRIMARY KEY (snapshot, set_code, period_code, unit_id)
);
CREATE INDEX ix_indicators_total_ranking ON indicators_total (snapshot, set_code, period_code, province_id, total);
