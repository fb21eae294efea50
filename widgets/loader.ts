import type { KnownEntryPoint } from '../src/entry-point.js';
import type * as Core from './core.js';

/**
 * The core's URL relative to this script (content-hashed, e.g. `./core-1a2b3c4d.js`, or
 * `../v1.2.3/core-1a2b3c4d.js` in a release's folders), written in by scripts/build.mjs.
 */
declare const __TRAVEL_PAY_CORE__: string;

/**
 * The Subresource Integrity of the core and of the pieces' table, by the 8-character
 * content hash in the file's name (`core-1a2b3c4d.js`), written in by scripts/build.mjs
 * from the files it wrote. A value is the integrity, then the files the file imports that
 * the core doesn't have (a chunk two pieces share), space-separated.
 */
declare const __TRAVEL_PAY_INTEGRITY__: Record<string, string>;

/**
 * The pieces' table (`integrity-1a2b3c4d.js`, its URL relative to this script as the
 * core's): the same record for every piece, a module checked and loaded the first time a
 * piece is asked for, so the first view carries two hashes instead of one per piece.
 */
declare const __TRAVEL_PAY_PIECES__: string;

/**
 * Room held for a `<travel-pay-status>` not defined yet, as its pending state holds it (not
 * if the host hid it); its fallback stays hidden.
 */
const HOLD_ROOM =
  'travel-pay-status:not(:defined):not([hidden]){display:block;min-height:var(--travel-pay-loading-min-height,24rem)}' +
  'travel-pay-status:not(:defined)>*{visibility:hidden}';

/**
 * A host's script tag: a tiny classic script (not hashed: it is the URL hosts embed)
 * that imports the shared ES-module core from a URL relative to its own (beside it, or
 * in its release's folder when it is a major's loader: docs/releasing.md) and defines
 * `<travel-pay-status>` with the host's entry point. The core, and the pieces it loads
 * on demand, are content-hashed files in one folder; the browser resolves the pieces
 * relative to the core's URL and keeps one instance of each per page (its module map),
 * however many host scripts or widgets the page has. `import()` is not an HTML or
 * script-URL sink: it works under `script-src 'self'` with Trusted Types required, and
 * from another origin when that origin sends `Access-Control-Allow-Origin` (module
 * scripts are fetched with CORS).
 *
 * Until the core is in, the room is held as the pending state holds it (no flash of the
 * fallback, no layout jump). If the core can't be loaded, the hold is lifted and the
 * host's own content (the `fallback` slot's element) shows, with no error thrown into
 * the page.
 *
 * The core and every piece run only if their content is what the build wrote: each is
 * fetched first with its integrity (`verified`), and a changed file is refused by the
 * browser. A refused core is a core that can't be loaded; a refused piece is a piece that
 * can't be loaded (its error, with Try again).
 */
export function loadTravelPayStatus(entryPoint: KnownEntryPoint): void {
  const script = document.currentScript as HTMLScriptElement | null;
  // A classic script tag always has `currentScript` while it runs; the lookup is for odd embeddings.
  const base =
    script?.src || [...document.scripts].reverse().find((s) => s.src.endsWith(`/${entryPoint}.js`))?.src || location.href;
  const sheet = holdRoom();
  const release = () => {
    if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
  const core = new URL(__TRAVEL_PAY_CORE__, base);
  const table = new URL(__TRAVEL_PAY_PIECES__, base);
  let pieces: Promise<Record<string, string>> | undefined;
  // A piece is checked against the pieces' table, itself checked and loaded once (again after a failure).
  const verifiedPiece = (url: URL | null) =>
    (pieces ??= verified(table)
      .then(() => import(/* @vite-ignore */ table.href))
      .then(
        (module: { default: Record<string, string> }) => module.default,
        (error: unknown) => {
          pieces = undefined;
          throw error;
        },
      )).then((known) => verified(url, known));
  verified(core)
    .then(() => import(/* @vite-ignore */ core.href))
    .then(
      (core: typeof Core) =>
        // A task of its own: evaluating the core, then upgrading the elements and rendering
        // them, would otherwise be one long task on the host's main thread.
        setTimeout(() => {
          core.verifyPiecesWith(verifiedPiece);
          // The entry point is set before the definition, so elements already on the page upgrade with it.
          core.defineTravelPayStatus(entryPoint);
          release();
        }),
      release,
    );
}

/**
 * Fetches the module at `url` with the integrity `known` records for its file, as a
 * `<link rel="modulepreload">`: settled, the module map holds it, and an import() of the
 * URL runs it without fetching again. A piece's static imports the core doesn't have (a
 * chunk two pieces share) are named beside its integrity and fetched the same way, so
 * the import() finds them in the module map too. Rejects for a changed file (the browser
 * refuses it), a file the build didn't record, or no URL. Nothing may import() a file
 * whose check failed: the failure isn't kept, and import(), which has no integrity of its
 * own, would fetch it again unchecked (test/e2e/integrity-probe.e2e.ts).
 */
function verified(url: URL | null, known = __TRAVEL_PAY_INTEGRITY__): Promise<unknown> {
  // A file without a recorded integrity (or no URL) is refused before any fetch: a link
  // without a valid integrity would load anything.
  const [integrity, ...imports] = (url && known[url.pathname.slice(-11, -3)]?.split(' ')) || [];
  return Promise.all([
    new Promise((resolve, reject) => {
      if (!integrity) throw new TypeError('integrity');
      document.head.append(
        Object.assign(document.createElement('link'), { rel: 'modulepreload', integrity, href: url!.href, onload: resolve, onerror: reject }),
      );
    }),
    ...imports.map((file) => verified(new URL(file, url!), known)),
  ]);
}

function holdRoom(): CSSStyleSheet | null {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HOLD_ROOM);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return sheet;
  } catch {
    return null;
  }
}
