/** Fills a new array of `length` bytes from a cryptographic random source. */
export type RandomBytes = (length: number) => Uint8Array;

/**
 * Makes UUID version 7s (RFC 9562): 48 bits of Unix time in ms, then random bits. Ids sort by
 * creation time, which keeps IndexedDB and the hub's indexes append-mostly. Within one
 * millisecond a counter in the random part keeps them increasing. The core has no random source
 * of its own (it runs in the browser and in Node alike), so the app and the hub pass theirs.
 */
export function uuidv7Maker(randomBytes: RandomBytes): (now?: number | Date) => string {
  let lastMs = -1;
  let counter = 0;
  return (now = Date.now()) => {
    const ms = typeof now === 'number' ? now : now.getTime();
    const bytes = randomBytes(16);
    if (ms === lastMs) {
      counter = (counter + 1) & 0xfff;
    } else {
      lastMs = ms;
      counter = ((bytes[6]! & 0x07) << 8) | bytes[7]!; // start low in the range so it has room to count
    }
    let rest = ms;
    for (let i = 5; i >= 0; i--) {
      bytes[i] = rest % 256;
      rest = Math.floor(rest / 256);
    }
    bytes[6] = 0x70 | (counter >> 8); // version 7 + high bits of the counter
    bytes[7] = counter & 0xff;
    bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 9562 variant
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}
