-- Quarterly returns at the hub (issue 6). One row per sub-contract and quarter holds the return's
-- current state and its T2 evidence; every sealed version a device sent is kept, unchanged, in
-- return_versions. `seq` is the hub's change sequence (0003): a pull sends a return whenever its
-- row changed.
create table returns (
  id text primary key,
  member_id text not null,
  sub_contract_id text not null,
  prime_contract_id text not null,
  quarter text not null check (quarter ~ '^\d{4}-Q[1-4]$'),
  state text not null check (state in ('received', 'validated', 'queried', 'resubmitted', 'accepted', 'locked')),
  current_version integer not null check (current_version >= 1),
  -- T2: the first version with no C-rule error, when the hub received it, its seal time on the
  -- device and the device clock's skew (device minus hub, ms) the hub trusted for that seal.
  first_complete_version integer,
  first_complete_received_at timestamptz,
  sealed_at_device timestamptz,
  skew_ms bigint,
  skew_measured_at timestamptz,
  -- T3 when the row last changed ({status, label, dueDate}), as devices pull it.
  timeliness jsonb not null,
  accepted_at timestamptz,
  accepted_by text,
  accepted_by_name text,
  updated_at timestamptz not null,
  seq bigint not null,
  unique (sub_contract_id, quarter)
);
create index returns_member_seq on returns (member_id, seq);
create index returns_prime_quarter on returns (prime_contract_id, quarter);

-- A version is evidence: what the member sealed, when the hub got it, from which device and
-- person, and the device clock's skew at receipt. Never changed or removed (the trigger says no).
create table return_versions (
  id text primary key,
  return_id text not null references returns (id),
  version integer not null check (version >= 1),
  -- The ReturnVersion as sealed, with receivedAt set to the hub's receipt.
  data jsonb not null,
  received_at timestamptz not null,
  device_id text not null,
  person_id text not null,
  -- Null for versions loaded at first start (the demo history) rather than pushed.
  change_id text,
  -- Device minus hub (ms) measured by the push that carried this version; null when loaded.
  skew_at_receipt_ms bigint,
  unique (return_id, version)
);

create function return_versions_immutable() returns trigger language plpgsql as $$
begin
  raise exception 'return_versions are immutable: a resubmission is a new version';
end;
$$;
create trigger return_versions_no_change before update or delete on return_versions
  for each row execute function return_versions_immutable();
