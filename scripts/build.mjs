// Production build: one classic script-tag bundle per host (IIFE, self-contained: no
// further script loads) and an ES module build of the element for bundler users.
// Vite's library mode builds one IIFE entry at a time, hence one build per host.
import { build } from 'vite';
import { rmSync } from 'node:fs';
import ts from 'typescript';
import MagicString from 'magic-string';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const HOSTS = ['mhv', 'travel-reimbursement', 'claims-tool'];

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

/**
 * Minifies the element's stylesheet and the claim details' (css`` literals without
 * expressions), which the bundler leaves as written: about a kilobyte gzipped.
 */
const minifyStylesheet = {
  name: 'minify-stylesheet',
  transform(code, id) {
    if (!/src\/(styles|details\/details-styles)\.ts$/.test(id)) return null;
    const match = /css`([^`$]*)`/.exec(code);
    if (!match) return null;
    const minified = match[1]
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim();
    const out = new MagicString(code);
    out.overwrite(match.index + 4, match.index + 4 + match[1].length, minified);
    return { code: out.toString(), map: out.generateMap({ hires: true, source: id }) };
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
  plugins: [minifyStylesheet, collapseTemplateWhitespace],
  root,
  configFile: `${root}/vite.config.ts`,
  logLevel: 'warn',
  publicDir: false,
  define: { 'process.env.NODE_ENV': '"production"' },
};

for (const host of HOSTS) {
  await build({
    ...common,
    build: {
      outDir: 'dist/widgets',
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

await build({
  ...common,
  build: {
    outDir: 'dist/esm',
    emptyOutDir: false,
    target: 'es2022',
    // Minified so size-limit reports the widget's own code as shipped (Lit and GrowthBook
    // are external). Library mode keeps an ES build's whitespace unless the output asks.
    minify: true,
    sourcemap: true,
    lib: {
      entry: { index: 'src/index.ts', define: 'src/define.ts' },
      formats: ['es'],
    },
    rollupOptions: {
      external: [/^lit/, /^@lit\//, /^@growthbook\//],
      output: { chunkFileNames: '[name].js', minify: true },
    },
  },
});

console.log('Built dist/widgets/{mhv,travel-reimbursement,claims-tool}.js and dist/esm/');
