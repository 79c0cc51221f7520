import { join, resolve } from 'node:path';
import { DEFAULT_BODY_LIMIT_BYTES } from './http/app';
import type { HubLimits } from './http/api-deps';
import { IN_MEMORY } from './db/pglite';

export interface HubOptions {
  port?: number;
  host?: string;
  dataDir?: string;
  databaseUrl?: string;
  distDir?: string;
  log?: (line: string) => void;
  /** Load the demo consortium into an empty hub and print enrolment codes (DEMO; on unless DEMO=0). */
  demo?: boolean;
  /** Print a new password for the first staff user (RESET_STAFF_PASSWORD=1). */
  resetStaffPassword?: boolean;
  /** Email of the staff user a first start makes (HUB_STAFF_EMAIL; hub@demo.example). */
  staffEmail?: string;
  /** Abuse limits and lifetimes (tests). */
  limits?: Partial<HubLimits>;
}

export interface HubConfig {
  port: number;
  host: string;
  /** PostgreSQL server to use; when undefined, PGlite in `pgliteDir`. */
  databaseUrl: string | undefined;
  pgliteDir: string;
  distDir: string;
  bodyLimitBytes: number;
}

export const DEFAULT_PORT = 8787;

/**
 * Options win over the environment. A caller that names its database (dataDir or databaseUrl)
 * gets exactly that: a test asking for 'memory://' must never reach a DATABASE_URL in the shell.
 */
export function resolveConfig(options: HubOptions, env: NodeJS.ProcessEnv = process.env): HubConfig {
  const namesDatabase = options.dataDir !== undefined || options.databaseUrl !== undefined;
  const databaseUrl = namesDatabase ? options.databaseUrl : env.DATABASE_URL || undefined;
  const dataDir = options.dataDir ?? (namesDatabase ? undefined : env.DATA_DIR) ?? './data';
  return {
    port: options.port ?? wholeNumber('PORT', env.PORT, DEFAULT_PORT, 65_535),
    host: options.host ?? (env.HOST || '127.0.0.1'),
    databaseUrl,
    // PGlite gets a folder of its own, so DATA_DIR can hold other things later.
    pgliteDir: dataDir === IN_MEMORY ? IN_MEMORY : join(resolve(dataDir), 'pglite'),
    distDir: resolve(options.distDir ?? 'dist'),
    bodyLimitBytes: wholeNumber('BODY_LIMIT_BYTES', env.BODY_LIMIT_BYTES, DEFAULT_BODY_LIMIT_BYTES, 2 ** 31),
  };
}

function wholeNumber(name: string, raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new Error(`${name} must be a whole number from 0 to ${max}, but it is '${raw}'.`);
  }
  return value;
}
