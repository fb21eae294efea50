// Production build: one classic script-tag bundle per host (IIFE, self-contained: no
// further script loads) and an ES module build of the element for bundler users.
// Vite's library mode builds one IIFE entry at a time, hence one build per host.
import { build } from 'vite';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const HOSTS = ['mhv', 'travel-reimbursement', 'claims-tool'];

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

const common = {
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
    minify: false,
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
