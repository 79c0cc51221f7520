-- Hub staff's questions on a field of a return, and the member's answers (by comment; figures
-- change through a resubmitted version). `seq` sends a query to the member's devices when it changes.
create table queries (
  id text primary key,
  return_id text not null references returns (id),
  member_id text not null,
  return_version integer not null,
  path text not null,
  question text not null,
  raised_by text not null,
  raised_by_name text not null,
  raised_at timestamptz not null,
  state text not null check (state in ('open', 'answered', 'closed')),
  closed_at timestamptz,
  closed_by text,
  seq bigint not null
);
create index queries_return on queries (return_id, raised_at);
create index queries_member_seq on queries (member_id, seq);

create table query_answers (
  id text primary key,
  query_id text not null references queries (id),
  member_id text not null,
  -- The person who answered on a device, or null when the hub wrote it (answered by resubmission).
  person_id text,
  by_name text not null,
  device_id text,
  change_id text,
  comment text not null,
  answered_at timestamptz not null
);
create index query_answers_query on query_answers (query_id, answered_at);
