-- Possible duplicates found in the database (issue 8). Keep this file identical in content to the other database's:
-- both accept it.

-- The investor in the form duplicates are compared in (SPEC §2.5): normal form, without spaces, lower case, so that
-- 某公司（香港） and 某公司(香港) are one investor. Rows stored before this version get an approximation here and
-- the exact form when their file is read again, which forgetting the fingerprints below brings about.
ALTER TABLE signed_project ADD COLUMN investor_key VARCHAR(500);
UPDATE signed_project SET investor_key = LOWER(REPLACE(investor, ' ', ''));
CREATE INDEX signed_project_investor ON signed_project (investor_key, region_code, signed_date);
DELETE FROM ledger_file;
