import type { Db, Queryable } from './db';
import { MigrationError, readMigrationFiles, type MigrationFile } from './migration-files';

export { MigrationError } from './migration-files';

export interface MigrateOptions {
  /** Folder of NNNN_name.sql files; the hub's own by default (tests pass their own). */
  dir?: string;
  log?: (line: string) => void;
}

export interface MigrateResult {
  /** File names applied by this run, in order. */
  applied: string[];
}

interface AppliedRow {
  number: number;
  name: string;
  checksum: string;
}

/**
 * Brings the database up to date: applies each pending migration in its own transaction and
 * records it in schema_migrations. A failing migration is rolled back whole and stops the run
 * with a MigrationError naming the file and the database's error; migrations before it stay.
 *
 * Several hub processes may start at once on one PostgreSQL server, so each step takes a
 * transaction-scoped advisory lock and re-checks what is applied before changing anything.
 */
export async function runMigrations(db: Db, options: MigrateOptions = {}): Promise<MigrateResult> {
  const files = await readMigrationFiles(options.dir);
  await db.transaction(async (tx) => {
    await lockMigrations(tx);
    await tx.exec(`create table if not exists schema_migrations (
      number integer primary key,
      name text not null,
      checksum text not null,
      applied_at timestamptz not null default now()
    )`);
  });
  const history = await appliedMigrations(db);
  checkHistory(history, files);

  const applied: string[] = [];
  const done = new Set(history.map((row) => row.number));
  for (const file of files) {
    if (done.has(file.number)) continue;
    try {
      const didApply = await db.transaction(async (tx) => {
        await lockMigrations(tx);
        const already = await tx.query('select 1 from schema_migrations where number = $1', [file.number]);
        if (already.rowCount > 0) return false; // another hub process got there first
        await tx.exec(file.sql);
        await tx.query('insert into schema_migrations (number, name, checksum) values ($1, $2, $3)', [
          file.number,
          file.name,
          file.checksum,
        ]);
        return true;
      });
      if (didApply) {
        applied.push(file.file);
        options.log?.(`Applied migration ${file.file}`);
      }
    } catch (error) {
      throw new MigrationError(
        `Migration ${file.file} failed: ${describeDbError(error, file.sql)}. ` +
          `It was rolled back, so the database is as it was before ${file.file}` +
          (applied.length ? ` (${applied.join(', ')} did apply)` : '') +
          '. Fix the migration and start the hub again.',
        { cause: error },
      );
    }
  }
  return { applied };
}

async function lockMigrations(tx: Queryable): Promise<void> {
  // Keyed by schema so that test files, each in a schema of its own, do not wait for each other.
  await tx.query(`select pg_advisory_xact_lock(hashtext('consortium-returns migrations ' || current_schema()))`);
}

function appliedMigrations(db: Db): Promise<AppliedRow[]> {
  return db
    .query<AppliedRow>('select number, name, checksum from schema_migrations order by number')
    .then((result) => result.rows);
}

/** Refuses to start on a database whose history does not match the migration files. */
function checkHistory(applied: AppliedRow[], files: MigrationFile[]): void {
  const byNumber = new Map(files.map((file) => [file.number, file]));
  for (const row of applied) {
    const file = byNumber.get(row.number);
    const recorded = `${String(row.number).padStart(4, '0')}_${row.name}.sql`;
    if (!file) {
      throw new MigrationError(
        `The database has migration ${recorded} applied, but this hub has no such file: ` +
          'the database was made by a newer version of the hub. Run that version, or restore a backup.',
      );
    }
    if (file.checksum !== row.checksum) {
      throw new MigrationError(
        `Migration ${file.file} was changed after it was applied to this database. ` +
          'Applied migrations must never change: put the change in a new migration file.',
      );
    }
  }
}

/** The driver's message plus, when known, the SQLSTATE code and the line in the file. */
function describeDbError(error: unknown, sql: string): string {
  if (!(error instanceof Error)) return String(error);
  const { code, position } = error as Error & { code?: string; position?: string };
  const parts = [error.message];
  if (code) parts.push(`(SQLSTATE ${code})`);
  const offset = Number(position);
  if (Number.isInteger(offset) && offset > 0) parts.push(`at line ${sql.slice(0, offset - 1).split('\n').length}`);
  return parts.join(' ');
}
