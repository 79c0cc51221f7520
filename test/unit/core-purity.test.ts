import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// DESIGN §3: the core runs identically in a browser and in the hub, so it may import only zod
// and other core files. (Its tsconfig already hides DOM and Node globals from the type checker.)
const coreDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/core');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function importsOf(source: string): string[] {
  const specifiers = [...source.matchAll(/(?:import|export)[^'"`;]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g)];
  return specifiers.map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

function forbiddenImports(files: { path: string; source: string }[]): string[] {
  return files.flatMap(({ path, source }) =>
    importsOf(source)
      .filter((spec) => {
        if (spec === 'zod') return false;
        if (!spec.startsWith('.')) return true;
        return relative(coreDir, resolve(dirname(path), spec)).startsWith('..');
      })
      .map((spec) => `${relative(coreDir, path)} imports ${spec}`),
  );
}

describe('src/core purity', () => {
  it('imports only zod and other core files', () => {
    const files = sourceFiles(coreDir).map((path) => ({ path, source: readFileSync(path, 'utf8') }));
    expect(files.length).toBeGreaterThan(10);
    expect(forbiddenImports(files)).toEqual([]);
  });

  it('would catch a DOM, Dexie, Preact, Hono, database or node: import', () => {
    const bad = ['dexie', 'preact', '@preact/signals', 'hono', 'pg', '@electric-sql/pglite', 'node:fs', '../../app/store/db', '../hub/db'];
    const files = bad.map((spec, i) => ({ path: join(coreDir, `fake${i}.ts`), source: `import x from '${spec}';\n` }));
    expect(forbiddenImports(files)).toHaveLength(bad.length);
    expect(forbiddenImports([{ path: join(coreDir, 'ok.ts'), source: "import { z } from 'zod';\nimport { a } from './time';" }])).toEqual([]);
  });
});
