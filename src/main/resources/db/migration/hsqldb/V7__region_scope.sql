-- Reports select their scope in the database (issue 8). Keep this file identical in content to the other
-- database's but for the path's collation.

-- The place in the hierarchy of every region code the ledger rows name: the codes from the root down, each followed
-- by '/' ('/000000/370000/370600/370685/'). "Its region is S or below S" is a range of this path, looked up through
-- its index; the report sets the paths from the current region catalogue before it reads, so a regions sheet that
-- moves a zone moves its rows with it. '' is a code stored but not placed yet.
CREATE TABLE region_path (
    region_code VARCHAR(20)  NOT NULL PRIMARY KEY,
    path        VARCHAR(400) NOT NULL
);
CREATE INDEX region_path_path ON region_path (path);
INSERT INTO region_path (region_code, path)
  SELECT region_code, '' FROM (SELECT host_region_code AS region_code FROM promo_event
                               UNION SELECT region_code FROM signed_project) codes;

-- Which regions each file holds rows of, so that a report's data quality lists the files of its scope.
CREATE TABLE ledger_file_region (
    file_name   VARCHAR(1000) NOT NULL,
    region_code VARCHAR(20)   NOT NULL,
    PRIMARY KEY (file_name, region_code)
);
INSERT INTO ledger_file_region (file_name, region_code)
  SELECT source_file, host_region_code FROM promo_event UNION SELECT source_file, region_code FROM signed_project;

-- A scope's rows of a period are an index range per region code.
CREATE INDEX promo_event_region_date ON promo_event (host_region_code, start_date);
CREATE INDEX signed_project_region_date ON signed_project (region_code, signed_date);
CREATE INDEX signed_project_construction ON signed_project (construction_date);
CREATE INDEX signed_project_production ON signed_project (production_date);
