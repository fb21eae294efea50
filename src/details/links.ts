/**
 * Links only a claim's details show (docs/api.md, "Help content"; the rest are in
 * src/claims/help-content.ts). Here, they load with the details piece, not the first view.
 */

/** eCFR, for "38 CFR 70.10"-style citations in decision reasons. */
export const ECFR_SECTION_URL = (section: string) => `https://www.ecfr.gov/current/title-38/section-${section}`;
/** VA Form 10-0998's current title, as VA's form page gives it. */
export const APPEAL_FORM_TITLE = 'Your Rights to Seek Further Review of Our Healthcare Benefits Decision';
