import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The hub's own migrations, found beside this module so it works under tsx from any cwd. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations', import.meta.url));

const FILE_NAME = /^(\d{4})_([a-z0-9_]+)\.sql$/;

export interface MigrationFile {
  number: number;
  /** The part after the number, e.g. 'hub_meta'. */
  name: string;
  /** The file name, e.g. '0001_hub_meta.sql', used in every message. */
  file: string;
  sql: string;
  /** sha256 of the SQL with line endings normalised, so a checkout with CRLF still matches. */
  checksum: string;
}

/** A problem that must stop the hub from starting; the message says what to do. */
export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Reads every `NNNN_name.sql` file in `dir`, in number order. */
export async function readMigrationFiles(dir: string = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new MigrationError(`Cannot read the migrations folder ${dir}: ${(error as Error).message}`);
  }
  const files: MigrationFile[] = [];
  for (const file of names.filter((n) => n.endsWith('.sql')).sort()) {
    const match = FILE_NAME.exec(file);
    if (!match) {
      throw new MigrationError(
        `Migration file ${file} is not named like 0001_short_name.sql (four digits, underscore, lower-case name), so it cannot be ordered.`,
      );
    }
    const sql = await readFile(join(dir, file), 'utf8');
    files.push({ number: Number(match[1]), name: match[2]!, file, sql, checksum: checksumOf(sql) });
  }
  for (let i = 1; i < files.length; i++) {
    if (files[i]!.number === files[i - 1]!.number) {
      throw new MigrationError(`Migration files ${files[i - 1]!.file} and ${files[i]!.file} have the same number.`);
    }
  }
  return files;
}

export function checksumOf(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
}
