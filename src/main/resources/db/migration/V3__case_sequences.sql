-- Readable case numbers (TV-2026-0001): one counter per commune, kind of case and year.
create table case_sequence (
    commune_code varchar(50) not null,
    prefix       varchar(10) not null,
    case_year    integer     not null,
    last_value   integer     not null,
    constraint pk_case_sequence primary key (commune_code, prefix, case_year)
);
