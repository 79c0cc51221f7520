import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './chromium';

/**
 * Browser tests never skip: when Debian's Chromium is missing, install it with apt (through
 * sudo unless we are root). Playwright's own browser downloads are never used.
 */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  const asRoot = process.getuid?.() === 0;
  const run = (args: string[]) => {
    const [command, ...rest] = asRoot ? args : ['sudo', ...args];
    execFileSync(command as string, rest, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  };
  console.log(`Chromium is not at ${CHROMIUM_PATH}: installing Debian's chromium package…`);
  run(['apt-get', 'update']);
  run(['apt-get', 'install', '-y', '--no-install-recommends', 'chromium']);
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`apt-get installed chromium, but there is still nothing at ${CHROMIUM_PATH}. Set CHROMIUM_PATH to where it is.`);
  }
}
