// Production build: one classic script-tag bundle per host (IIFE, self-contained: no
// further script loads) and an ES module build of the element for bundler users.
// Vite's library mode builds one IIFE entry at a time, hence one build per host.
import { build } from 'vite';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const HOSTS = ['mhv', 'travel-reimbursement', 'claims-tool'];

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

/**
 * Minifies the element's stylesheet (a css`` literal without expressions), which the
 * bundler leaves as written: about a kilobyte gzipped.
 */
const minifyStylesheet = {
  name: 'minify-stylesheet',
  transform(code, id) {
    if (!id.endsWith('src/styles.ts')) return null;
    return code.replace(/css`([^`$]*)`/, (_, body) => {
      const minified = body
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,>])\s*/g, '$1')
        .replace(/;}/g, '}')
        .trim();
      return `css\`${minified}\``;
    });
  },
};

const common = {
  plugins: [minifyStylesheet],
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
    // Minified so size-limit reports the widget's own code as shipped (Lit and GrowthBook are external).
    minify: true,
    sourcemap: true,
    lib: {
      entry: { index: 'src/index.ts', define: 'src/define.ts' },
      formats: ['es'],
    },
    rollupOptions: {
      external: [/^lit/, /^@lit\//, /^@growthbook\//],
      output: { chunkFileNames: '[name].js' },
    },
  },
});

console.log('Built dist/widgets/{mhv,travel-reimbursement,claims-tool}.js and dist/esm/');
