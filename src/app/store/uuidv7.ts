import { uuidv7Maker } from '../../core/ids/uuidv7';

/** Ids made on the device: UUIDv7 from the browser's Web Crypto. */
export const uuidv7 = uuidv7Maker((length) => crypto.getRandomValues(new Uint8Array(length)));
