import { z } from 'zod';

// The windows run under a CSP without 'unsafe-eval'. Zod's first object parse probes `new Function`
// to decide whether to compile a fast parser; the probe's failure is caught, but Chromium still
// reports it as a securitypolicyviolation (the overlay's hostile-text e2e counts those). Jitless
// parsing is what the CSP allows anyway, so say so up front and skip the probe.
z.config({ jitless: true });
