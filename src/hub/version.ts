import { readFileSync } from 'node:fs';

let version: string | undefined;

/** The hub's version: package.json's, read once, from beside the source so any cwd works. */
export function readVersion(): string {
  version ??= (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string })
    .version;
  return version;
}
