/** One year: Vite puts a content hash in every file name under assets/, so it never changes. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** May be stored, but must be revalidated (a cheap 304) before each use. */
export const REVALIDATE = 'no-cache';

/**
 * Cache-Control for a file of the built app, by its path relative to dist ('assets/x.js').
 * Only hashed assets are cacheable: index.html, manifest.webmanifest, sw.js, registerSW.js and
 * workbox files keep their names across versions, and a stale service worker or page would
 * hold people on an old version of the app.
 */
export function cacheControlFor(relativePath: string): string {
  return relativePath.startsWith('assets/') ? IMMUTABLE : REVALIDATE;
}
