-- The capacity module: staff register, IT assets, connectivity/storage/backup/systems/controls, readiness.
-- Catalogues (positions, controls, readiness criteria) are data, so that a new post, control or official index is a
-- migration or an administrator's change, not code.

CREATE TABLE capacity_position (
    code             VARCHAR(40) PRIMARY KEY,
    position         INTEGER NOT NULL,
    label_vi         VARCHAR(300) NOT NULL,
    label_en         VARCHAR(300) NOT NULL,
    label_de         VARCHAR(300) NOT NULL,
    digital_officer  BOOLEAN NOT NULL DEFAULT FALSE
);

INSERT INTO capacity_position (code, position, label_vi, label_en, label_de, digital_officer) VALUES
 ('CHAIR', 1, 'Chủ tịch Ủy ban nhân dân', 'Chair of the People''s Committee', 'Vorsitzende(r) des Volkskomitees', FALSE),
 ('VICE_CHAIR', 2, 'Phó Chủ tịch Ủy ban nhân dân', 'Vice-chair of the People''s Committee', 'Stellv. Vorsitzende(r) des Volkskomitees', FALSE),
 ('OFFICE_CLERK', 3, 'Công chức Văn phòng HĐND và UBND', 'Office clerk of the Council and Committee', 'Sachbearbeiter(in) des Rats- und Komiteebüros', FALSE),
 ('DT_OFFICER', 4, 'Công chức chuyên trách chuyển đổi số', 'Dedicated digital-transformation officer', 'Hauptamtliche(r) Beauftragte(r) für digitale Transformation', TRUE),
 ('JUSTICE_CIVIL', 5, 'Công chức Tư pháp – Hộ tịch', 'Justice and civil-status officer', 'Sachbearbeiter(in) Justiz und Personenstand', FALSE),
 ('ECONOMY_INFRA', 6, 'Công chức Phòng Kinh tế, Hạ tầng và Đô thị', 'Economy, infrastructure and urban officer', 'Sachbearbeiter(in) Wirtschaft, Infrastruktur und Stadt', FALSE),
 ('CULTURE_SOCIAL', 7, 'Công chức Phòng Văn hóa – Xã hội', 'Culture and social affairs officer', 'Sachbearbeiter(in) Kultur und Soziales', FALSE),
 ('FINANCE', 8, 'Công chức Tài chính – Kế toán', 'Finance and accounting officer', 'Sachbearbeiter(in) Finanzen und Buchhaltung', FALSE),
 ('ONE_STOP', 9, 'Công chức Bộ phận Một cửa', 'One-stop-shop officer', 'Sachbearbeiter(in) Bürgerservice (One-Stop)', FALSE),
 ('IT_SUPPORT', 10, 'Nhân viên hỗ trợ công nghệ thông tin', 'IT support staff', 'IT-Unterstützung', FALSE),
 ('OTHER', 11, 'Vị trí khác', 'Other post', 'Sonstige Stelle', FALSE);

-- Established (biên chế) posts a unit is allotted; filled posts are counted from the register.
CREATE TABLE capacity_establishment (
    unit_id            UUID PRIMARY KEY,
    established_posts  INTEGER NOT NULL,
    version            BIGINT NOT NULL DEFAULT 0
);

-- A person of the directory in a unit's register. left_on keeps the history of a person who left.
CREATE TABLE capacity_staff (
    id               UUID PRIMARY KEY,
    unit_id          UUID NOT NULL,
    person_id        UUID NOT NULL,
    full_name        VARCHAR(300) NOT NULL,
    self_skill       VARCHAR(20) NOT NULL,
    tested_skill     VARCHAR(20) NOT NULL,
    tested_on        DATE,
    left_on          DATE,
    version          BIGINT NOT NULL DEFAULT 0,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT capacity_staff_person UNIQUE (unit_id, person_id)
);
CREATE INDEX capacity_staff_unit ON capacity_staff (unit_id, left_on);

CREATE TABLE capacity_staff_post (
    staff_id         UUID NOT NULL REFERENCES capacity_staff (id),
    position_code    VARCHAR(40) NOT NULL REFERENCES capacity_position (code),
    main_post        BOOLEAN NOT NULL,
    employment       VARCHAR(20) NOT NULL,
    PRIMARY KEY (staff_id, position_code)
);

CREATE TABLE capacity_certificate (
    staff_id         UUID NOT NULL REFERENCES capacity_staff (id),
    ordinal          INTEGER NOT NULL,
    name             VARCHAR(300) NOT NULL,
    issuer           VARCHAR(300) NOT NULL,
    issued_on        DATE NOT NULL,
    expires_on       DATE,
    PRIMARY KEY (staff_id, ordinal)
);

-- IT assets. os_key names the catalogue release the system was matched to (null: unknown); eol_date is that
-- release's end of support, so the support status is a condition on dates in SQL ("today" bound by the query).
CREATE TABLE capacity_asset (
    id                   UUID PRIMARY KEY,
    unit_id              UUID NOT NULL,
    asset_type           VARCHAR(20) NOT NULL,
    tag                  VARCHAR(60),
    serial               VARCHAR(100),
    model                VARCHAR(300),
    purchase_year        INTEGER,
    os_product           VARCHAR(40),
    os_version           VARCHAR(60),
    os_edition           VARCHAR(60),
    os_key               VARCHAR(100),
    eol_date             DATE,
    state                VARCHAR(20) NOT NULL,
    location             VARCHAR(300),
    custodian_person_id  UUID,
    version              BIGINT NOT NULL DEFAULT 0,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT capacity_asset_tag UNIQUE (unit_id, tag),
    CONSTRAINT capacity_asset_serial UNIQUE (unit_id, serial)
);
CREATE INDEX capacity_asset_unit_type ON capacity_asset (unit_id, asset_type);
CREATE INDEX capacity_asset_support ON capacity_asset (os_key, eol_date);
CREATE INDEX capacity_asset_type ON capacity_asset (asset_type, unit_id);

CREATE TABLE capacity_infrastructure (
    unit_id              UUID PRIMARY KEY,
    storage_capacity_gb  INTEGER,
    storage_used_gb      INTEGER,
    version              BIGINT NOT NULL DEFAULT 0,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE capacity_link (
    unit_id          UUID NOT NULL,
    ordinal          INTEGER NOT NULL,
    provider         VARCHAR(300) NOT NULL,
    down_mbps        INTEGER NOT NULL,
    up_mbps          INTEGER NOT NULL,
    redundant        BOOLEAN NOT NULL,
    outages          INTEGER NOT NULL,
    PRIMARY KEY (unit_id, ordinal)
);

CREATE TABLE capacity_backup (
    unit_id            UUID NOT NULL,
    ordinal            INTEGER NOT NULL,
    what               VARCHAR(300) NOT NULL,
    frequency          VARCHAR(20) NOT NULL,
    location           VARCHAR(300) NOT NULL,
    last_restore_test  DATE,
    PRIMARY KEY (unit_id, ordinal)
);

-- Information systems with their approved security level under Decree 85/2016/ND-CP.
CREATE TABLE capacity_system (
    unit_id          UUID NOT NULL,
    ordinal          INTEGER NOT NULL,
    name             VARCHAR(300) NOT NULL,
    security_level   INTEGER NOT NULL,
    decision_number  VARCHAR(100),
    decision_date    DATE,
    PRIMARY KEY (unit_id, ordinal)
);

CREATE TABLE capacity_control (
    code             VARCHAR(40) PRIMARY KEY,
    position         INTEGER NOT NULL,
    label_vi         VARCHAR(300) NOT NULL,
    label_en         VARCHAR(300) NOT NULL,
    label_de         VARCHAR(300) NOT NULL
);

INSERT INTO capacity_control (code, position, label_vi, label_en, label_de) VALUES
 ('ANTIVIRUS', 1, 'Phần mềm phòng chống mã độc trên mọi máy', 'Anti-malware on every machine', 'Schadsoftwareschutz auf jedem Gerät'),
 ('PATCHING', 2, 'Cập nhật bản vá định kỳ', 'Regular patching', 'Regelmäßige Sicherheitsupdates'),
 ('FIREWALL', 3, 'Tường lửa tại điểm kết nối Internet', 'Firewall at the internet connection', 'Firewall am Internetanschluss'),
 ('ACCOUNTS', 4, 'Quản lý tài khoản và mật khẩu', 'Accounts and passwords managed', 'Konten und Passwörter verwaltet'),
 ('BACKUPS', 5, 'Sao lưu dữ liệu theo kế hoạch', 'Planned data backups', 'Geplante Datensicherung'),
 ('PHYSICAL', 6, 'Kiểm soát ra vào phòng máy', 'Physical access control', 'Zutrittskontrolle'),
 ('TRAINING', 7, 'Tập huấn an toàn thông tin cho cán bộ', 'Security awareness training', 'Schulung zur Informationssicherheit');

CREATE TABLE capacity_unit_control (
    unit_id          UUID NOT NULL,
    control_code     VARCHAR(40) NOT NULL REFERENCES capacity_control (code),
    status           VARCHAR(20) NOT NULL,
    reason           VARCHAR(2000),
    PRIMARY KEY (unit_id, control_code)
);

-- Readiness criteria: configuration. rule_type is one of the rule types in code; parameter is its number
-- (months for RESTORE_TEST_WITHIN_MONTHS, otherwise unused).
CREATE TABLE capacity_criterion (
    code             VARCHAR(40) PRIMARY KEY,
    position         INTEGER NOT NULL,
    label_vi         VARCHAR(300) NOT NULL,
    label_en         VARCHAR(300) NOT NULL,
    label_de         VARCHAR(300) NOT NULL,
    weight           INTEGER NOT NULL,
    rule_type        VARCHAR(40) NOT NULL,
    parameter        INTEGER,
    active           BOOLEAN NOT NULL DEFAULT TRUE
);

INSERT INTO capacity_criterion (code, position, label_vi, label_en, label_de, weight, rule_type, parameter, active) VALUES
 ('dtOfficer', 1, 'Có công chức chuyên trách chuyển đổi số', 'Dedicated digital-transformation officer', 'Hauptamtliche(r) DT-Beauftragte(r)', 20, 'DT_OFFICER_PRESENT', NULL, TRUE),
 ('postsFilled', 2, 'Tỷ lệ biên chế được bố trí', 'Share of established posts filled', 'Anteil besetzter Planstellen', 15, 'POSTS_FILLED_SHARE', NULL, TRUE),
 ('basicSkills', 3, 'Tỷ lệ cán bộ đạt chuẩn kỹ năng CNTT cơ bản (đã kiểm tra)', 'Share of staff tested at the basic IT standard', 'Anteil geprüft mit IT-Grundkenntnissen', 15, 'BASIC_IT_SKILL_SHARE', NULL, TRUE),
 ('pcsSupported', 4, 'Tỷ lệ máy tính dùng hệ điều hành còn được hỗ trợ', 'Share of PCs on a supported operating system', 'Anteil PCs mit unterstütztem Betriebssystem', 15, 'SHARE_OF_PCS_SUPPORTED', NULL, TRUE),
 ('restoreTest', 5, 'Đã thử khôi phục bản sao lưu trong 12 tháng', 'Backup restore tested within 12 months', 'Wiederherstellung in 12 Monaten getestet', 10, 'RESTORE_TEST_WITHIN_MONTHS', 12, TRUE),
 ('controls', 6, 'Tỷ lệ biện pháp an toàn thông tin đã áp dụng', 'Share of security controls in place', 'Anteil umgesetzter Sicherheitsmaßnahmen', 15, 'CONTROLS_IN_PLACE_SHARE', NULL, TRUE),
 ('redundantLink', 7, 'Có đường truyền Internet dự phòng', 'Redundant internet link', 'Redundante Internetanbindung', 10, 'LINK_REDUNDANT', NULL, TRUE);

-- The current score of each unit and its points per criterion, written in the transaction that changed the facts;
-- the ranking and the heat table read them. Recomputable from the facts at any time.
CREATE TABLE capacity_readiness (
    unit_id          UUID PRIMARY KEY,
    unit_name        VARCHAR(300) NOT NULL,
    score            DECIMAL(7, 2) NOT NULL,
    max_points       DECIMAL(7, 2) NOT NULL,
    computed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX capacity_readiness_score ON capacity_readiness (score);

CREATE TABLE capacity_readiness_point (
    unit_id          UUID NOT NULL,
    criterion_code   VARCHAR(40) NOT NULL,
    points           DECIMAL(7, 2) NOT NULL,
    max_points       DECIMAL(7, 2) NOT NULL,
    PRIMARY KEY (unit_id, criterion_code)
);

-- Monthly snapshots for the trend (period yyyy-MM), replaced when a month is recomputed.
CREATE TABLE capacity_readiness_month (
    unit_id          UUID NOT NULL,
    period           VARCHAR(7) NOT NULL,
    score            DECIMAL(7, 2) NOT NULL,
    max_points       DECIMAL(7, 2) NOT NULL,
    PRIMARY KEY (unit_id, period)
);
