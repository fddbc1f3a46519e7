-- Reject reasons in English too (issue 4: --lang en reports are English throughout). Keep this file identical in
-- content to the other database's: both accept it.

-- The reason in English; NULL for rows rejected before this version, which English reports show in Chinese.
ALTER TABLE ledger_reject ADD COLUMN reason_en VARCHAR(1000);

-- Forgetting the file fingerprints makes the next import read every file once more, which records its rejects
-- in both languages; rows that did not change are not touched (updated_at included).
DELETE FROM ledger_file;
