/**
 * npm run rollout:samples: writes the sample exports of a simulated rollout
 * (analytics/report/simulation.ts) into analytics/samples/, GA4's rows as gzipped JSON
 * lines and Datadog's RUM actions as a gzipped JSON array, and their report, report.md,
 * made by the report itself. test/rollout-report/samples.node.ts fails when they are stale.
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { toMarkdown } from './markdown.js';
import { readDatadog, readGa4 } from './read.js';
import { buildReport } from './report.js';
import { simulate } from './simulation.js';

export const SAMPLES = 'analytics/samples';
export const GA4_SAMPLE = `${SAMPLES}/ga4-events.jsonl.gz`;
export const DATADOG_SAMPLE = `${SAMPLES}/datadog-rum-actions.json.gz`;
export const SAMPLE_REPORT = `${SAMPLES}/report.md`;

/** The three files' contents: the exports as the tools would give them, and their report. */
export function samples() {
  const { ga4Rows, datadogEvents } = simulate();
  const ga4 = `${ga4Rows.map((row) => JSON.stringify(row)).join('\n')}\n`;
  const datadog = `${JSON.stringify(datadogEvents)}\n`;
  const report = toMarkdown(buildReport([readGa4(ga4, GA4_SAMPLE), readDatadog(datadog, DATADOG_SAMPLE)]));
  return { ga4: gzipSync(ga4, { level: 9 }), datadog: gzipSync(datadog, { level: 9 }), report, rows: ga4Rows.length, events: datadogEvents.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(import.meta.dirname, '../..');
  const made = samples();
  writeFileSync(join(root, GA4_SAMPLE), made.ga4);
  writeFileSync(join(root, DATADOG_SAMPLE), made.datadog);
  writeFileSync(join(root, SAMPLE_REPORT), made.report);
  console.log(`${GA4_SAMPLE}: ${made.rows} rows, ${(made.ga4.length / 1000).toFixed(0)} kB; ${DATADOG_SAMPLE}: ${made.events} events, ${(made.datadog.length / 1000).toFixed(0)} kB; ${SAMPLE_REPORT}`);
}
