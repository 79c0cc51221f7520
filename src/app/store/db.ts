import Dexie, { type DexieOptions, type Table } from 'dexie';
import { contextStampMiddleware, type StampRow } from './contextStamp';
import { recordQuarter } from './recordQuarter';
import { SCHEMA_V3 } from './returns/schema';
import type { ReturnDraft, StoredExtension, StoredQuery, StoredQueryAnswer, StoredReturnVersion } from './returns/types';
import type { DeviceRow, MetaRow, OutboxEntry, PinRow, ReferenceRow, StoredRecord } from './types';

/** The database the app opens; tests give each test its own name. */
export const APP_DB_NAME = 'consortium-returns';

/**
 * Every schema version, oldest first, kept for ever (after chatcraft's db.ts): a device may
 * open the app after months away and must upgrade from whatever it last had. Never edit a
 * version that has shipped; add a new one, with a data migration in `.upgrade()` when rows
 * need it. Changing a primary key needs a copy through a temporary table over two versions.
 */

/** v1: the first schema — enrolment, reference data, PINs, records, outbox, sync meta. */
export const SCHEMA_V1 = {
  device: 'key',
  reference: 'key',
  pins: 'personId',
  records: 'id, type, subContractId, personId, date, updatedAt',
  outbox: '++seq, status, change.entityId',
  meta: 'key',
} as const;

/**
 * v2: each record carries the quarter it counts in, so "this quarter's contacts" is one indexed
 * range ([quarter+type]) instead of a scan; volunteer hours are indexed by volunteer.
 */
export const SCHEMA_V2 = {
  records: 'id, type, subContractId, personId, date, updatedAt, quarter, [quarter+type], volunteerId',
} as const;

/**
 * v4: a stamp that changes with every write to what a record change is checked against (device,
 * reference data, returns), so saving a record can keep that context in memory and check in one
 * small read that it is still current (contextStamp.ts). A new table only: no data migration.
 */
export const SCHEMA_V4 = {
  stamps: 'key',
} as const;

export function defineVersions(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1);
  db.version(2)
    .stores(SCHEMA_V2)
    .upgrade((tx) =>
      tx
        .table<StoredRecord>('records')
        .toCollection()
        .modify((row) => {
          row.quarter = recordQuarter(row);
        }),
    );
  // v3: quarterly returns — drafts, sealed and pulled versions, queries, answers, extensions
  // (the tables and why are in ./returns/schema.ts).
  db.version(3).stores(SCHEMA_V3);
  db.version(4).stores(SCHEMA_V4);
}

export class AppDb extends Dexie {
  device!: Table<DeviceRow, string>;
  reference!: Table<ReferenceRow, string>;
  pins!: Table<PinRow, string>;
  records!: Table<StoredRecord, string>;
  outbox!: Table<OutboxEntry, number>;
  meta!: Table<MetaRow, string>;
  returnDrafts!: Table<ReturnDraft, string>;
  returnVersions!: Table<StoredReturnVersion, string>;
  returnQueries!: Table<StoredQuery, string>;
  queryAnswers!: Table<StoredQueryAnswer, string>;
  extensions!: Table<StoredExtension, string>;
  stamps!: Table<StampRow, string>;

  constructor(name: string = APP_DB_NAME, options?: DexieOptions) {
    super(name, options);
    defineVersions(this);
    this.use(contextStampMiddleware);
  }
}
