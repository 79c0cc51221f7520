import { describe, expect, it } from 'vitest';
import type { LaunchedBrowser } from './support/chromium';
import type { TestHub } from './support/hub';
import { hubAndBrowserForFile } from './support/hub-and-browser';
import { waitForServiceWorkerControl } from './support/service-worker';

type Icon = { src: string; sizes: string; type: string; purpose?: string };

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = '89504e470d0a1a0a';
  if (bytes.subarray(0, 8).toString('hex') !== signature || bytes.subarray(12, 16).toString('ascii') !== 'IHDR') {
    throw new Error('not a PNG');
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('installing the app', () => {
  let hub: TestHub;
  let browser: LaunchedBrowser;

  hubAndBrowserForFile((h, b) => {
    hub = h;
    browser = b;
  });

  it('serves a web manifest with everything an install needs', async () => {
    const response = await fetch(new URL('/manifest.webmanifest', hub.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    const manifest = (await response.json()) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      name: 'Consortium Returns',
      short_name: expect.any(String),
      description: expect.any(String),
      theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
      background_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
      display: 'standalone',
      start_url: '/',
      scope: '/',
    });

    const icons = manifest.icons as Icon[];
    const described = icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`).sort();
    expect(described).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of icons) {
      const image = await fetch(new URL(icon.src, hub.url));
      expect(image.headers.get('content-type'), icon.src).toBe('image/png');
      const { width, height } = pngSize(Buffer.from(await image.arrayBuffer()));
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
    }
  });

  it('is installable, as Chromium judges it', async () => {
    const { context, page } = browser;
    await page.goto(hub.url);
    await waitForServiceWorkerControl(page);
    const cdp = await context.newCDPSession(page);

    const { errors, url } = await cdp.send('Page.getAppManifest');
    expect(url).toBe(new URL('/manifest.webmanifest', hub.url).href);
    expect(errors).toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  });
});
