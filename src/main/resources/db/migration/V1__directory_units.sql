-- Organisation units: the official administrative units (provinces, wards, communes, special zones) and the
-- bodies around them (departments, working groups, Party committees, socio-political organisations).
CREATE TABLE directory_unit (
    id             UUID PRIMARY KEY,
    code           VARCHAR(40)  NOT NULL,
    name           VARCHAR(300) NOT NULL,
    search_key     VARCHAR(300) NOT NULL,
    sort_key       VARCHAR(1000) NOT NULL,
    type           VARCHAR(30)  NOT NULL,
    parent_id      UUID REFERENCES directory_unit (id),
    province_code  VARCHAR(2),
    official       BOOLEAN      NOT NULL,
    valid_from     DATE,
    valid_to       DATE,
    version        BIGINT       NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_directory_unit_code UNIQUE (code)
);
CREATE INDEX ix_directory_unit_province_type ON directory_unit (province_code, type, sort_key);
CREATE INDEX ix_directory_unit_parent ON directory_unit (parent_id);

-- Units merge and split: data of a predecessor rolls up into its successor from the effective date.
CREATE TABLE directory_unit_lineage (
    predecessor_id UUID NOT NULL REFERENCES directory_unit (id),
    successor_id   UUID NOT NULL REFERENCES directory_unit (id),
    effective_on   DATE NOT NULL,
    PRIMARY KEY (predecessor_id, successor_id)
);
CREATE INDEX ix_directory_unit_lineage_successor ON directory_unit_lineage (successor_id);

-- Which working group supervises which unit (a unit has one supervising group at a time).
CREATE TABLE directory_supervision (
    working_group_id UUID NOT NULL REFERENCES directory_unit (id),
    unit_id          UUID NOT NULL REFERENCES directory_unit (id),
    assigned_on      DATE NOT NULL,
    PRIMARY KEY (working_group_id, unit_id),
    CONSTRAINT uq_directory_supervision_unit UNIQUE (unit_id)
);

-- A fingerprint of the last official list imported, so that start-up can skip an unchanged file.
CREATE TABLE directory_reference_import (
    id           UUID PRIMARY KEY,
    checksum     VARCHAR(64) NOT NULL,
    imported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    units        INTEGER NOT NULL
);
