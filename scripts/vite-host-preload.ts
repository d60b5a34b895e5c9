import type { Plugin, Rollup } from 'vite';
import { UI_LANGUAGE_STORAGE_KEY, UI_LANGUAGES } from '../renderer/lib/ui-languages';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/**
 * The host window's cold load without a waterfall. Vite's own HTML names only the entry's static
 * imports; the window's code (host/boot.tsx) and the screen the address opens are dynamic imports,
 * so the browser learned of them only after the entry's chunks had arrived and run (~100 ms in a
 * trace of a cold Review load), and fetched them then. After the build this writes into the host
 * page (only that page: the console and the overlay keep Vite's HTML):
 *
 * - `<link rel="modulepreload">` (and `rel="preload" as="style"` for its CSS) for boot and every chunk
 *   it imports, fetched in parallel with the entry;
 * - a small async classic script, first in <head>, that reads the address's hash (`tab=review`,
 *   `tab=report`) and adds the same links for that screen's chunks, and
 *   for the strings of the window's language (chosen as renderer/lib/i18n.ts chooses it). A file,
 *   not inline: the page's CSP allows no inline script.
 *
 * Vite's preload helper sees these links and adds no second request; the same chunks load as before,
 * only earlier. The screens are named by their source file so a renamed chunk cannot slip out.
 */
const BOOT = 'renderer/host/boot.tsx';
const SCREENS: Record<string, string[]> = {
  review: ['renderer/screens/review/ReviewScreen.tsx'],
  // Not the trend's recharts chunk: it is drawn after the first paint (lazy-charts.ts).
  report: ['renderer/screens/report/ReportScreen.tsx'],
};
const HOST_PAGE = 'index.html';
export const ROUTE_PRELOAD_FILE = 'assets/route-preload.js';

const chunks = (bundle: OutputBundle) => Object.values(bundle).filter((f): f is OutputChunk => f.type === 'chunk');

function chunkOf(bundle: OutputBundle, source: string): OutputChunk {
  const built = (id: string | null) => !!id && id.replaceAll('\\', '/').endsWith(source);
  // Its own chunk, or the chunk a group put it in (electron.vite.config.ts, codeSplitting).
  const found = chunks(bundle).find((c) => built(c.facadeModuleId)) ?? chunks(bundle).find((c) => c.moduleIds.some(built));
  if (!found) throw new Error(`host-preload: no chunk built from ${source}`);
  return found;
}

/** The chunk and every chunk it imports statically (what must arrive before it runs), then their CSS. */
function staticGraph(bundle: OutputBundle, from: OutputChunk): string[] {
  const seen = new Set<string>();
  const css = new Set<string>();
  const visit = (fileName: string) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    const chunk = bundle[fileName];
    if (!chunk || chunk.type !== 'chunk') return;
    for (const file of chunk.viteMetadata?.importedCss ?? []) css.add(file);
    for (const file of chunk.imports) visit(file);
  };
  visit(from.fileName);
  return [...seen, ...css];
}

// CSS as a stylesheet, not a preload: Vite's preload helper skips a stylesheet the page already has, but
// for a preloaded one it adds the stylesheet and waits for its load event before the chunk runs (a trace
// of a cold Review load: ~25 ms for boot's, again for the screen's, with the bytes long in the cache).
const linkTag = (file: string) =>
  file.endsWith('.css')
    ? `<link rel="stylesheet" crossorigin href="./${file}">`
    : `<link rel="modulepreload" crossorigin href="./${file}">`;

export function hostPreload(): Plugin {
  return {
    name: 'lss-host-preload',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle[HOST_PAGE];
        if (!page || page.type !== 'asset') return; // a build without the host page (none today)
        const html = String(page.source);
        const entry = chunks(bundle).find((c) => c.isEntry && html.includes(`/${c.fileName}"`));
        if (!entry) throw new Error('host-preload: the host page names no entry chunk');
        const already = new Set(staticGraph(bundle, entry));
        const fresh = (files: string[]) => files.filter((f) => !already.has(f));

        const boot = fresh(staticGraph(bundle, chunkOf(bundle, BOOT)));
        const routes = Object.fromEntries(
          Object.entries(SCREENS).map(([tab, sources]) => [
            tab,
            [...new Set(sources.flatMap((s) => fresh(staticGraph(bundle, chunkOf(bundle, s)))))].filter((f) => !boot.includes(f)),
          ]),
        );
        const languages = Object.fromEntries(
          UI_LANGUAGES.map(({ code }) => [code, fresh(staticGraph(bundle, chunkOf(bundle, `shared/i18n/${code}.json`)))]),
        );
        // Classic (async): it may run before the module scripts, which wait for the whole document.
        this.emitFile({
          type: 'asset',
          fileName: ROUTE_PRELOAD_FILE,
          source:
            `(function(){var r=${JSON.stringify(routes)},g=${JSON.stringify(languages)},c;` +
            `try{c=localStorage.getItem(${JSON.stringify(UI_LANGUAGE_STORAGE_KEY)})}catch(e){}` +
            `c=c||(navigator.language||"").slice(0,2);` +
            `var f=(r[new URLSearchParams(location.hash.slice(1)).get("tab")]||[]).concat(g[c]||g.en);` +
            `var b=document.currentScript.src;` +
            `for(var i=0;i<f.length;i++){var l=document.createElement("link");` +
            `l.rel=/\\.css$/.test(f[i])?"stylesheet":"modulepreload";` +
            `l.crossOrigin="";l.href=new URL("../"+f[i],b).href;document.head.appendChild(l)}` +
            // The page's first Intl number and date formats cost ~20 ms (the runtime loads its data once); paid
            // here, after the links, they fill the main thread's wait for the entry's chunks instead of
            // lengthening the entry's own run (renderer/host/main.tsx pays them too when this did not run).
            `try{new Intl.NumberFormat().format(0);new Intl.DateTimeFormat().format(0)}catch(e){}})();\n`,
        });
        // The script first and async: asked for before anything else and run as soon as it arrives,
        // holding back neither the parser nor the entry. Chromium opens 6 connections per host, so a late
        // request queues (a trace: the screen's and the language's chunks were asked ~80 ms late when the
        // script came last; a synchronous script first held back the entry's own chunks as long).
        const script = `<script async src="./${ROUTE_PRELOAD_FILE}"></script>`;
        const withScript = html.replace(/<title>/, `${script}\n    <title>`);
        const withBoot = withScript.replace(/<\/head>/, `  ${boot.map(linkTag).join('\n    ')}\n  </head>`);
        if (withScript === html || withBoot === withScript) throw new Error('host-preload: the host page has no <title> or </head>');
        page.source = withBoot;
      },
    },
  };
}
