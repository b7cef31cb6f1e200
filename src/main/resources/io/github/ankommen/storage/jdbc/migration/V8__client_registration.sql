-- ankommen schema version 8: the contact point that registered a client (issue 13, point 1).
--
-- A client belongs to the contact point that registered it until it has cases. NULL for clients
-- stored before this version, or without a registering contact point.

ALTER TABLE client ADD COLUMN registered_at varchar(64) COLLATE "C";
