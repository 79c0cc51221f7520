-- Records pushed by devices (DESIGN §5), the hub's copy of each with its version, and the
-- outcome of every change the hub has decided, so that a retried change gets the same answer
-- and a replayed batch changes nothing.
create table records (
  id text primary key,
  member_id text not null,
  -- Null only for a delete of a record the hub never had.
  sub_contract_id text,
  type text,
  version integer not null check (version >= 1),
  deleted boolean not null,
  -- The latest RecordData; kept on delete so the hub still knows whose it was.
  data jsonb,
  person_id text not null,
  device_id text not null,
  updated_at timestamptz not null,
  seq bigint not null
);
create index records_member_seq on records (member_id, seq);

create table change_outcomes (
  change_id text primary key,
  member_id text not null,
  device_id text not null,
  entity_id text not null,
  -- applied | conflict | rejected. An applied change is answered 'duplicate' when it comes again.
  status text not null check (status in ('applied', 'conflict', 'rejected')),
  version integer,
  findings jsonb,
  decided_at timestamptz not null
);
