import { inject } from 'vitest';

/** A build of the app made once by test/e2e/global-setup.ts. */
export interface AppBuild {
  /** Folder to serve (give it to startTestHub). */
  dir: string;
  /** What the footer shows: "Version <version>". */
  version: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The app as it would be deployed. */
    appBuild: AppBuild;
    /** The same app built as a newer version, for update tests. */
    appBuildNext: AppBuild;
  }
}

export const appBuild = (): AppBuild => inject('appBuild');
export const appBuildNext = (): AppBuild => inject('appBuildNext');
