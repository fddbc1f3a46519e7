-- The pipeline ledger (SPEC §2.8 在谈项目台账, issue 21). A project is identified by its 项目编号, else by its name (in
-- the form names are compared) and 拟落地地区 (project_key); it is stored once, as the file imported last says it,
-- and a file read again replaces all it said before (its rows are deleted by source_file, then written anew).
-- Keep this file identical in content to the other database's: both accept it.

CREATE TABLE pipeline_project (
    project_key         VARCHAR(600)   NOT NULL PRIMARY KEY,
    project_id          VARCHAR(32767),
    name                VARCHAR(32767) NOT NULL,
    name_key            VARCHAR(500)   NOT NULL,
    investor            VARCHAR(32767),
    investor_origin     VARCHAR(200),
    region_code         VARCHAR(20)    NOT NULL,
    industry_code       VARCHAR(10)    NOT NULL,
    industry_text       VARCHAR(32767),
    expected_amount_wan DECIMAL(24,6),
    currency            VARCHAR(3)     NOT NULL,
    stage               VARCHAR(20)    NOT NULL,
    first_contact       DATE,
    expected_signing    DATE,
    last_follow_up      DATE,
    responsible_unit    VARCHAR(32767),
    responsible         VARCHAR(32767),
    notes               VARCHAR(32767),
    source_file         VARCHAR(1000)  NOT NULL,
    source_sheet        VARCHAR(200)   NOT NULL,
    source_row          INTEGER        NOT NULL,
    updated_at          TIMESTAMP      NOT NULL
);
CREATE INDEX pipeline_project_file ON pipeline_project (source_file);
CREATE INDEX pipeline_project_region ON pipeline_project (region_code);

-- A pipeline project is converted when a signed project carries its 项目编号, or its name and region (SPEC §2.8):
-- the signed project's name_key (V16, the compared form of its name) with its region, one index for both.
DROP INDEX signed_project_name_key;
CREATE INDEX signed_project_name_key ON signed_project (name_key, region_code);
