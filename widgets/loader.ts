import type { KnownEntryPoint } from '../src/entry-point.js';
import type * as Core from './core.js';

/**
 * The core's URL relative to this script (content-hashed, e.g. `./core-1a2b3c4d.js`, or
 * `../v1.2.3/core-1a2b3c4d.js` in a release's folders), written in by scripts/build.mjs.
 */
declare const __TRAVEL_PAY_CORE__: string;

/**
 * The Subresource Integrity of every file the core may load (itself and each piece), by
 * the 8-character content hash in the file's name (`core-1a2b3c4d.js`), written in by
 * scripts/build.mjs from the files it wrote.
 */
declare const __TRAVEL_PAY_INTEGRITY__: Record<string, string>;

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
  verified(core)
    .then(() => import(/* @vite-ignore */ core.href))
    .then(
      (core: typeof Core) =>
        // A task of its own: evaluating the core, then upgrading the elements and rendering
        // them, would otherwise be one long task on the host's main thread.
        setTimeout(() => {
          core.verifyPiecesWith(verified);
          // The entry point is set before the definition, so elements already on the page upgrade with it.
          core.defineTravelPayStatus(entryPoint);
          release();
        }),
      release,
    );
}

/**
 * Fetches the module at `url` with the integrity the build recorded for its file, as a
 * `<link rel="modulepreload">`: settled, the module map holds it, and an import() of the
 * URL runs it without fetching again. Rejects for a changed file (the browser refuses
 * it), a file the build didn't record, or no URL. Nothing may import() a file whose check
 * failed: the failure isn't kept, and import(), which has no integrity of its own, would
 * fetch it again unchecked (test/e2e/integrity-probe.e2e.ts).
 */
function verified(url: URL | null): Promise<unknown> {
  return new Promise((resolve, reject) => {
    // A file without a recorded integrity (or no URL: a TypeError) is refused before any
    // fetch: a link without a valid integrity would load anything.
    const integrity = __TRAVEL_PAY_INTEGRITY__[url!.pathname.slice(-11, -3)];
    if (!integrity) throw new TypeError('integrity');
    document.head.append(
      Object.assign(document.createElement('link'), { rel: 'modulepreload', integrity, href: url!.href, onload: resolve, onerror: reject }),
    );
  });
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
