-- What was really paid for one payment-by-results line of a sub-contract in a quarter, as hub
-- staff record it (P4 "paid"). Entries are never updated or deleted: the newest per
-- (sub_contract_id, quarter, indicator_id) counts, and the older ones stay as the record of what
-- was believed before. Without an entry, P4 takes the amount on profile.
create table payments (
  id text primary key,
  sub_contract_id text not null,
  quarter text not null check (quarter ~ '^[0-9]{4}-Q[1-4]$'),
  indicator_id text not null,
  -- Whole pence; at most £100 million, as the API allows.
  paid_pence bigint not null check (paid_pence >= 0 and paid_pence <= 10000000000),
  -- Where the amount comes from (a remittance, an invoice): 10 to 500 characters, as the API asks.
  reason text not null check (char_length(reason) between 10 and 500),
  recorded_by uuid not null references hub_users (id),
  recorded_at timestamptz not null default now()
);
create index payments_line on payments (sub_contract_id, quarter, indicator_id, recorded_at);
