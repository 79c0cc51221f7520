-- Enrolment (DESIGN §6): hub staff issue a one-time code for a member; a device exchanges it for
-- a random 256-bit token. Codes and tokens are stored only as sha256 hashes.
create table devices (
  id text primary key,
  member_id text not null,
  name text not null,
  token_hash text not null unique,
  enrolled_at timestamptz not null,
  last_seen_at timestamptz,
  -- Device clock minus hub clock at the last sync, in milliseconds (T2 needs it).
  last_skew_ms bigint,
  revoked_at timestamptz,
  revoked_by uuid references hub_users (id)
);
create index devices_member on devices (member_id, enrolled_at);

create table enrolment_codes (
  code_hash text primary key,
  member_id text not null,
  created_by uuid references hub_users (id),
  created_at timestamptz not null,
  expires_at timestamptz not null,
  used_at timestamptz,
  -- Deferred: enrolment marks the code used first (that decides who wins a race for it), then
  -- inserts the device, in one transaction.
  device_id text references devices (id) deferrable initially deferred
);
