import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_DIST_FILES, makeFakeDist } from './fake-dist';

const MAIN = fileURLToPath(new URL('../../src/hub/main.ts', import.meta.url));
const TSX_CLI = createRequire(import.meta.url).resolve('tsx/cli');

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

const cleanUps: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0)) await cleanUp();
});

/** Runs `tsx src/hub/main.ts` as `npm start` does, in `cwd`, with only the env given. */
function startMain(cwd: string, env: Record<string, string>): Started {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  // Its own process group, so that clean-up can stop tsx and the node process it runs.
  const child = spawn(process.execPath, [TSX_CLI, MAIN], { cwd, env: { ...inherited, ...env }, detached: true });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  cleanUps.push(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      process.kill(-child.pid!, 'SIGKILL');
      await exited;
    }
  });
  return { child, output: () => output, exited };
}

/** Resolves with the first match of `pattern` in the output, or rejects if the process ends first. */
function waitFor(started: Started, pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const match = started.output().match(pattern);
      if (match) {
        started.child.stdout!.off('data', check);
        resolve(match);
      }
    };
    started.child.stdout!.on('data', check);
    void started.exited.then(() => reject(new Error(`The hub exited before printing ${pattern}:\n${started.output()}`)));
    check();
  });
}

describe('npm start (src/hub/main.ts)', () => {
  it('starts on PGlite in DATA_DIR, serves the app and the API, and exits 0 on SIGTERM', async () => {
    const dist = await makeFakeDist();
    const base = dirname(dist);
    cleanUps.push(() => rm(base, { recursive: true, force: true }));
    const dataDir = join(base, 'data');

    const hub = startMain(base, { PORT: '0', DATA_DIR: dataDir });
    const [, url] = await waitFor(hub, /running: open (http:\/\/\S+)/);
    expect(hub.output()).toContain(`Database: embedded PGlite, data in ${join(dataDir, 'pglite')}`);
    expect(hub.output()).toContain('Applied migration 0001_hub_meta.sql');
    expect(hub.output()).not.toContain('The app is not built yet');

    expect(await (await fetch(`${url}/api/health`)).json()).toMatchObject({ ok: true, db: 'pglite' });
    expect(await (await fetch(`${url}/`)).text()).toBe(FAKE_DIST_FILES['index.html']);

    hub.child.kill('SIGTERM');
    expect(await hub.exited).toBe(0);
    expect(hub.output()).toContain('SIGTERM: finishing requests in flight');
    expect(hub.output()).toContain('Hub stopped.');
    expect(existsSync(join(dataDir, 'pglite', 'PG_VERSION'))).toBe(true);

    // The data survives: a second start finds its migrations applied and applies none.
    const again = startMain(base, { PORT: '0', DATA_DIR: dataDir });
    await waitFor(again, /running: open/);
    expect(again.output()).not.toContain('Applied migration');
    again.child.kill('SIGINT');
    expect(await again.exited).toBe(0);
  }, 90_000);

  it('exits 1 with a clear message when the database cannot be reached', async () => {
    const hub = startMain(process.cwd(), { PORT: '0', DATABASE_URL: 'postgres://someone:pw@127.0.0.1:1/none' });
    expect(await hub.exited).toBe(1);
    expect(hub.output()).toContain('The hub did not start.');
    expect(hub.output()).toContain('Could not connect to PostgreSQL at someone@127.0.0.1:1/none');
    expect(hub.output()).not.toContain(':pw@');
  }, 60_000);
});
