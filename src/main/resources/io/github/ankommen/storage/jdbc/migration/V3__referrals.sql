-- ankommen schema version 3: referrals and their history and closing notes, consents, the transfer
-- ledger, pathway templates and denied calls.
--
-- The same conventions as V1 and V2: one table per kind, child tables for collections with an
-- ordinal, ids varchar(64) COLLATE "C", text as long as the records allow, enums as checked varchar,
-- instants as timestamptz. Nested values (a referral's transfer basis, consent flag and outcome, a
-- denied call's resource) are columns of their record, and the CHECKs say which of them go
-- together. Records refer to each other by id only and the storage contract lets each kind be
-- written alone, so again there are no foreign keys between kinds.

-- Referrals

CREATE TABLE referral (
    id                    varchar(64) COLLATE "C" PRIMARY KEY,
    version               bigint        NOT NULL CHECK (version >= 1),
    case_id               varchar(64) COLLATE "C" NOT NULL,
    client_id             varchar(64) COLLATE "C" NOT NULL,
    contact_point_id      varchar(64) COLLATE "C" NOT NULL,
    offer_id              varchar(64) COLLATE "C" NOT NULL,
    recipient             varchar(64) COLLATE "C" NOT NULL,
    need                  varchar(24)   NOT NULL
        CHECK (need IN ('WORK', 'QUALIFICATION', 'LANGUAGE_COURSE', 'EDUCATION', 'CHILDCARE', 'SPORT',
            'CULTURE', 'HEALTH', 'HOUSING', 'LEGAL_ADVICE', 'ADMINISTRATION', 'COUNSELLING')),
    purpose               varchar(200)  NOT NULL,
    status                varchar(16)   NOT NULL
        CHECK (status IN ('DRAFT', 'REQUESTED', 'ACCEPTED', 'REJECTED', 'CANCELLED', 'IN_PROGRESS', 'ON_HOLD',
            'COMPLETED', 'FAILED', 'ENTERED_IN_ERROR')),
    reason                varchar(24)
        CHECK (reason IN ('NO_CAPACITY', 'NOT_ELIGIBLE', 'CLIENT_NOT_REACHED', 'CLIENT_DID_NOT_ATTEND',
            'CLIENT_DECLINED', 'DUPLICATE', 'OTHER')),
    note                  varchar(2000),
    -- ReferralOutcome: its kind and note.
    outcome_kind          varchar(24)
        CHECK (outcome_kind IN ('ENROLLED_IN_COURSE', 'APPOINTMENT_HELD', 'MEMBERSHIP_STARTED', 'JOB_TAKEN',
            'TRAINING_STARTED', 'PLACE_OBTAINED', 'REGISTERED', 'QUALIFICATION_RECOGNISED', 'OTHER')),
    outcome_note          varchar(2000),
    -- TransferBasis: its kind and exactly the part of that kind (a consent, a citation, an override).
    basis_kind            varchar(16)
        CHECK (basis_kind IN ('CONSENT', 'LEGAL_BASIS', 'OVERRIDE')),
    basis_consent         varchar(64) COLLATE "C",
    basis_legal_reference varchar(200),
    basis_override_actor  varchar(64) COLLATE "C",
    basis_override_at     timestamptz,
    basis_override_reason varchar(2000),
    -- ConsentFlag: why, on which consent, when.
    flag_kind             varchar(16)
        CHECK (flag_kind IN ('WITHDRAWN', 'EXPIRED')),
    flag_consent          varchar(64) COLLATE "C",
    flag_at               timestamptz,
    requested_at          timestamptz,
    respond_by            date,
    accepted_at           timestamptz,
    last_progress_at      timestamptz   NOT NULL,
    -- The referral's own version (Referral.version), which its history counts; the row's version is the store's.
    referral_version      bigint        NOT NULL CHECK (referral_version >= 1),
    created_at            timestamptz   NOT NULL,
    updated_at            timestamptz   NOT NULL,
    CHECK (outcome_note IS NULL OR outcome_kind IS NOT NULL),
    CHECK ((basis_consent IS NOT NULL) = (coalesce(basis_kind, '') = 'CONSENT')),
    CHECK ((basis_legal_reference IS NOT NULL) = (coalesce(basis_kind, '') = 'LEGAL_BASIS')),
    CHECK ((basis_override_actor IS NOT NULL) = (coalesce(basis_kind, '') = 'OVERRIDE')
        AND (basis_override_actor IS NULL) = (basis_override_at IS NULL)
        AND (basis_override_actor IS NULL) = (basis_override_reason IS NULL)),
    CHECK ((flag_kind IS NULL) = (flag_consent IS NULL) AND (flag_kind IS NULL) = (flag_at IS NULL))
);

CREATE INDEX referral_case_idx ON referral (case_id, id);
CREATE INDEX referral_client_idx ON referral (client_id, id);
CREATE INDEX referral_recipient_idx ON referral (recipient, id);
CREATE INDEX referral_contact_point_idx ON referral (contact_point_id, id);
CREATE INDEX referral_status_idx ON referral (status, id);
-- "Sent on this consent": what a withdrawal must flag. Other bases leave the column null.
CREATE INDEX referral_consent_idx ON referral (basis_consent, id) WHERE basis_consent IS NOT NULL;
CREATE INDEX referral_respond_by_idx ON referral (respond_by) WHERE respond_by IS NOT NULL;

CREATE TABLE referral_shared (
    referral_id varchar(64) COLLATE "C" NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    ordinal     integer    NOT NULL,
    category    varchar(9) NOT NULL CHECK (category IN ('BASIC', 'SENSITIVE')),
    PRIMARY KEY (referral_id, ordinal),
    UNIQUE (referral_id, category)
);

-- The history of referrals: one row per change, only ever inserted.
-- The id is ReferralHistoryId.key(): the referral id, a slash and the version in ten digits.

CREATE TABLE referral_history (
    id               varchar(75) COLLATE "C" PRIMARY KEY,
    version          bigint      NOT NULL CHECK (version >= 1),
    referral_id      varchar(64) COLLATE "C" NOT NULL,
    referral_version bigint      NOT NULL CHECK (referral_version >= 1),
    actor            varchar(64) COLLATE "C" NOT NULL,
    role             varchar(16) NOT NULL
        CHECK (role IN ('COORDINATOR', 'CASEWORKER', 'VOLUNTEER', 'PARTNER', 'ANALYST')),
    side             varchar(8)  CHECK (side IN ('SENDER', 'RECEIVER')),
    at               timestamptz NOT NULL,
    from_status      varchar(16)
        CHECK (from_status IN ('DRAFT', 'REQUESTED', 'ACCEPTED', 'REJECTED', 'CANCELLED', 'IN_PROGRESS', 'ON_HOLD',
            'COMPLETED', 'FAILED', 'ENTERED_IN_ERROR')),
    to_status        varchar(16) NOT NULL
        CHECK (to_status IN ('DRAFT', 'REQUESTED', 'ACCEPTED', 'REJECTED', 'CANCELLED', 'IN_PROGRESS', 'ON_HOLD',
            'COMPLETED', 'FAILED', 'ENTERED_IN_ERROR')),
    action           varchar(16) NOT NULL
        CHECK (action IN ('DRAFT', 'REQUEST', 'ACCEPT', 'REJECT', 'CANCEL', 'START', 'HOLD', 'RESUME', 'COMPLETE',
            'FAIL', 'REVOKE', 'ENTERED_IN_ERROR', 'FLAG')),
    reason           varchar(24)
        CHECK (reason IN ('NO_CAPACITY', 'NOT_ELIGIBLE', 'CLIENT_NOT_REACHED', 'CLIENT_DID_NOT_ATTEND',
            'CLIENT_DECLINED', 'DUPLICATE', 'OTHER')),
    note             varchar(2000)
);

CREATE INDEX referral_history_referral_idx ON referral_history (referral_id, id);

-- The notes in a case's history that a referral ended; only ever inserted. The id is
-- ReferralClosedId.key(): the referral id, a slash and the status's FHIR code, up to 64 + 1 + 16
-- characters ("entered-in-error").

CREATE TABLE referral_closed (
    id          varchar(81) COLLATE "C" PRIMARY KEY,
    version     bigint      NOT NULL CHECK (version >= 1),
    case_id     varchar(64) COLLATE "C" NOT NULL,
    referral_id varchar(64) COLLATE "C" NOT NULL,
    offer_id    varchar(64) COLLATE "C" NOT NULL,
    recipient   varchar(64) COLLATE "C" NOT NULL,
    need        varchar(24) NOT NULL
        CHECK (need IN ('WORK', 'QUALIFICATION', 'LANGUAGE_COURSE', 'EDUCATION', 'CHILDCARE', 'SPORT',
            'CULTURE', 'HEALTH', 'HOUSING', 'LEGAL_ADVICE', 'ADMINISTRATION', 'COUNSELLING')),
    status      varchar(16) NOT NULL
        CHECK (status IN ('REJECTED', 'CANCELLED', 'COMPLETED', 'FAILED', 'ENTERED_IN_ERROR')),
    reason      varchar(24)
        CHECK (reason IN ('NO_CAPACITY', 'NOT_ELIGIBLE', 'CLIENT_NOT_REACHED', 'CLIENT_DID_NOT_ATTEND',
            'CLIENT_DECLINED', 'DUPLICATE', 'OTHER')),
    outcome     varchar(24)
        CHECK (outcome IN ('ENROLLED_IN_COURSE', 'APPOINTMENT_HELD', 'MEMBERSHIP_STARTED', 'JOB_TAKEN',
            'TRAINING_STARTED', 'PLACE_OBTAINED', 'REGISTERED', 'QUALIFICATION_RECOGNISED', 'OTHER')),
    actor       varchar(64) COLLATE "C" NOT NULL,
    at          timestamptz NOT NULL
);

CREATE INDEX referral_closed_case_idx ON referral_closed (case_id, id);

-- Consents

CREATE TABLE consent (
    id           varchar(64) COLLATE "C" PRIMARY KEY,
    version      bigint       NOT NULL CHECK (version >= 1),
    client_id    varchar(64) COLLATE "C" NOT NULL,
    recipient    varchar(64) COLLATE "C" NOT NULL,
    purpose      varchar(200) NOT NULL,
    obtained_by  varchar(64) COLLATE "C" NOT NULL,
    obtained_at  timestamptz  NOT NULL,
    valid_from   date         NOT NULL,
    valid_until  date,
    withdrawn_at timestamptz,
    CHECK (valid_until IS NULL OR valid_until >= valid_from),
    CHECK (withdrawn_at IS NULL OR withdrawn_at >= obtained_at)
);

CREATE INDEX consent_client_idx ON consent (client_id, id);
-- The candidates for expiry: consents with an end that were not withdrawn.
CREATE INDEX consent_expiry_idx ON consent (valid_until) WHERE withdrawn_at IS NULL AND valid_until IS NOT NULL;

CREATE TABLE consent_category (
    consent_id varchar(64) COLLATE "C" NOT NULL REFERENCES consent (id) ON DELETE CASCADE,
    ordinal    integer    NOT NULL,
    category   varchar(9) NOT NULL CHECK (category IN ('BASIC', 'SENSITIVE')),
    PRIMARY KEY (consent_id, ordinal),
    UNIQUE (consent_id, category)
);

-- The transfer ledger: one row per transfer of a client's data; only ever inserted.

CREATE TABLE transfer (
    id          varchar(64) COLLATE "C" PRIMARY KEY,
    version     bigint       NOT NULL CHECK (version >= 1),
    referral_id varchar(64) COLLATE "C" NOT NULL,
    client_id   varchar(64) COLLATE "C" NOT NULL,
    recipient   varchar(64) COLLATE "C" NOT NULL,
    purpose     varchar(200) NOT NULL,
    at          timestamptz  NOT NULL,
    basis       varchar(16)  NOT NULL CHECK (basis IN ('CONSENT', 'LEGAL_BASIS', 'OVERRIDE')),
    reference   varchar(200) NOT NULL
);

CREATE INDEX transfer_client_idx ON transfer (client_id, id);

CREATE TABLE transfer_category (
    transfer_id varchar(64) COLLATE "C" NOT NULL REFERENCES transfer (id) ON DELETE CASCADE,
    ordinal     integer    NOT NULL,
    category    varchar(9) NOT NULL CHECK (category IN ('BASIC', 'SENSITIVE')),
    PRIMARY KEY (transfer_id, ordinal),
    UNIQUE (transfer_id, category)
);

-- Pathway templates

CREATE TABLE pathway (
    id      varchar(64) COLLATE "C" PRIMARY KEY,
    version bigint       NOT NULL CHECK (version >= 1),
    name    varchar(200) NOT NULL,
    goal    varchar(500) NOT NULL
);

CREATE TABLE pathway_step (
    pathway_id varchar(64) COLLATE "C" NOT NULL REFERENCES pathway (id) ON DELETE CASCADE,
    ordinal    integer      NOT NULL,
    step_key   varchar(64) COLLATE "C" NOT NULL,
    name       varchar(200) NOT NULL,
    category   varchar(24)  NOT NULL
        CHECK (category IN ('WORK', 'QUALIFICATION', 'LANGUAGE_COURSE', 'EDUCATION', 'CHILDCARE', 'SPORT',
            'CULTURE', 'HEALTH', 'HOUSING', 'LEGAL_ADVICE', 'ADMINISTRATION', 'COUNSELLING')),
    offer_id   varchar(64) COLLATE "C",
    PRIMARY KEY (pathway_id, ordinal),
    UNIQUE (pathway_id, step_key)
);

CREATE TABLE pathway_step_prerequisite (
    pathway_id    varchar(64) COLLATE "C" NOT NULL,
    step_ordinal  integer     NOT NULL,
    ordinal       integer     NOT NULL,
    prerequisite  varchar(64) COLLATE "C" NOT NULL,
    PRIMARY KEY (pathway_id, step_ordinal, ordinal),
    UNIQUE (pathway_id, step_ordinal, prerequisite),
    FOREIGN KEY (pathway_id, step_ordinal) REFERENCES pathway_step (pathway_id, ordinal) ON DELETE CASCADE
);

-- Denied calls: one row per call, only ever inserted. The resource is columns of the row, and its
-- two sets of data categories are child tables.

CREATE TABLE denied_access (
    id                  varchar(64) COLLATE "C" PRIMARY KEY,
    version             bigint       NOT NULL CHECK (version >= 1),
    actor               varchar(64) COLLATE "C" NOT NULL,
    role                varchar(16)  NOT NULL
        CHECK (role IN ('COORDINATOR', 'CASEWORKER', 'VOLUNTEER', 'PARTNER', 'ANALYST')),
    operation           varchar(24)  NOT NULL
        CHECK (operation IN ('VIEW_NETWORK', 'MANAGE_NETWORK', 'VIEW_CLIENT_BASIC', 'VIEW_CLIENT_SENSITIVE',
            'CHANGE_CLIENT', 'RECORD_CONSULTATION', 'OPEN_CASE', 'VIEW_CASE', 'CHANGE_CASE', 'FIRE_TRANSITION',
            'APPROVE_CLOSURE', 'SEND_REFERRAL', 'RESPOND_TO_REFERRAL', 'VIEW_REFERRAL', 'RECORD_CONSENT',
            'WITHDRAW_CONSENT', 'OVERRIDE_CONSENT', 'VIEW_STATISTICS', 'RUN_RETENTION', 'ERASE_CLIENT',
            'EXPORT_CLIENT_DATA', 'VIEW_AUDIT_TRAIL')),
    -- Decision.RULE_PATTERN: up to four dotted parts of up to 40 characters.
    rule                varchar(163) COLLATE "C" NOT NULL,
    at                  timestamptz  NOT NULL,
    -- Resource: the ids it names, and the workflow transition.
    contact_point_id    varchar(64) COLLATE "C",
    mentor              varchar(64) COLLATE "C",
    recipient           varchar(64) COLLATE "C",
    transition          varchar(64) COLLATE "C"
);

CREATE INDEX denied_access_actor_idx ON denied_access (actor, id);

CREATE TABLE denied_access_requested (
    denied_access_id varchar(64) COLLATE "C" NOT NULL REFERENCES denied_access (id) ON DELETE CASCADE,
    ordinal          integer    NOT NULL,
    category         varchar(9) NOT NULL CHECK (category IN ('BASIC', 'SENSITIVE')),
    PRIMARY KEY (denied_access_id, ordinal),
    UNIQUE (denied_access_id, category)
);

CREATE TABLE denied_access_consented (
    denied_access_id varchar(64) COLLATE "C" NOT NULL REFERENCES denied_access (id) ON DELETE CASCADE,
    ordinal          integer    NOT NULL,
    category         varchar(9) NOT NULL CHECK (category IN ('BASIC', 'SENSITIVE')),
    PRIMARY KEY (denied_access_id, ordinal),
    UNIQUE (denied_access_id, category)
);
