// The windows run under a CSP without 'unsafe-eval'. Zod's first object parse probes `new Function`
// to decide whether to compile a fast parser; the probe's failure is caught, but Chromium still
// reports it as a securitypolicyviolation (the overlay's hostile-text e2e counts those). Jitless
// parsing is what the CSP allows anyway, so say so up front and skip the probe.
//
// Said without importing zod: zod keeps its configuration on globalThis.__zod_globalConfig (what
// z.config() writes; zod/v4/core/core.js) and reads it when a schema is built and parsed, so the first
// script of every window sets it and zod itself loads only with the screens that parse (the Review and
// Report tabs' cold loads never do). tests/unit/renderer/zod-jitless.test.ts holds zod to this.
const zodGlobal = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(zodGlobal.__zod_globalConfig ??= {}).jitless = true;

export {};
