import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/hub/config';

describe('resolveConfig', () => {
  it('defaults to port 8787 on 127.0.0.1, PGlite in ./data/pglite and the app in ./dist', () => {
    expect(resolveConfig({}, {})).toEqual({
      port: 8787,
      host: '127.0.0.1',
      databaseUrl: undefined,
      pgliteDir: join(resolve('data'), 'pglite'),
      distDir: resolve('dist'),
      bodyLimitBytes: 1024 * 1024,
    });
  });

  it('reads PORT, HOST, DATA_DIR, DATABASE_URL and BODY_LIMIT_BYTES from the environment', () => {
    const config = resolveConfig(
      {},
      { PORT: '9000', HOST: '0.0.0.0', DATA_DIR: 'var/hub', DATABASE_URL: 'postgres://db/hub', BODY_LIMIT_BYTES: '2048' },
    );
    expect(config).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      databaseUrl: 'postgres://db/hub',
      pgliteDir: join(resolve('var/hub'), 'pglite'),
      bodyLimitBytes: 2048,
    });
  });

  it('lets options win, and ignores DATABASE_URL when the caller names its own database', () => {
    const env = { PORT: '9000', DATABASE_URL: 'postgres://db/hub', DATA_DIR: 'var/hub' };
    expect(resolveConfig({ port: 0, dataDir: 'memory://' }, env)).toMatchObject({
      port: 0,
      databaseUrl: undefined,
      pgliteDir: 'memory://',
    });
    expect(resolveConfig({ databaseUrl: 'postgres://other/db' }, env).databaseUrl).toBe('postgres://other/db');
  });

  it.each(['abc', '-1', '70000', '80.5'])('rejects PORT=%s with a message naming it', (port) => {
    expect(() => resolveConfig({}, { PORT: port })).toThrow(`PORT must be a whole number from 0 to 65535, but it is '${port}'.`);
  });
});
