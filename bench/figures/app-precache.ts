import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import type { Figure } from '../figure';
import { line, note } from '../harness';
import { kb, withBenchBuild } from './app-build';

const PrecacheEntry = z.object({ url: z.string().min(1), revision: z.string().nullable() });

/**
 * The precache list vite-plugin-pwa injected into the built sw.js in place of
 * `self.__WB_MANIFEST`: a JSON array of { revision, url } (key order as the plugin wrote it).
 */
export function precacheList(swSource: string): z.infer<typeof PrecacheEntry>[] {
  const start = swSource.search(/\[\{"(?:revision|url)":/);
  if (start < 0) throw new Error('sw.js holds no injected precache list ([{"revision":…,"url":…}]): was it built with injectManifest?');
  const end = swSource.indexOf('}]', start);
  if (end < 0) throw new Error('The precache list in sw.js never ends');
  return z.array(PrecacheEntry).min(1).parse(JSON.parse(swSource.slice(start, end + 2)));
}

/**
 * Issue 7: `bench app-precache <kb> KB`. Everything the service worker stores on install, so
 * that the app opens offline: the files in its precache list, read from the built sw.js, their
 * raw sizes summed (the cache holds them uncompressed; the hub sends them gzipped).
 */
export const appPrecacheFigure: Figure = {
  name: 'app-precache',
  about: 'KB (1,024 bytes), raw, of the files in the precache list injected into the built sw.js',
  run: () =>
    withBenchBuild(async ({ dir }) => {
      const sw = await readFile(join(dir, 'sw.js'));
      const list = precacheList(sw.toString('utf8'));
      const sized = await Promise.all(
        list.map(async ({ url }) => {
          const path = decodeURIComponent(new URL(url, 'https://hub.invalid/').pathname).replace(/^\//, '');
          const bytes = await readFile(join(dir, path)).catch((error: unknown) => {
            throw new Error(`sw.js precaches ${url}, which is not in the build`, { cause: error });
          });
          return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
        }),
      );
      const raw = sized.reduce((sum, f) => sum + f.raw, 0);
      const gzip = sized.reduce((sum, f) => sum + f.gzip, 0);
      note(`app-precache: ${sized.length} files: ${[...sized].sort((a, b) => b.raw - a.raw).map((f) => `${f.path} ${kb(f.raw)} KB`).join(', ')}`);
      note(`app-precache: ${kb(gzip)} KB if each file were gzipped (level 9); sw.js itself, fetched besides, is ${kb(sw.length)} KB raw`);
      line('app-precache', kb(raw), 'KB');
    }),
};
