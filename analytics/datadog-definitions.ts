import type { TravelPayEventName } from '../src/analytics/events.js';
import type { DetailField } from './catalog.js';

/**
 * The release plan's Datadog metrics as Datadog definitions, in the JSON of Datadog's API
 * (POST /api/v1/monitor, POST /api/v1/dashboard), built from the RUM actions the widget
 * sends (`DD_RUM.addAction(name, detail)`): the action's name is `@action.target.name`,
 * each detail field `@context.<field>`. Written to analytics/datadog/ by
 * analytics/build.ts. Not part of the widget's bundle.
 *
 * Thresholds: the release plan's success criterion "error rate < 5%" is the error-rate
 * monitor's critical threshold. The plan leaves the latency one open ("p90 latency above
 * x for time"): see LATENCY below.
 */

/** The success criterion of the release plan: the error rate stays below 5%. */
export const ERROR_RATE = { critical: 5, warning: 3, window: '1h' } as const;

/**
 * Filing: the share of submits that didn't end in a claim the Veteran is done with. The
 * release plan's "error rate < 5%" applies to submitting as it does to every request.
 */
export const FILING_ERROR_RATE = { critical: 5, warning: 3, window: '1h' } as const;

/** The release plan's example for abandonment: under 20% of those who start filing leave before submitting. */
export const ABANDONMENT = 20;

/**
 * p90 of `durationMs` above 5 s for 30 minutes is critical, above 3 s a warning. The plan
 * leaves x open. 5 s is a quarter of the widget's request timeout (20 s, after which the
 * request counts as an error) and past the point where a Veteran waiting on a loading
 * list gives up; 3 s gives warning before that. Calibrate both on UAT's measured p90 and
 * change them here.
 */
export const LATENCY = { critical: 5000, warning: 3000, window: '30m' } as const;

const SERVICE_TAGS = ['service:travel-pay-status', 'team:travel-pay', 'source:release-plan'];

/** A detail field as Datadog names a custom action attribute. */
export const attribute = (field: DetailField) => `@context.${field}`;

/** The search query of one widget event, with more conditions. */
export const actionQuery = (name: TravelPayEventName, ...conditions: string[]) =>
  ['@type:action', `@action.target.name:${name}`, ...conditions].join(' ');

const is = (field: DetailField, value: string | number | boolean) => `${attribute(field)}:${value}`;

type Aggregation = 'count' | 'cardinality' | 'sum' | 'avg' | 'pc50' | 'pc75' | 'pc90' | 'pc95' | 'pc99';
type Compute = { aggregation: Aggregation; metric?: string };

const groupBy = (facet: string, compute: Compute, limit = 10) => ({
  facet,
  limit,
  sort: { ...compute, order: 'desc' },
});

/** A RUM query of the monitors' and dashboards' formula-and-functions format. */
function rumQuery(name: string, search: string, compute: Compute, groups: string[] = [], limit = 10) {
  return {
    data_source: 'rum',
    name,
    search: { query: search },
    indexes: ['*'],
    compute,
    group_by: groups.map((facet) => groupBy(facet, compute, limit)),
  };
}

const BY_ENDPOINT_AND_ENTRY_POINT = [attribute('endpoint'), attribute('entryPoint')];
const API = actionQuery('travel-pay-api');
const API_FAILED = actionQuery('travel-pay-api', is('ok', false));

export function errorRateMonitor() {
  return {
    name: '[travel-pay-status] Travel Pay API error rate by endpoint and entry point',
    type: 'rum alert',
    query: `formula("query1 / query2 * 100").last("${ERROR_RATE.window}") >= ${ERROR_RATE.critical}`,
    message: [
      '{{#is_alert}}The travel pay API error rate (non-200/201 answers, timeouts, network errors, unreadable answers) on ' +
        '{{[@context.endpoint].name}} from {{[@context.entryPoint].name}} is {{value}}%: the release plan requires < 5%.{{/is_alert}}',
      '{{#is_warning}}The travel pay API error rate on {{[@context.endpoint].name}} from {{[@context.entryPoint].name}} is {{value}}%.{{/is_warning}}',
      'With few requests (stage A, at night) one failure can cross the line: check the request count and the outcomes on the ' +
        'travel-pay-status dashboard, then follow docs/rollout.md (hold, or roll back by severity).',
    ].join('\n\n'),
    tags: SERVICE_TAGS,
    priority: 2,
    options: {
      thresholds: { critical: ERROR_RATE.critical, warning: ERROR_RATE.warning },
      notify_no_data: false,
      include_tags: true,
      variables: [
        rumQuery('query1', API_FAILED, { aggregation: 'count' }, BY_ENDPOINT_AND_ENTRY_POINT),
        rumQuery('query2', API, { aggregation: 'count' }, BY_ENDPOINT_AND_ENTRY_POINT),
      ],
    },
  };
}

export function latencyMonitor() {
  const p90 = { aggregation: 'pc90', metric: attribute('durationMs') } as const;
  return {
    name: '[travel-pay-status] Travel Pay API p90 latency by endpoint and entry point',
    type: 'rum alert',
    query: `formula("query1").last("${LATENCY.window}") > ${LATENCY.critical}`,
    message: [
      '{{#is_alert}}Sustained high latency: the p90 of travel pay API requests on {{[@context.endpoint].name}} from ' +
        `{{[@context.entryPoint].name}} is {{value}} ms over ${LATENCY.window} (critical above ${LATENCY.critical} ms).{{/is_alert}}`,
      `{{#is_warning}}The p90 latency on {{[@context.endpoint].name}} from {{[@context.entryPoint].name}} is {{value}} ms (warning above ${LATENCY.warning} ms).{{/is_warning}}`,
      'Durations are measured in the browser, from the request to its settled answer (timeouts included). Read the ' +
        'travel-pay-status dashboard, then follow docs/rollout.md.',
    ].join('\n\n'),
    tags: SERVICE_TAGS,
    priority: 2,
    options: {
      thresholds: { critical: LATENCY.critical, warning: LATENCY.warning },
      notify_no_data: false,
      include_tags: true,
      variables: [rumQuery('query1', API, p90, BY_ENDPOINT_AND_ENTRY_POINT)],
    },
  };
}

const FILE = actionQuery('travel-pay-file');
const SUBMITS = actionQuery('travel-pay-file', is('step', 'submit'));
/** Submits that didn't end with a claim filed (filed, found after an unknown answer, or already there). */
const SUBMITS_FAILED = actionQuery(
  'travel-pay-file',
  is('step', 'submit'),
  ...(['filed', 'timeout-filed', 'duplicate'] as const).map((outcome) => `-${is('outcome', outcome)}`),
);

export function filingErrorRateMonitor() {
  return {
    name: '[travel-pay-status] Filing a mileage-only claim: submit error rate by entry point',
    type: 'rum alert',
    query: `formula("query1 / query2 * 100").last("${FILING_ERROR_RATE.window}") >= ${FILING_ERROR_RATE.critical}`,
    message: [
      '{{#is_alert}}{{value}}% of mileage-only claims submitted from {{[@context.entryPoint].name}} did not end filed ' +
        '(partial, not found, signed out, error, or no answer and no claim found): the release plan requires < 5%.{{/is_alert}}',
      '{{#is_warning}}The filing submit error rate from {{[@context.entryPoint].name}} is {{value}}%.{{/is_warning}}',
      'Read the filing panels of the travel-pay-status dashboard (outcomes, and the submit-claim requests by status), then ' +
        'follow docs/rollout.md: roll travel_pay_submit_mileage_expense back alone, the widget stays.',
    ].join('\n\n'),
    tags: SERVICE_TAGS,
    priority: 2,
    options: {
      thresholds: { critical: FILING_ERROR_RATE.critical, warning: FILING_ERROR_RATE.warning },
      notify_no_data: false,
      include_tags: true,
      variables: [
        rumQuery('query1', SUBMITS_FAILED, { aggregation: 'count' }, [attribute('entryPoint')]),
        rumQuery('query2', SUBMITS, { aggregation: 'count' }, [attribute('entryPoint')]),
      ],
    },
  };
}

/** Datadog's funnel widget over the RUM actions of `travel-pay-file`, step by step in a session. */
function funnel(title: string, steps: readonly string[]) {
  return {
    definition: {
      type: 'funnel',
      title,
      requests: [
        {
          request_type: 'funnel',
          query: {
            data_source: 'rum',
            query_string: `${FILE} $entry_point $version`,
            steps: steps.map((value) => ({ facet: attribute('step'), value })),
          },
        },
      ],
    },
  };
}

/** The dashboard's template variables, applied to every query. */
const TEMPLATE_VARIABLES = [
  { name: 'entry_point', prefix: attribute('entryPoint'), available_values: ['mhv', 'travel-reimbursement', 'claims-tool', 'unknown'], defaults: ['*'] },
  { name: 'version', prefix: attribute('version'), available_values: [], defaults: ['*'] },
];
const scoped = (query: string) => `${query} $entry_point $version`;

type Query = ReturnType<typeof rumQuery>;
type Formula = { formula: string; alias?: string };

function timeseries(title: string, queries: Query[], formulas: Formula[], markers: { value: string; display_type: string; label: string }[] = []) {
  return {
    definition: {
      type: 'timeseries',
      title,
      show_legend: true,
      legend_layout: 'auto',
      requests: [{ response_format: 'timeseries', queries, formulas, display_type: 'line' }],
      ...(markers.length ? { markers } : {}),
    },
  };
}

function toplist(title: string, queries: Query[], formulas: Formula[]) {
  return {
    definition: {
      type: 'toplist',
      title,
      requests: [{ response_format: 'scalar', queries, formulas: formulas.map((f) => ({ ...f, limit: { count: 10, order: 'desc' } })) }],
    },
  };
}

function queryValue(title: string, queries: Query[], formulas: Formula[], precision = 0) {
  return {
    definition: {
      type: 'query_value',
      title,
      precision,
      autoscale: true,
      requests: [{ response_format: 'scalar', queries, formulas }],
    },
  };
}

function group(title: string, widgets: object[]) {
  return { definition: { type: 'group', title, layout_type: 'ordered', show_title: true, widgets } };
}

function note(content: string) {
  return { definition: { type: 'note', content, background_color: 'white', font_size: '14', text_align: 'left', show_tick: false, has_padding: true } };
}

const count: Compute = { aggregation: 'count' };
const sessions: Compute = { aggregation: 'cardinality', metric: '@session.id' };
const ENTRY_POINT = [attribute('entryPoint')];

export function dashboard() {
  const q = (name: string, search: string, compute: Compute, groups: string[] = ENTRY_POINT, limit = 10) =>
    rumQuery(name, scoped(search), compute, groups, limit);
  const VIEW = actionQuery('travel-pay-view');
  return {
    title: 'travel-pay-status: release plan metrics by entry point',
    description:
      'The release plan’s Datadog metrics (travel pay API errors, p90 latency) and its GA metrics, computed from the RUM ' +
      'actions of <travel-pay-status>, by entry point. Read at every rollout stage: docs/rollout.md.',
    layout_type: 'ordered',
    reflow_type: 'auto',
    template_variables: TEMPLATE_VARIABLES,
    widgets: [
      note(
        'Every widget event is a RUM action named after it (`@action.target.name`), its detail under `@context`. ' +
          `Error rate: critical at ${ERROR_RATE.critical}% (the release plan's success criterion), warning at ${ERROR_RATE.warning}%. ` +
          `p90 latency: critical above ${LATENCY.critical} ms, warning above ${LATENCY.warning} ms (the plan leaves x open; see analytics/datadog/README.md). ` +
          'GA4 stays the reporting source for the UX metrics; these panels are the same events seen in Datadog, to cross-check GA and to read both in one place.',
      ),
      group('Rollout: the power switch', [
        timeseries('Power switch decisions by entry point, on or off', [q('query1', actionQuery('travel-pay-flag'), count, [attribute('entryPoint'), attribute('on')])], [{ formula: 'query1' }]),
        toplist('Decisions by source (timeout and error fail closed) and rule (the stage)', [q('query1', actionQuery('travel-pay-flag'), count, [attribute('source'), attribute('ruleId')])], [{ formula: 'query1' }]),
        queryValue('Share of decisions on (%)', [q('query1', actionQuery('travel-pay-flag', is('on', true)), count, []), q('query2', actionQuery('travel-pay-flag'), count, [])], [{ formula: 'query1 / query2 * 100' }], 1),
      ]),
      group('Travel pay API (release plan: Datadog metrics)', [
        timeseries(
          'Error rate (%) by endpoint and entry point',
          [q('query1', API_FAILED, count, BY_ENDPOINT_AND_ENTRY_POINT), q('query2', API, count, BY_ENDPOINT_AND_ENTRY_POINT)],
          [{ formula: 'query1 / query2 * 100', alias: 'error rate %' }],
          [
            { value: `y = ${ERROR_RATE.critical}`, display_type: 'error dashed', label: 'release plan: < 5%' },
            { value: `y = ${ERROR_RATE.warning}`, display_type: 'warning dashed', label: 'warning' },
          ],
        ),
        timeseries('Endpoint error count (non-200/201) by endpoint and entry point', [q('query1', API_FAILED, count, BY_ENDPOINT_AND_ENTRY_POINT)], [{ formula: 'query1', alias: 'errors' }]),
        toplist('Failed requests by outcome and status', [q('query1', API_FAILED, count, [attribute('outcome'), attribute('status')])], [{ formula: 'query1' }]),
        timeseries(
          'p90 latency (ms) by endpoint and entry point',
          [q('query1', API, { aggregation: 'pc90', metric: attribute('durationMs') }, BY_ENDPOINT_AND_ENTRY_POINT)],
          [{ formula: 'query1', alias: 'p90 ms' }],
          [
            { value: `y = ${LATENCY.critical}`, display_type: 'error dashed', label: 'critical' },
            { value: `y = ${LATENCY.warning}`, display_type: 'warning dashed', label: 'warning' },
          ],
        ),
        timeseries('Requests by endpoint and entry point', [q('query1', API, count, BY_ENDPOINT_AND_ENTRY_POINT)], [{ formula: 'query1', alias: 'requests' }]),
        timeseries('RUM errors of failed requests by entry point', [q('query1', '@type:error @error.source:custom @error.message:travel-pay-api*', count)], [{ formula: 'query1' }]),
      ]),
      group('Veterans (release plan: GA metrics, the same events in Datadog)', [
        queryValue('Unique page views (sessions with a view)', [q('query1', VIEW, sessions, [])], [{ formula: 'query1' }]),
        timeseries('Unique page views by entry point (sessions)', [q('query1', VIEW, sessions)], [{ formula: 'query1' }]),
        timeseries('Repeat page views by entry point', [q('query1', actionQuery('travel-pay-view', is('repeat', true)), count)], [{ formula: 'query1', alias: 'repeat views' }]),
        toplist('Entry point: views by host', [q('query1', VIEW, count)], [{ formula: 'query1' }]),
        toplist('Origin page: where Veterans come from', [q('query1', VIEW, count, [attribute('originPage')], 25)], [{ formula: 'query1' }]),
        timeseries(
          'Are Veterans going out to BTSSS? Help-section portal clicks by entry point',
          [q('query1', actionQuery('travel-pay-link-click', is('linkId', 'btsss-portal'), is('section', 'help')), count)],
          [{ formula: 'query1', alias: 'BTSSS clicks' }],
        ),
        toplist('Exit point: links followed, by link and section', [q('query1', actionQuery('travel-pay-link-click'), count, [attribute('linkId'), attribute('section')], 25)], [{ formula: 'query1' }]),
        toplist('Exit point: outbound destinations', [q('query1', actionQuery('travel-pay-link-click', is('outbound', true)), count, [attribute('href')], 25)], [{ formula: 'query1' }]),
        queryValue(
          'Utilization of pagination: sessions reaching page 2 (% of sessions with a view)',
          [q('query1', actionQuery('travel-pay-page-change', is('to', 2)), sessions, []), q('query2', VIEW, sessions, [])],
          [{ formula: 'query1 / query2 * 100' }],
          1,
        ),
        timeseries(
          'Utilization of pagination by entry point (%)',
          [q('query1', actionQuery('travel-pay-page-change', is('to', 2)), sessions), q('query2', VIEW, sessions)],
          [{ formula: 'query1 / query2 * 100', alias: '% reaching page 2' }],
        ),
        timeseries(
          'Time spent: visible seconds per view, by entry point',
          [q('query1', actionQuery('travel-pay-time-spent'), { aggregation: 'sum', metric: attribute('visibleMs') }), q('query2', VIEW, count)],
          [{ formula: 'query1 / query2 / 1000', alias: 'seconds per view' }],
        ),
        toplist('How the list is used: sort orders applied', [q('query1', actionQuery('travel-pay-sort-change'), count, [attribute('sort')])], [{ formula: 'query1' }]),
        toplist('How the list is used: date ranges applied', [q('query1', actionQuery('travel-pay-filter-change'), count, [attribute('dateRange')])], [{ formula: 'query1' }]),
      ]),
      group('Claims needing action, details and documents', [
        timeseries(
          'Claims needing action shown, by entry point',
          [
            q('query1', actionQuery('travel-pay-attention'), { aggregation: 'sum', metric: attribute('count') }),
            q('query2', actionQuery('travel-pay-attention'), { aggregation: 'sum', metric: attribute('overdue') }),
            q('query3', actionQuery('travel-pay-attention'), { aggregation: 'sum', metric: attribute('onHold') }),
          ],
          [{ formula: 'query1', alias: 'need action' }, { formula: 'query2', alias: 'overdue' }, { formula: 'query3', alias: 'on hold' }],
        ),
        toplist('Claim details viewed, by phase and known status', [q('query1', actionQuery('travel-pay-details-view'), count, [attribute('phase'), attribute('known')])], [{ formula: 'query1' }]),
        timeseries('Claim details viewed by entry point', [q('query1', actionQuery('travel-pay-details-view'), count)], [{ formula: 'query1' }]),
        toplist('Document downloads by kind and result', [q('query1', actionQuery('travel-pay-document-download'), count, [attribute('kind'), attribute('ok')])], [{ formula: 'query1' }]),
        timeseries(
          'Claim details and document requests: error rate (%) by endpoint',
          [
            q('query1', actionQuery('travel-pay-api', is('ok', false), '-' + is('endpoint', 'claims')), count, [attribute('endpoint')]),
            q('query2', actionQuery('travel-pay-api', '-' + is('endpoint', 'claims')), count, [attribute('endpoint')]),
          ],
          [{ formula: 'query1 / query2 * 100' }],
        ),
      ]),
      group('Filing a mileage-only claim (travel_pay_submit_mileage_expense)', [
        funnel('Filing funnel: start, the questions, review, submit (sessions)', ['start', 'eligibility', 'review', 'submit']),
        queryValue(
          `Abandonment: sessions that started filing and didn't submit (%; the release plan's example: < ${ABANDONMENT}%)`,
          [q('query1', actionQuery('travel-pay-file', is('step', 'start')), sessions, []), q('query2', SUBMITS, sessions, [])],
          [{ formula: '(query1 - query2) / query1 * 100' }],
          1,
        ),
        timeseries(
          'Abandonment by entry point (%)',
          [q('query1', actionQuery('travel-pay-file', is('step', 'start')), sessions), q('query2', SUBMITS, sessions)],
          [{ formula: '(query1 - query2) / query1 * 100', alias: 'abandonment %' }],
          [{ value: `y = ${ABANDONMENT}`, display_type: 'warning dashed', label: `release plan example: < ${ABANDONMENT}%` }],
        ),
        toplist('Where Veterans left: exits by reason', [q('query1', actionQuery('travel-pay-file', is('step', 'exit')), count, [attribute('reason')])], [{ formula: 'query1' }]),
        toplist('Submits by outcome', [q('query1', SUBMITS, count, [attribute('outcome')])], [{ formula: 'query1' }]),
        timeseries(
          'Submit error rate (%) by entry point',
          [q('query1', SUBMITS_FAILED, count), q('query2', SUBMITS, count)],
          [{ formula: 'query1 / query2 * 100', alias: 'submit error rate %' }],
          [
            { value: `y = ${FILING_ERROR_RATE.critical}`, display_type: 'error dashed', label: 'release plan: < 5%' },
            { value: `y = ${FILING_ERROR_RATE.warning}`, display_type: 'warning dashed', label: 'warning' },
          ],
        ),
        timeseries(
          'Appointments that can still be claimed (sum of count), and appointments answers read',
          [
            q('query1', actionQuery('travel-pay-unfiled'), { aggregation: 'sum', metric: attribute('count') }),
            q('query2', actionQuery('travel-pay-unfiled'), count),
          ],
          [{ formula: 'query1', alias: 'appointments' }, { formula: 'query2', alias: 'answers' }],
        ),
        toplist(
          'Appointments, address and filing requests: failures by endpoint and status',
          [q('query1', actionQuery('travel-pay-api', is('ok', false), '-' + is('endpoint', 'claims'), '-' + is('endpoint', 'claim-details'), '-' + is('endpoint', 'document')), count, [attribute('endpoint'), attribute('status')])],
          [{ formula: 'query1' }],
        ),
      ]),
    ],
  };
}

/** Every file of analytics/datadog/ and what it holds. */
export function datadogDefinitions() {
  return {
    'monitor-api-error-rate.json': errorRateMonitor(),
    'monitor-api-p90-latency.json': latencyMonitor(),
    'monitor-filing-submit-error-rate.json': filingErrorRateMonitor(),
    'dashboard.json': dashboard(),
  };
}
