// The widgets root a CDN serves, as folders (docs/releasing.md): `v<x.y.z>/` per release,
// kept forever and never changed, and `v<major>/`, the loaders of the release a major
// points at. Publishing adds a build's release beside the ones before and moves its major;
// rolling back points the major at an earlier release. Both work on the folders alone (no
// source or rebuild of an old version), so the CDN's copy is all a rollback needs.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareVersions, embedPage, HOSTS, majorFolder, parseVersion, releaseFolder } from './layout.mjs';

/**
 * @typedef {{ version: string, core: string, publicUrl: string,
 *   files: Record<string, string>, loaders: Record<string, string> }} Release
 */

/** @returns {Release} */
const readRelease = (dir) => JSON.parse(readFileSync(join(dir, 'release.json'), 'utf8'));

/**
 * Points `v<major>/` under `root` at the release `version`, which must be there: its
 * loaders (the same bytes: they name the core through the release's folder), embedding
 * pages for following the major, and its release.json.
 */
export function pointMajor(root, version) {
  const major = majorFolder(version);
  if (!major) throw new Error(`${version} is a prerelease: no major follows it`);
  const from = join(root, releaseFolder(version));
  if (!existsSync(join(from, 'release.json'))) throw new Error(`${releaseFolder(version)}/ is not in ${root}: publish it first`);
  const release = readRelease(from);
  const to = join(root, major);
  mkdirSync(to, { recursive: true });
  for (const host of HOSTS) {
    for (const file of [`${host}.js`, `${host}.js.map`]) if (existsSync(join(from, file))) copyFileSync(join(from, file), join(to, file));
    const page = embedPage({ host, version: release.version, folder: major, integrity: release.loaders[host], publicUrl: release.publicUrl });
    writeFileSync(join(to, `embed-${host}.html`), page);
  }
  copyFileSync(join(from, 'release.json'), join(to, 'release.json'));
}

/** The version `v<major>/` under `root` points at, or null. */
export function majorVersion(root, major) {
  const file = join(root, `v${major}`, 'release.json');
  return existsSync(file) ? readRelease(join(root, `v${major}`)).version : null;
}

/** The releases under `root`, oldest first. */
export function releases(root) {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => /^v\d+\.\d+\.\d+/.test(name) && existsSync(join(root, name, 'release.json')))
    .map((name) => name.slice(1))
    .sort(compareVersions);
}

/**
 * Adds the release built in `dist` (its `widgets/v<x.y.z>/`) to the widgets root `root`
 * and moves its major there, unless the major already points at a later release. A
 * release already there must be byte for byte the same: a published release never changes.
 * @returns {{ version: string, added: boolean, major: string | null, previous: string | null }}
 */
export function publish(dist, root) {
  const manifest = JSON.parse(readFileSync(join(dist, 'build-manifest.json'), 'utf8'));
  const { version } = manifest.release;
  const folder = releaseFolder(version);
  const from = join(dist, 'widgets', folder);
  const to = join(root, folder);
  const files = readdirSync(from);
  let added = true;
  if (existsSync(to)) {
    const changed = [...new Set([...files, ...readdirSync(to)])].filter(
      (f) => !existsSync(join(from, f)) || !existsSync(join(to, f)) || !readFileSync(join(from, f)).equals(readFileSync(join(to, f))),
    );
    if (changed.length) {
      throw new Error(`${folder}/ is already published with other files (${changed.join(', ')}): a release never changes; bump the version`);
    }
    added = false;
  } else {
    mkdirSync(to, { recursive: true });
    for (const f of files) copyFileSync(join(from, f), join(to, f));
  }
  const major = majorFolder(version);
  const previous = majorVersion(root, parseVersion(version).major);
  const moves = major !== null && (previous === null || compareVersions(version, previous) >= 0);
  if (moves) pointMajor(root, version);
  return { version, added, major: moves ? major : null, previous };
}

/**
 * Points `v<major>/` at an earlier release: `to`, or the latest release of the major
 * before the one it points at now.
 * @returns {{ major: string, from: string, to: string }}
 */
export function rollback(root, major, to) {
  if (!/^\d+$/.test(String(major))) throw new Error(`--major must be a major version number, e.g. 1 (got ${JSON.stringify(major)})`);
  const current = majorVersion(root, major);
  if (!current) throw new Error(`v${major}/ is not in ${root}`);
  const ofMajor = releases(root).filter((v) => parseVersion(v).major === Number(major) && parseVersion(v).prerelease === null);
  const target = to ?? ofMajor.filter((v) => compareVersions(v, current) < 0).at(-1);
  if (!target) throw new Error(`no release of v${major} before ${current} in ${root}`);
  if (!ofMajor.includes(target)) throw new Error(`${target} is not a published release of v${major} in ${root} (${ofMajor.join(', ') || 'none'})`);
  pointMajor(root, target);
  return { major: `v${major}`, from: current, to: target };
}
