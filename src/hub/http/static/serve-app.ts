import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { Context, MiddlewareHandler } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import { PROBLEMS, problemResponse } from '../problems';
import { cacheControlFor, REVALIDATE } from './cache-policy';

/**
 * Serves the built app from `distDir` for GET and HEAD outside /api: a file if it exists,
 * index.html for any other path without a file extension (the app routes on the client),
 * and otherwise passes on (to the 404 problem). Files are read whole: the app's files are small.
 */
export function serveApp(distDir: string): MiddlewareHandler {
  const root = resolve(distDir);
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const relative = safeRelativePath(c.req.path);
    if (relative === undefined) return next();

    if (relative !== '' && !relative.endsWith('/')) {
      const file = await fileAt(root, relative);
      if (file) return sendFile(c, file, relative);
      if (extname(relative) !== '') return next();
    }
    const index = await fileAt(root, 'index.html');
    if (!index) {
      return problemResponse(
        c,
        PROBLEMS.appNotBuilt,
        `There is no built app in ${distDir}. Run \`npm run build\` (or \`npm start\`, which builds it) and reload.`,
      );
    }
    return sendFile(c, index, 'index.html');
  };
}

interface FoundFile {
  path: string;
  size: number;
  mtimeMs: number;
}

/** The decoded path without its leading '/', or undefined if it could escape the root. */
function safeRelativePath(requestPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  if (decoded.split('/').some((segment) => segment === '..' || segment === '.')) return undefined;
  return decoded.replace(/^\/+/, '');
}

async function fileAt(root: string, relative: string): Promise<FoundFile | undefined> {
  const path = resolve(root, relative);
  if (!path.startsWith(root + sep)) return undefined;
  try {
    const stats = await stat(path);
    return stats.isFile() ? { path, size: stats.size, mtimeMs: stats.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

async function sendFile(c: Context, file: FoundFile, relative: string): Promise<Response> {
  const etag = `W/"${file.size.toString(16)}-${Math.floor(file.mtimeMs).toString(16)}"`;
  const headers: Record<string, string> = {
    'Content-Type': getMimeType(file.path) ?? 'application/octet-stream',
    'Cache-Control': relative === 'index.html' ? REVALIDATE : cacheControlFor(relative),
    ETag: etag,
  };
  if (matchesEtag(c.req.header('If-None-Match'), etag)) return c.body(null, 304, headers);
  headers['Content-Length'] = String(file.size);
  if (c.req.method === 'HEAD') return c.body(null, 200, headers);
  return c.body(await readFile(file.path), 200, headers);
}

function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag.replace(/^W\//, '');
  });
}
