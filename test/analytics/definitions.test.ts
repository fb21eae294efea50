import { expect } from '@open-wc/testing';
import { GA4_DEFINITIONS, ga4EventName, ga4ParametersOf, sampleDetail } from '../../analytics/catalog.js';
import { datadogDefinitions, ERROR_RATE, FILING_ERROR_RATE } from '../../analytics/datadog-definitions.js';
import { EVENT_NAMES, FILE_EXIT_REASONS, FILE_OUTCOMES, FILE_STEPS, type ApiEndpoint, type LinkSection, type TravelPayEventName } from '../../src/analytics/events.js';
import { ga4CustomDefinitions, gtmContainer, MEASUREMENT_ID_VARIABLE } from '../../analytics/gtm-container.js';
import { ENTRY_POINTS } from '../../src/entry-point.js';
import { GA4_RULES, ga4Violations } from './ga4-rules.js';

/**
 * The analytics definitions an analyst imports (analytics/gtm, analytics/datadog) hold to
 * what the widget really sends: every event and parameter of events.ts is in the GTM
 * container and the GA4 custom definitions, no stale one remains, and the Datadog
 * monitors and dashboard name only events and attributes the widget sends.
 */

const load = async (path: string) => {
  const response = await fetch(`/analytics/${path}`);
  expect(response.ok, `analytics/${path} exists`).to.equal(true);
  return response.json();
};

type Parameter = { type: string; key?: string; value?: string; list?: Parameter[]; map?: Parameter[]; parameter?: Parameter[] };
type Item = { name: string; type: string; parameter?: Parameter[]; parentFolderId?: string; [key: string]: unknown };
const param = (item: { parameter?: Parameter[] }, key: string) => item.parameter?.find((p) => p.key === key);
/** A row of a GTM table (a MAP): its entries are under `map`. */
const cell = (row: Parameter, key: string) => row.map?.find((p) => p.key === key);

describe('analytics definitions', () => {
  it('are the files analytics/build.ts writes (run `npx tsx analytics/build.ts` after changing src/analytics)', async () => {
    expect(await load('gtm/container.json')).to.deep.equal(JSON.parse(JSON.stringify(gtmContainer())));
    expect(await load('gtm/ga4-custom-definitions.json')).to.deep.equal(JSON.parse(JSON.stringify(ga4CustomDefinitions())));
    for (const [file, definition] of Object.entries(datadogDefinitions())) {
      expect(await load(`datadog/${file}`), file).to.deep.equal(JSON.parse(JSON.stringify(definition)));
    }
  });

  describe('the GTM container (analytics/gtm/container.json)', () => {
    let version: { tag: Item[]; trigger: Item[]; variable: Item[]; folder: { folderId: string }[] };
    before(async () => {
      const container = await load('gtm/container.json');
      expect(container.exportFormatVersion).to.equal(2);
      version = container.containerVersion;
    });

    it('has one GA4 event tag per event, with every parameter from its data layer variable, fired by its custom event', () => {
      const variables = new Map(version.variable.map((v) => [v.name, v]));
      const triggers = new Map(version.trigger.map((t) => [t.triggerId as string, t]));
      for (const name of EVENT_NAMES) {
        const event = ga4EventName(name);
        const tags = version.tag.filter((t) => t.type === 'gaawe' && param(t, 'eventName')?.value === event);
        expect(tags, `${name}: one GA4 event tag`).to.have.length(1);
        const [tag] = tags;
        expect(param(tag, 'measurementIdOverride')?.value).to.equal(`{{${MEASUREMENT_ID_VARIABLE}}}`);
        const settings = param(tag, 'eventSettingsTable')!.list!.map((row) => [cell(row, 'parameter')!.value, cell(row, 'parameterValue')!.value]);
        expect(settings.map(([parameter]) => parameter), `${name}'s parameters`).to.deep.equal(ga4ParametersOf(name));
        for (const [parameter, value] of settings) {
          const variable = variables.get(/^\{\{(.+)\}\}$/.exec(value!)![1]);
          expect(variable, `${name}.${parameter}'s variable`).to.exist;
          expect(variable!.type).to.equal('v');
          expect(param(variable!, 'name')!.value).to.equal(parameter);
          expect(param(variable!, 'dataLayerVersion')!.value).to.equal('2');
        }
        expect(ga4Violations(Object.fromEntries([['event', event], ...settings.map(([p]) => [p, 'x'])]))).to.deep.equal([]);
        expect(tag.firingTriggerId).to.have.length(1);
        const trigger = triggers.get((tag.firingTriggerId as string[])[0])!;
        expect(trigger.type).to.equal('CUSTOM_EVENT');
        expect((trigger.customEventFilter as Parameter[]).map((f) => [f.type, param(f, 'arg0')!.value, param(f, 'arg1')!.value])).to.deep.equal([['EQUALS', '{{_event}}', event]]);
      }
    });

    it('keeps nothing stale: no tag, trigger or variable for an event or parameter the widget does not send', () => {
      const events = EVENT_NAMES.map(ga4EventName);
      const parameters = new Set(EVENT_NAMES.flatMap((name) => ga4ParametersOf(name)));
      expect(version.tag.map((t) => param(t, 'eventName')!.value).sort()).to.deep.equal([...events].sort());
      expect(version.trigger.map((t) => param((t.customEventFilter as Parameter[])[0], 'arg1')!.value).sort()).to.deep.equal([...events].sort());
      const dataLayerVariables = version.variable.filter((v) => v.type === 'v').map((v) => param(v, 'name')!.value);
      expect(dataLayerVariables.sort()).to.deep.equal([...parameters].sort());
      // The measurement ID: one constant, to fill in.
      const constants = version.variable.filter((v) => v.type === 'c');
      expect(constants.map((c) => [c.name, param(c, 'value')!.value])).to.deep.equal([[MEASUREMENT_ID_VARIABLE, 'G-XXXXXXXXXX']]);
      // Unique names and ids, everything in the one folder: a merge import can't clash or scatter.
      const all = [...version.tag, ...version.trigger, ...version.variable];
      expect(new Set(all.map((i) => i.name)).size).to.equal(all.length);
      const ids = [...version.tag.map((t) => t.tagId), ...version.trigger.map((t) => t.triggerId), ...version.variable.map((v) => v.variableId)];
      expect(new Set(ids).size).to.equal(ids.length);
      expect(all.every((i) => i.parentFolderId === version.folder[0].folderId)).to.equal(true);
    });

    it('with the GA4 custom dimensions and metrics to register: every parameter once, entry point first, within GA4’s limits', async () => {
      const definitions = await load('gtm/ga4-custom-definitions.json');
      const dimensions: { parameterName: string; displayName: string; description: string; scope: string }[] = definitions.customDimensions;
      const metrics: { parameterName: string; displayName: string; description: string; measurementUnit: string; scope: string }[] = definitions.customMetrics;
      const registered = [...dimensions, ...metrics].map((d) => d.parameterName);
      const parameters = [...new Set(EVENT_NAMES.flatMap((name) => ga4ParametersOf(name)))];
      expect([...registered].sort()).to.deep.equal([...parameters].sort());
      expect(new Set(registered).size).to.equal(registered.length);
      expect(dimensions[0].parameterName).to.equal('entry_point');
      // The release plan's come first, and fit in a property shared with the rest of VA.gov.
      const { releasePlan } = definitions;
      expect(dimensions.slice(0, releasePlan.customDimensions).every((d) => GA4_DEFINITIONS[d.parameterName as keyof typeof GA4_DEFINITIONS].releasePlan)).to.equal(true);
      expect(metrics.slice(0, releasePlan.customMetrics).every((d) => GA4_DEFINITIONS[d.parameterName as keyof typeof GA4_DEFINITIONS].releasePlan)).to.equal(true);
      expect(dimensions.length).to.be.at.most(50);
      expect(metrics.length).to.be.at.most(50);
      for (const d of [...dimensions, ...metrics]) {
        expect(d.scope).to.equal('EVENT');
        expect(d.parameterName).to.match(GA4_RULES.name).and.have.length.at.most(40);
        expect(d.displayName, d.parameterName).to.match(/^[A-Za-z][A-Za-z0-9_ ]*$/).and.have.length.at.most(82);
        expect(d.description.length, d.parameterName).to.be.at.most(150);
      }
      for (const m of metrics) {
        expect(m.measurementUnit).to.be.oneOf(['STANDARD', 'MILLISECONDS']);
        // A metric is a number in every event that sends it.
        for (const name of EVENT_NAMES.filter((n) => ga4ParametersOf(n).includes(m.parameterName as never))) {
          const field = Object.keys(sampleDetail(name)).find((key) => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase() === m.parameterName)!;
          expect(typeof (sampleDetail(name) as unknown as Record<string, unknown>)[field], `${name}.${field}`).to.equal('number');
        }
      }
    });
  });

  describe('the Datadog monitors and dashboard (analytics/datadog)', () => {
    const ENDPOINTS = { claims: 1, 'claim-details': 1, document: 1, appointments: 1, user: 1, 'submit-claim': 1 } satisfies Record<ApiEndpoint, 1>;
    const SECTIONS = { help: 1, error: 1, card: 1, attention: 1, details: 1, fallback: 1, filing: 1 } satisfies Record<LinkSection, 1>;
    /** The fixed values of the filing event's fields (events.ts). */
    const FILE_VALUES: Record<string, readonly string[]> = { step: FILE_STEPS, reason: FILE_EXIT_REASONS, outcome: FILE_OUTCOMES };
    const LINK_IDS = ['btsss-portal', 'call-center', 'tty', 'sign-in'];
    /** The RUM attributes of Datadog's own the definitions may use besides the widget's. */
    const RUM_ATTRIBUTES = ['@session.id'];
    const fieldsOf = (name: TravelPayEventName) => Object.keys(sampleDetail(name));
    const valueOf = (name: TravelPayEventName, field: string) => (sampleDetail(name) as unknown as Record<string, unknown>)[field];

    let files: Record<string, unknown>;
    before(async () => {
      files = Object.fromEntries(await Promise.all(Object.keys(datadogDefinitions()).map(async (file) => [file, await load(`datadog/${file}`)])));
    });

    /** Every RUM query object in a definition: monitor variables and dashboard widget queries. */
    const queriesIn = (value: unknown): { search: { query: string }; compute: { metric?: string }; group_by: { facet: string; sort: { metric?: string } }[] }[] => {
      if (Array.isArray(value)) return value.flatMap(queriesIn);
      if (!value || typeof value !== 'object') return [];
      const record = value as Record<string, unknown>;
      if (record.data_source === 'rum' && typeof record.query_string === 'string') {
        // A funnel: its steps are conditions on the same events, checked like a search's.
        const steps = (record.steps as { facet: string; value: string }[]).map((step) => `${step.facet}:${step.value}`);
        return steps.map((step) => ({ search: { query: `${record.query_string} ${step}` }, compute: {}, group_by: [] }));
      }
      if (record.data_source === 'rum') return [record as never];
      return Object.values(record).flatMap(queriesIn);
    };

    /** What is wrong with one query: events, attributes, values the widget doesn't send. */
    function problemsOf(query: ReturnType<typeof queriesIn>[number], templateVariables: string[]): string[] {
      const problems: string[] = [];
      const tokens = query.search.query.split(/\s+/).filter(Boolean).map((t) => t.replace(/^-/, ''));
      const type = tokens.find((t) => t.startsWith('@type:'))?.slice('@type:'.length);
      const named = tokens.filter((t) => t.startsWith('@action.target.name:')).map((t) => t.slice('@action.target.name:'.length));
      for (const name of named) if (!(EVENT_NAMES as readonly string[]).includes(name)) problems.push(`unknown event ${name}`);
      // A failed request's RUM error carries the travel-pay-api detail.
      const events = (type === 'error' ? ['travel-pay-api'] : named) as TravelPayEventName[];
      if (type !== 'action' && type !== 'error') problems.push(`${query.search.query}: neither the widget's actions nor its errors`);
      if (type === 'action' && events.length !== 1) problems.push(`${query.search.query}: names ${events.length} events`);
      const checkField = (field: string, where: string) => {
        for (const name of events) if (!fieldsOf(name).includes(field)) problems.push(`${where}: ${name} has no ${field}`);
      };
      for (const token of tokens) {
        const [key, value] = [token.slice(0, token.indexOf(':')), token.slice(token.indexOf(':') + 1)];
        if (token.startsWith('$')) {
          if (!templateVariables.includes(token.slice(1))) problems.push(`unknown template variable ${token}`);
        } else if (key === '@type' || key === '@action.target.name') {
          // checked above
        } else if (type === 'error' && key === '@error.source') {
          if (value !== 'custom') problems.push(token);
        } else if (type === 'error' && key === '@error.message') {
          if (!/^travel-pay-api( |\*$)/.test(value)) problems.push(`${token}: the widget's errors are "travel-pay-api <outcome>"`);
        } else if (key.startsWith('@context.')) {
          const field = key.slice('@context.'.length);
          checkField(field, token);
          for (const name of events) {
            const sample = valueOf(name, field);
            const possible =
              typeof sample === 'boolean' ? ['true', 'false'].includes(value) :
              typeof sample === 'number' ? /^\d+$/.test(value) :
              field === 'endpoint' ? value in ENDPOINTS :
              field === 'section' ? value in SECTIONS :
              field === 'linkId' ? LINK_IDS.includes(value) :
              field === 'entryPoint' ? [...ENTRY_POINTS, 'unknown'].includes(value) :
              name === 'travel-pay-file' && field in FILE_VALUES ? FILE_VALUES[field].includes(value) : false;
            if (!possible) problems.push(`${token}: not a value ${name} sends`);
          }
        } else {
          problems.push(`${token}: not an attribute the widget sends`);
        }
      }
      const facets = [query.compute.metric, ...query.group_by.flatMap((g) => [g.facet, g.sort.metric])].filter((f): f is string => !!f);
      for (const facet of facets) {
        if (RUM_ATTRIBUTES.includes(facet)) continue;
        if (!facet.startsWith('@context.')) problems.push(`${facet}: not an attribute the widget sends`);
        else checkField(facet.slice('@context.'.length), facet);
      }
      // Measures are numbers.
      const measure = query.compute.metric;
      if (measure?.startsWith('@context.')) {
        for (const name of events) if (typeof valueOf(name, measure.slice(9)) !== 'number') problems.push(`${measure} of ${name} is not a number`);
      }
      return problems;
    }

    it('name only events and attributes the widget really sends', () => {
      for (const [file, definition] of Object.entries(files)) {
        const dashboard = definition as { template_variables?: { name: string; prefix: string }[] };
        const templateVariables = (dashboard.template_variables ?? []).map((v) => v.name);
        for (const v of dashboard.template_variables ?? []) {
          const field = v.prefix.replace(/^@context\./, '');
          for (const name of EVENT_NAMES) expect(fieldsOf(name), `${file}: $${v.name} filters every event`).to.include(field);
        }
        const queries = queriesIn(definition);
        expect(queries.length, file).to.be.greaterThan(0);
        expect(queries.flatMap((q) => problemsOf(q, templateVariables)), file).to.deep.equal([]);
      }
    });

    it('the checks catch an event or attribute the widget does not send', () => {
      const query = (search: string, metric?: string) => ({ search: { query: search }, compute: { metric }, group_by: [] });
      expect(problemsOf(query('@type:action @action.target.name:travel-pay-click'), [])).to.have.length(1);
      expect(problemsOf(query('@type:action @action.target.name:travel-pay-view @context.claimNumber:x'), [])).to.have.length(2);
      expect(problemsOf(query('@type:action @action.target.name:travel-pay-api @context.endpoint:vaos'), [])).to.have.length(1);
      expect(problemsOf(query('@type:action @action.target.name:travel-pay-api', '@context.outcome'), [])).to.have.length(1);
      expect(problemsOf(query('@type:action @action.target.name:travel-pay-api @usr.id:x $env'), [])).to.have.length(2);
    });

    it('monitor the travel pay API’s error rate (the release plan’s < 5%) and p90 latency, by endpoint and entry point', () => {
      const monitors = Object.entries(files).filter(([file]) => file.startsWith('monitor-')).map(([, m]) => m as {
        type: string;
        query: string;
        options: { thresholds: { critical: number; warning: number }; variables: { name: string; search: { query: string }; group_by: { facet: string }[] }[] };
      });
      expect(monitors).to.have.length(3);
      for (const monitor of monitors) {
        expect(monitor.type).to.equal('rum alert');
        const [, formula, threshold] = /^formula\("([^"]+)"\)\.last\("\d+[mh]"\) [<>]=? (\d+(?:\.\d+)?)$/.exec(monitor.query)!;
        // Datadog refuses a monitor whose query threshold differs from its critical one.
        expect(Number(threshold)).to.equal(monitor.options.thresholds.critical);
        expect(monitor.options.thresholds.warning).to.be.below(monitor.options.thresholds.critical);
        const names = monitor.options.variables.map((v) => v.name);
        expect(formula.match(/[a-z]+\d+/g)!.every((n) => names.includes(n))).to.equal(true);
        const filing = monitor.options.variables.some((v) => v.search.query.includes('travel-pay-file'));
        for (const variable of monitor.options.variables) {
          expect(variable.search.query).to.include(filing ? '@action.target.name:travel-pay-file @context.step:submit' : '@action.target.name:travel-pay-api');
          expect(variable.group_by.map((g) => g.facet)).to.deep.equal(filing ? ['@context.entryPoint'] : ['@context.endpoint', '@context.entryPoint']);
        }
      }
      const errorRate = monitors.find((m) => m.query.includes('query1 / query2') && m.options.variables[0].search.query.includes('travel-pay-api'))!;
      expect(errorRate.options.thresholds.critical).to.equal(5).and.equal(ERROR_RATE.critical);
      expect(errorRate.options.variables[0].search.query).to.include('@context.ok:false');
    });

    it('monitor the filing submit error rate at the plan’s 5%: every submit that didn’t end filed counts', () => {
      const monitor = files['monitor-filing-submit-error-rate.json'] as { query: string; options: { thresholds: { critical: number }; variables: { search: { query: string } }[] } };
      expect(monitor.query).to.match(/^formula\("query1 \/ query2 \* 100"\)\.last\("1h"\) >= 5$/);
      expect(monitor.options.thresholds.critical).to.equal(5).and.equal(FILING_ERROR_RATE.critical);
      const failed = monitor.options.variables[0].search.query;
      const counted = FILE_OUTCOMES.filter((outcome) => !failed.includes(`-@context.outcome:${outcome} `) && !failed.endsWith(`-@context.outcome:${outcome}`));
      expect(counted).to.deep.equal(['partial', 'not-found', 'unauthenticated', 'error', 'timeout-not-filed']);
    });

    it('the dashboard has the filing funnel, start to submit, and abandonment against the plan’s 20%', () => {
      const text = JSON.stringify(files['dashboard.json']);
      const funnel = /"type":"funnel".*?"steps":(\[[^\]]*\])/.exec(text)!;
      expect(JSON.parse(funnel[1]).map((s: { value: string }) => s.value)).to.deep.equal(['start', 'eligibility', 'review', 'submit']);
      expect(text).to.include('(query1 - query2) / query1 * 100');
      expect(text).to.include('< 20%');
    });

    it('the dashboard shows every event of events.ts', () => {
      const searches = queriesIn(files['dashboard.json']).map((q) => q.search.query);
      for (const name of EVENT_NAMES) expect(searches.some((s) => s.includes(`@action.target.name:${name} `)), name).to.equal(true);
    });
  });
});
