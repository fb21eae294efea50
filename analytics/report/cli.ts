/**
 * npm run rollout:report -- <export>… [--stage uat|a|b|c|d|e] [--since <date>] [--until <date>] [--json]
 *
 * Reads GA4 BigQuery export rows and Datadog RUM events (JSON or JSON lines, `.gz` or
 * not; which is which is read from the first record) and prints the release plan's
 * Results for each stage the events show, then the one-week and one-month results:
 * Markdown, or JSON with `--json` (docs/rollout-report.md). Exits 1 when a file can't be
 * read; rows not read are listed in the report and counted on stderr.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { toMarkdown } from './markdown.js';
import { detectSource, readDatadog, readGa4 } from './read.js';
import { buildReport } from './report.js';
import { parseTime, STAGES, type StageId } from './windows.js';

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      stage: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  if (!positionals.length) throw new Error('usage: npm run rollout:report -- <export>… [--stage uat|a|b|c|d|e] [--since <date>] [--until <date>] [--json]');
  const stage = values.stage?.toLowerCase();
  if (stage !== undefined && !(STAGES as readonly string[]).includes(stage)) throw new Error(`--stage: one of ${STAGES.join(', ')}`);
  const reads = positionals.map((file) => {
    const bytes = readFileSync(file);
    const text = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
    const source = detectSource(text);
    if (!source) throw new Error(`${file}: neither GA4 export rows (event_name) nor Datadog RUM events (type) in its first record`);
    return source === 'ga4' ? readGa4(text, file) : readDatadog(text, file);
  });
  const report = buildReport(reads, {
    stage: stage as StageId | undefined,
    since: values.since === undefined ? undefined : parseTime(values.since),
    until: values.until === undefined ? undefined : parseTime(values.until),
  });
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : toMarkdown(report));
  if (report.problems.length) console.error(`rollout:report: ${report.problems.length} rows not read (listed in the report)`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`rollout:report: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
