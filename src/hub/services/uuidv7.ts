import { randomBytes } from 'node:crypto';
import { uuidv7Maker } from '../../core/ids/uuidv7';

/** Ids made at the hub: UUIDv7 from Node's random source. */
export const uuidv7 = uuidv7Maker((length) => new Uint8Array(randomBytes(length)));
