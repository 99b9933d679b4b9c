CREATE TABLE directory_person (
    id          UUID PRIMARY KEY,
    full_name   VARCHAR(200) NOT NULL,
    search_key  VARCHAR(200) NOT NULL,
    sort_key    VARCHAR(1000) NOT NULL,
    title       VARCHAR(200) NOT NULL,
    unit_id     UUID NOT NULL REFERENCES directory_unit (id),
    email       VARCHAR(200),
    phone       VARCHAR(40),
    version     BIGINT NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_directory_person_unit ON directory_person (unit_id, sort_key);

-- Members of a working group with their role in it; a member keeps their own unit (department, ward, ...).
CREATE TABLE directory_group_member (
    working_group_id UUID NOT NULL REFERENCES directory_unit (id),
    person_id        UUID NOT NULL REFERENCES directory_person (id),
    role             VARCHAR(30) NOT NULL,
    PRIMARY KEY (working_group_id, person_id)
);
CREATE INDEX ix_directory_group_member_person ON directory_group_member (person_id);
