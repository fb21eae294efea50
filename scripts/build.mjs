// Production build, in dist/:
// - widgets/: what hosts serve, as it is. One shared ES-module core with code splitting
//   (`core-[hash].js`, and a `[name]-[hash].js` chunk per piece loaded on demand:
//   content-hashed, cacheable forever), and per host a tiny classic loader
//   (`mhv.js`, `travel-reimbursement.js`, `claims-tool.js`: not hashed, the URL a host
//   embeds) that imports the core from beside its own URL (widgets/loader.ts).
// - esm/: the ES module build of the element for bundler users, with the same dynamic
//   imports (its pieces are chunks beside it; the user's bundler hashes them).
// - build-manifest.json: which files each host's first view needs and which each piece
//   adds (read by .size-limit.mjs, the bench and the end-to-end tests).
// Vite's library mode builds one IIFE entry at a time, hence one loader build per host.
//
// Options, for `npm run bench` only: `--out <dir>` builds there instead of dist/;
// `--split-core` builds the core as three chunks, Lit, GrowthBook and the widget, so that a
// profile can tell their module evaluation apart. Never shipped: hosts get one core file.
import { build } from 'vite';
import { rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import ts from 'typescript';
import MagicString from 'magic-string';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const HOSTS = ['mhv', 'travel-reimbursement', 'claims-tool'];
/** The ES build's chunk with GrowthBook's evaluator (src/flags/growthbook-core.ts). */
const VENDORED_GROWTHBOOK = 'growthbook-core';
const { values: options } = parseArgs({ options: { out: { type: 'string' }, 'split-core': { type: 'boolean' } } });
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

const common = {
  plugins: [minifyStylesheets, collapseTemplateWhitespace],
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
      lib: { entry: { core: 'src/register.ts' }, formats: ['es'] },
      rollupOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: {
          entryFileNames: '[name]-[hash].js',
          chunkFileNames: '[name]-[hash].js',
          minify: true,
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

for (const host of HOSTS) {
  await build({
    ...common,
    define: { ...common.define, __TRAVEL_PAY_CORE__: JSON.stringify(`./${core.fileName}`) },
    build: {
      outDir: `${OUT}/widgets`,
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
          codeSplitting: { groups: [{ name: VENDORED_GROWTHBOOK, test: /node_modules[\\/]@growthbook[\\/]/ }] },
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
  `Built ${OUT}/widgets/: the loaders {${HOSTS.join(',')}}.js, ${[...coreChunks.keys()].join(', ')}; esm/; build-manifest.json`,
);
