import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The files of a built app, as `vite build` with vite-plugin-pwa lays them out. */
export const FAKE_DIST_FILES: Record<string, string> = {
  'index.html': '<!doctype html><title>Consortium Returns</title><script type="module" src="/assets/index-a1b2c3.js"></script>',
  'manifest.webmanifest': '{"name":"Consortium Returns","start_url":"/","display":"standalone"}',
  'sw.js': 'self.addEventListener("install", () => {});',
  'registerSW.js': 'navigator.serviceWorker.register("/sw.js");',
  'workbox-5f3e2d1c.js': '/* workbox */',
  'assets/index-a1b2c3.js': 'console.log("app");',
  'assets/index-d4e5f6.css': 'body { margin: 0 }',
  'icons/icon-192.png': 'not really a png',
  'robots.txt': 'User-agent: *\nDisallow:\n',
};

/** Not part of the app: lies beside dist, so a path that escapes dist would find it. */
export const SECRET_BESIDE_DIST = 'secret.txt';

/**
 * Makes a temporary folder with a fake built app in `dist/` and a secret file beside it.
 * Returns the dist path; remove its parent folder afterwards.
 */
export async function makeFakeDist(): Promise<string> {
  const base = await mkdtemp(join(tmpdir(), 'fake-app-'));
  await writeFile(join(base, SECRET_BESIDE_DIST), 'do not serve me');
  const dir = join(base, 'dist');
  for (const [path, content] of Object.entries(FAKE_DIST_FILES)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}
