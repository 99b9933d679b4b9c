-- The grouping's domain thesaurus as data (seeded once from the bundled difficulties/thesaurus.txt, then edited by
-- administrators), the labelled pairs people's decisions on suggestions give, the tuning runs fitted to them, and
-- a revision every instance compares to know when its in-memory analyzer is stale.
CREATE TABLE difficulties_thesaurus_entry (
    id          UUID PRIMARY KEY,
    concept     VARCHAR(100) NOT NULL,
    terms       VARCHAR(4000) NOT NULL,
    topic       VARCHAR(100),
    weight      DOUBLE PRECISION,
    sort_order  INTEGER NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT NOT NULL
);
CREATE INDEX difficulties_thesaurus_entry_order ON difficulties_thesaurus_entry (sort_order);

CREATE TABLE difficulties_grouping_state (
    name        VARCHAR(64) PRIMARY KEY,
    counter     BIGINT NOT NULL
);
INSERT INTO difficulties_grouping_state (name, counter) VALUES ('revision', 0);

-- One pair of difficulties a person judged the same (grouped together) or not the same; the latest decision counts.
CREATE TABLE difficulties_grouping_pair (
    difficulty_a  UUID NOT NULL,
    difficulty_b  UUID NOT NULL,
    same          BOOLEAN NOT NULL,
    source        VARCHAR(20) NOT NULL,
    decided_by    UUID NOT NULL,
    decided_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (difficulty_a, difficulty_b)
);
CREATE INDEX difficulties_grouping_pair_decided ON difficulties_grouping_pair (decided_at);

CREATE TABLE difficulties_grouping_tuning (
    id                     UUID PRIMARY KEY,
    tuned_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    tuned_by               UUID NOT NULL,
    outcome                VARCHAR(20) NOT NULL,
    pairs                  INTEGER NOT NULL,
    same_pairs             INTEGER NOT NULL,
    threshold              DOUBLE PRECISION NOT NULL,
    title_weight           DOUBLE PRECISION NOT NULL,
    description_weight     DOUBLE PRECISION NOT NULL,
    recommendation_weight  DOUBLE PRECISION NOT NULL,
    pair_precision         DOUBLE PRECISION,
    pair_recall            DOUBLE PRECISION,
    default_precision      DOUBLE PRECISION,
    default_recall         DOUBLE PRECISION,
    millis                 BIGINT NOT NULL
);
CREATE INDEX difficulties_grouping_tuning_at ON difficulties_grouping_tuning (tuned_at);

CREATE TABLE difficulties_shedlock (
    name        VARCHAR(64) PRIMARY KEY,
    lock_until  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by   VARCHAR(255) NOT NULL
);
