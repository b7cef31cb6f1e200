-- ankommen schema version 6: where an offer takes place (issue 18).
--
-- An offer may have an address of its own, which the HSDS export writes as the offer's location.
-- All three columns are set or all are NULL: an offer without a place of its own.

ALTER TABLE offer ADD COLUMN location_street text;
ALTER TABLE offer ADD COLUMN location_postal_code text;
ALTER TABLE offer ADD COLUMN location_city text;
ALTER TABLE offer ADD CONSTRAINT offer_location_whole CHECK (
    (location_street IS NULL) = (location_postal_code IS NULL)
    AND (location_street IS NULL) = (location_city IS NULL));
