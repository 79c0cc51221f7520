import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import type { AppBuild } from './support/app-builds';
import { buildApp } from './support/build-app';
import { ensureChromium } from './support/install-chromium';

/**
 * Once per run of the browser tests: make sure Chromium is there, then build the app twice —
 * the version under test and a newer one for update tests — and hand both folders to the
 * tests (`appBuild()` / `appBuildNext()` from ./support/app-builds). Both are deleted afterwards.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureChromium();
  const root = await mkdtemp(join(tmpdir(), 'consortium-returns-e2e-'));
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  const make = async (buildId: string): Promise<AppBuild> => {
    const dir = join(root, buildId);
    await buildApp(dir, buildId);
    return { dir, version: `${version}+${buildId}` };
  };
  project.provide('appBuild', await make('e2e-1'));
  project.provide('appBuildNext', await make('e2e-2'));
  return () => rm(root, { recursive: true, force: true });
}
