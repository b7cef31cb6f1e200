-- ankommen schema version 7: the change log (issue 13, point 5).
--
-- One row per record a service command writes: which record (kind, key) and its version after the
-- change, who (actor and role), when, by which command (action) and why (reason, free text that
-- the retention run and an erasure remove). The id is record_kind/record_key/record_version with the
-- version in ten digits, so one record's changes sort together and by version.

CREATE TABLE change_record (
    id             varchar(276) COLLATE "C" PRIMARY KEY,
    version        bigint       NOT NULL CHECK (version >= 1),
    record_kind    varchar(64)  COLLATE "C" NOT NULL,
    record_key     varchar(200) COLLATE "C" NOT NULL,
    record_version bigint       NOT NULL CHECK (record_version BETWEEN 1 AND 9999999999),
    actor          varchar(64)  COLLATE "C" NOT NULL,
    role           varchar(16)  NOT NULL
        CHECK (role IN ('COORDINATOR', 'CASEWORKER', 'VOLUNTEER', 'PARTNER', 'ANALYST')),
    at             timestamptz  NOT NULL,
    action         varchar(64)  COLLATE "C" NOT NULL,
    reason         varchar(2000)
);

CREATE INDEX change_record_record_idx ON change_record (record_kind, record_key, id);
CREATE INDEX change_record_actor_idx ON change_record (actor, id);
