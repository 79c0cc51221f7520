import { gunzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { PROBLEMS, problemResponse, ProblemError } from '../problems';

/**
 * Accepts a request body sent with `Content-Encoding: gzip` (devices compress pushes with the
 * browser's CompressionStream). The size limit applies again after decompression, so a small
 * "zip bomb" cannot make the hub hold a huge body. Other encodings get 415.
 */
export function gunzipBody(maxBytes: number): MiddlewareHandler {
  return async (c, next) => {
    const encoding = (c.req.header('Content-Encoding') ?? 'identity').trim().toLowerCase();
    if (encoding === 'identity') return next();
    if (encoding !== 'gzip') {
      throw new ProblemError('unsupportedContentEncoding', `Send the body uncompressed or with Content-Encoding: gzip (got '${encoding}').`);
    }
    // From the raw request, not c.req.arrayBuffer(): hono would cache the compressed bytes and
    // hand them to the JSON parser later.
    const compressed = Buffer.from(await c.req.raw.arrayBuffer());
    let body: Buffer;
    try {
      body = await new Promise<Buffer>((resolve, reject) =>
        gunzip(compressed, { maxOutputLength: maxBytes }, (error, result) => (error ? reject(error) : resolve(result))),
      );
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        return problemResponse(
          c,
          PROBLEMS.bodyTooLarge,
          `The request body is larger than the hub accepts (${maxBytes} bytes once decompressed). Send less in each request.`,
        );
      }
      throw new ProblemError('invalidCompressedBody', `The body is marked gzip but could not be decompressed: ${(error as Error).message}.`);
    }
    // Hand the text to the body parser through hono's own body cache: a new Request around the
    // bytes would cost another trip through a web stream.
    // (hono keeps promises there, whatever its type says.)
    (c.req.bodyCache as { text?: Promise<string> }).text = Promise.resolve(body.toString('utf8'));
    await next();
  };
}
