-- ankommen schema version 1: the network kinds (contact points, offers, networks).
--
-- One table per record kind, child tables for collections, no serialized objects. Ids are
-- varchar(64) COLLATE "C" so that ORDER BY id is the order of Java's String.compareTo, which the
-- storage contract pages by (rule S4.2). Every row of a record kind carries the record's version
-- for optimistic concurrency. Child rows keep the order of their collection in "ordinal" and are
-- deleted with their parent. Text columns are as long as the records allow (@Size), enums are
-- varchar with a CHECK of their constants. Aggregates refer to each other by id only, and the
-- storage contract lets them be written in any order, so there are no foreign keys between kinds.
--
-- The script runs unchanged under Flyway and under JdbcStore's own migrator.

-- Networks

CREATE TABLE network (
    id      varchar(64) COLLATE "C" PRIMARY KEY,
    version bigint       NOT NULL CHECK (version >= 1),
    name    varchar(200) NOT NULL,
    zone    varchar(64)  NOT NULL
);

CREATE TABLE network_district (
    network_id varchar(64) COLLATE "C" NOT NULL REFERENCES network (id) ON DELETE CASCADE,
    ordinal    integer      NOT NULL,
    district   varchar(100) NOT NULL,
    PRIMARY KEY (network_id, ordinal),
    UNIQUE (network_id, district)
);

CREATE TABLE network_phase (
    network_id varchar(64) COLLATE "C" NOT NULL REFERENCES network (id) ON DELETE CASCADE,
    ordinal    integer      NOT NULL,
    phase_id   varchar(64) COLLATE "C" NOT NULL,
    name       varchar(200) NOT NULL,
    year       integer      NOT NULL,
    status     varchar(16)  NOT NULL CHECK (status IN ('PLANNED', 'APPROVED', 'STARTED')),
    PRIMARY KEY (network_id, ordinal),
    UNIQUE (network_id, phase_id)
);

CREATE TABLE network_phase_district (
    network_id    varchar(64) COLLATE "C" NOT NULL,
    phase_ordinal integer      NOT NULL,
    ordinal       integer      NOT NULL,
    district      varchar(100) NOT NULL,
    PRIMARY KEY (network_id, phase_ordinal, ordinal),
    FOREIGN KEY (network_id, phase_ordinal) REFERENCES network_phase (network_id, ordinal) ON DELETE CASCADE
);

-- Contact points

CREATE TABLE contact_point (
    id                 varchar(64) COLLATE "C" PRIMARY KEY,
    version            bigint       NOT NULL CHECK (version >= 1),
    name               varchar(200) NOT NULL,
    street             varchar(200) NOT NULL,
    postal_code        varchar(5)   NOT NULL,
    city               varchar(100) NOT NULL,
    phone              varchar(40),
    email              varchar(254),
    web                text,
    opening_hours_zone varchar(64)  NOT NULL,
    -- The status of the last status change: derived, kept here so that a query can filter on it.
    status             varchar(24)  NOT NULL
        CHECK (status IN ('PLANNED', 'PREPARING', 'OPEN', 'TEMPORARILY_CLOSED', 'CLOSED')),
    phase              varchar(64) COLLATE "C" NOT NULL
);

CREATE INDEX contact_point_status_idx ON contact_point (status, id);
CREATE INDEX contact_point_phase_idx ON contact_point (phase, id);

CREATE TABLE contact_point_district (
    contact_point_id varchar(64) COLLATE "C" NOT NULL REFERENCES contact_point (id) ON DELETE CASCADE,
    ordinal          integer      NOT NULL,
    district         varchar(100) NOT NULL,
    valid_from       date         NOT NULL,
    valid_until      date,
    PRIMARY KEY (contact_point_id, ordinal),
    CHECK (valid_until IS NULL OR valid_until >= valid_from)
);

CREATE INDEX contact_point_district_idx
    ON contact_point_district (district, contact_point_id) INCLUDE (valid_from, valid_until);

CREATE TABLE contact_point_partner (
    contact_point_id varchar(64) COLLATE "C" NOT NULL REFERENCES contact_point (id) ON DELETE CASCADE,
    ordinal          integer      NOT NULL,
    organisation_id  varchar(64) COLLATE "C" NOT NULL,
    name             varchar(200) NOT NULL,
    role             varchar(16)  NOT NULL CHECK (role IN ('OPERATOR', 'STAFFING')),
    status           varchar(16)  NOT NULL CHECK (status IN ('CONFIRMED', 'IN_DISCUSSION')),
    PRIMARY KEY (contact_point_id, ordinal)
);

CREATE TABLE contact_point_team_member (
    contact_point_id varchar(64) COLLATE "C" NOT NULL REFERENCES contact_point (id) ON DELETE CASCADE,
    ordinal          integer      NOT NULL,
    member_id        varchar(64) COLLATE "C" NOT NULL,
    display_name     varchar(200) NOT NULL,
    role             varchar(16)  NOT NULL CHECK (role IN ('STAFF', 'VOLUNTEER')),
    PRIMARY KEY (contact_point_id, ordinal),
    UNIQUE (contact_point_id, member_id)
);

CREATE TABLE contact_point_team_member_language (
    contact_point_id varchar(64) COLLATE "C" NOT NULL,
    member_ordinal   integer    NOT NULL,
    ordinal          integer    NOT NULL,
    language         varchar(3) NOT NULL,
    PRIMARY KEY (contact_point_id, member_ordinal, ordinal),
    FOREIGN KEY (contact_point_id, member_ordinal)
        REFERENCES contact_point_team_member (contact_point_id, ordinal) ON DELETE CASCADE
);

CREATE TABLE contact_point_language (
    contact_point_id varchar(64) COLLATE "C" NOT NULL REFERENCES contact_point (id) ON DELETE CASCADE,
    ordinal          integer    NOT NULL,
    language         varchar(3) NOT NULL,
    PRIMARY KEY (contact_point_id, ordinal),
    -- A set: each language once. Also the index of the language filter.
    UNIQUE (language, contact_point_id)
);

CREATE TABLE contact_point_weekly_slot (
    contact_point_id varchar(64) COLLATE "C" NOT NULL REFERENCES contact_point (id) ON DELETE CASCADE,
    ordinal          integer     NOT NULL,
    day              varchar(9)  NOT NULL
        CHECK (day IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
    opens            time        NOT NULL,
    closes           time        NOT NULL,
    kind             varchar(16) NOT NULL CHECK (kind IN ('OPEN', 'APPOINTMENT_ONLY')),
    PRIMARY KEY (contact_point_id, ordinal),
    CHECK (closes > opens)
);

CREATE TABLE contact_point_closure (
    contact_point_id varchar(64) COLLATE "C" NOT NULL REFERENCES contact_point (id) ON DELETE CASCADE,
    ordinal          integer      NOT NULL,
    valid_from       date         NOT NULL,
    valid_until      date,
    kind             varchar(24)  NOT NULL CHECK (kind IN ('HOLIDAY', 'TEMPORARY_CLOSURE')),
    reason           varchar(500) NOT NULL,
    PRIMARY KEY (contact_point_id, ordinal),
    CHECK (valid_until IS NULL OR valid_until >= valid_from)
);

CREATE TABLE contact_point_status_change (
    contact_point_id varchar(64) COLLATE "C" NOT NULL REFERENCES contact_point (id) ON DELETE CASCADE,
    ordinal          integer      NOT NULL,
    status           varchar(24)  NOT NULL
        CHECK (status IN ('PLANNED', 'PREPARING', 'OPEN', 'TEMPORARILY_CLOSED', 'CLOSED')),
    changed_on       date         NOT NULL,
    reason           varchar(500) NOT NULL,
    PRIMARY KEY (contact_point_id, ordinal)
);

-- Offers

CREATE TABLE offer (
    id                      varchar(64) COLLATE "C" PRIMARY KEY,
    version                 bigint        NOT NULL CHECK (version >= 1),
    name                    varchar(200)  NOT NULL,
    organisation_id         varchar(64) COLLATE "C" NOT NULL,
    organisation_name       varchar(200)  NOT NULL,
    organisation_type       varchar(24)   NOT NULL
        CHECK (organisation_type IN ('JOBCENTER', 'IMMIGRATION_OFFICE', 'MUNICIPAL_OFFICE', 'SCHOOL', 'CLUB',
            'COURSE_PROVIDER', 'COUNSELLING_SERVICE', 'PUBLIC_LIBRARY', 'WELFARE_ORGANISATION', 'OTHER')),
    category                varchar(24)   NOT NULL
        CHECK (category IN ('WORK', 'QUALIFICATION', 'LANGUAGE_COURSE', 'EDUCATION', 'CHILDCARE', 'SPORT',
            'CULTURE', 'HEALTH', 'HOUSING', 'LEGAL_ADVICE', 'ADMINISTRATION', 'COUNSELLING')),
    eligibility             varchar(1000),
    capacity_status         varchar(16)   NOT NULL
        CHECK (capacity_status IN ('HAS_CAPACITY', 'WAITLIST', 'NO_CAPACITY')),
    capacity_note           varchar(500),
    referral_contact_person varchar(200),
    -- The referral channels: all three null means the offer names no channels, only a person.
    referral_phone          varchar(40),
    referral_email          varchar(254),
    referral_web            text,
    CHECK (referral_contact_person IS NOT NULL OR referral_phone IS NOT NULL OR referral_email IS NOT NULL
        OR referral_web IS NOT NULL)
);

CREATE INDEX offer_organisation_idx ON offer (organisation_id, id);
CREATE INDEX offer_category_idx ON offer (category, id);

CREATE TABLE offer_language (
    offer_id varchar(64) COLLATE "C" NOT NULL REFERENCES offer (id) ON DELETE CASCADE,
    ordinal  integer    NOT NULL,
    language varchar(3) NOT NULL,
    PRIMARY KEY (offer_id, ordinal),
    UNIQUE (language, offer_id)
);

CREATE TABLE offer_district (
    offer_id varchar(64) COLLATE "C" NOT NULL REFERENCES offer (id) ON DELETE CASCADE,
    ordinal  integer      NOT NULL,
    district varchar(100) NOT NULL,
    PRIMARY KEY (offer_id, ordinal),
    UNIQUE (district, offer_id)
);
