/**
 * Links only a claim's details show (docs/api.md, "Help content"; the rest are in
 * src/claims/help-content.ts). Here, they load with the details piece, not the first view.
 */

/** eCFR, for "38 CFR 70.10"-style citations in decision reasons. */
export const ECFR_SECTION_URL = (section: string) => `https://www.ecfr.gov/current/title-38/section-${section}`;
/** My HealtheVet secure messages: one way to send VA Form 10-0998 to a facility's travel office. */
export const SECURE_MESSAGES_URL = 'https://www.va.gov/my-health/secure-messages/';
