-- The second level of the industry taxonomy (SPEC §3.2). Keep this file identical in content to the other
-- database's: both accept it.

-- The sub-industry of a project, such as NGIT.IC; NULL when its industry text names no sub-sector.
ALTER TABLE signed_project ADD COLUMN industry_sub_code VARCHAR(20);

-- An industries-sheet row with 上级产业 adds a sub-industry under that first-level industry; NULL without it.
ALTER TABLE industry_keyword ADD COLUMN parent_industry VARCHAR(200);

-- Forgetting the file fingerprints makes the next import read every file once more, which fills the sub-industry
-- of the projects stored before this version; rows whose columns did not change are not touched.
DELETE FROM ledger_file;
