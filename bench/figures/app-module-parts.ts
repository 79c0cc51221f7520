import { fileURLToPath } from 'node:url';
import type { BuiltChunk } from './app-build';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export type ModulePart = { part: string; length: number; share: number };

/**
 * What the given chunks are made of, by package (node_modules/<name>) or by folder of our
 * code (src/core, src/app/ui, …): each part's code length before minification and its share
 * of the whole, largest first. Minification shrinks parts unevenly, so a share is a guide to
 * what to look at, not an exact split of the minified or gzipped size.
 */
export function moduleParts(chunks: BuiltChunk[]): ModulePart[] {
  const lengths = new Map<string, number>();
  let total = 0;
  for (const chunk of chunks) {
    for (const [id, length] of chunk.moduleLengths) {
      const part = partOf(id);
      lengths.set(part, (lengths.get(part) ?? 0) + length);
      total += length;
    }
  }
  return [...lengths]
    .map(([part, length]) => ({ part, length, share: total === 0 ? 0 : length / total }))
    .sort((a, b) => b.length - a.length);
}

function partOf(id: string): string {
  const path = id.replace(/\\/g, '/').replace(/\?.*$/, '');
  const inPackage = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
  if (inPackage) return inPackage[1]!;
  const root = ROOT.replace(/\\/g, '/');
  if (path.startsWith(root)) {
    const segments = path.slice(root.length).split('/');
    // src/app/ui/returns/x.tsx → src/app/ui; src/core/x.ts → src/core
    return segments.slice(0, segments[1] === 'app' ? 3 : 2).join('/');
  }
  return 'other (bundler helpers)';
}
