import type { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { ApiDeps } from '../api-deps';
import { authRoutes } from './auth';
import { deviceRoutes, memberRoutes } from './devices';
import { enrolRoutes } from './enrol';
import { enrolmentCodeRoutes } from './enrolment-codes';
import { extensionRoutes } from './extensions';
import { paymentRoutes } from './payments';
import { primeContractRoutes } from './prime-contracts';
import { queryRoutes } from './queries';
import { returnRoutes } from './returns';
import { syncPullRoutes } from './sync-pull';
import { syncPushRoutes } from './sync-push';
import { passwordRoutes, teamRoutes } from './team';

/**
 * The staff and device API. Hub staff authenticate with the session cookie (+ x-csrf-token to
 * change anything); devices with `Authorization: Bearer <token>`; POST /api/enrol needs neither.
 */
export function registerApiRoutes(app: Hono, deps: ApiDeps, maxBodyBytes: number): void {
  app.route('/api/auth', authRoutes(deps));
  app.route('/api/auth', passwordRoutes(deps));
  app.route('/api/staff', teamRoutes(deps));
  app.route('/api/members', enrolmentCodeRoutes(deps));
  app.route('/api/members', memberRoutes(deps));
  app.route('/api/devices', deviceRoutes(deps));
  app.route('/api/enrol', enrolRoutes(deps));
  app.route('/api/prime-contracts', primeContractRoutes(deps));
  app.route('/api/returns', returnRoutes(deps));
  app.route('/api/queries', queryRoutes(deps));
  app.route('/api/extensions', extensionRoutes(deps));
  app.route('/api/sub-contracts', paymentRoutes(deps));
  // Sync answers go to tablets on poor wifi: gzip them when the device accepts it (browsers do).
  app.use('/api/sync/*', compress({ encoding: 'gzip' }));
  app.use('/api/enrol', compress({ encoding: 'gzip' }));
  app.route('/api/sync/push', syncPushRoutes(deps, maxBodyBytes));
  app.route('/api/sync/pull', syncPullRoutes(deps));
}
