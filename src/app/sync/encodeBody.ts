/** A request body and the headers that describe it. */
export type EncodedBody = { body: Uint8Array<ArrayBuffer> | string; headers: Record<string, string> };

/**
 * JSON for the hub, gzipped with the platform's CompressionStream where there is one (every
 * current browser and Node ≥ 18). A push of records is repetitive JSON, so it shrinks to a
 * fraction: less time on a venue's slow wifi. The body is bytes in memory, not a stream, so a
 * retry or a test's duplicated delivery can send it again.
 */
export async function encodeJsonBody(value: unknown, { compress }: { compress: boolean }): Promise<EncodedBody> {
  const json = JSON.stringify(value);
  if (!compress || typeof CompressionStream === 'undefined') {
    return { body: json, headers: { 'Content-Type': 'application/json' } };
  }
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('gzip'));
  const body = new Uint8Array(await new Response(stream).arrayBuffer());
  return { body, headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' } };
}
