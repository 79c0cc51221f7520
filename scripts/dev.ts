// `npm run dev`: a hub (src/hub/main.ts, in its own process) and Vite's hot-reloading dev server
// with /api proxied to it. Ctrl+C stops both. The dev server has no service worker: offline
// behaviour is tested against `vite build` served by the hub (npm start, npm run test:e2e).
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type ViteDevServer } from 'vite';

const hubPort = process.env.PORT ?? '8787';
const hubUrl = `http://localhost:${hubPort}`;

function startHubProcess(): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/hub/main.ts'], {
    env: { ...process.env, PORT: hubPort },
    stdio: 'inherit',
  });
}

/** Waits for GET /api/health, so the first page load in the browser already reaches the hub. */
async function waitForHub(hub: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hub.exitCode !== null) throw new Error(`The hub stopped while starting (exit code ${hub.exitCode}).`);
    try {
      if ((await fetch(`${hubUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The hub did not answer ${hubUrl}/api/health within ${timeoutMs / 1000} seconds.`);
}

function stopHub(hub: ChildProcess): Promise<void> {
  if (hub.exitCode !== null || hub.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    hub.once('exit', () => resolve());
    hub.kill('SIGTERM');
  });
}

async function main(): Promise<void> {
  const hub = startHubProcess();
  let vite: ViteDevServer | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await vite?.close();
    await stopHub(hub);
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  hub.on('exit', (code) => {
    if (stopping) return;
    console.error(`The hub stopped (exit code ${code ?? 'none'}); stopping the dev server too.`);
    void stop(code || 1);
  });

  try {
    await waitForHub(hub);
    process.env.HUB_URL = hubUrl; // read by vite.config.ts for the /api proxy
    vite = await createServer({ configFile: 'vite.config.ts' });
    await vite.listen();
    vite.printUrls();
    console.log(`\n  /api is proxied to the hub at ${hubUrl}. Stop both with Ctrl+C.\n`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    await stop(1);
  }
}

void main();
