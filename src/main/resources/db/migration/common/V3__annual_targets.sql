-- Annual targets leadership sets (SPEC §2.3 targets sheet, §5 annual targets).
-- indicator: PROJECTS (签约项目数, a count), AMOUNT (协议投资额, 万元), FUNDS_ARRIVED (到位资金, 万元).
CREATE TABLE annual_target (
    region_code  VARCHAR(20)   NOT NULL,
    target_year  INTEGER       NOT NULL,
    indicator    VARCHAR(20)   NOT NULL,
    target_value DECIMAL(24,6) NOT NULL,
    source_file  VARCHAR(1000) NOT NULL,
    source_sheet VARCHAR(200)  NOT NULL,
    source_row   INTEGER       NOT NULL,
    updated_at   TIMESTAMP     NOT NULL,
    PRIMARY KEY (region_code, target_year, indicator)
);
