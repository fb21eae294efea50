// The release commands (docs/releasing.md):
//   npm run release:publish  -- [--dir releases] [--from dist]   add the build's release, move its major
//   npm run release:rollback -- --major 1 [--to 1.2.2] [--dir releases]   point v1/ at an earlier release
//   node scripts/release/cli.mjs sync-version   src/version.ts from package.json (npm run release:version)
// `--dir` is the widgets root the CDN serves (by default `releases/`, a local copy of it).
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { cacheControl, parseVersion } from './layout.mjs';
import { publish, rollback } from './cdn.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    dir: { type: 'string', default: 'releases' },
    from: { type: 'string', default: 'dist' },
    major: { type: 'string' },
    to: { type: 'string' },
  },
});

try {
  switch (positionals[0]) {
    case 'publish': {
      const result = publish(values.from, values.dir);
      console.log(`${result.added ? 'Added' : 'Already there, the same:'} ${values.dir}/v${result.version}/ (${cacheControl(`v${result.version}/x.js`)})`);
      if (result.major) {
        console.log(`${values.dir}/${result.major}/ now runs ${result.version}${result.previous ? ` (was ${result.previous})` : ''}: upload it, then purge the CDN's cache of ${result.major}/ (${cacheControl(`${result.major}/x.js`)})`);
      } else {
        console.log(parseVersion(result.version).prerelease ? 'No major moved: a prerelease.' : `No major moved: it runs ${result.previous}, a later release.`);
      }
      break;
    }
    case 'rollback': {
      const result = rollback(values.dir, values.major, values.to);
      console.log(`${values.dir}/${result.major}/ now runs ${result.to} (was ${result.from}): upload ${result.major}/, then purge the CDN's cache of it (${cacheControl(`${result.major}/x.js`)})`);
      break;
    }
    case 'sync-version': {
      const { version } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
      const file = `${root}/src/version.ts`;
      const source = readFileSync(file, 'utf8');
      const synced = source.replace(/^export const VERSION = '[^']*';$/m, `export const VERSION = '${version}';`);
      if (!synced.includes(`'${version}'`)) throw new Error('src/version.ts no longer declares VERSION as a string literal');
      writeFileSync(file, synced);
      console.log(`src/version.ts: ${version}`);
      break;
    }
    default:
      throw new Error('usage: cli.mjs publish|rollback|sync-version [--dir releases] [--from dist] [--major N] [--to x.y.z]');
  }
} catch (error) {
  console.error(`release: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
}
