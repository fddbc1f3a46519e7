-- Ledger data (SPEC §2). Amounts are exact decimals in 万元 (SPEC §2.4).
-- Keep this file identical in content to the postgresql one: both databases accept it.

CREATE TABLE promo_event (
    event_key        VARCHAR(600)  NOT NULL PRIMARY KEY,
    event_id         VARCHAR(100),
    name             VARCHAR(500)  NOT NULL,
    event_type       VARCHAR(20)   NOT NULL,
    start_date       DATE          NOT NULL,
    end_date         DATE          NOT NULL,
    host_region_code VARCHAR(20)   NOT NULL,
    venue            VARCHAR(500),
    target_region    VARCHAR(200),
    organizer        VARCHAR(500),
    attendees        INTEGER,
    enterprises      INTEGER,
    industries       VARCHAR(500),
    notes            VARCHAR(2000),
    source_file      VARCHAR(1000) NOT NULL,
    source_sheet     VARCHAR(200)  NOT NULL,
    source_row       INTEGER       NOT NULL,
    updated_at       TIMESTAMP     NOT NULL
);
CREATE INDEX promo_event_date ON promo_event (start_date);

CREATE TABLE signed_project (
    project_key          VARCHAR(600)  NOT NULL PRIMARY KEY,
    project_id           VARCHAR(100),
    name                 VARCHAR(500)  NOT NULL,
    signed_date          DATE          NOT NULL,
    region_code          VARCHAR(20)   NOT NULL,
    investor             VARCHAR(500)  NOT NULL,
    investor_origin_code VARCHAR(20),
    investor_origin_text VARCHAR(200),
    industry_code        VARCHAR(10)   NOT NULL,
    industry_text        VARCHAR(200)  NOT NULL,
    agreement_type       VARCHAR(20)   NOT NULL,
    amount_wan           DECIMAL(24,6),
    amount_text          VARCHAR(100),
    currency             VARCHAR(3)    NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    event_ref            VARCHAR(500),
    construction_date    DATE,
    production_date      DATE,
    funds_arrived_wan    DECIMAL(24,6),
    notes                VARCHAR(2000),
    source_file          VARCHAR(1000) NOT NULL,
    source_sheet         VARCHAR(200)  NOT NULL,
    source_row           INTEGER       NOT NULL,
    updated_at           TIMESTAMP     NOT NULL
);
CREATE INDEX signed_project_date ON signed_project (signed_date);

-- One row per sheet of every ledger file seen by the latest import of that file (SPEC §5 data quality).
CREATE TABLE ledger_sheet (
    file_name     VARCHAR(1000) NOT NULL,
    sheet_name    VARCHAR(200)  NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    header_row    INTEGER,
    rows_read     INTEGER       NOT NULL,
    rows_accepted INTEGER       NOT NULL,
    rows_rejected INTEGER       NOT NULL,
    message       VARCHAR(1000),
    imported_at   TIMESTAMP     NOT NULL,
    PRIMARY KEY (file_name, sheet_name)
);

-- Rows that could not be read, with where and why (SPEC §2.6).
CREATE TABLE ledger_reject (
    file_name   VARCHAR(1000) NOT NULL,
    sheet_name  VARCHAR(200)  NOT NULL,
    row_number  INTEGER       NOT NULL,
    column_name VARCHAR(200)  NOT NULL,
    cell_value  VARCHAR(1000),
    reason      VARCHAR(1000) NOT NULL,
    PRIMARY KEY (file_name, sheet_name, row_number)
);
