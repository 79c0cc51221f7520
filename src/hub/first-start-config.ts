import type { HubOptions } from './config';

export interface FirstStartConfig {
  demo: boolean;
  resetStaffPassword: boolean;
  staffEmail: string | undefined;
}

/** The start-up data settings: options win over DEMO, RESET_STAFF_PASSWORD and HUB_STAFF_EMAIL. */
export function resolveFirstStart(options: HubOptions, env: NodeJS.ProcessEnv = process.env): FirstStartConfig {
  return {
    demo: options.demo ?? env.DEMO?.trim() !== '0',
    resetStaffPassword: options.resetStaffPassword ?? env.RESET_STAFF_PASSWORD?.trim() === '1',
    staffEmail: options.staffEmail ?? (env.HUB_STAFF_EMAIL?.trim() || undefined),
  };
}
