import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';

// The version shown in the footer. APP_BUILD_ID lets a build (e.g. the browser tests) make a
// "new version" whose bundle, and so whose service worker precache list, differs.
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const buildId = process.env.APP_BUILD_ID?.trim();
const appVersion = buildId ? `${pkg.version}+${buildId}` : pkg.version;

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(appVersion) },
  resolve: { dedupe: ['preact'] },
  // The polyfill only helps browsers without <link rel="modulepreload">, and our one entry
  // script has nothing to preload: lazy chunks are fetched by Vite's own preload helper.
  build: { modulePreload: { polyfill: false } },
  plugins: [
    preact(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'sw',
      filename: 'sw.ts',
      // We register ourselves (src/app/sw-bridge.ts) and only ever reload when the person chooses.
      registerType: 'prompt',
      injectRegister: false,
      // Every chunk, lazy screens included (src/app/ui/lazyPages.tsx): each screen must open
      // offline, even one never visited while online. (The plugin's default, said out loud.)
      injectManifest: { globPatterns: ['**/*.{js,css,html}'] },
      // Precached besides the built js/css/html; the manifest and its icons are added by the plugin.
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
      manifest: {
        name: 'Consortium Returns',
        short_name: 'Returns',
        description:
          'Record contacts, outcomes, volunteer hours and spend, and send quarterly monitoring returns to your consortium hub — online or offline.',
        lang: 'en-GB',
        theme_color: '#1d70b8',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '/',
        scope: '/',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
  server: {
    proxy: { '/api': process.env.HUB_URL ?? 'http://localhost:8787' },
  },
});
