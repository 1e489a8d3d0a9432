-- Periodic reports (BÁO CÁO) next to decisions: their own number series, and an Excel export.
-- Portable SQL: the same script runs on H2 (embedded default) and PostgreSQL (production).

-- Decree 30/2020 numbers each kind of document separately: a commune's reports run "1/BC-UBND",
-- "2/BC-UBND", ... beside its decisions "1/QĐ-UBND", ... So a sequence belongs to a series as well
-- as to a commune and a year. The series is the kind's abbreviation in ASCII ('QD' decisions,
-- 'BC' reports); every row so far counted decisions. The default only fills those rows and is then
-- dropped, so that nothing can create a sequence without saying which series it counts.
alter table document_sequence add column series varchar(10) default 'QD' not null;
alter table document_sequence alter column series drop default;
alter table document_sequence drop constraint uk_document_sequence_commune_year;
-- Still what settles the race between two first documents of a series in a year (DocumentNumbers).
alter table document_sequence add constraint uk_document_sequence_commune_series_year
    unique (commune_code, series, issue_year);

-- A document remembers its series rather than deriving it from its type in SQL: the unique key
-- below needs a column, and a type added later (a plan, KH) brings its own series without touching
-- this key.
alter table document add column series varchar(10) default 'QD' not null;
alter table document alter column series drop default;
-- A number is given once within its series: 3/QĐ-UBND and 3/BC-UBND of the same year are both fine.
alter table document drop constraint uk_document_commune_sequence;
alter table document add constraint uk_document_commune_series_sequence
    unique (commune_code, series, issue_year, sequence_number);
alter table document add constraint ck_document_series check (series in ('QD', 'BC'));

alter table document drop constraint ck_document_type;
alter table document add constraint ck_document_type
    check (type in ('ADMISSION_DECISION', 'WITHDRAWAL_DECISION', 'PERIODIC_REPORT'));

-- A report's table as the .xlsx the province consolidates, stored with the PDF when the report is
-- issued and never changed; decisions have none. Its hex SHA-256 proves the bytes served are the
-- bytes issued, like document.sha256 for the PDF: both are there or neither.
alter table document add column xlsx bytea;
alter table document add column xlsx_sha256 varchar(64);
alter table document add constraint ck_document_xlsx_hash
    check ((xlsx is null and xlsx_sha256 is null) or (xlsx is not null and xlsx_sha256 is not null));
