-- ankommen schema version 5: the people of the network. Volunteers and their accompaniments,
-- appointments and the places taken at each appointment time, interpreters and the requests to them.
--
-- The same conventions as V1 to V3: one table per kind, child tables for collections with an
-- ordinal, ids varchar(64) COLLATE "C" (a booked slot's key is longer: a contact point's id, a
-- slash and the local start, at most 78), text as long as the records allow, enums as checked
-- varchar, instants as timestamptz, local times as timestamp without time zone. No foreign keys
-- between kinds: the storage contract lets each kind be written alone.

-- Volunteers

CREATE TABLE volunteer (
    id                    varchar(64) COLLATE "C" PRIMARY KEY,
    version               bigint        NOT NULL CHECK (version >= 1),
    contact_point_id      varchar(64) COLLATE "C" NOT NULL,
    member                varchar(64) COLLATE "C",
    display_name          varchar(200)  NOT NULL,
    certificate_issued_on date,
    engaged_since         date          NOT NULL,
    engagement_ended      date,
    CHECK (engagement_ended IS NULL OR engagement_ended >= engaged_since)
);

CREATE INDEX volunteer_contact_point_idx ON volunteer (contact_point_id, id);

CREATE TABLE volunteer_language (
    volunteer_id varchar(64) COLLATE "C" NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
    ordinal      integer    NOT NULL,
    language     varchar(3) NOT NULL,
    PRIMARY KEY (volunteer_id, ordinal),
    UNIQUE (volunteer_id, language)
);

CREATE TABLE volunteer_skill (
    volunteer_id varchar(64) COLLATE "C" NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
    ordinal      integer     NOT NULL,
    skill        varchar(16) NOT NULL
        CHECK (skill IN ('ACCOMPANIMENT', 'MENTORING', 'HOMEWORK_HELP', 'TRANSLATION_HELP')),
    PRIMARY KEY (volunteer_id, ordinal),
    UNIQUE (volunteer_id, skill)
);

CREATE TABLE volunteer_availability (
    volunteer_id varchar(64) COLLATE "C" NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
    ordinal      integer    NOT NULL,
    day          varchar(9) NOT NULL
        CHECK (day IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
    available_from  time    NOT NULL,
    available_until time    NOT NULL CHECK (available_until > available_from),
    PRIMARY KEY (volunteer_id, ordinal)
);

-- Accompaniments

CREATE TABLE accompaniment (
    id               varchar(64) COLLATE "C" PRIMARY KEY,
    version          bigint       NOT NULL CHECK (version >= 1),
    volunteer_id     varchar(64) COLLATE "C" NOT NULL,
    contact_point_id varchar(64) COLLATE "C" NOT NULL,
    case_id          varchar(64) COLLATE "C",
    referral_id      varchar(64) COLLATE "C",
    offer_id         varchar(64) COLLATE "C",
    destination      varchar(200) NOT NULL,
    day              date         NOT NULL,
    minutes          integer      NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    client_consented boolean      NOT NULL,
    recorded_by      varchar(64) COLLATE "C" NOT NULL,
    recorded_at      timestamptz  NOT NULL,
    CHECK (client_consented OR (case_id IS NULL AND referral_id IS NULL))
);

CREATE INDEX accompaniment_contact_point_idx ON accompaniment (contact_point_id, id);

-- Appointments

CREATE TABLE appointment (
    id               varchar(64) COLLATE "C" PRIMARY KEY,
    version          bigint      NOT NULL CHECK (version >= 1),
    contact_point_id varchar(64) COLLATE "C" NOT NULL,
    start_local      timestamp   NOT NULL,
    minutes          integer     NOT NULL CHECK (minutes BETWEEN 1 AND 480),
    case_id          varchar(64) COLLATE "C",
    language         varchar(3),
    advisor          varchar(64) COLLATE "C",
    interpreter_id   varchar(64) COLLATE "C",
    volunteer_id     varchar(64) COLLATE "C",
    status           varchar(9)  NOT NULL CHECK (status IN ('BOOKED', 'CANCELLED', 'KEPT', 'MISSED')),
    changed_by       varchar(64) COLLATE "C" NOT NULL,
    changed_at       timestamptz NOT NULL
);

CREATE INDEX appointment_contact_point_idx ON appointment (contact_point_id, id);

-- The places taken at one appointment time: rewritten with every booking, move and cancellation.
CREATE TABLE booked_slot (
    id      varchar(78) COLLATE "C" PRIMARY KEY,
    version bigint NOT NULL CHECK (version >= 1)
);

CREATE TABLE booked_slot_appointment (
    booked_slot_id varchar(78) COLLATE "C" NOT NULL REFERENCES booked_slot (id) ON DELETE CASCADE,
    ordinal        integer     NOT NULL,
    appointment_id varchar(64) COLLATE "C" NOT NULL,
    PRIMARY KEY (booked_slot_id, ordinal),
    UNIQUE (booked_slot_id, appointment_id)
);

CREATE TABLE booked_slot_advisor (
    booked_slot_id varchar(78) COLLATE "C" NOT NULL REFERENCES booked_slot (id) ON DELETE CASCADE,
    ordinal        integer     NOT NULL,
    advisor        varchar(64) COLLATE "C" NOT NULL,
    PRIMARY KEY (booked_slot_id, ordinal),
    UNIQUE (booked_slot_id, advisor)
);

-- Interpreters

CREATE TABLE interpreter (
    id           varchar(64) COLLATE "C" PRIMARY KEY,
    version      bigint       NOT NULL CHECK (version >= 1),
    display_name varchar(200) NOT NULL,
    professional boolean      NOT NULL
);

CREATE TABLE interpreter_contact_point (
    interpreter_id   varchar(64) COLLATE "C" NOT NULL REFERENCES interpreter (id) ON DELETE CASCADE,
    ordinal          integer     NOT NULL,
    contact_point_id varchar(64) COLLATE "C" NOT NULL,
    PRIMARY KEY (interpreter_id, ordinal),
    UNIQUE (interpreter_id, contact_point_id)
);

CREATE TABLE interpreter_language (
    interpreter_id varchar(64) COLLATE "C" NOT NULL REFERENCES interpreter (id) ON DELETE CASCADE,
    ordinal        integer    NOT NULL,
    language       varchar(3) NOT NULL,
    PRIMARY KEY (interpreter_id, ordinal),
    UNIQUE (language, interpreter_id)
);

CREATE TABLE interpreter_mode (
    interpreter_id varchar(64) COLLATE "C" NOT NULL REFERENCES interpreter (id) ON DELETE CASCADE,
    ordinal        integer    NOT NULL,
    mode           varchar(9) NOT NULL CHECK (mode IN ('IN_PERSON', 'PHONE', 'VIDEO')),
    PRIMARY KEY (interpreter_id, ordinal),
    UNIQUE (interpreter_id, mode)
);

CREATE TABLE interpreter_availability (
    interpreter_id  varchar(64) COLLATE "C" NOT NULL REFERENCES interpreter (id) ON DELETE CASCADE,
    ordinal         integer    NOT NULL,
    day             varchar(9) NOT NULL
        CHECK (day IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
    available_from  time       NOT NULL,
    available_until time       NOT NULL CHECK (available_until > available_from),
    PRIMARY KEY (interpreter_id, ordinal)
);

CREATE TABLE interpreter_request (
    id               varchar(64) COLLATE "C" PRIMARY KEY,
    version          bigint      NOT NULL CHECK (version >= 1),
    interpreter_id   varchar(64) COLLATE "C" NOT NULL,
    contact_point_id varchar(64) COLLATE "C" NOT NULL,
    language         varchar(3)  NOT NULL,
    mode             varchar(9)  NOT NULL CHECK (mode IN ('IN_PERSON', 'PHONE', 'VIDEO')),
    start_local      timestamp   NOT NULL,
    minutes          integer     NOT NULL CHECK (minutes BETWEEN 1 AND 480),
    appointment_id   varchar(64) COLLATE "C",
    consultation_id  varchar(64) COLLATE "C",
    answer_by        timestamptz NOT NULL,
    answer           varchar(9)  NOT NULL CHECK (answer IN ('PENDING', 'CONFIRMED', 'DECLINED')),
    answered_at      timestamptz,
    requested_by     varchar(64) COLLATE "C" NOT NULL,
    requested_at     timestamptz NOT NULL,
    CHECK ((answer = 'PENDING') = (answered_at IS NULL))
);

CREATE INDEX interpreter_request_contact_point_idx ON interpreter_request (contact_point_id, id);

-- The access operations of the people services, which denied calls may name.

ALTER TABLE denied_access DROP CONSTRAINT denied_access_operation_check;
ALTER TABLE denied_access ADD CONSTRAINT denied_access_operation_check
    CHECK (operation IN ('VIEW_NETWORK', 'MANAGE_NETWORK', 'VIEW_CLIENT_BASIC', 'VIEW_CLIENT_SENSITIVE',
        'CHANGE_CLIENT', 'RECORD_CONSULTATION', 'OPEN_CASE', 'VIEW_CASE', 'CHANGE_CASE', 'FIRE_TRANSITION',
        'APPROVE_CLOSURE', 'SEND_REFERRAL', 'RESPOND_TO_REFERRAL', 'VIEW_REFERRAL', 'RECORD_CONSENT',
        'WITHDRAW_CONSENT', 'OVERRIDE_CONSENT', 'VIEW_STATISTICS', 'RUN_RETENTION', 'ERASE_CLIENT',
        'EXPORT_CLIENT_DATA', 'VIEW_AUDIT_TRAIL', 'MANAGE_PEOPLE', 'VIEW_PEOPLE', 'RECORD_ACCOMPANIMENT',
        'BOOK_APPOINTMENT'));
