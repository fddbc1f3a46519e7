-- Import bookkeeping (issue 3). Keep this file identical in content to the other database's: both accept it.

-- Summary rows (合计, 小计 …) skipped in a sheet: not records, but noted in data quality (SPEC §2.6).
ALTER TABLE ledger_sheet ADD COLUMN summary_rows INTEGER DEFAULT 0 NOT NULL;

-- The content fingerprint of each file's last complete import: an unchanged file is not read again. The
-- reference hash covers what reading depends on besides the file (user regions, industry keywords, rates), so
-- a new regions sheet elsewhere makes the file be read again.
CREATE TABLE ledger_file (
    file_name      VARCHAR(1000) NOT NULL PRIMARY KEY,
    sha256         VARCHAR(64)   NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    reference_hash VARCHAR(64)   NOT NULL,
    imported_at    TIMESTAMP     NOT NULL
);

-- User regions from regions sheets (SPEC §2.3): development zones, parks, groups, or aliases for known regions.
-- code is derived from the name, so it stays the same however often the sheet is imported.
CREATE TABLE user_region (
    code         VARCHAR(20)   NOT NULL PRIMARY KEY,
    name         VARCHAR(200)  NOT NULL,
    region_level VARCHAR(10)   NOT NULL,
    parent_code  VARCHAR(20),
    aliases      VARCHAR(2000),
    members      VARCHAR(4000),
    source_file  VARCHAR(1000) NOT NULL,
    source_sheet VARCHAR(200)  NOT NULL,
    source_row   INTEGER       NOT NULL,
    updated_at   TIMESTAMP     NOT NULL
);

-- Keywords from industries sheets (SPEC §2.3), one row per sheet row; keywords separated by |.
CREATE TABLE industry_keyword (
    source_file  VARCHAR(1000) NOT NULL,
    source_sheet VARCHAR(200)  NOT NULL,
    source_row   INTEGER       NOT NULL,
    industry     VARCHAR(200)  NOT NULL,
    keywords     VARCHAR(2000) NOT NULL,
    PRIMARY KEY (source_file, source_sheet, source_row)
);
