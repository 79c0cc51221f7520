import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Builds the app (and its service worker) into `outDir` with `vite build` and the project's
 * config. A different `buildId` gives a different version: new bundle hashes, so a new
 * precache list and a new sw.js, which browsers see as an update.
 */
export async function buildApp(outDir: string, buildId: string): Promise<void> {
  // Vitest sets NODE_ENV=test, and Vite (and vite-plugin-pwa for the worker) would then make a
  // development build: import.meta.env.PROD false, so no service worker. Build as deployed.
  const restore = setEnv({ APP_BUILD_ID: buildId, NODE_ENV: 'production' });
  try {
    await build({
      root: ROOT,
      configFile: resolve(ROOT, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    restore();
  }
}

function setEnv(values: Record<string, string>): () => void {
  const previous = Object.fromEntries(Object.keys(values).map((key) => [key, process.env[key]]));
  Object.assign(process.env, values);
  return () => {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}
