-- Hub staff can remove a colleague's access. The user row stays, because devices
-- (revoked_by), enrolment codes (created_by) and the returns audit trail (return_events.actor_id)
-- name them: a removed user has deactivated_at set, cannot sign in, and has no sessions.
alter table hub_users add column deactivated_at timestamptz;
alter table hub_users add column deactivated_by uuid references hub_users (id);
alter table hub_users add constraint hub_users_deactivated_by_with_at
  check (deactivated_by is null or deactivated_at is not null);
