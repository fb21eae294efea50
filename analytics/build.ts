// Writes the analytics definitions from src/analytics/ (the event catalogue, the GTM
// container, the Datadog monitors and dashboard): `npx tsx analytics/build.ts`.
// test/analytics/definitions.test.ts fails when a file here differs from what this writes.
import { writeFileSync } from 'node:fs';
import { datadogDefinitions } from './datadog-definitions.js';
import { ga4CustomDefinitions, gtmContainer } from './gtm-container.js';

const write = (path: string, value: unknown) => {
  writeFileSync(new URL(path, import.meta.url), `${JSON.stringify(value, null, 2)}\n`);
  console.log(`wrote analytics/${path}`);
};

write('gtm/container.json', gtmContainer());
write('gtm/ga4-custom-definitions.json', ga4CustomDefinitions());
for (const [file, definition] of Object.entries(datadogDefinitions())) write(`datadog/${file}`, definition);
