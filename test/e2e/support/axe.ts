import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 AA and below (DESIGN §7). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core on the page as it is now and throws, listing each one, if it finds any serious
 * or critical violation. Returns every violation (minor and moderate ones too) for a closer look.
 * Axe is evaluated through the DevTools protocol, which the hub's Content-Security-Policy allows.
 */
export async function axeCheck(page: Page): Promise<Result[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  const results = (await page.evaluate(
    (tags) => (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<unknown> } }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
    }),
    TAGS,
  )) as AxeResults;
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (blocking.length > 0) {
    const lines = blocking.map(
      (v) => `- ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
    );
    throw new Error(`axe found ${blocking.length} serious or critical violation(s) on ${page.url()}:\n${lines.join('\n')}`);
  }
  return results.violations;
}
