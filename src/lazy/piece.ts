/**
 * Code the first view doesn't need, loaded on demand (DOM-free: how a piece is shown is
 * src/ui/piece.ts's): a "piece" is a module behind a
 * dynamic `import()` in the source, so the bundler makes it a chunk beside the core
 * (content-hashed) and the browser resolves it relative to the core's own URL.
 *
 * `piece()` loads a module once per page, whichever widget asks first; callers share the
 * attempt in flight and the loaded module, and render from its `state`. A failure
 * (network, 404, a CORS refusal, a changed file refused by the script-tag loader's
 * integrity check) never rejects: it becomes the `failed` state, which the
 * caller renders where the piece was needed (a clear, announced error with Try again)
 * while the rest of the widget keeps working. Asking again after a failure is a new
 * attempt.
 *
 * A new attempt must really fetch again. The HTML standard used to cache a failed module
 * fetch in the module map for the page's life (whatwg/html#6768), so a second
 * `import()` of the same URL failed at once without a request; the standard changed
 * (whatwg/html#10327) and Chromium fetches again, but browsers that still cache the
 * failure would never recover. So a retry imports the piece's URL with a query,
 * `?retry=<n>`: a URL the module map has not seen. The URL is read from the importer
 * itself: the bundler writes the chunk's file name into `() => import("./x-1a2b.js")`,
 * relative to the importing module, whose `import.meta.url` the caller passes. Where a
 * bundler replaced `import()` with its own loader (webpack in a bundler user's app) there
 * is no URL to read; the importer is called again, and that loader retries itself.
 */

export type PieceState<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly module: T }
  | { readonly status: 'failed'; readonly error: unknown };

export interface Piece<T> {
  readonly state: PieceState<T>;
  /**
   * The module, loading it if it isn't (again after a failure): the state is `loading` as
   * soon as this returns. Never rejects: settles with `ready` or `failed`.
   */
  load(): Promise<PieceState<T>>;
}

/**
 * How the script-tag loader (widgets/loader.ts) checks a piece's file before it runs: a
 * fetch with the integrity the build recorded for it, which settles once the file may run
 * and rejects for a changed file, one the loader doesn't know, or no URL (`null`: an
 * importer without a literal import() to read). Bundler users' builds have none.
 */
let verify: ((url: URL | null) => Promise<unknown>) | undefined;

/** Checks every piece's file with `check` before it runs (see `verify`); `undefined` stops checking. */
export function verifyPiecesWith(check: typeof verify): void {
  verify = check;
}

/**
 * @param importer `() => import('./the-module.js')`, written literally so the bundler makes
 *   the module a chunk.
 * @param importerUrl `import.meta.url` of the module the importer is written in: its
 *   relative specifier resolves against it.
 */
export function piece<T>(importer: () => Promise<T>, importerUrl: string): Piece<T> {
  let state: PieceState<T> = { status: 'idle' };
  let inFlight: Promise<PieceState<T>> | undefined;
  let attempts = 0;
  return {
    get state() {
      return state;
    },
    load() {
      if (state.status === 'ready') return Promise.resolve(state);
      state = { status: 'loading' };
      return (inFlight ??= Promise.resolve(attempts++)
        .then(async (attempt) => {
          // The first attempt through the importer; later ones through a URL the module map hasn't seen.
          const url = importedUrl(importer, importerUrl);
          if (attempt) url?.searchParams.set('retry', `${attempt}`);
          // Checked, the file is in the module map: the import below runs it without fetching again.
          await verify?.(url);
          return attempt && url ? (import(/* @vite-ignore */ url.href) as Promise<T>) : importer();
        })
        .then(
          (module): PieceState<T> => ({ status: 'ready', module }),
          (error: unknown): PieceState<T> => ({ status: 'failed', error }),
        )
        .then((settled) => {
          inFlight = undefined;
          return (state = settled);
        }));
    },
  };
}

/** The URL of the module an importer imports, from its text: `() => import("./x-1a2b.js")`; null if it has no literal import. */
export function importedUrl(importer: () => unknown, importerUrl: string): URL | null {
  const match = /\bimport\(\s*(["'`])([^"'`$]+)\1\s*\)/.exec(String(importer));
  return match ? new URL(match[2], importerUrl) : null;
}
