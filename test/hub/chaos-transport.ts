// A network that misbehaves on purpose, for the chaos test: seeded, so a failing run can be
// replayed with the same CHAOS_SEED. It sits between a device's sync client and the hub.
import type { Transport } from '../../src/app/sync/types';

export type FaultKind =
  | 'drop-request'
  | 'drop-response'
  | 'server-error'
  | 'timeout'
  | 'duplicate'
  | 'delay'
  | 'late-delivery'
  | 'hub-restart';

export type FaultRates = Partial<Record<Exclude<FaultKind, 'late-delivery'>, number>>;

export const CHAOS_RATES: FaultRates = {
  'drop-request': 0.05,
  'drop-response': 0.05,
  'server-error': 0.05,
  timeout: 0.04,
  duplicate: 0.05,
  delay: 0.05,
  'hub-restart': 0.01,
};

/** Mulberry32: a small, fast, seeded PRNG (tests only). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface ChaosNetwork {
  /** A transport for one device through this network. */
  transport(): Transport;
  /** Turns faults on or off (off: every request goes straight through). */
  setFaults(on: boolean): void;
  /** Delivers every delayed request now, in random order, ignoring the answers. */
  flushDelayed(): Promise<void>;
  /** How many faults of each kind were injected. */
  counts: Record<FaultKind, number>;
  requests: number;
}

type Deliver = (path: string, init: RequestInit) => Promise<Response>;

/**
 * `deliver` sends a request to the hub; `restart` stops and starts the hub on the same data.
 * Faults, each with its rate per request:
 * - drop-request: the request never arrives; the device sees a network error.
 * - drop-response: the hub acts on it, the device never hears (network error).
 * - server-error: a 500, half the time after the hub acted on it (a proxy failing late).
 * - timeout: the device stops waiting; the hub acted on it or not.
 * - duplicate: the request arrives twice; the device gets one of the answers.
 * - delay: the request is held back and the device times out; it arrives later, out of order,
 *   before some other request (late-delivery), or at the end.
 * - hub-restart: the hub stops and starts before the request arrives.
 */
export function chaosNetwork(deliver: Deliver, restart: () => Promise<void>, random: () => number, rates: FaultRates = CHAOS_RATES): ChaosNetwork {
  const counts: Record<FaultKind, number> = {
    'drop-request': 0,
    'drop-response': 0,
    'server-error': 0,
    timeout: 0,
    duplicate: 0,
    delay: 0,
    'late-delivery': 0,
    'hub-restart': 0,
  };
  const delayed: { path: string; init: RequestInit }[] = [];
  let faults = true;
  let restarting: Promise<void> | null = null;

  const quietly = (path: string, init: RequestInit) => deliver(path, init).then((r) => r.arrayBuffer()).catch(() => undefined);
  const networkError = () => new TypeError('fetch failed (chaos: connection lost)');
  const timeoutError = () => new DOMException('chaos: the device stopped waiting', 'TimeoutError');

  const pick = (): Exclude<FaultKind, 'late-delivery'> | null => {
    let roll = random();
    for (const [kind, rate] of Object.entries(rates) as [Exclude<FaultKind, 'late-delivery'>, number][]) {
      if (roll < rate) return kind;
      roll -= rate;
    }
    return null;
  };

  const network: ChaosNetwork = {
    counts,
    requests: 0,
    setFaults(on) {
      faults = on;
    },
    async flushDelayed() {
      while (delayed.length > 0) {
        const [late] = delayed.splice(Math.floor(random() * delayed.length), 1);
        counts['late-delivery'] += 1;
        await quietly(late!.path, late!.init);
      }
    },
    transport: () => async (path, init) => {
      network.requests += 1;
      // A request that is not the device's own any more must not carry its abort signal.
      const { signal: _signal, ...plain } = init;
      // While the hub restarts, requests find nobody listening (deliver rejects), as they would.
      if (!faults) return deliver(path, init);
      if (delayed.length > 0 && random() < 0.3) {
        const [late] = delayed.splice(Math.floor(random() * delayed.length), 1);
        counts['late-delivery'] += 1;
        await quietly(late!.path, late!.init);
      }
      const fault = pick();
      if (fault) counts[fault] += 1;
      switch (fault) {
        case 'drop-request':
          throw networkError();
        case 'drop-response':
          await quietly(path, plain);
          throw networkError();
        case 'server-error':
          if (random() < 0.5) await quietly(path, plain);
          return new Response(JSON.stringify({ status: 500, code: '500.1', detail: 'chaos: the hub failed' }), {
            status: 500,
            headers: { 'Content-Type': 'application/problem+json' },
          });
        case 'timeout':
          if (random() < 0.5) await quietly(path, plain);
          throw timeoutError();
        case 'duplicate': {
          const first = await deliver(path, plain);
          const second = await deliver(path, plain);
          return random() < 0.5 ? first : second;
        }
        case 'delay':
          delayed.push({ path, init: plain });
          throw timeoutError();
        case 'hub-restart':
          restarting ??= restart().finally(() => {
            restarting = null;
          });
          await restarting;
          return deliver(path, init);
        default:
          return deliver(path, init);
      }
    },
  };
  return network;
}
