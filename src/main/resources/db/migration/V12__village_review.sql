-- The commune team leader's review of the village reports before they reach the commune's report: figures
-- above what a team plausibly does come with the village's explanation, a report can be returned to its
-- village to revise, and he can correct a village's texts (the village's own stay).
-- Portable SQL (H2 and PostgreSQL).

-- REVISING: villages' reports were returned to them; once revised the cycle is consolidated again.
alter table reporting_cycle drop constraint ck_reporting_cycle_status;
alter table reporting_cycle add constraint ck_reporting_cycle_status
    check (status in ('COLLECTING', 'CONSOLIDATED', 'SENT_BACK', 'REVISING', 'ISSUED'));

-- The village's explanation of its figures above their plausible maximum (required when there is one).
alter table village_report add column figures_explanation varchar(2000);
-- Where the report stands in the commune team leader's review: null as first submitted, RETURNED (awaiting
-- the village's revision), REVISED (revised since its last return). The latest return (the comment, by whom,
-- when, UTC) and the latest revision (by whom, when); earlier rounds are in the engine's task history.
alter table village_report add column review varchar(10);
alter table village_report add constraint ck_village_report_review
    check (review is null or review in ('RETURNED', 'REVISED'));
alter table village_report add column return_comment varchar(2000);
alter table village_report add column returned_by varchar(64);
alter table village_report add column returned_at timestamp with time zone;
alter table village_report add column revised_by varchar(64);
alter table village_report add column revised_at timestamp with time zone;

-- The figures flagged when the report (or its latest revision) came in, each with the maximum it passed
-- (ActivityType's plausible maximum for a month, three times it for a quarter, as it was then).
create table village_report_flag (
    village_report_id bigint      not null references village_report (id),
    activity_type     varchar(30) not null,
    plausible_maximum bigint      not null,
    primary key (village_report_id, activity_type)
);

-- The commune team leader's version of a village's text (DIFFICULTIES, NEEDS, NEXT_PLAN), which the report
-- prints instead of the village's own (kept in village_report); corrected_text null: printed without it.
-- Who corrected it and when (UTC). A village's revision drops its corrections.
create table village_report_correction (
    village_report_id bigint        not null references village_report (id),
    text_kind         varchar(20)   not null,
    corrected_text    varchar(2000),
    corrected_by      varchar(64)   not null,
    corrected_at      timestamp with time zone not null,
    primary key (village_report_id, text_kind),
    constraint ck_village_report_correction_kind check (text_kind in ('DIFFICULTIES', 'NEEDS', 'NEXT_PLAN'))
);
