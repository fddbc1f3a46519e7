-- The widest row of each recognised sheet (issue 10), in filled columns, recorded by the import as it reads: the
-- corrections workbook puts its reason column after it without reading the ledger one more time. NULL for sheets
-- imported before this version, whose corrections workbook measures the ledger as before. Keep this file identical
-- in content to the other database's: both accept it.
ALTER TABLE ledger_sheet ADD COLUMN widest_row INTEGER;
