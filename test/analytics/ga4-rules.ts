/**
 * GA4's collection rules for an event sent from a dataLayer payload: what breaks them is
 * dropped by GA without a word (an event whose name breaks them, a parameter whose name
 * or value does).
 */
export const GA4_RULES = {
  nameMax: 40,
  valueMax: 100,
  paramsMax: 25,
  name: /^[A-Za-z][A-Za-z0-9_]*$/,
  reservedPrefixes: ['google_', 'ga_', 'firebase_'],
  /** Names GA4 collects itself; a custom event must not take one. */
  reservedEvents: [
    'ad_activeview', 'ad_click', 'ad_exposure', 'ad_impression', 'ad_query', 'ad_reward', 'adunit_exposure',
    'app_background', 'app_clear_data', 'app_exception', 'app_install', 'app_remove', 'app_store_refund',
    'app_update', 'app_upgrade', 'dynamic_link_app_open', 'dynamic_link_app_update', 'dynamic_link_first_open',
    'error', 'first_open', 'first_visit', 'in_app_purchase', 'notification_dismiss', 'notification_foreground',
    'notification_open', 'notification_receive', 'notification_send', 'os_update', 'screen_view',
    'session_start', 'user_engagement',
  ],
} as const;

function nameProblems(kind: string, name: string): string[] {
  const problems: string[] = [];
  if (name.length > GA4_RULES.nameMax) problems.push(`${kind} ${name}: longer than ${GA4_RULES.nameMax} characters`);
  if (!GA4_RULES.name.test(name)) problems.push(`${kind} ${name}: not a letter then letters, digits, underscores`);
  if (GA4_RULES.reservedPrefixes.some((prefix) => name.toLowerCase().startsWith(prefix))) problems.push(`${kind} ${name}: reserved prefix`);
  return problems;
}

/** Every way `payload` (`{ event, ...parameters }`) breaks GA4's rules; none: []. */
export function ga4Violations(payload: Record<string, unknown>): string[] {
  const { event, ...parameters } = payload;
  if (typeof event !== 'string') return ['no event name'];
  const problems = nameProblems('event', event);
  if ((GA4_RULES.reservedEvents as readonly string[]).includes(event)) problems.push(`event ${event}: reserved by GA4`);
  const names = Object.keys(parameters);
  if (names.length > GA4_RULES.paramsMax) problems.push(`${event}: ${names.length} parameters, more than ${GA4_RULES.paramsMax}`);
  for (const [name, value] of Object.entries(parameters)) {
    problems.push(...nameProblems(`${event} parameter`, name));
    if (typeof value === 'string') {
      if (value.length > GA4_RULES.valueMax) problems.push(`${event}.${name}: value longer than ${GA4_RULES.valueMax} characters`);
    } else if (typeof value !== 'number' || !Number.isFinite(value)) {
      problems.push(`${event}.${name}: value ${JSON.stringify(value)} is neither a string nor a finite number`);
    }
  }
  return problems;
}
