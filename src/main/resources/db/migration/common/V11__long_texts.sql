-- Texts as long as an Excel cell holds (32,767 characters; issue 12): a ledger's name, investor or note is stored
-- whole, never failing the chunk it is in. Longer texts (possible only in a CSV) are rejected with their reason
-- by the import. Keys longer than 600 characters are shortened by the import with a hash of the whole, so the
-- key columns keep their size. Keep this file identical in content to the other database's: both accept it.

ALTER TABLE promo_event ALTER COLUMN event_id SET DATA TYPE VARCHAR(32767);
ALTER TABLE promo_event ALTER COLUMN name SET DATA TYPE VARCHAR(32767);
ALTER TABLE promo_event ALTER COLUMN venue SET DATA TYPE VARCHAR(32767);
ALTER TABLE promo_event ALTER COLUMN target_region SET DATA TYPE VARCHAR(32767);
ALTER TABLE promo_event ALTER COLUMN organizer SET DATA TYPE VARCHAR(32767);
ALTER TABLE promo_event ALTER COLUMN industries SET DATA TYPE VARCHAR(32767);
ALTER TABLE promo_event ALTER COLUMN notes SET DATA TYPE VARCHAR(32767);

ALTER TABLE signed_project ALTER COLUMN project_id SET DATA TYPE VARCHAR(32767);
ALTER TABLE signed_project ALTER COLUMN name SET DATA TYPE VARCHAR(32767);
ALTER TABLE signed_project ALTER COLUMN investor SET DATA TYPE VARCHAR(32767);
ALTER TABLE signed_project ALTER COLUMN investor_origin_text SET DATA TYPE VARCHAR(32767);
ALTER TABLE signed_project ALTER COLUMN industry_text SET DATA TYPE VARCHAR(32767);
ALTER TABLE signed_project ALTER COLUMN event_ref SET DATA TYPE VARCHAR(32767);
ALTER TABLE signed_project ALTER COLUMN notes SET DATA TYPE VARCHAR(32767);
