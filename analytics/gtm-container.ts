import { EVENT_NAMES, type TravelPayEventName } from '../src/analytics/events.js';
import { EVENT_CATALOG, GA4_DEFINITIONS, ga4EventName, ga4ParametersOf, type Ga4Parameter } from './catalog.js';

/**
 * The Google Tag Manager container an analyst imports (Admin > Import container, merge)
 * so that the widget's dataLayer events become GA4 events: one GA4 event tag per event
 * with every parameter, a data layer variable per parameter, a custom-event trigger per
 * event, and the GA4 measurement ID as one constant to fill in. GTM's export format
 * (`exportFormatVersion` 2); written to analytics/gtm/container.json by analytics/build.ts.
 * Not part of the widget's bundle.
 */

/** Every name starts with this, so that a merge into VA.gov's container can't collide. */
export const GTM_PREFIX = 'Travel Pay';
export const MEASUREMENT_ID_VARIABLE = `${GTM_PREFIX} - GA4 measurement ID`;
export const MEASUREMENT_ID_PLACEHOLDER = 'G-XXXXXXXXXX';

export const tagName = (event: string) => `${GTM_PREFIX} - GA4 event - ${event}`;
export const triggerName = (event: string) => `${GTM_PREFIX} - CE - ${event}`;
export const variableName = (parameter: string) => `${GTM_PREFIX} - DLV - ${parameter}`;

// The ids below are the export's own; GTM gives imported items new ones.
const ACCOUNT = { accountId: '0', containerId: '0' };
const FOLDER_ID = '1';
/** A fixed fingerprint and export time keep the generated file stable between builds. */
const FINGERPRINT = '1764201600000';
const EXPORT_TIME = '2026-11-27 00:00:00';

const template = (key: string, value: string) => ({ type: 'TEMPLATE', key, value });

export function gtmContainer() {
  const parameters = [...new Set(EVENT_NAMES.flatMap((name) => ga4ParametersOf(name)))];
  let nextId = 2;
  const item = () => ({ ...ACCOUNT, id: String(nextId++) });

  const variable = [
    {
      ...ACCOUNT,
      variableId: item().id,
      name: MEASUREMENT_ID_VARIABLE,
      type: 'c',
      notes: 'The GA4 measurement ID (G-…) of the property the events go to: fill this in once.',
      parameter: [template('value', MEASUREMENT_ID_PLACEHOLDER)],
      parentFolderId: FOLDER_ID,
      fingerprint: FINGERPRINT,
    },
    ...parameters.map((parameter) => ({
      ...ACCOUNT,
      variableId: item().id,
      name: variableName(parameter),
      type: 'v',
      notes: GA4_DEFINITIONS[parameter as Ga4Parameter].description,
      parameter: [
        { type: 'INTEGER', key: 'dataLayerVersion', value: '2' },
        { type: 'BOOLEAN', key: 'setDefaultValue', value: 'false' },
        template('name', parameter),
      ],
      parentFolderId: FOLDER_ID,
      fingerprint: FINGERPRINT,
    })),
  ];

  const triggers = new Map<TravelPayEventName, string>();
  const trigger = EVENT_NAMES.map((name) => {
    const { id } = item();
    triggers.set(name, id);
    return {
      ...ACCOUNT,
      triggerId: id,
      name: triggerName(ga4EventName(name)),
      type: 'CUSTOM_EVENT',
      customEventFilter: [{ type: 'EQUALS', parameter: [template('arg0', '{{_event}}'), template('arg1', ga4EventName(name))] }],
      parentFolderId: FOLDER_ID,
      fingerprint: FINGERPRINT,
    };
  });

  const tag = EVENT_NAMES.map((name) => ({
    ...ACCOUNT,
    tagId: item().id,
    name: tagName(ga4EventName(name)),
    type: 'gaawe',
    notes: `${name}: ${EVENT_CATALOG[name].description} Release plan: ${EVENT_CATALOG[name].metric}.`,
    parameter: [
      { type: 'BOOLEAN', key: 'sendEcommerceData', value: 'false' },
      template('eventName', ga4EventName(name)),
      template('measurementIdOverride', `{{${MEASUREMENT_ID_VARIABLE}}}`),
      {
        type: 'LIST',
        key: 'eventSettingsTable',
        list: ga4ParametersOf(name).map((parameter) => ({
          type: 'MAP',
          map: [template('parameter', parameter), template('parameterValue', `{{${variableName(parameter)}}}`)],
        })),
      },
    ],
    firingTriggerId: [triggers.get(name)!],
    tagFiringOption: 'ONCE_PER_EVENT',
    monitoringMetadata: { type: 'MAP' },
    consentSettings: { consentStatus: 'NOT_SET' },
    parentFolderId: FOLDER_ID,
    fingerprint: FINGERPRINT,
  }));

  return {
    exportFormatVersion: 2,
    exportTime: EXPORT_TIME,
    containerVersion: {
      path: 'accounts/0/containers/0/versions/0',
      ...ACCOUNT,
      containerVersionId: '0',
      name: 'travel-pay-status: GA4 events',
      description:
        'The <travel-pay-status> widget’s dataLayer events as GA4 events. Import into the site’s container with “Merge”, ' +
        `then set “${MEASUREMENT_ID_VARIABLE}” and register the custom definitions of analytics/gtm/ga4-custom-definitions.json.`,
      container: {
        path: 'accounts/0/containers/0',
        ...ACCOUNT,
        name: 'travel-pay-status',
        publicId: 'GTM-XXXXXXX',
        usageContext: ['WEB'],
        fingerprint: FINGERPRINT,
      },
      folder: [{ ...ACCOUNT, folderId: FOLDER_ID, name: 'travel-pay-status', fingerprint: FINGERPRINT }],
      tag,
      trigger,
      variable,
      fingerprint: FINGERPRINT,
    },
  };
}

/**
 * GA4's custom definitions for the parameters, in GA4 Admin API shapes (event-scoped
 * custom dimensions and metrics), in the order to register them: the release plan's
 * first, entry point first of all.
 */
export function ga4CustomDefinitions() {
  const entries = Object.entries(GA4_DEFINITIONS) as [Ga4Parameter, (typeof GA4_DEFINITIONS)[Ga4Parameter]][];
  const ordered = [...entries.filter(([, d]) => d.releasePlan), ...entries.filter(([, d]) => !d.releasePlan)];
  return {
    customDimensions: ordered.flatMap(([parameterName, d]) =>
      d.kind === 'dimension' ? [{ parameterName, displayName: d.displayName, description: d.description, scope: 'EVENT' }] : [],
    ),
    customMetrics: ordered.flatMap(([parameterName, d]) =>
      d.kind === 'metric'
        ? [{ parameterName, displayName: d.displayName, description: d.description, measurementUnit: d.unit, scope: 'EVENT' }]
        : [],
    ),
    /** How many of each the release plan needs: register these first. */
    releasePlan: {
      customDimensions: entries.filter(([, d]) => d.releasePlan && d.kind === 'dimension').length,
      customMetrics: entries.filter(([, d]) => d.releasePlan && d.kind === 'metric').length,
    },
  };
}
