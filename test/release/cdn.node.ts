/**
 * The release scripts' rules on a widgets root (scripts/release/): a published release
 * never changes, a major only moves forward on publish, a rollback points the major at the
 * release before (or the one named), prereleases move no major; and the cache headers.
 * Fake builds stand in for real ones: the rules read only folder names and release.json
 * (test/e2e/releases.e2e.ts runs real builds in a browser).
 */
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publish, releases, rollback } from '../../scripts/release/cdn.mjs';
import { cacheControl, compareVersions, embedPage, majorFolder, parseVersion, snippetOf } from '../../scripts/release/layout.mjs';

let work = '';
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'travel-pay-cdn-'));
});

/** A build's output as publish reads it: the manifest and the release folder, its loaders naming `core`. */
function fakeBuild(version: string, core = `core-${version.replace(/\W/g, '')}.js`) {
  const dist = join(work, `dist-${version}-${core}`);
  const folder = join(dist, 'widgets', `v${version}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(dist, 'build-manifest.json'), JSON.stringify({ release: { version } }));
  const loaders: Record<string, string> = {};
  for (const host of ['mhv', 'travel-reimbursement', 'claims-tool']) {
    writeFileSync(join(folder, `${host}.js`), `import("../v${version}/${core}")`);
    loaders[host] = `sha384-${host}-${version}`;
  }
  writeFileSync(join(folder, core), `export const version = ${JSON.stringify(version)};`);
  writeFileSync(join(folder, 'release.json'), JSON.stringify({ version, core, publicUrl: 'https://cdn.example/tps/', files: {}, loaders }));
  return dist;
}

const root = () => join(work, 'cdn');
const majorRuns = (major: string) => JSON.parse(readFileSync(join(root(), major, 'release.json'), 'utf8')).version;

describe('publishing a release', () => {
  it('adds the release folder and points its major at it; the next release moves the major', () => {
    assert.deepEqual(publish(fakeBuild('1.2.2'), root()), { version: '1.2.2', added: true, major: 'v1', previous: null });
    assert.deepEqual(publish(fakeBuild('1.2.3'), root()), { version: '1.2.3', added: true, major: 'v1', previous: '1.2.2' });
    assert.equal(majorRuns('v1'), '1.2.3');
    assert.equal(readFileSync(join(root(), 'v1', 'mhv.js'), 'utf8'), 'import("../v1.2.3/core-123.js")', 'the release’s loader, the same bytes');
    assert.deepEqual(releases(root()), ['1.2.2', '1.2.3']);
  });

  it('the same release again is a no-op; other files under a published version are refused', () => {
    publish(fakeBuild('1.0.0'), root());
    assert.equal(publish(fakeBuild('1.0.0'), root()).added, false);
    assert.throws(() => publish(fakeBuild('1.0.0', 'core-other.js'), root()), /v1\.0\.0\/ is already published with other files \(.*core-other\.js.*\): a release never changes/);
  });

  it('an older release of the major (a fix of an old line) is added without moving the major back', () => {
    publish(fakeBuild('2.1.0'), root());
    assert.deepEqual(publish(fakeBuild('2.0.5'), root()), { version: '2.0.5', added: true, major: null, previous: '2.1.0' });
    assert.equal(majorRuns('v2'), '2.1.0');
  });

  it('a prerelease is added and moves no major', () => {
    publish(fakeBuild('3.0.0'), root());
    assert.deepEqual(publish(fakeBuild('3.1.0-rc.1'), root()), { version: '3.1.0-rc.1', added: true, major: null, previous: '3.0.0' });
    assert.equal(majorRuns('v3'), '3.0.0');
  });

  it('majors are independent: v2 doesn’t move v1', () => {
    publish(fakeBuild('1.9.0'), root());
    publish(fakeBuild('2.0.0'), root());
    assert.equal(majorRuns('v1'), '1.9.0');
    assert.equal(majorRuns('v2'), '2.0.0');
  });
});

describe('rolling a major back', () => {
  it('points the major at the release before the one it runs, then the one before that; --to names one', () => {
    for (const v of ['1.0.0', '1.1.0', '1.1.1', '2.0.0']) publish(fakeBuild(v), root());
    assert.deepEqual(rollback(root(), '1'), { major: 'v1', from: '1.1.1', to: '1.1.0' });
    assert.equal(readFileSync(join(root(), 'v1', 'mhv.js'), 'utf8'), 'import("../v1.1.0/core-110.js")');
    assert.match(readFileSync(join(root(), 'v1', 'embed-mhv.html'), 'utf8'), /today it runs 1\.1\.0/);
    assert.deepEqual(rollback(root(), '1'), { major: 'v1', from: '1.1.0', to: '1.0.0' });
    assert.deepEqual(rollback(root(), '1', '1.1.1'), { major: 'v1', from: '1.0.0', to: '1.1.1' });
    assert.equal(majorRuns('v2'), '2.0.0');
  });

  it('refuses what it can’t do, saying why', () => {
    publish(fakeBuild('1.0.0'), root());
    publish(fakeBuild('2.0.0'), root());
    assert.throws(() => rollback(root(), '1'), /no release of v1 before 1\.0\.0/);
    assert.throws(() => rollback(root(), '1', '2.0.0'), /2\.0\.0 is not a published release of v1/);
    assert.throws(() => rollback(root(), '3'), /v3\/ is not in/);
    assert.throws(() => rollback(root(), undefined), /--major must be a major version number/);
  });
});

describe('the layout', () => {
  it('orders versions as semver does, a prerelease before its release', () => {
    const sorted = ['1.10.0', '1.2.0', '1.2.0-rc.2', '1.2.0-rc.10', '0.9.9', '1.2.0-beta'].sort(compareVersions);
    assert.deepEqual(sorted, ['0.9.9', '1.2.0', '1.2.0-beta', '1.2.0-rc.2', '1.2.0-rc.10', '1.10.0'].sort(compareVersions));
    assert.deepEqual(sorted, ['0.9.9', '1.2.0-beta', '1.2.0-rc.2', '1.2.0-rc.10', '1.2.0', '1.10.0']);
    assert.throws(() => parseVersion('v1.2'), /not a release version/);
    assert.equal(majorFolder('1.2.0-rc.1'), null);
  });

  it('cache headers: a major’s files briefly, a release’s for good, latest’s hashed files for good', () => {
    assert.equal(cacheControl('v1/mhv.js'), 'public, max-age=300');
    assert.equal(cacheControl('v1/embed-mhv.html'), 'public, max-age=300');
    assert.equal(cacheControl('v1.2.3/mhv.js'), 'public, max-age=31536000, immutable');
    assert.equal(cacheControl('v1.2.3/release.json'), 'public, max-age=31536000, immutable');
    assert.equal(cacheControl('mhv.js'), 'public, max-age=300');
    assert.equal(cacheControl('core-DVouYBkT.js'), 'public, max-age=31536000, immutable');
  });

  it('the README’s embedding snippet has the embedding page’s form: a release’s loader, its integrity, crossorigin', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    assert.match(readme, /<script src="https:\/\/[^"]+\/v\d+\.\d+\.\d+\/mhv\.js"\s+integrity="sha384-[^"]+" crossorigin="anonymous" defer><\/script>/);
  });

  it('the embedding page’s snippet is the script tag, with integrity and crossorigin, escaped in the page and read back whole', () => {
    const page = embedPage({ host: 'mhv', version: '1.2.3', folder: 'v1.2.3', integrity: 'sha384-a+b/c=', publicUrl: 'https://cdn.example/tps/' });
    assert.ok(!page.includes('<script'), 'a static page: no script runs on it');
    assert.equal(snippetOf(page), '<script src="https://cdn.example/tps/v1.2.3/mhv.js" integrity="sha384-a+b/c=" crossorigin="anonymous" defer></script>');
  });
});
