/**
 * What `npm publish` would put in the package: `npm pack --dry-run --json`'s file list,
 * after `npm run build`. Only what a bundler user or a script-tag host runs or reads: the
 * ES build and its source maps (their sources are inside them), the types, the latest
 * script-tag files, the manifest, the README and the changelog. Never the tests, mocks,
 * stories, sources, bench or build tooling, nor the releases' CDN folders.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** Every file the package may hold, as patterns over its paths. */
const MEANT = [
  /^package\.json$/,
  /^README\.md$/,
  /^CHANGELOG\.md$/,
  /^custom-elements\.json$/,
  /^dist\/esm\/[\w-]+\.js(\.map)?$/,
  /^dist\/types\/([\w-]+\/)*[\w.-]+\.d\.ts$/,
  /^dist\/widgets\/[\w-]+\.js(\.map)?$/,
];

describe('the package as npm would publish it', () => {
  assert.ok(existsSync(join(ROOT, 'dist/esm/define.js')), 'run `npm run build` first');
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' }));
  const files: string[] = packed.files.map((f: { path: string }) => f.path).sort();

  it('is publishable: a scoped public name, not private, a version', () => {
    assert.equal(packed.name, '@department-of-veterans-affairs/travel-pay-status');
    assert.equal(pkg.private, undefined);
    assert.equal(pkg.publishConfig?.access, 'public');
    assert.match(packed.version, /^\d+\.\d+\.\d+/);
  });

  it('holds only what is meant', () => {
    assert.deepEqual(files.filter((f) => !MEANT.some((re) => re.test(f))), []);
  });

  it('holds no test, mock, story, source, bench or tooling file, and none of the releases’ CDN folders', () => {
    const unwanted = files.filter(
      (f) =>
        /(^|\/)(test|tests|mocks|stories|bench|demo|\.storybook|\.changeset)\//.test(f) ||
        /^(src|scripts|analytics|widgets|public)\//.test(f) ||
        /^dist\/widgets\/v\d/.test(f) ||
        /\.(stories|test|e2e|node)\.[jt]s$/.test(f) ||
        (f.endsWith('.ts') && !f.endsWith('.d.ts')) ||
        /(build-manifest|release)\.json$|\.html$/.test(f),
    );
    assert.deepEqual(unwanted, []);
  });

  it('holds every file its exports, module and types name', () => {
    const targets = [pkg.module, pkg.types, ...Object.values(pkg.exports as Record<string, string | Record<string, string>>).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)))]
      .filter((t) => !t.includes('*'))
      .map((t) => t.replace(/^\.\//, ''));
    assert.deepEqual(targets.filter((t) => !files.includes(t)), []);
    for (const host of ['mhv', 'travel-reimbursement', 'claims-tool']) assert.ok(files.includes(`dist/widgets/${host}.js`), host);
  });

  it('the ES build’s source maps carry their sources, so a bundler user can read them without ours', () => {
    for (const map of files.filter((f) => f.startsWith('dist/esm/') && f.endsWith('.map'))) {
      const { sources, sourcesContent } = JSON.parse(readFileSync(join(ROOT, map), 'utf8'));
      assert.equal(sourcesContent?.length, sources.length, map);
      assert.ok(sourcesContent.every((s: string | null) => typeof s === 'string'), map);
    }
  });
});
