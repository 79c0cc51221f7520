import { startHub } from '../../../src/hub/server';

export type TestHub = Awaited<ReturnType<typeof startHub>>;

/**
 * A hub serving the built app in `distDir` with an in-memory database, on a free port (or on
 * `port`, e.g. to stand in for a hub that was just closed, as after a deployment).
 */
export function startTestHub(distDir: string, options: { port?: number } = {}): Promise<TestHub> {
  return startHub({ port: options.port ?? 0, host: '127.0.0.1', dataDir: 'memory://', distDir, log: () => {} });
}
