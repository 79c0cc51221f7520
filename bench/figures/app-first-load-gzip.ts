import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from '../figure';
import { line, note } from '../harness';
import { kb, withBenchBuild } from './app-build';
import { firstLoadFiles } from './app-first-load-files';
import { moduleParts } from './app-module-parts';

const BUDGET_KB = 45;

/**
 * Issue 7: `bench app-first-load-gzip <kb> KB`, budget ≤ 45 KB. The JavaScript and CSS a first
 * visit must load before the first screen can be used (the real module graph of the build from
 * index.html, lazy chunks left out), each file gzipped at level 9 and the sizes summed: what a
 * server compressing with gzip sends; the hub does (hono's compress, at its own level). The note
 * also gives the raw bytes: what the browser parses.
 */
export const appFirstLoadGzipFigure: Figure = {
  name: 'app-first-load-gzip',
  about: 'KB (1,024 bytes), gzip level 9, of the JavaScript and CSS loaded before the first screen is usable (module graph from index.html, lazy chunks excluded)',
  run: () =>
    withBenchBuild(async ({ dir, manifest, chunks }) => {
      const files = firstLoadFiles(await readFile(join(dir, 'index.html'), 'utf8'), manifest);
      const sized = await Promise.all(
        files.map(async (f) => {
          const bytes = await readFile(join(dir, f.file));
          return { ...f, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
        }),
      );
      const gzip = sized.reduce((sum, f) => sum + f.gzip, 0);
      const raw = sized.reduce((sum, f) => sum + f.raw, 0);
      note(`app-first-load-gzip: ${sized.map((f) => `${f.file} ${kb(f.gzip)} KB gzip (${kb(f.raw)} KB raw; ${f.why})`).join('; ')}`);
      note(`app-first-load-gzip: ${kb(raw)} KB raw: what the browser parses once the gzipped files arrive`);
      const lazy = Object.values(manifest).filter((c) => c.isDynamicEntry).map((c) => c.file);
      note(`app-first-load-gzip: lazy chunks left out: ${lazy.length === 0 ? 'none' : lazy.join(', ')}`);

      const js = sized.filter((f) => f.file.endsWith('.js'));
      const jsGzip = js.reduce((sum, f) => sum + f.gzip, 0);
      const parts = moduleParts(chunks.filter((c) => js.some((f) => f.file === c.fileName)));
      note(
        `app-first-load-gzip: its JavaScript by part (share of the code before minification, ≈ gzip KB at that share): ${parts
          .slice(0, 10)
          .map((p) => `${p.part} ${(p.share * 100).toFixed(0)}% ≈${kb(p.share * jsGzip)} KB`)
          .join(', ')}`,
      );
      if (kb(gzip) > BUDGET_KB) note(`app-first-load-gzip: over the ${BUDGET_KB} KB budget by ${(kb(gzip) - BUDGET_KB).toFixed(1)} KB`);
      line('app-first-load-gzip', kb(gzip), 'KB');
    }),
};
