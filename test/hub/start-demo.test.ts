import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_MEMBERS } from '../../src/core/demo/consortium';
import { startHub, type Hub } from '../../src/hub/server';
import { enrolWithCode, httpFetch, signInStaff } from './support/hub-client';

const cleanUps: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp();
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hub-demo-'));
  cleanUps.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}
async function start(options: Parameters<typeof startHub>[0]): Promise<Hub> {
  const hub = await startHub({ port: 0, distDir: 'no-dist', log: () => undefined, ...options });
  cleanUps.push(() => hub.close());
  return hub;
}

describe('startHub with the demo consortium', () => {
  it('loads it on first start: the printed staff sign-in and enrolment codes work over HTTP', async () => {
    const hub = await start({ dataDir: 'memory://' });
    expect(hub.start.demoLoaded).toBe('Riverside Community Consortium');
    expect(hub.start.enrolmentCodes.map((c) => c.memberName)).toEqual(DEMO_MEMBERS.map((m) => m.name));
    const http = httpFetch(hub.url);
    await signInStaff(http, hub.start.staffSignIn!.email, hub.start.staffSignIn!.password);
    const enrolled = await enrolWithCode(http, hub.start.enrolmentCodes[0]!.code, 'Front desk tablet');
    expect(enrolled.memberId).toBe('m-advice');
    expect(enrolled.reference.members).toHaveLength(1);
    expect(enrolled.reference.people.every((p) => p.memberId === 'm-advice')).toBe(true);
  });

  it('starts empty with demo: false (DEMO=0), with a staff user to sign in', async () => {
    const hub = await start({ dataDir: 'memory://', demo: false });
    expect(hub.start).toMatchObject({ demoLoaded: undefined, enrolmentCodes: [] });
    expect((await hub.db.query('select 1 from reference_items')).rowCount).toBe(0);
    await signInStaff(httpFetch(hub.url), hub.start.staffSignIn!.email, hub.start.staffSignIn!.password);
  });
});

describe('npm start (src/hub/main.ts) with the demo', () => {
  const MAIN = fileURLToPath(new URL('../../src/hub/main.ts', import.meta.url));
  const TSX = createRequire(import.meta.url).resolve('tsx/cli');

  /** Runs main.ts until it has printed its banner, then stops it; its output. */
  function runMain(dataDir: string): Promise<string> {
    const { DATABASE_URL: _ignored, DEMO: _demo, ...env } = process.env;
    const child = spawn(process.execPath, [TSX, MAIN], { env: { ...env, PORT: '0', DATA_DIR: dataDir }, detached: true });
    let output = '';
    let stopping = false;
    return new Promise((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (!stopping && output.includes('Stop the hub with Ctrl+C')) {
          stopping = true; // once: a second SIGTERM would make tsx kill the hub outright
          child.kill('SIGTERM');
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`main.ts exited ${code}:\n${output}`))));
    });
  }

  it('prints the sign-in on the first start only, and codes with member names and expiry at every start', async () => {
    const dataDir = await tempDir();
    const first = await runMain(dataDir);
    const url = /running: open (http:\/\/\S+)/.exec(first)![1]!;
    expect(first).toContain('Hub staff sign-in — shown only now');
    expect(first).toMatch(/Email: {4}hub@demo\.example/);
    expect(first).toMatch(/Password: [a-z0-9-]{23}/);
    expect(first).toMatch(
      new RegExp(`Enrol a tablet: open ${url.replace(/[.]/g, '\\.')} on it and enter code [A-Z0-9]{4}-[A-Z0-9]{4} for Riverside Advice Centre \\(expires \\w{3}, .+ London time\\)`),
    );

    const second = await runMain(dataDir);
    expect(second).not.toContain('Password:');
    expect(second).toContain('hub@demo.example; the password was printed on the first start only');
    expect(second).toContain('for Riverside Advice Centre');
  }, 90_000);
});
