-- A reporting cycle's row becomes its whole record: the process instance keeps only the case key, the
-- due instants and what it routes on, so whatever a form or a document shows of the cycle is read here
-- (a user can write process variables through the engine's REST API; these columns only our code writes).
-- Portable SQL (H2 and PostgreSQL).

-- COLLECTING (villages report) -> CONSOLIDATED (the commune team leader wrote the report, the Chairman
-- reviews it) -> SENT_BACK (to be consolidated again) -> ... -> ISSUED. Cycles opened before this
-- column count as still collecting; their instances go on from wherever they wait.
alter table reporting_cycle add column status varchar(20) default 'COLLECTING' not null;
alter table reporting_cycle alter column status drop default;
alter table reporting_cycle add constraint ck_reporting_cycle_status
    check (status in ('COLLECTING', 'CONSOLIDATED', 'SENT_BACK', 'ISSUED'));

-- The consolidation: what the commune team leader wrote (sections I, III, IV and V of the report; the
-- villages' own texts stay in village_report), by whom and when (UTC). A second consolidation after a
-- send-back replaces the first.
alter table reporting_cycle add column assessment varchar(2000);
alter table reporting_cycle add column difficulties varchar(2000);
alter table reporting_cycle add column proposals varchar(2000);
alter table reporting_cycle add column next_tasks varchar(2000);
alter table reporting_cycle add column consolidated_by varchar(64);
alter table reporting_cycle add column consolidated_at timestamp with time zone;

-- The Chairman's (or vice-chairman's) latest decision on it: who, the name the report prints, how they
-- sign (CHAIRMAN, VICE_CHAIRMAN: "KT. CHỦ TỊCH"), the note (required when sent back) and when (UTC).
alter table reporting_cycle add column decided_by varchar(64);
alter table reporting_cycle add column decided_by_name varchar(200);
alter table reporting_cycle add column signer varchar(20);
alter table reporting_cycle add column decision_note varchar(1000);
alter table reporting_cycle add column decided_at timestamp with time zone;
alter table reporting_cycle add constraint ck_reporting_cycle_signer
    check (signer is null or signer in ('CHAIRMAN', 'VICE_CHAIRMAN'));

-- The issued report (document.id, its number as printed "3/BC-UBND"): there exactly when ISSUED.
alter table reporting_cycle add column report_document_id bigint;
alter table reporting_cycle add column report_number varchar(30);
alter table reporting_cycle add constraint ck_reporting_cycle_issued
    check ((status = 'ISSUED') = (report_document_id is not null and report_number is not null));

-- Case keys are unique within a commune (every record is found by commune and case key); the
-- commune's one cycle per period stays uk_reporting_cycle_commune_period.
alter table reporting_cycle drop constraint uk_reporting_cycle_case_key;
alter table reporting_cycle add constraint uk_reporting_cycle_commune_case_key unique (commune_code, case_key);
