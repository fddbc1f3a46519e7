-- Investor tags (SPEC §3.3, issue 21). Keep this file identical in content to the other database's: both accept it.

-- The signed project's 企业标签 column: its tags normalised (世界500强, 上市公司 … or the bureau's own as written),
-- joined by 、.
ALTER TABLE signed_project ADD COLUMN investor_tags VARCHAR(1000);

-- The enterprise sheet (企业名录): one row per enterprise, tag and list year, replaced file by file. A tag of a list
-- applies to projects signed in its year or later, until a later list of the same tag no longer names the
-- enterprise; list_year 0 is a row without a year, which applies whenever a project was signed.
CREATE TABLE enterprise_tag (
    enterprise_key  VARCHAR(500)  NOT NULL,
    tag             VARCHAR(200)  NOT NULL,
    list_year       INTEGER       NOT NULL,
    enterprise_name VARCHAR(500)  NOT NULL,
    source_file     VARCHAR(1000) NOT NULL,
    source_sheet    VARCHAR(200)  NOT NULL,
    source_row      INTEGER       NOT NULL,
    updated_at      TIMESTAMP     NOT NULL,
    PRIMARY KEY (enterprise_key, tag, list_year, source_file)
);
CREATE INDEX enterprise_tag_list ON enterprise_tag (tag, list_year);

-- Every name an enterprise is known by, its own and its aliases, in the form investors are compared in
-- (signed_project.investor_key, V8).
CREATE TABLE enterprise_name (
    name_key       VARCHAR(500)  NOT NULL,
    enterprise_key VARCHAR(500)  NOT NULL,
    source_file    VARCHAR(1000) NOT NULL,
    PRIMARY KEY (name_key, enterprise_key, source_file)
);

-- Forgetting the file fingerprints makes the next import read every file once more, so that the 企业标签 column and
-- enterprise sheets of files imported before this version are stored; rows that did not change are not touched.
DELETE FROM ledger_file;
