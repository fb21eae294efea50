// size-limit (`npm run size`, in CI): gzip budgets on the build, computed from
// dist/build-manifest.json, which scripts/build.mjs writes from the bundler's own output,
// so a new chunk can't slip past them. The script-tag files are measured in the release's
// folder (`dist/widgets/v<x.y.z>/`), as hosts get them.
// - per host, the first view all-in: the loader, the core (the widget, Lit, GrowthBook) and
//   every chunk the core imports statically, i.e. every byte before the first page shows;
// - per piece loaded on demand: its own chunks (what opening it downloads);
// - the widget's own code in the ES build for bundler users (Lit and GrowthBook external).
import { existsSync, readFileSync } from 'node:fs';

const MANIFEST = 'dist/build-manifest.json';
if (!existsSync(MANIFEST)) throw new Error(`${MANIFEST} is missing: run \`npm run build\` first`);
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const RELEASE = `dist/widgets/${manifest.release.folder}`;

/**
 * The first view's budget, 30 kB all-in per host (how it was met: docs/performance.md). A
 * feature that adds to the first view pays for itself, or goes into a piece.
 */
const FIRST_VIEW_BUDGET = '30 kB';
/** Every piece needs a budget here: a piece added without one fails the size check. */
const PIECE_BUDGETS = {
  // With every status's meaning in VA's words (status-meanings.ts, shared with the details).
  'status-explanations': '1.5 kB',
  // "Need help?", asked for after the widget's first frame (src/help/help.ts).
  'help-section': '1 kB',
  // With the meanings, and the dates only the details show (format-instant.ts).
  'claim-details-panel': '8 kB',
  // The controls and their own CSS rules.
  'filter-form': '2 kB',
  // The forwarders to GTM and Datadog RUM and the visible-time clock, after the first frame.
  forwarding: '1 kB',
  // The list's templates prepared while the claims load, asked for as the loading state shows.
  'prepare-templates': '1 kB',
  // "Appointments you can still claim": the appointments read, the rule, the section and its rules.
  'unfiled-section': '4 kB',
  // Filing a claim: the flow, its requests (the page's filings among them), copy and rules.
  'filing-flow': '9 kB',
};

const pieceBudget = (name) => {
  const limit = PIECE_BUDGETS[name];
  if (!limit) throw new Error(`.size-limit.mjs: no budget for the piece "${name}"; add it to PIECE_BUDGETS`);
  return limit;
};

export default [
  ...Object.entries(manifest.firstView).map(([host, files]) => ({
    name: `${host}: first view, all-in (${files.join(' + ')})`,
    path: files.map((f) => `${RELEASE}/${f}`),
    limit: FIRST_VIEW_BUDGET,
    gzip: true,
  })),
  ...Object.entries(manifest.pieces).map(([name, files]) => ({
    name: `piece ${name}, on demand (${files.join(' + ')})`,
    path: files.map((f) => `${RELEASE}/${f}`),
    limit: pieceBudget(name),
    gzip: true,
  })),
  {
    // The pieces' SHA-256s, fetched with the first piece after the first frame (docs/releasing.md).
    name: `the pieces' integrity table, with the first piece (${manifest.integrity})`,
    path: `${RELEASE}/${manifest.integrity}`,
    limit: '0.6 kB',
    gzip: true,
  },
  {
    // For hosts' Datadog RUM, loaded before DD_RUM.init: no part of the widget's first view.
    name: "datadog-before-send.js, the hosts' RUM scrubber (script tag)",
    path: 'dist/widgets/datadog-before-send.js',
    limit: '1 kB',
    gzip: true,
  },
  {
    name: `widget's own code, first view (ES build; Lit, GrowthBook and its evaluator in ${manifest.esm.vendored.join(', ')} not counted: ${manifest.esm.firstView.join(' + ')})`,
    path: manifest.esm.firstView.map((f) => `dist/esm/${f}`),
    // A ratchet: lower it with every kilobyte won back (its history: docs/performance.md).
    limit: '19.65 kB',
    gzip: true,
  },
];
