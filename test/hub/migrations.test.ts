import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/hub/db/db';
import { MigrationError, runMigrations } from '../../src/hub/db/migrate';
import { readMigrationFiles } from '../../src/hub/db/migration-files';
import { openTestDb } from './test-db';

let db: Db;
let dir: string;
beforeEach(async () => {
  db = await openTestDb({ migrated: false });
  dir = await mkdtemp(join(tmpdir(), 'migrations-'));
});
afterEach(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

const write = (file: string, sql: string) => writeFile(join(dir, file), sql);
const tableExists = async (name: string) =>
  (await db.query<{ t: string | null }>('select to_regclass($1)::text as t', [name])).rows[0]!.t !== null;
const recorded = async () =>
  (await db.query<{ number: number; name: string }>('select number, name from schema_migrations order by number')).rows;

describe("the hub's migrations", () => {
  it('apply to an empty database and are recorded with name, checksum and time', async () => {
    const files = await readMigrationFiles();
    const result = await runMigrations(db);
    expect(result.applied).toEqual(files.map((f) => f.file));
    expect(result.applied[0]).toBe('0001_hub_meta.sql');

    const { rows } = await db.query<{ number: number; name: string; checksum: string; applied_at: Date }>(
      'select number, name, checksum, applied_at from schema_migrations order by number',
    );
    expect(rows.map((r) => [r.number, r.name, r.checksum])).toEqual(files.map((f) => [f.number, f.name, f.checksum]));
    expect(rows[0]!.applied_at).toBeInstanceOf(Date);
    const meta = await db.query<{ value: string }>(`select value from hub_meta where key = 'database_id'`);
    expect(meta.rows[0]!.value).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('change nothing when run a second time', async () => {
    await runMigrations(db);
    const before = await db.query(`select value from hub_meta where key = 'database_id'`);
    const again = await runMigrations(db);
    expect(again.applied).toEqual([]);
    expect((await db.query(`select value from hub_meta where key = 'database_id'`)).rows).toEqual(before.rows);
    expect((await recorded()).length).toBe((await readMigrationFiles()).length);
  });
});

describe('runMigrations', () => {
  it('applies only the files not yet recorded, in number order', async () => {
    await write('0001_first.sql', 'create table first (id int);');
    await runMigrations(db, { dir });
    await write('0010_later.sql', 'alter table second add column note text;');
    await write('0002_second.sql', 'create table second (id int);');
    const result = await runMigrations(db, { dir });
    expect(result.applied).toEqual(['0002_second.sql', '0010_later.sql']);
    expect(await recorded()).toEqual([
      { number: 1, name: 'first' },
      { number: 2, name: 'second' },
      { number: 10, name: 'later' },
    ]);
  });

  it('stops at a failing migration, names the file and the error, and rolls all of it back', async () => {
    await write('0001_ok.sql', 'create table ok (id int);');
    await write(
      '0002_broken.sql',
      'create table half_done (id int);\ninsert into half_done values (1);\nselect * from no_such_table;\n',
    );
    await write('0003_after.sql', 'create table after_broken (id int);');

    const error = await runMigrations(db, { dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    const message = (error as Error).message;
    expect(message).toContain('Migration 0002_broken.sql failed');
    expect(message).toContain('relation "no_such_table" does not exist');
    expect(message).toContain('SQLSTATE 42P01');
    expect(message).toContain('at line 3');
    expect(message).toContain('as it was before 0002_broken.sql (0001_ok.sql did apply)');

    expect(await tableExists('ok')).toBe(true);
    expect(await tableExists('half_done')).toBe(false);
    expect(await tableExists('after_broken')).toBe(false);
    expect(await recorded()).toEqual([{ number: 1, name: 'ok' }]);

    // Once fixed, the next start carries on from where it stopped.
    await write('0002_broken.sql', 'create table half_done (id int);');
    expect((await runMigrations(db, { dir })).applied).toEqual(['0002_broken.sql', '0003_after.sql']);
  });

  it('refuses to start when an applied migration was edited afterwards', async () => {
    await write('0001_first.sql', 'create table first (id int);');
    await runMigrations(db, { dir });
    await write('0001_first.sql', 'create table first (id int, extra text);');
    await write('0002_second.sql', 'create table second (id int);');
    await expect(runMigrations(db, { dir })).rejects.toThrow(
      'Migration 0001_first.sql was changed after it was applied to this database',
    );
    expect(await tableExists('second')).toBe(false);
  });

  it('refuses to start on a database migrated by a newer hub', async () => {
    await write('0001_first.sql', 'create table first (id int);');
    await write('0002_second.sql', 'create table second (id int);');
    await runMigrations(db, { dir });
    await rm(join(dir, '0002_second.sql'));
    await expect(runMigrations(db, { dir })).rejects.toThrow(
      'The database has migration 0002_second.sql applied, but this hub has no such file',
    );
  });

  it('rejects a file that is not named NNNN_name.sql before changing anything', async () => {
    await write('0001_first.sql', 'create table first (id int);');
    await write('2_second.sql', 'create table second (id int);');
    await expect(runMigrations(db, { dir })).rejects.toThrow('Migration file 2_second.sql is not named like');
    expect(await tableExists('first')).toBe(false);
  });

  it('rejects two files with the same number', async () => {
    await write('0001_first.sql', 'select 1;');
    await write('0001_other.sql', 'select 1;');
    await expect(runMigrations(db, { dir })).rejects.toThrow(
      'Migration files 0001_first.sql and 0001_other.sql have the same number',
    );
  });

  it('does not apply a migration twice when two hub processes start at once', async () => {
    await write('0001_first.sql', 'create table first (id int);');
    await write('0002_second.sql', 'create table second (id int);');
    const [a, b] = await Promise.all([runMigrations(db, { dir }), runMigrations(db, { dir })]);
    expect([...a.applied, ...b.applied].sort()).toEqual(['0001_first.sql', '0002_second.sql']);
    expect((await recorded()).length).toBe(2);
  });
});
