-- A decision belongs to a team as well as to a commune: a village leader reads their own team's
-- decisions, not every admission decision of the commune (names, birth dates, citizen ids).
-- Reports belong to the commune as a whole and have no team. Decisions issued before this column
-- keep no team: only the commune's officials read those.
alter table document add column team_code varchar(60);
create index ix_document_commune_team on document (commune_code, team_code);
