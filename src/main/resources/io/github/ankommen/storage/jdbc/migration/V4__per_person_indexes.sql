-- ankommen schema version 4: indexes for work on one person (issue 14).
--
-- The access export (Art. 15 GDPR) and the erasure (Art. 17 GDPR) read the consultations linked to
-- one client. Without this index they read the whole consultation table; with it, only the rows of
-- that client. Anonymous consultations (client_id NULL) are never asked for, so they stay out of
-- the index.

CREATE INDEX consultation_client_idx ON consultation (client_id, id) WHERE client_id IS NOT NULL;

-- The retention run looks only at closed cases whose closure (their last change) lies far enough
-- back; this index finds them without reading the other cases.

CREATE INDEX case_file_state_updated_idx ON case_file (state, updated_at);
