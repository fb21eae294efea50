// The script-tag releases' layout, one place for it (docs/releasing.md): the folder names,
// the integrity of a file, the cache headers of each file, and the embedding page of each
// host. Used by scripts/build.mjs, the release scripts (scripts/release/cdn.mjs) and the
// end-to-end tests' CDN.
import { createHash } from 'node:crypto';

/** The hosts that embed the widget, each with its own loader (`<host>.js`) and analytics entry point. */
export const HOSTS = /** @type {const} */ (['mhv', 'travel-reimbursement', 'claims-tool']);

/** Who each host is, in the embedding pages' words. */
const HOST_NAMES = {
  mhv: 'My HealtheVet',
  'travel-reimbursement': 'the VA travel reimbursement page',
  'claims-tool': 'the My VA claims tool',
};

/** A release's version: `1.2.3`, or a prerelease such as `1.3.0-rc.1` (which no major follows). */
const VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

/** @returns {{ major: number, minor: number, patch: number, prerelease: string | null }} */
export function parseVersion(version) {
  const match = VERSION.exec(String(version));
  if (!match) throw new Error(`not a release version: ${JSON.stringify(version)} (expected x.y.z or x.y.z-pre)`);
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), prerelease: match[4] ?? null };
}

/** Compares two versions as semver orders releases (a prerelease before its release). */
export function compareVersions(a, b) {
  const x = parseVersion(a);
  const y = parseVersion(b);
  for (const key of /** @type {const} */ (['major', 'minor', 'patch'])) if (x[key] !== y[key]) return x[key] - y[key];
  if (x.prerelease === y.prerelease) return 0;
  if (x.prerelease === null) return 1;
  if (y.prerelease === null) return -1;
  return x.prerelease.localeCompare(y.prerelease, 'en', { numeric: true });
}

/** The folder of one release, kept forever: `v1.2.3`. */
export function releaseFolder(version) {
  parseVersion(version);
  return `v${version}`;
}

/** The folder that follows a major, `v1`; null for a prerelease, which no major follows. */
export function majorFolder(version) {
  const { major, prerelease } = parseVersion(version);
  return prerelease === null ? `v${major}` : null;
}

/** The Subresource Integrity of a file's bytes (what a browser checks `integrity` against). */
export const integrityOf = (bytes, algorithm = 'sha384') => `${algorithm}-${createHash(algorithm).update(bytes).digest('base64')}`;

/**
 * The `Cache-Control` a CDN sends for a file, by its path under the widgets root:
 * - a major folder's files (`v1/…`) change at every release and rollback: five minutes,
 *   so a rollback reaches new page loads within five minutes of the CDN's purge;
 * - a release folder's files (`v1.2.3/…`) never change: a year, immutable;
 * - the unversioned "latest" folder (the demo's): its content-hashed files are immutable,
 *   its loaders and the rest short.
 */
export function cacheControl(path) {
  const [first, ...rest] = path.replace(/^\/+/, '').split('/');
  const IMMUTABLE = 'public, max-age=31536000, immutable';
  const SHORT = 'public, max-age=300';
  if (/^v\d+$/.test(first) && rest.length) return SHORT;
  if (/^v\d+\.\d+\.\d+/.test(first) && rest.length) return IMMUTABLE;
  return /-[\w-]{8}\.js(\.map)?$/.test(path) ? IMMUTABLE : SHORT;
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The script tag a host embeds: the loader of `host` in `folder`, with its integrity. */
export const scriptTag = ({ host, folder, integrity, publicUrl }) =>
  `<script src="${publicUrl}${folder}/${host}.js" integrity="${integrity}" crossorigin="anonymous" defer></script>`;

/**
 * The page a host team copies its snippet from, generated in each release folder and in
 * each major folder: the script tag (with its integrity and `crossorigin`) between
 * `<!-- snippet -->` and `<!-- /snippet -->` in a `<pre>`, and what following the folder
 * means. A static page: no script runs on it.
 */
export function embedPage({ host, version, folder, integrity, publicUrl }) {
  const major = /^v\d+$/.test(folder);
  const tag = scriptTag({ host, folder, integrity, publicUrl });
  const element = [
    '<travel-pay-status user-id="opaque-id-from-your-session"',
    '  flags-api-host="https://cdn.growthbook.io" flags-client-key="sdk-…">',
    '  <p slot="fallback">Check your travel claims in the <a href="https://dvagov-btsss.dynamics365portals.us/">BTSSS portal</a>.</p>',
    '</travel-pay-status>',
  ].join('\n');
  const following = major
    ? `<p>This is <code>${folder}</code>: today it runs ${version}, and it moves to each new ${folder}.x.y release (and back, on a rollback).
  With <code>integrity</code> your page runs ${version} exactly: when <code>${folder}</code> moves, the browser refuses the new loader and your
  fallback shows until you copy the new tag from this page. To follow <code>${folder}</code> without updating your page, leave
  <code>integrity</code> out (keep <code>crossorigin</code>): the loader still checks the integrity of everything it loads.</p>`
    : `<p>This is ${version}, pinned: these files never change. The loader checks the integrity of everything it loads.</p>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Embed &lt;travel-pay-status&gt; ${escape(version)} on ${escape(HOST_NAMES[host])}</title>
</head>
<body>
<main>
<h1>Embed <code>&lt;travel-pay-status&gt;</code> ${escape(version)} on ${escape(HOST_NAMES[host])}</h1>
<p>Put this script tag in the page's <code>&lt;head&gt;</code>. The page's policy needs this origin in <code>script-src</code>; the files are served with <code>Access-Control-Allow-Origin: *</code>.</p>
<pre><code><!-- snippet -->${escape(tag)}<!-- /snippet --></code></pre>
${following}
<p>Then the element where the claims belong (the attributes are in the README's reference):</p>
<pre><code>${escape(element)}</code></pre>
</main>
</body>
</html>
`;
}

/** The script tag between the snippet markers of an embedding page, as a host would copy it. */
export function snippetOf(page) {
  const match = /<!-- snippet -->([\s\S]*?)<!-- \/snippet -->/.exec(page);
  if (!match) throw new Error('no snippet in the embedding page');
  return match[1].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
