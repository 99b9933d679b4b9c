-- The register of formal documents: one counter per issuing unit, document type (BC, TB, ...) and year.
CREATE TABLE documents_number_counter (
    unit_id      UUID NOT NULL,
    type_code    VARCHAR(20) NOT NULL,
    counter_year INTEGER NOT NULL,
    last_number  INTEGER NOT NULL,
    PRIMARY KEY (unit_id, type_code, counter_year)
);
