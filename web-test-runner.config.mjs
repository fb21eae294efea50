import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import rollupReplace from '@rollup/plugin-replace';
import { chromiumPath, chromiumArgs, noBackgroundThrottlingArgs } from './scripts/chromium.mjs';
import { emulateTimezonePlugin, heapStatsPlugin, sourceFilesPlugin } from './scripts/wtr-commands.mjs';
import { sturdyChromeLauncher } from './scripts/wtr-launcher.mjs';

const commonjs = fromRollup(rollupCommonjs);
const replace = fromRollup(rollupReplace);

export default {
  files: ['test/**/*.test.ts', '!test/e2e/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // One page at a time: with two, a test once hung for 60 s on a loaded machine (a
  // fresh-clone CI run beside an npm install), most likely in `fixture()` waiting for an
  // animation frame of the page Chromium wasn't painting. About 40 s instead of 30.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    sturdyChromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        // A page must never have its timers throttled or its animation frames paused.
        args: [...chromiumArgs, ...noBackgroundThrottlingArgs],
      },
    }),
  ],
  middleware: [
    // MSW's worker must be served from the root to control every request of the test page.
    function serveMswWorker(context, next) {
      if (context.url === '/mockServiceWorker.js') context.url = '/public/mockServiceWorker.js';
      return next();
    },
  ],
  plugins: [
    emulateTimezonePlugin(),
    heapStatsPlugin(),
    sourceFilesPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    // @mswjs/interceptors imports the CommonJS `debug` package.
    commonjs({ include: ['**/node_modules/debug/**', '**/node_modules/ms/**'] }),
    // GrowthBook's ES build reads process.env.NODE_ENV, as bundlers replace it.
    replace({
      include: ['**/node_modules/@growthbook/**'],
      preventAssignment: true,
      values: { 'process.env.NODE_ENV': JSON.stringify('development') },
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
