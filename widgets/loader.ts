import type { KnownEntryPoint } from '../src/entry-point.js';
import type { defineTravelPayStatus } from '../src/register.js';

/**
 * The core's file name beside this script (content-hashed, e.g. `core-1a2b3c4d.js`),
 * written in by scripts/build.mjs.
 */
declare const __TRAVEL_PAY_CORE__: string;

/**
 * Room held for a `<travel-pay-status>` not defined yet, as its pending state holds it (not
 * if the host hid it); its fallback stays hidden.
 */
const HOLD_ROOM =
  'travel-pay-status:not(:defined):not([hidden]){display:block;min-height:var(--travel-pay-loading-min-height,24rem)}' +
  'travel-pay-status:not(:defined)>*{visibility:hidden}';

/**
 * A host's script tag: a tiny classic script (not hashed: it is the URL hosts embed)
 * that imports the shared ES-module core from beside its own URL and defines
 * `<travel-pay-status>` with the host's entry point. The core, and the pieces it loads
 * on demand, are content-hashed files in the same folder; the browser resolves the
 * pieces relative to the core's URL and keeps one instance of each per page (its module
 * map), however many host scripts or widgets the page has. `import()` is not an HTML or
 * script-URL sink: it works under `script-src 'self'` with Trusted Types required, and
 * from another origin when that origin sends `Access-Control-Allow-Origin` (module
 * scripts are fetched with CORS).
 *
 * Until the core is in, the room is held as the pending state holds it (no flash of the
 * fallback, no layout jump). If the core can't be loaded, the hold is lifted and the
 * host's own content (the `fallback` slot's element) shows, with no error thrown into
 * the page.
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
  import(/* @vite-ignore */ new URL(__TRAVEL_PAY_CORE__, base).href).then(
    (core: { defineTravelPayStatus: typeof defineTravelPayStatus }) =>
      // A task of its own: evaluating the core, then upgrading the elements and rendering
      // them, would otherwise be one long task on the host's main thread.
      setTimeout(() => {
        // The entry point is set before the definition, so elements already on the page upgrade with it.
        core.defineTravelPayStatus(entryPoint);
        release();
      }),
    release,
  );
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
