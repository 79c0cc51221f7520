// `npm start` runs this after `vite build`. Configuration comes from the environment:
// PORT, HOST, DATA_DIR, DATABASE_URL, BODY_LIMIT_BYTES, DEMO (0 = start empty),
// RESET_STAFF_PASSWORD (1 = print a new staff password), HUB_STAFF_EMAIL.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from './config';
import { startHub, type Hub } from './server';
import { startBanner } from './start-banner';

async function main(): Promise<void> {
  let hub: Hub;
  try {
    hub = await startHub({ log: (line) => console.log(line) });
  } catch (error) {
    console.error(`\nThe hub did not start.\n${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }

  const database =
    hub.db.kind === 'pglite'
      ? `embedded PGlite, data in ${hub.db.location}`
      : `PostgreSQL at ${hub.db.location}`;
  console.log(
    [
      '',
      `Consortium Returns hub is running: open ${hub.url}`,
      `  Database: ${database}`,
      `  Health:   ${hub.url}/api/health`,
      ...(existsSync(join(resolveConfig({}).distDir, 'index.html'))
        ? []
        : ['  The app is not built yet: run `npm run build` (or use `npm start`, which builds it).']),
      ...startBanner(hub.start, hub.url),
      '',
      '  Next: open the address in Chrome, Edge or Safari and install the app from the browser menu',
      '        to use it offline. Stop the hub with Ctrl+C.',
      '',
    ].join('\n'),
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing requests in flight, then closing the database…`);
    hub.close().then(
      () => {
        console.log('Hub stopped.');
        process.exit(0);
      },
      (error: unknown) => {
        console.error(`The hub did not stop cleanly: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

void main();
