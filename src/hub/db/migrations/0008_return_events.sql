-- The audit trail of each return: every version received, every change of state, query, answer,
-- extension and decision, with who and when. Keyed by sub-contract and quarter, so a return the
-- hub has not received yet (an extension request, say) has a trail too. Rows are only added.
create table return_events (
  n bigint generated always as identity primary key,
  id text not null unique,
  sub_contract_id text not null,
  quarter text not null,
  return_id text references returns (id),
  at timestamptz not null,
  -- staff: hub staff (actor_id = hub_users.id); person: a member's person via a device; hub: the hub itself.
  actor_kind text not null check (actor_kind in ('staff', 'person', 'hub')),
  actor_id text not null,
  actor_name text not null,
  action text not null,
  from_state text,
  to_state text,
  version integer,
  reason text,
  summary text not null,
  details jsonb
);
create index return_events_return on return_events (sub_contract_id, quarter, n);

create function return_events_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'return_events is an audit trail: rows are only added';
end;
$$;
create trigger return_events_no_change before update or delete on return_events
  for each row execute function return_events_append_only();
