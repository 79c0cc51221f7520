-- The consortium's reference data (members, contracts, templates, profiles, people…), one row
-- per item, so that a pull can tell whether a member's share changed and serve only that share.
--
-- change_head is the hub's change sequence. Every write that a pull must see (reference items,
-- records, later returns and queries) locks this one row, takes the next numbers, and commits.
-- Because writers queue on the row lock, numbers become visible in order: once a reader sees
-- head = n, every row numbered up to n is committed, so a cursor never skips a late commit.
create table change_head (
  id boolean primary key default true check (id),
  seq bigint not null
);
insert into change_head (id, seq) values (true, 0);

create table reference_items (
  -- consortium, member, primeContract, subContract, categorySet, indicator, template,
  -- profile, volunteerRole, person, return: the ReferenceData arrays, singular.
  kind text not null,
  id text not null,
  -- The member the item belongs to; null for items every member shares.
  member_id text,
  -- Order within its array, so a member's share comes back in the order it was loaded.
  position integer not null,
  data jsonb not null,
  deleted boolean not null default false,
  seq bigint not null,
  primary key (kind, id)
);
create index reference_items_member_seq on reference_items (member_id, seq);
create index reference_items_seq on reference_items (seq);
