// `npm run lint:i18n` (in CI): the Spanish catalogue is complete and current. lit-localize
// extracts the messages of src/ again, beside a copy of xliff/es.xlf, and builds the
// runtime module from it; the check fails when
// - extraction changes the XLIFF: a message is new (no unit yet) or stale (a unit whose
//   message is gone), so someone added or changed a string without `npx lit-localize extract`;
// - a unit has no <target>: a string not translated yet;
// - the built module differs from src/i18n/generated/es.ts: `npx lit-localize build` wasn't run.
// docs/i18n.md says how to add a string.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'i18n-check-'));
const problems = [];
try {
  mkdirSync(join(work, 'xliff'));
  copyFileSync(join(root, 'xliff/es.xlf'), join(work, 'xliff/es.xlf'));
  const checked = {
    ...config,
    tsConfig: join(root, config.tsConfig),
    output: { ...config.output, outputDir: join(work, 'generated'), localeCodesModule: join(work, 'generated/locale-codes.ts') },
    interchange: { ...config.interchange, xliffDir: join(work, 'xliff') },
  };
  writeFileSync(join(work, 'lit-localize.json'), JSON.stringify(checked));
  const run = (command) =>
    execFileSync(join(root, 'node_modules/.bin/lit-localize'), [command, '--config', join(work, 'lit-localize.json')], { cwd: root, stdio: 'pipe' });
  run('extract');
  const committed = readFileSync(join(root, 'xliff/es.xlf'), 'utf8');
  const extracted = readFileSync(join(work, 'xliff/es.xlf'), 'utf8');
  const units = (xliff) => new Map([...xliff.matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>/g)].map((m) => [m[1], m[2]]));
  const before = units(committed);
  const after = units(extracted);
  for (const [id, source] of after) if (!before.has(id)) problems.push(`new (run \`npx lit-localize extract\`, then translate it): ${id} ${source}`);
  for (const [id, source] of before) if (!after.has(id)) problems.push(`stale (run \`npx lit-localize extract\`): ${id} ${source}`);
  for (const m of committed.matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>\s*(<target>[\s\S]*?<\/target>)?/g)) {
    if (!m[3] || /<target>\s*<\/target>/.test(m[3])) problems.push(`untranslated (add its <target> in xliff/es.xlf): ${m[1]} ${m[2]}`);
  }
  if (problems.length === 0 && extracted !== committed) problems.push('xliff/es.xlf is not as `npx lit-localize extract` writes it: run it');
  run('build');
  if (readFileSync(join(work, 'generated/es.ts'), 'utf8') !== readFileSync(join(root, 'src/i18n/generated/es.ts'), 'utf8')) {
    problems.push('src/i18n/generated/es.ts is not built from xliff/es.xlf: run `npx lit-localize build`');
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (problems.length) {
  console.error(`The Spanish catalogue is not complete and current (docs/i18n.md):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('The Spanish catalogue is complete and current: every message of src/ has its Spanish, none is stale.');
