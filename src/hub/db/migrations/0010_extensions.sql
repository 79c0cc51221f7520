-- Extensions (T1): a member's request for a later due date for one return, and the hub's
-- decision; or an extension hub staff grant without a request. The latest granted one for a
-- sub-contract and quarter replaces its due date.
create table extensions (
  id text primary key,
  member_id text not null,
  sub_contract_id text not null,
  prime_contract_id text not null,
  quarter text not null,
  requested_due_date date not null,
  reason text not null,
  -- Null when hub staff granted it without a request.
  requested_by text,
  requested_by_name text,
  requested_at timestamptz,
  device_id text,
  state text not null check (state in ('requested', 'granted', 'declined')),
  decided_by text,
  decided_by_name text,
  decided_at timestamptz,
  decision_reason text,
  granted_due_date date,
  seq bigint not null,
  check ((state = 'granted') = (granted_due_date is not null)),
  check ((state = 'requested') = (decided_at is null))
);
create index extensions_return on extensions (sub_contract_id, quarter);
create index extensions_member_seq on extensions (member_id, seq);
create index extensions_state on extensions (state, prime_contract_id);
