-- A record keeps the id of the change that made its current version, so a push of new records
-- writes one row per record instead of two (bench hub-ingest-ratio). The hub still answers every
-- change id it has decided: the current change of each record is found through the record, and
-- when a later change supersedes it, it moves to change_decisions (decided_at is then the time
-- it was superseded). Conflicts and rejections go to change_decisions as before.
alter table records add column change_id text;

alter table change_outcomes rename to change_decisions;
alter index change_outcomes_pkey rename to change_decisions_pkey;

-- Every change the hub has decided, as before: for reading (tests, support), never for writing.
create view change_outcomes as
  select change_id, member_id, device_id, entity_id, status, version, findings, decided_at
    from change_decisions
  union all
  select r.change_id, r.member_id, r.device_id, r.id, 'applied', r.version, null::jsonb, r.updated_at
    from records r
   where r.change_id is not null
     and not exists (select 1 from change_decisions d where d.change_id = r.change_id);
