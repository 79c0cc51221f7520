import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { uuidv7Maker } from '../../../src/core/ids/uuidv7';
import { Id } from '../../../src/core/schemas';

const uuidv7 = uuidv7Maker((length) => new Uint8Array(randomBytes(length)));

describe('uuidv7', () => {
  it('is a version 7 UUID carrying the time, accepted as an id', () => {
    const id = uuidv7(Date.UTC(2026, 4, 12, 10));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.UTC(2026, 4, 12, 10));
    expect(Id.parse(id)).toBe(id);
  });

  it('sorts in the order made, within the same millisecond too', () => {
    const at = Date.UTC(2026, 4, 12, 10);
    const ids = [...Array.from({ length: 200 }, () => uuidv7(at)), uuidv7(at + 1), uuidv7(at + 2)];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('takes a Date as well as milliseconds', () => {
    const at = new Date(Date.UTC(2026, 6, 1, 9, 30));
    expect(parseInt(uuidv7(at).replace(/-/g, '').slice(0, 12), 16)).toBe(at.getTime());
  });
});
