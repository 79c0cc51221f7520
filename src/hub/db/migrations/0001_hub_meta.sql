-- Facts about this hub's database itself. `database_id` lets a device notice that the hub it
-- syncs with now has a different database (restored or reset) rather than trusting old cursors.
create table hub_meta (
  key text primary key,
  value jsonb not null,
  updated_at timestamptz not null default now()
);

insert into hub_meta (key, value) values ('database_id', to_jsonb(gen_random_uuid()::text));
