-- The funds ledger (到位资金台账, SPEC §2.7, issue 21): one row per arrival (or per month's arrivals) of one project.
-- Amounts in 万元 as every stored amount (exact, SPEC §2.4), usd_wan in 万美元. Keep this file identical in content to
-- the other database's: both accept it.
--
-- project_ref_key    how the row names its project: 'ID|' and its id (a project with an id has that key), else
--                    'K|' and its name in comparison form; name_key that name's comparison form (SPEC §2.5)
-- arrival_key        the identity of an arrival across imports: the project as the row names it (its id, else its
--                    name in comparison form), the region as written, the date (a month-only row by its month) and
--                    the source as written; re-importing a file (or its corrected version) updates rows in place
-- row_region_code    the row's 落地地区, null when blank; default_region_code the configured default at import
-- region_code        the landing region: the row's, else the linked project's, else the default (null if none)
-- arrival_date       a month-only row (到位月份) is stored as the month's first day, month_only marks it
-- usd_equivalent_wan the arrival in 万美元 at the configured rates, whatever its source; usd_wan is set from it for
--                    arrivals whose effective source is FOREIGN (境外), null for the others
-- written_source     the source the ledger writes (OUT_OF_PROVINCE, IN_PROVINCE, IN_CITY, FOREIGN), null when blank
-- source             the effective source: the written one, else derived from the linked project (UNKNOWN if not)
-- project_key        the linked signed_project, null when the arrival names no known project (未关联项目)
-- Linking and derivation run after every import over all arrivals (set-based), so the order files come in does
-- not matter.
CREATE TABLE fund_arrival (
    arrival_key         VARCHAR(600)  NOT NULL PRIMARY KEY,
    project_id          VARCHAR(32767),
    project_ref_key     VARCHAR(600)  NOT NULL,
    project_name        VARCHAR(32767) NOT NULL,
    name_key            VARCHAR(500)  NOT NULL,
    row_region_code     VARCHAR(20),
    default_region_code VARCHAR(20),
    region_code         VARCHAR(20),
    arrival_date        DATE          NOT NULL,
    month_only          BOOLEAN       NOT NULL,
    amount_wan          DECIMAL(24,6) NOT NULL,
    currency            VARCHAR(3)    NOT NULL,
    usd_equivalent_wan  DECIMAL(24,6) NOT NULL,
    usd_wan             DECIMAL(24,6),
    written_source      VARCHAR(32),
    source              VARCHAR(32)   NOT NULL,
    project_key         VARCHAR(600),
    notes               VARCHAR(32767),
    source_file         VARCHAR(1000) NOT NULL,
    source_sheet        VARCHAR(200)  NOT NULL,
    source_row          INTEGER       NOT NULL,
    updated_at          TIMESTAMP     NOT NULL
);
CREATE INDEX fund_arrival_region_date ON fund_arrival (region_code, arrival_date);
CREATE INDEX fund_arrival_date ON fund_arrival (arrival_date);
CREATE INDEX fund_arrival_project ON fund_arrival (project_key);
CREATE INDEX fund_arrival_file ON fund_arrival (source_file);

-- A project is linked by its name in the form names are compared in (SPEC §2.5: normal form, without spaces, lower
-- case, its first 500 characters). Projects stored before this version get an approximation here and the exact form
-- when their file is read again, which forgetting the fingerprints below brings about.
ALTER TABLE signed_project ADD COLUMN name_key VARCHAR(500);
UPDATE signed_project SET name_key = LOWER(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(
  SUBSTRING(name FROM 1 FOR 500), ' ', ''), '（', '('), '）', ')'), '，', ','), '：', ':'), '－', '-'));
CREATE INDEX signed_project_name_key ON signed_project (name_key);
DELETE FROM ledger_file;
