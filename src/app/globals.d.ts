// Set by vite.config.ts `define`: package.json version, plus "+APP_BUILD_ID" when one is given.
declare const __APP_VERSION__: string;
