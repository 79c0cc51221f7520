import type { Manifest, ManifestChunk } from 'vite';

/** A file the browser fetches before the first screen can be used, and why. */
export type FirstLoadFile = { file: string; why: string };

/**
 * The JavaScript and CSS a first visit loads before the app can be used, following the real
 * module graph of the build: the module scripts, modulepreload links and stylesheets in
 * index.html, then every chunk they import statically and the CSS those chunks import, as
 * Vite's build manifest records them. Dynamic imports (lazy chunks such as the hub pages) are
 * left out: nothing waits for them. Paths are relative to the build folder ('assets/x.js').
 */
export function firstLoadFiles(indexHtml: string, manifest: Manifest): FirstLoadFile[] {
  const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, { key, chunk }]));
  const found = new Map<string, string>();
  const add = (file: string, why: string) => {
    if (!found.has(file)) found.set(file, why);
  };

  const visit = (key: string, chunk: ManifestChunk, why: string) => {
    if (found.has(chunk.file)) return;
    add(chunk.file, why);
    for (const css of chunk.css ?? []) add(css, `CSS imported by ${chunk.file}`);
    for (const imported of chunk.imports ?? []) {
      const next = manifest[imported];
      if (!next) throw new Error(`The build manifest names ${imported} (imported by ${key}) but has no entry for it`);
      visit(imported, next, `static import of ${chunk.file}`);
    }
  };

  for (const tag of tagsIn(indexHtml)) {
    const script = tag.name === 'script' && tag.attrs.type === 'module' && tag.attrs.src;
    const preload = tag.name === 'link' && tag.attrs.rel === 'modulepreload' && tag.attrs.href;
    const stylesheet = tag.name === 'link' && tag.attrs.rel === 'stylesheet' && tag.attrs.href;
    if (script || preload) {
      const file = builtPath((script || preload) as string);
      const entry = byFile.get(file);
      if (!entry) throw new Error(`index.html loads ${file}, which the build manifest does not know`);
      visit(entry.key, entry.chunk, script ? 'module script in index.html' : 'modulepreload link in index.html');
    } else if (stylesheet) {
      add(builtPath(stylesheet), 'stylesheet in index.html');
    }
  }
  if (found.size === 0) throw new Error('index.html loads no module script or stylesheet: is this the built index.html?');
  return [...found].map(([file, why]) => ({ file, why }));
}

type Tag = { name: string; attrs: Record<string, string> };

/** The <script> and <link> tags of an HTML file, with their attributes (lower-cased names). */
function tagsIn(html: string): Tag[] {
  const tags: Tag[] = [];
  for (const match of html.matchAll(/<(script|link)\b([^>]*)>/gi)) {
    const attrs: Record<string, string> = {};
    for (const a of match[2]!.matchAll(/([a-z-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/gi)) {
      attrs[a[1]!.toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
    }
    tags.push({ name: match[1]!.toLowerCase(), attrs });
  }
  return tags;
}

/** '/assets/x.js' (the app is served from '/') → 'assets/x.js'. */
function builtPath(url: string): string {
  if (/^[a-z]+:\/\//i.test(url)) throw new Error(`index.html loads ${url} from another origin; the bench measures only the app's own files`);
  return url.replace(/^\.?\//, '');
}
