-- Foreign investment (SPEC §2.9): a signed project's 合同外资 in 万美元 and its investor's country or region in its
-- normal form (中国, 中国香港, 新加坡 …); NULL when the ledger gives none. Keep this file identical in content to the
-- other database's: both accept it.
ALTER TABLE signed_project ADD COLUMN contracted_fdi_usd_wan DECIMAL(20,2);
ALTER TABLE signed_project ADD COLUMN investor_country VARCHAR(200);

-- Forgetting the file fingerprints makes the next import read every file once more, which fills both columns of the
-- projects stored before this version; rows whose columns did not change are not touched.
DELETE FROM ledger_file;
