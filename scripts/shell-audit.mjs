// Audits the Electron shell with Electronegativity (run by `npm test` as the "audit" runner):
// main.ts, preload.ts, the shell policy and the three pages. Fails on any HIGH finding and on any
// finding that is not in REVIEWED below (each with why it is acceptable).
// AvailableSecurityFixesGlobalCheck is excluded: it fetches Electron's release list from GitHub with no
// timeout, and where the network drops packets instead of refusing them (CI) it hangs until our
// timeout and the audit fails. The Electron version is pinned in package.json and reviewed by hand.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REVIEWED = {
  CSP_GLOBAL_CHECK:
    "the CSP is present (header and meta); rated weak for style-src 'unsafe-inline', kept for styles set by components; scripts are 'self' only",
  OPEN_EXTERNAL_JS_CHECK:
    'only https links without credentials reach shell.openExternal (electron/shell/policy.ts mayOpenExternally, tested)',
  PRELOAD_JS_CHECK: 'the preload exposes only { kind, platform } through contextBridge; no Node API reaches the page',
};
const files = [
  'electron/main.ts',
  'electron/preload.ts',
  'electron/shell/policy.ts',
  'renderer/index.html',
  'renderer/console/index.html',
  'renderer/overlay/index.html',
];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lss-shell-audit-'));
for (const f of files) {
  fs.mkdirSync(path.join(dir, path.dirname(f)), { recursive: true });
  fs.copyFileSync(path.join(root, f), path.join(dir, f));
}
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).devDependencies.electron.replace(
  /^[^\d]*/,
  '',
);
// Called as a library, not through its CLI: the CLI's CSV output writes its header and its rows with two
// concurrent file writes, and on one clean-clone run the header landed over the first row (a finding
// read as garbage). The library hands the findings back as objects.
let findings;
try {
  const electronegativity = createRequire(import.meta.url)('@doyensec/electronegativity');
  const result = await electronegativity({
    input: dir,
    isRelative: true,
    isVerbose: false,
    electronVersionOverride: electronVersion,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    customScan: [],
    parserPlugins: [],
  });
  findings = result.issues;
} catch (error) {
  console.error(`shell-audit: electronegativity failed (${error?.stack ?? error}); is @doyensec/electronegativity installed (npm ci)?`);
  process.exit(1);
}
const rows = findings.map((i) => ({
  issue: i.id,
  severity: i.severity.name,
  confidence: i.confidence.name,
  file: i.file,
  location: `${i.location.line}:${i.location.column}`,
}));
fs.rmSync(dir, { recursive: true, force: true });
let bad = 0;
for (const r of rows) {
  const reviewed = r.severity !== 'HIGH' && REVIEWED[r.issue];
  if (!reviewed) bad++;
  console.log(
    `${reviewed ? 'reviewed' : 'FINDING '} ${r.severity}/${r.confidence} ${r.issue} ${r.file}:${r.location}${reviewed ? ` — ${reviewed}` : ''}`,
  );
}
console.log(`shell-audit: ${rows.length} finding(s), ${bad} not acceptable (files: ${files.join(', ')})`);
process.exit(bad === 0 ? 0 : 1);
