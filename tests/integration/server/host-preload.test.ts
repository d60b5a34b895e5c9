// The host page as the build writes it (scripts/vite-host-preload.ts): a cold window asks for the
// window's code, the tab's screen and its language's strings with the page, not after the code that
// imports them has run. Needs the built pages (npm run build).
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';

const out = path.resolve('out/renderer');
const read = (file: string) => fs.readFileSync(path.join(out, file), 'utf8');
/** The chunks a built chunk imports statically (`from"./x.js"`, `import"./x.js"`). */
const importsOf = (file: string) => [...read(file).matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((m) => `assets/${m[1]}`);
const linked = (html: string, rel: string) =>
  [...html.matchAll(new RegExp(`<link rel="${rel}"[^>]*href="\\./([^"]+)"`, 'g'))].map((m) => m[1]!);
/** The chunk built from a source file, found by the name Vite gives it. */
const chunk = (name: string) => {
  const found = fs.readdirSync(path.join(out, 'assets')).filter((f) => new RegExp(`^${name}-[\\w-]+\\.js$`).test(f));
  expect(found, name).toHaveLength(1);
  return `assets/${found[0]}`;
};

/** Runs route-preload.js as the page would, and returns the links it added. */
function routeLinks(hash: string, saved: string | null, browserLanguage = 'en-GB') {
  const added: { rel: string; as?: string; href: string; crossOrigin?: string }[] = [];
  const document = {
    currentScript: { src: 'http://127.0.0.1:4000/assets/route-preload.js' },
    createElement: () => ({}) as (typeof added)[number],
    head: { appendChild: (l: (typeof added)[number]) => added.push(l) },
  };
  const context = {
    document,
    location: { hash },
    navigator: { language: browserLanguage },
    localStorage: { getItem: (key: string) => (key === 'lss.uiLanguage' ? saved : null) },
    URL,
    URLSearchParams,
  };
  vm.runInNewContext(read('assets/route-preload.js'), context);
  return added.map((l) => ({ ...l, file: new URL(l.href).pathname.slice(1) }));
}

beforeAll(() => {
  if (!fs.existsSync(path.join(out, 'index.html'))) throw new Error('the pages are not built: run "npm run build"');
});

describe('the host page’s preloads', () => {
  it('links boot and every chunk it imports, with their CSS, and runs the route script first and async', () => {
    const html = read('index.html');
    const modules = linked(html, 'modulepreload');
    // boot.tsx is in the window's UI chunk (electron.vite.config.ts, COLD_PATH_GROUPS).
    const boot = chunk('ui');
    expect(read(boot)).toMatch(/getElementById\(.root.\)/);
    const graph = new Set<string>();
    const visit = (file: string) => {
      if (graph.has(file)) return;
      graph.add(file);
      importsOf(file).forEach(visit);
    };
    visit(boot);
    expect(graph.size).toBeGreaterThanOrEqual(3);
    for (const file of graph) expect(modules, file).toContain(file);
    // Stylesheets, not preloads: Vite's helper then adds no second link and waits for no load event.
    expect(linked(html, 'stylesheet').length).toBeGreaterThan(1);
    expect(html).not.toContain('as="style"');
    const scripts = [...html.matchAll(/<script[^>]*src="\.\/([^"]+)"/g)].map((m) => m[0]);
    expect(scripts[0]).toContain('async src="./assets/route-preload.js"');
    for (const file of modules) expect(fs.existsSync(path.join(out, file)), file).toBe(true);
    // The contract's schemas (every domain's zod schemas, built when evaluated) are not on the cold path.
    expect(graph).not.toContain(chunk('contract'));
    // Nor the console's own code (a moderator's link opened in this page fetches it then).
    expect(graph).not.toContain(chunk('ConsoleApp'));
    for (const tab of ['review', 'report'])
      expect(routeLinks(`#tab=${tab}&show=1`, null).map((l) => l.file)).not.toContain(chunk('contract'));
  });

  it('a cold Review or Report window asks for at most 12 files (Chromium opens 6 connections per host)', () => {
    const html = read('index.html');
    const page = [
      ...[...html.matchAll(/src="\.\/([^"]+)"/g)].map((m) => m[1]!),
      ...linked(html, 'modulepreload'),
      ...linked(html, 'stylesheet'),
    ];
    expect(page.length).toBeLessThanOrEqual(8);
    for (const tab of ['review', 'report']) {
      const files = new Set([...page, ...routeLinks(`#token=t&tab=${tab}&show=1`, null).map((l) => l.file)]);
      expect(files.size, [...files].join(' ')).toBeLessThanOrEqual(12);
    }
  });

  it('the route script adds the Review screen’s chunks for tab=review, the report’s (not its trend chart’s) for tab=report, nothing for another tab', () => {
    const review = routeLinks('#token=t&tab=review&show=3', null).map((l) => l.file);
    expect(review).toContain(chunk('ReviewScreen'));
    for (const file of importsOf(chunk('ReviewScreen')))
      expect(review.concat(linked(read('index.html'), 'modulepreload')), file).toContain(file);
    expect(review).not.toContain(chunk('ReportCharts'));
    // A cart's page is fetched after the table paints, not with it.
    expect(review).not.toContain(chunk('CartPage'));

    const report = routeLinks('#token=t&tab=report&show=3', null).map((l) => l.file);
    expect(report).toContain(chunk('ReportScreen'));
    // The trend's recharts chunk is drawn after the first paint: not on the cold path (the timeline is plain SVG).
    expect(report).not.toContain(chunk('ReportCharts'));
    expect(report).not.toContain(chunk('ReviewScreen'));

    const studio = routeLinks('#token=t', null).map((l) => l.file);
    expect(studio).toEqual([chunk('en')]);
    for (const l of routeLinks('#token=t&tab=review&show=3', null)) {
      expect(fs.existsSync(path.join(out, l.file)), l.file).toBe(true);
      expect(l.crossOrigin).toBe('');
      expect(l.rel).toBe(l.file.endsWith('.css') ? 'stylesheet' : 'modulepreload');
    }
  });

  it('the route script adds the strings of the window’s language: the saved one, else the browser’s, else English', () => {
    const strings = (saved: string | null, browser?: string) =>
      routeLinks('#token=t', saved, browser)
        .map((l) => l.file)
        .filter((f) => /^assets\/(en|pl|kk)-/.test(f));
    expect(strings('pl')).toEqual([chunk('pl')]);
    expect(strings('kk', 'pl-PL')).toEqual([chunk('kk')]);
    expect(strings(null, 'pl-PL')).toEqual([chunk('pl')]);
    expect(strings(null, 'de-DE')).toEqual([chunk('en')]);
  });

  it('zod is on no cold path: not in the page’s scripts, boot’s graph or the Review/Report links', () => {
    const html = read('index.html');
    const cold = new Set([
      ...[...html.matchAll(/src="\.\/([^"]+\.js)"/g)].map((m) => m[1]!),
      ...linked(html, 'modulepreload'),
      ...['review', 'report'].flatMap((tab) => routeLinks(`#tab=${tab}&show=1`, 'pl').map((l) => l.file)),
    ]);
    expect(cold.size).toBeGreaterThan(10);
    const withZod = [...cold].filter((f) => f.endsWith('.js') && /ZodError|\$ZodType/.test(read(f)));
    expect(withZod).toEqual([]);
    // …while the chunk with the contract's schemas has it (the check can see zod where it is).
    expect(read(chunk('contract'))).toMatch(/ZodError|\$ZodType|_zod/);
  });

  it('only the host page carries them: the console and the overlay keep Vite’s HTML', () => {
    for (const page of ['console/index.html', 'overlay/index.html']) {
      const html = read(page);
      expect(html, page).not.toContain('route-preload');
      // Vite's own links: exactly what its entry imports statically, nothing the host plugin adds.
      const entry = /<script type="module"[^>]*src="\.\.\/([^"]+)"/.exec(html)?.[1];
      expect(entry, page).toBeTruthy();
      const graph = new Set<string>();
      const visit = (file: string) => {
        if (graph.has(file)) return;
        graph.add(file);
        importsOf(file).forEach(visit);
      };
      visit(entry!);
      graph.delete(entry!);
      const links = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\.\.\/([^"]+)"/g)].map((m) => m[1]!);
      expect(new Set(links), page).toEqual(graph);
    }
  });

  it('each language’s strings are in its own chunk and in no other', () => {
    const assets = fs.readdirSync(path.join(out, 'assets')).filter((f) => f.endsWith('.js'));
    const holding = (text: string) => assets.filter((f) => read(`assets/${f}`).includes(text)).map((f) => `assets/${f}`);
    const title = (code: string) => (JSON.parse(read(`../../shared/i18n/${code}.json`)) as { app: { console: string } }).app.console;
    for (const code of ['en', 'pl', 'kk']) expect(holding(title(code)), code).toEqual([chunk(code)]);
  });
});
