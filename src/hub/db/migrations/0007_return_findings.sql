-- What the hub's validation (src/core validateReturn at stage 'received', with the member's
-- synced records and earlier returns) found in each version. Kept per version, so the findings a
-- version was judged by stay with it even after the rules or the records change.
create table return_findings (
  version_id text primary key references return_versions (id),
  findings jsonb not null,
  -- {present, required, score}
  completeness jsonb not null,
  errors integer not null check (errors >= 0),
  warnings integer not null check (warnings >= 0),
  -- Warnings without an explanation in the version (they block acceptance like errors).
  unexplained integer not null check (unexplained >= 0),
  -- No C-rule error: the version counts as complete for T2.
  complete boolean not null,
  validated_at timestamptz not null
);
