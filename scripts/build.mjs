// Production build, in dist/:
// - widgets/: what hosts serve, as it is. One shared ES-module core with code splitting
//   (`core-[hash].js`, and a `[name]-[hash].js` chunk per piece loaded on demand:
//   content-hashed, cacheable forever), and per host a tiny classic loader
//   (`mhv.js`, `travel-reimbursement.js`, `claims-tool.js`: not hashed, the URL a host
//   embeds) that checks the core's integrity, imports it, and hands it the pieces'
//   integrity (widgets/loader.ts). This unversioned folder is "latest", for the demo and
//   the tests.
// - widgets/v<x.y.z>/: the release, to keep forever: the same core and pieces, loaders
//   that name the core as `../v<x.y.z>/core-[hash].js`, an embedding page per host
//   (`embed-<host>.html`: the script tag with its integrity) and `release.json` (the
//   version and every file's integrity). widgets/v<major>/: the same loaders, which a
//   host follows to get every release of the major (none for a prerelease). The release
//   scripts (scripts/release/) add a build's release beside the ones before and move or
//   roll back a major (docs/releasing.md).
// - esm/: the ES module build of the element for bundler users, with the same dynamic
//   imports (its pieces are chunks beside it; the user's bundler hashes them).
// - build-manifest.json: which files each host's first view needs and which each piece
//   adds, and the release (read by .size-limit.mjs, the bench and the end-to-end tests).
// Vite's library mode builds one IIFE entry at a time, hence one loader build per host.
//
// The version is package.json's (src/version.ts is kept equal to it for the tests and the
// demo). Options: `--out <dir>` builds there instead of dist/; `--split-core` builds the
// core as three chunks, Lit, GrowthBook and the widget, so that a profile can tell their
// module evaluation apart (for `npm run bench` only: never shipped, hosts get one core
// file); `--release-version <x.y.z>` builds as another version (the release tests build
// a newer release to roll back from); `--public-url <url>` (or TRAVEL_PAY_PUBLIC_URL) is
// where the widgets root is served, for the embedding pages' script tags.
import { build } from 'vite';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createHash } from 'node:crypto';
import ts from 'typescript';
import MagicString from 'magic-string';
import { fileURLToPath } from 'node:url';
import { embedPage, HOSTS, integrityOf, majorFolder, releaseFolder } from './release/layout.mjs';
import { pointMajor } from './release/cdn.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The ES build's chunk with GrowthBook's evaluator (src/flags/growthbook-core.ts). */
const VENDORED_GROWTHBOOK = 'growthbook-core';
const { values: options } = parseArgs({
  options: {
    out: { type: 'string' },
    'split-core': { type: 'boolean' },
    'release-version': { type: 'string' },
    'public-url': { type: 'string', default: process.env.TRAVEL_PAY_PUBLIC_URL || 'https://cdn.example.va.gov/travel-pay-status/' },
  },
});
const VERSION = options['release-version'] ?? JSON.parse(readFileSync(`${root}/package.json`, 'utf8')).version;
const PUBLIC_URL = options['public-url'].endsWith('/') ? options['public-url'] : `${options['public-url']}/`;
const RELEASE = releaseFolder(VERSION);
const MAJOR = majorFolder(VERSION);
const OUT = resolve(root, options.out ?? 'dist');
// It is emptied first: never the project or a folder holding it.
if (`${resolve(root)}/`.startsWith(`${OUT}/`)) throw new Error(`build: refusing to empty ${OUT}`);

rmSync(OUT, { recursive: true, force: true });

/**
 * Minifies the stylesheets, which the bundler leaves as written (about a kilobyte gzipped):
 * every css`` literal without expressions in every `*.styles.ts`, the one place a view's
 * rules are written. A literal that only composes others (css`${a}${b}`) has none of its
 * own.
 */
const minifyStylesheets = {
  name: 'minify-stylesheets',
  transform(code, id) {
    if (!/\/src\/.*\.styles\.ts$/.test(id)) return null;
    const out = new MagicString(code);
    for (const match of code.matchAll(/css`([^`$]*)`/g)) {
      if (!match[1]) continue;
      const minified = match[1]
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,>])\s*/g, '$1')
        .replace(/:\s+/g, ':')
        .replace(/;}/g, '}')
        .trim();
      out.overwrite(match.index + 4, match.index + 4 + match[1].length, minified);
    }
    return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true, source: id }) } : null;
  },
};

/**
 * Collapses the indentation inside Lit's html`` templates: each run of whitespace that
 * holds a line break becomes one space, which HTML renders the same (the templates have
 * no <pre>). TypeScript's parser finds the templates' static text, so expressions, nested
 * templates, strings and regular expressions are never touched.
 */
const collapseTemplateWhitespace = {
  name: 'collapse-template-whitespace',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !code.includes('html`')) return null;
    const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
    const out = new MagicString(code);
    const collapse = (start, end) => {
      const text = code.slice(start, end);
      const collapsed = text.replace(/[ \t]*\n\s*/g, ' ');
      if (collapsed !== text) out.overwrite(start, end, collapsed);
    };
    // A literal part's text lies between its opening (` or }) and closing (` or ${) delimiters.
    const visit = (node) => {
      if (ts.isTaggedTemplateExpression(node) && node.tag.getText(source) === 'html') {
        const t = node.template;
        const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)];
        for (const part of parts) {
          const closing = ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1;
          collapse(part.getStart(source) + 1, part.getEnd() - closing);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true, source: id }) } : null;
  },
};

/** The version every event carries and the element reports: the release's, not src/version.ts's literal. */
const stampVersion = {
  name: 'stamp-version',
  transform(code, id) {
    if (!id.endsWith('/src/version.ts')) return null;
    // The module as TypeScript compiled it: one declaration of a string literal.
    const literal = /\bVERSION = (["'])[^"']*\1/g;
    if (code.match(literal)?.length !== 1) throw new Error('build: src/version.ts no longer declares VERSION as one string literal');
    return { code: code.replace(literal, `VERSION = ${JSON.stringify(VERSION)}`), map: null };
  },
};

const common = {
  plugins: [minifyStylesheets, collapseTemplateWhitespace, stampVersion],
  root,
  configFile: `${root}/vite.config.ts`,
  logLevel: 'warn',
  publicDir: false,
  define: { 'process.env.NODE_ENV': '"production"' },
};

/** Terser for what hosts download: about 0.5 kB gzip less than Rolldown's own minifier on the core. */
const TERSER = { module: true, ecma: 2022, compress: { passes: 3 }, format: { comments: false } };

/**
 * V8's explicit compile hint (Chrome 136 and later; other engines read a comment): every
 * function of the file is compiled while it streams in, on a background thread, rather
 * than on the host's main thread the first time it runs. Nearly all of the core runs
 * before the first page, and a piece runs as soon as it is in: the page load's main thread
 * compiles much less (the numbers, and the trade-off, in docs/performance.md). About 20
 * bytes gzip per file. It must be the file's first line.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The chunks of one build output, by file name. */
const chunksOf = (output) =>
  new Map((Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));

/** A chunk and every chunk it imports statically: what loads before its code can run. */
function withStaticImports(chunks, fileName, into = new Set()) {
  // External imports (Lit and GrowthBook in the ES build) are the bundler user's to count.
  if (into.has(fileName) || !chunks.has(fileName)) return into;
  into.add(fileName);
  for (const imported of chunks.get(fileName)?.imports ?? []) withStaticImports(chunks, imported, into);
  return into;
}

// The core: the element, Lit and GrowthBook in one module (one request after the loader,
// no deeper waterfall), and each dynamic import() in the source a chunk beside it.
const coreChunks = chunksOf(
  await build({
    ...common,
    build: {
      outDir: `${OUT}/widgets`,
      emptyOutDir: false,
      target: 'es2022',
      minify: 'terser',
      terserOptions: TERSER,
      sourcemap: true,
      lib: { entry: { core: 'widgets/core.ts' }, formats: ['es'] },
      rollupOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: {
          entryFileNames: '[name]-[hash].js',
          chunkFileNames: '[name]-[hash].js',
          minify: true,
          // Tree-shaking hints (`/* @__PURE__ */`) are the bundler's, not the browser's: 33 of
          // them in the core, about 60 bytes gzip of the first view.
          comments: { annotation: false },
          postBanner: COMPILE_HINT,
          // Everything the core needs statically stays in the core, even what a piece shares
          // with it (Lit, the status table): the piece imports it from the core, already in.
          codeSplitting: {
            groups: [
              ...(options['split-core']
                ? [
                    { name: 'lit', test: /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/, priority: 3 },
                    { name: 'growthbook', test: /node_modules[\\/]@growthbook[\\/]/, priority: 2 },
                  ]
                : []),
              { name: 'core', tags: ['$initial'], priority: 1 },
            ],
          },
        },
      },
    },
  }),
);
const core = [...coreChunks.values()].find((c) => c.isEntry && c.name === 'core');
if (!core) throw new Error('build: no core chunk');
const firstView = withStaticImports(coreChunks, core.fileName);
const pieces = Object.fromEntries(
  [...coreChunks.values()]
    .filter((c) => c.isDynamicEntry)
    .map((c) => [c.name, [...withStaticImports(coreChunks, c.fileName)].filter((f) => !firstView.has(f))]),
);

// What the loader checks: every file the core may load, with the integrity of its bytes
// as written. The loader fetches the core alone with its integrity, so it must be one file
// (its static imports would run unchecked). A piece is its own file first, then the files
// it imports that the core doesn't have (a chunk two pieces share): the loader checks
// those before the piece runs, so the table names them beside the piece's integrity.
if (!options['split-core'] && firstView.size !== 1) throw new Error(`build: the core must be one file, not ${[...firstView].join(', ')}`);
for (const [name, files] of Object.entries(pieces)) {
  if (!files[0]?.startsWith(`${name}-`)) throw new Error(`build: the piece ${name} must come first in its files, not ${files.join(', ')}`);
}
const depsOf = (file) => Object.values(pieces).find((files) => files[0] === file)?.slice(1) ?? [];
const coreFiles = [...coreChunks.keys()];
// Keyed by the 8 characters of each file's content hash in its name (`core-1a2b3c4d.js`),
// SHA-256 (one of the three algorithms Subresource Integrity takes; release.json keeps SHA-384).
const CONTENT_HASH = /-([\w-]{8})\.js$/;
const integrityEntry = (f) => {
  const key = CONTENT_HASH.exec(f)?.[1];
  if (!key) throw new Error(`build: ${f} has no 8-character content hash in its name`);
  return [key, [integrityOf(readFileSync(`${OUT}/widgets/${f}`), 'sha256'), ...depsOf(f)].join(' ')];
};
// The pieces' integrity isn't needed for the first frame: it is a module of its own
// (`integrity-<hash>.js`, content-hashed as the others), which the loader checks and loads
// the first time a piece is asked for. The loader itself, in every host's first view where
// hashes don't compress, carries only the core's and that module's.
const pieceFiles = coreFiles.filter((f) => f !== core.fileName);
const piecesTableSource = `export default${JSON.stringify(Object.fromEntries(pieceFiles.map(integrityEntry)))};\n`;
const piecesTable = `integrity-${createHash('sha256').update(piecesTableSource).digest('base64url').slice(0, 8)}.js`;
writeFileSync(`${OUT}/widgets/${piecesTable}`, piecesTableSource);
const releaseFiles = [...coreFiles, piecesTable];
const integrity = Object.fromEntries([core.fileName, piecesTable].map(integrityEntry));
if (new Set(releaseFiles.map((f) => CONTENT_HASH.exec(f)?.[1])).size !== releaseFiles.length) throw new Error('build: two files with one content hash');

/** The three loaders into `dir`, naming the core as `corePath` relative to themselves. */
async function buildLoaders(dir, corePath) {
  for (const host of HOSTS) {
    await build({
      ...common,
      define: {
        ...common.define,
        __TRAVEL_PAY_CORE__: JSON.stringify(corePath),
        __TRAVEL_PAY_PIECES__: JSON.stringify(corePath.replace(core.fileName, piecesTable)),
        __TRAVEL_PAY_INTEGRITY__: JSON.stringify(integrity),
      },
      build: {
        outDir: dir,
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        sourcemap: true,
        lib: {
          entry: `widgets/${host}.ts`,
          formats: ['iife'],
          name: 'TravelPayStatusWidget',
          fileName: () => `${host}.js`,
        },
      },
    });
  }
}

await buildLoaders(`${OUT}/widgets`, `./${core.fileName}`);

// The release: the core and pieces as they are; loaders that name the core through the
// release's folder, so that the same bytes work from `v<major>/` (docs/releasing.md).
const releaseDir = `${OUT}/widgets/${RELEASE}`;
mkdirSync(releaseDir, { recursive: true });
for (const f of coreFiles) for (const file of [f, `${f}.map`]) copyFileSync(`${OUT}/widgets/${file}`, `${releaseDir}/${file}`);
copyFileSync(`${OUT}/widgets/${piecesTable}`, `${releaseDir}/${piecesTable}`);
await buildLoaders(releaseDir, `../${RELEASE}/${core.fileName}`);
const loaders = Object.fromEntries(HOSTS.map((host) => [host, integrityOf(readFileSync(`${releaseDir}/${host}.js`))]));
writeFileSync(
  `${releaseDir}/release.json`,
  `${JSON.stringify({ version: VERSION, core: core.fileName, publicUrl: PUBLIC_URL, files: Object.fromEntries(releaseFiles.map((f) => [f, integrityOf(readFileSync(`${OUT}/widgets/${f}`))])), loaders }, null, 2)}\n`,
);
for (const host of HOSTS) {
  const page = embedPage({ host, version: VERSION, folder: RELEASE, integrity: loaders[host], publicUrl: PUBLIC_URL });
  writeFileSync(`${releaseDir}/embed-${host}.html`, page);
}
if (MAJOR) pointMajor(`${OUT}/widgets`, VERSION);

// For hosts' own Datadog RUM, no part of the widget: the beforeSend that templates the
// widget's request URLs (src/analytics/datadog-before-send.ts), as a classic script a
// script-tag host loads before DD_RUM.init, and as an ES module for bundler users.
await build({
  ...common,
  build: {
    outDir: `${OUT}/widgets`,
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: { entry: 'widgets/datadog-before-send.ts', formats: ['iife'], name: 'TravelPayStatusRum', fileName: () => 'datadog-before-send.js' },
  },
});
await build({
  ...common,
  build: {
    outDir: `${OUT}/esm`,
    emptyOutDir: false,
    target: 'es2022',
    minify: 'terser',
    terserOptions: TERSER,
    sourcemap: true,
    lib: { entry: { 'datadog-before-send': 'src/analytics/datadog-before-send.ts' }, formats: ['es'] },
  },
});
// Hosts pin it as they pin the loader: a copy in the release's folder, its integrity in release.json.
for (const file of ['datadog-before-send.js', 'datadog-before-send.js.map']) copyFileSync(`${OUT}/widgets/${file}`, `${releaseDir}/${file}`);
{
  const releaseJson = JSON.parse(readFileSync(`${releaseDir}/release.json`, 'utf8'));
  releaseJson.datadogBeforeSend = integrityOf(readFileSync(`${releaseDir}/datadog-before-send.js`));
  writeFileSync(`${releaseDir}/release.json`, `${JSON.stringify(releaseJson, null, 2)}\n`);
}

const esmChunks = chunksOf(
  await build({
    ...common,
    build: {
      outDir: `${OUT}/esm`,
      emptyOutDir: false,
      target: 'es2022',
      // Minified as the core is, so size-limit reports the widget's own code as shipped (Lit
      // and GrowthBook are external). Library mode keeps an ES build's whitespace unless the
      // output asks.
      minify: 'terser',
      terserOptions: TERSER,
      sourcemap: true,
      lib: {
        entry: { index: 'src/index.ts', define: 'src/define.ts' },
        formats: ['es'],
      },
      rollupOptions: {
        external: [/^lit/, /^@lit\//, /^@growthbook\//],
        output: {
          chunkFileNames: '[name].js',
          minify: true,
          // The one module of GrowthBook's that the package doesn't export (its evaluator,
          // src/flags/growthbook-core.ts) is bundled: in a file of its own, so the widget's
          // own code is measured without it.
          // Everything else the entries import statically in one chunk, as in the core: a module
          // a piece shares with the first view (the status table, the help links) isn't split
          // into a little chunk of its own (a file, its imports and exports, more bytes).
          codeSplitting: {
            groups: [
              { name: VENDORED_GROWTHBOOK, test: /node_modules[\\/]@growthbook[\\/]/, priority: 2 },
              // The entries' own modules stay in their entries (define.js registers the element).
              { name: 'register', tags: ['$initial'], test: /[\\/]src[\\/](?!(index|define)\.ts$)/, priority: 1 },
            ],
          },
        },
      },
    },
  }),
);
const esmEntries = [...esmChunks.values()].filter((c) => c.isEntry).map((c) => c.fileName);
const esmFirstView = new Set(esmEntries.flatMap((f) => [...withStaticImports(esmChunks, f)]));
const esmVendored = [...esmChunks.values()].filter((c) => c.name === VENDORED_GROWTHBOOK).map((c) => c.fileName);
if (esmVendored.length !== 1) throw new Error(`build: expected one ${VENDORED_GROWTHBOOK} chunk in esm/, found ${esmVendored.length}`);

writeFileSync(
  `${OUT}/build-manifest.json`,
  `${JSON.stringify(
    {
      core: core.fileName,
      integrity: piecesTable,
      release: { version: VERSION, folder: RELEASE, major: MAJOR },
      firstView: Object.fromEntries(HOSTS.map((host) => [host, [`${host}.js`, ...firstView]])),
      pieces,
      esm: {
        firstView: [...esmFirstView].filter((f) => !esmVendored.includes(f)),
        vendored: esmVendored,
        pieces: Object.fromEntries(
          [...esmChunks.values()]
            .filter((c) => c.isDynamicEntry)
            .map((c) => [c.name, [...withStaticImports(esmChunks, c.fileName)].filter((f) => !esmFirstView.has(f))]),
        ),
      },
    },
    null,
    2,
  )}\n`,
);

console.log(
  `Built ${OUT}/widgets/: the loaders {${HOSTS.join(',')}}.js, ${releaseFiles.join(', ')}, datadog-before-send.js; the release ${RELEASE}/${MAJOR ? ` and ${MAJOR}/` : ''}; esm/; build-manifest.json`,
);
