import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Manifest } from 'vite';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** One JavaScript chunk of the build, and how many characters each source module left in it. */
export type BuiltChunk = {
  /** e.g. 'assets/index-D49f__EG.js', relative to the build folder. */
  fileName: string;
  /** Module id (an absolute path, or a virtual id) → its code's length before minification. */
  moduleLengths: Map<string, number>;
};

export type BenchBuild = {
  /** The build folder: what the hub serves. */
  dir: string;
  /** Vite's build manifest (build.manifest), which records each chunk's static and dynamic imports. */
  manifest: Manifest;
  chunks: BuiltChunk[];
};

/**
 * Builds the app as deployed (the project's vite.config.ts, production mode, as
 * test/e2e/support/build-app.ts does) into a temporary folder, with Vite's build manifest
 * switched on for this build only; runs `use` on it and deletes the folder afterwards. The
 * manifest lands in .vite/, which the service worker's precache list does not include.
 */
export async function withBenchBuild<T>(use: (built: BenchBuild) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-app-'));
  try {
    const chunks = await buildWithManifest(join(dir, 'dist'));
    const manifest = JSON.parse(await readFile(join(dir, 'dist', '.vite', 'manifest.json'), 'utf8')) as Manifest;
    return await use({ dir: join(dir, 'dist'), manifest, chunks });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Bytes → KB of 1,024 bytes, to one decimal place. */
export const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

type OutputItem = { type: string; fileName: string; modules?: Record<string, { renderedLength: number }> };

async function buildWithManifest(outDir: string): Promise<BuiltChunk[]> {
  // NODE_ENV=production: otherwise Vite and vite-plugin-pwa may make a development build
  // without the service worker (see test/e2e/support/build-app.ts).
  const previous = { NODE_ENV: process.env.NODE_ENV, APP_BUILD_ID: process.env.APP_BUILD_ID };
  process.env.NODE_ENV = 'production';
  process.env.APP_BUILD_ID = 'bench';
  try {
    const result = await build({
      root: ROOT,
      configFile: resolve(ROOT, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, manifest: true },
    });
    if (!Array.isArray(result) && !('output' in result)) throw new Error('vite build started a watcher instead of building once');
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output as unknown as OutputItem[]);
    return outputs
      .filter((o) => o.type === 'chunk')
      .map((o) => ({ fileName: o.fileName, moduleLengths: new Map(Object.entries(o.modules ?? {}).map(([id, m]) => [id, m.renderedLength])) }));
  } finally {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}
