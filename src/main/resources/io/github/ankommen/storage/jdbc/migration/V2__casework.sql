-- ankommen schema version 2: case work (clients, consultations, cases and their audit trails).
--
-- The same conventions as V1: one table per kind, child tables for collections with an ordinal,
-- ids varchar(64) COLLATE "C", text as long as the records allow, enums as checked varchar, instants
-- as timestamptz. Records of these kinds refer to clients, cases and contact points by id only,
-- and the storage contract lets each kind be written alone, so again there are no foreign keys
-- between kinds. The case table is case_file: CASE is an SQL keyword.

-- Clients: a pseudonym, basic data and sensitive data (all optional but the pseudonym)

CREATE TABLE client (
    id                     varchar(64) COLLATE "C" PRIMARY KEY,
    version                bigint      NOT NULL CHECK (version >= 1),
    pseudonym              varchar(64) NOT NULL,
    first_name_or_initials varchar(50),
    birth_year             integer,
    birth_quarter          smallint CHECK (birth_quarter BETWEEN 1 AND 4),
    arrival_year           integer,
    arrival_month          smallint CHECK (arrival_month BETWEEN 1 AND 12),
    household_size         smallint CHECK (household_size BETWEEN 1 AND 30),
    residence_status       varchar(24)
        CHECK (residence_status IN ('ASYLUM_PROCEDURE', 'RESIDENCE_PERMIT', 'TEMPORARY_PROTECTION', 'TOLERATION',
            'SETTLEMENT_PERMIT', 'OTHER')),
    health_notes           varchar(4000),
    CHECK ((arrival_year IS NULL) = (arrival_month IS NULL))
);

CREATE TABLE client_language (
    client_id varchar(64) COLLATE "C" NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    ordinal   integer    NOT NULL,
    language  varchar(3) NOT NULL,
    PRIMARY KEY (client_id, ordinal),
    UNIQUE (client_id, language)
);

-- Consultations

CREATE TABLE consultation (
    id               varchar(64) COLLATE "C" PRIMARY KEY,
    version          bigint      NOT NULL CHECK (version >= 1),
    contact_point_id varchar(64) COLLATE "C" NOT NULL,
    consulted_on     date        NOT NULL,
    language         varchar(3)  NOT NULL,
    channel          varchar(16) NOT NULL CHECK (channel IN ('WALK_IN', 'PHONE', 'HOME_VISIT')),
    client_id        varchar(64) COLLATE "C",
    case_id          varchar(64) COLLATE "C",
    CHECK (case_id IS NULL OR client_id IS NOT NULL)
);

CREATE INDEX consultation_contact_point_idx ON consultation (contact_point_id, consulted_on);
CREATE INDEX consultation_date_idx ON consultation (consulted_on);

CREATE TABLE consultation_topic (
    consultation_id varchar(64) COLLATE "C" NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    ordinal         integer     NOT NULL,
    topic           varchar(24) NOT NULL
        CHECK (topic IN ('WORK', 'QUALIFICATION', 'LANGUAGE_COURSE', 'EDUCATION', 'CHILDCARE', 'SPORT',
            'CULTURE', 'HEALTH', 'HOUSING', 'LEGAL_ADVICE', 'ADMINISTRATION', 'COUNSELLING')),
    PRIMARY KEY (consultation_id, ordinal),
    UNIQUE (consultation_id, topic)
);

-- Cases

CREATE TABLE case_file (
    id                     varchar(64) COLLATE "C" PRIMARY KEY,
    version                bigint      NOT NULL CHECK (version >= 1),
    client_id              varchar(64) COLLATE "C" NOT NULL,
    contact_point_id       varchar(64) COLLATE "C" NOT NULL,
    caseworker             varchar(64) COLLATE "C" NOT NULL,
    mentor                 varchar(64) COLLATE "C",
    state                  varchar(64) COLLATE "C" NOT NULL,
    previous_state         varchar(64) COLLATE "C",
    outcome                varchar(24)
        CHECK (outcome IN ('GOALS_REACHED', 'CLIENT_MOVED_AWAY', 'CLIENT_WITHDREW', 'NO_CONTACT', 'OTHER')),
    transfer_target        varchar(64) COLLATE "C",
    transfer_requested_by  varchar(64) COLLATE "C",
    transfer_requested_at  timestamptz,
    transfer_reason        varchar(2000),
    -- The case's own version (Case.version), which the workflow counts; the row's version is the store's.
    case_version           bigint      NOT NULL CHECK (case_version >= 1),
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL,
    -- Case.earliestOpenDeadline(): derived, kept here so that "due by" is one indexed comparison.
    earliest_open_deadline date,
    CHECK ((transfer_target IS NULL) = (transfer_requested_by IS NULL)
        AND (transfer_target IS NULL) = (transfer_requested_at IS NULL))
);

CREATE INDEX case_file_contact_point_idx ON case_file (contact_point_id, id);
CREATE INDEX case_file_state_idx ON case_file (state, id);
CREATE INDEX case_file_client_idx ON case_file (client_id, id);
CREATE INDEX case_file_deadline_idx ON case_file (earliest_open_deadline);

CREATE TABLE case_need (
    case_id varchar(64) COLLATE "C" NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    ordinal integer     NOT NULL,
    need    varchar(24) NOT NULL
        CHECK (need IN ('WORK', 'QUALIFICATION', 'LANGUAGE_COURSE', 'EDUCATION', 'CHILDCARE', 'SPORT',
            'CULTURE', 'HEALTH', 'HOUSING', 'LEGAL_ADVICE', 'ADMINISTRATION', 'COUNSELLING')),
    PRIMARY KEY (case_id, ordinal),
    UNIQUE (case_id, need)
);

CREATE TABLE case_goal (
    case_id     varchar(64) COLLATE "C" NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    ordinal     integer       NOT NULL,
    goal_id     varchar(64) COLLATE "C" NOT NULL,
    description varchar(1000) NOT NULL,
    target_date date          NOT NULL,
    status      varchar(16)   NOT NULL
        CHECK (status IN ('OPEN', 'IN_PROGRESS', 'REACHED', 'PARTLY_REACHED', 'NOT_REACHED', 'DROPPED')),
    agreed_at   timestamptz,
    PRIMARY KEY (case_id, ordinal),
    UNIQUE (case_id, goal_id)
);

CREATE TABLE case_goal_action (
    case_id      varchar(64) COLLATE "C" NOT NULL,
    goal_ordinal integer      NOT NULL,
    ordinal      integer      NOT NULL,
    action       varchar(500) NOT NULL,
    PRIMARY KEY (case_id, goal_ordinal, ordinal),
    FOREIGN KEY (case_id, goal_ordinal) REFERENCES case_goal (case_id, ordinal) ON DELETE CASCADE
);

CREATE TABLE case_follow_up (
    case_id      varchar(64) COLLATE "C" NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    ordinal      integer       NOT NULL,
    follow_up_id varchar(64) COLLATE "C" NOT NULL,
    due          date          NOT NULL,
    note         varchar(2000),
    completed_at timestamptz,
    PRIMARY KEY (case_id, ordinal),
    UNIQUE (case_id, follow_up_id)
);

CREATE TABLE case_reopening (
    case_id          varchar(64) COLLATE "C" NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    ordinal          integer       NOT NULL,
    actor            varchar(64) COLLATE "C" NOT NULL,
    reopened_at      timestamptz   NOT NULL,
    reason           varchar(2000),
    previous_outcome varchar(24)
        CHECK (previous_outcome IN ('GOALS_REACHED', 'CLIENT_MOVED_AWAY', 'CLIENT_WITHDREW', 'NO_CONTACT', 'OTHER')),
    PRIMARY KEY (case_id, ordinal)
);

-- Audit entries: one row per case change, written in the same unit as the change (rule S8.1).
-- The id is AuditEntryId.key(): the case id, a slash and the case version in ten digits.

CREATE TABLE audit_entry (
    id           varchar(75) COLLATE "C" PRIMARY KEY,
    version      bigint       NOT NULL CHECK (version >= 1),
    case_id      varchar(64) COLLATE "C" NOT NULL,
    case_version bigint       NOT NULL CHECK (case_version >= 1),
    actor        varchar(64) COLLATE "C" NOT NULL,
    role         varchar(16)  NOT NULL
        CHECK (role IN ('COORDINATOR', 'CASEWORKER', 'VOLUNTEER', 'PARTNER', 'ANALYST')),
    at           timestamptz  NOT NULL,
    from_state   varchar(64) COLLATE "C",
    to_state     varchar(64) COLLATE "C" NOT NULL,
    transition   varchar(64) COLLATE "C" NOT NULL,
    reason       varchar(2000)
);

CREATE INDEX audit_entry_case_idx ON audit_entry (case_id, id);
