-- Hub staff and their signed-in sessions (DESIGN §6). Passwords are scrypt hashes in the
-- self-describing form scrypt$N$r$p$salt$hash; session tokens are kept only as sha256 hashes,
-- so a copy of the database does not let anyone sign in.
create table hub_users (
  id uuid primary key default gen_random_uuid(),
  -- Stored lower-case: people type their address with any capitals.
  email text not null unique check (email = lower(email) and email <> ''),
  display_name text not null,
  password_hash text not null,
  created_at timestamptz not null default now()
);

create table hub_sessions (
  token_hash text primary key,
  user_id uuid not null references hub_users (id) on delete cascade,
  -- Sent back in x-csrf-token by every state-changing request of this session.
  csrf_token text not null,
  created_at timestamptz not null,
  expires_at timestamptz not null
);
create index hub_sessions_expiry on hub_sessions (expires_at);
