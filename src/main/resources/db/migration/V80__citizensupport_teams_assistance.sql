-- Community digital technology teams, the assistance log (minimum personal data, Law 91/2025) and the monthly
-- counts that entries are reduced to after the retention period.
CREATE TABLE citizensupport_team (
    id                UUID PRIMARY KEY,
    unit_id           UUID         NOT NULL,
    name              VARCHAR(300) NOT NULL,
    residential_group VARCHAR(300) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT       NOT NULL
);
CREATE INDEX citizensupport_team_unit ON citizensupport_team (unit_id, residential_group);

CREATE TABLE citizensupport_member (
    team_id      UUID         NOT NULL REFERENCES citizensupport_team (id),
    position     INT          NOT NULL,
    full_name    VARCHAR(300) NOT NULL,
    organisation VARCHAR(40)  NOT NULL,
    person_id    UUID,
    PRIMARY KEY (team_id, position)
);

CREATE TABLE citizensupport_assistance (
    id                UUID PRIMARY KEY,
    client_id         UUID         NOT NULL,
    unit_id           UUID         NOT NULL,
    team_id           UUID         NOT NULL REFERENCES citizensupport_team (id),
    helped_on         DATE         NOT NULL,
    residential_group VARCHAR(300) NOT NULL,
    service           VARCHAR(40)  NOT NULL,
    procedure_code    VARCHAR(40),
    channel           VARCHAR(20)  NOT NULL,
    outcome           VARCHAR(20)  NOT NULL,
    reason            VARCHAR(2000),
    minutes           INT          NOT NULL,
    age_band          VARCHAR(20),
    gender            VARCHAR(10),
    recorded_by       UUID         NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT citizensupport_assistance_client UNIQUE (client_id)
);
CREATE INDEX citizensupport_assistance_unit_day ON citizensupport_assistance (unit_id, helped_on);

CREATE TABLE citizensupport_monthly_count (
    unit_id UUID        NOT NULL,
    period_month VARCHAR(7) NOT NULL,
    team_id UUID        NOT NULL,
    service VARCHAR(40) NOT NULL,
    outcome VARCHAR(20) NOT NULL,
    entry_count   INT    NOT NULL,
    minutes_total BIGINT NOT NULL,
    PRIMARY KEY (unit_id, period_month, team_id, service, outcome)
);

CREATE TABLE citizensupport_shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
