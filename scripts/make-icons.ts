// Writes the app icons into public/ (no image tool needed): a flat blue square with a white
// bar chart — three rising bars on a baseline, for "returns filling up".
// Run: npx tsx scripts/make-icons.ts   (the PNGs it writes are committed)
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rect = { x: number; y: number; w: number; h: number };
type Rgb = readonly [number, number, number];

const BLUE: Rgb = [0x1d, 0x70, 0xb8];
const WHITE: Rgb = [0xff, 0xff, 0xff];

// The mark, in fractions of the icon's side.
const MARK: Rect[] = [
  { x: 0.23, y: 0.515, w: 0.14, h: 0.22 },
  { x: 0.43, y: 0.375, w: 0.14, h: 0.36 },
  { x: 0.63, y: 0.215, w: 0.14, h: 0.52 },
  { x: 0.19, y: 0.735, w: 0.62, h: 0.05 },
];

/** Shrinks the mark towards the centre: maskable icons must keep it inside the safe circle. */
function scaled(rects: Rect[], factor: number): Rect[] {
  const at = (v: number) => 0.5 + (v - 0.5) * factor;
  return rects.map((r) => ({ x: at(r.x), y: at(r.y), w: r.w * factor, h: r.h * factor }));
}

function pixels(size: number, rects: Rect[]): Buffer {
  const stride = 1 + size * 3; // a filter byte (0 = none) then RGB per pixel
  const data = Buffer.alloc(stride * size);
  const inside = (px: number, py: number) =>
    rects.some((r) => px >= r.x * size && px < (r.x + r.w) * size && py >= r.y * size && py < (r.y + r.h) * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const [r, g, b] = inside(x + 0.5, y + 0.5) ? WHITE : BLUE;
      data.set([r, g, b], y * stride + 1 + x * 3);
    }
  }
  return data;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, body: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

export function png(size: number, rects: Rect[]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour RGB, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels(size, rects), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function svg(rects: Rect[]): string {
  const hex = (c: Rgb) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  const n = (v: number) => Math.round(v * 10000) / 100;
  const bars = rects
    .map((r) => `<rect x="${n(r.x)}" y="${n(r.y)}" width="${n(r.w)}" height="${n(r.h)}"/>`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">` +
    `<rect width="100" height="100" rx="12" fill="${hex(BLUE)}"/><g fill="${hex(WHITE)}">${bars}</g></svg>\n`
  );
}

const out = new URL('../public/', import.meta.url);
mkdirSync(new URL('icons/', out), { recursive: true });
writeFileSync(new URL('icons/icon-192.png', out), png(192, MARK));
writeFileSync(new URL('icons/icon-512.png', out), png(512, MARK));
writeFileSync(new URL('icons/icon-maskable-512.png', out), png(512, scaled(MARK, 0.7)));
writeFileSync(new URL('icons/apple-touch-icon.png', out), png(180, scaled(MARK, 0.85)));
writeFileSync(new URL('favicon.svg', out), svg(MARK));
console.log('icons written to public/');
