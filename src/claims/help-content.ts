/** Where a Veteran gets help with travel claims (docs/api.md, "Help content"). */
export const BTSSS_PORTAL_URL = 'https://dvagov-btsss.dynamics365portals.us/';
export const CALL_CENTER = { label: '855-574-7292', tel: 'tel:+18555747292' } as const;
export const TTY = { label: '711', tel: 'tel:711' } as const;
export const CALL_CENTER_HOURS = 'Monday through Friday, 8:00 a.m. to 8:00 p.m. ET';
/** A facility's travel office: the contact for claims on hold and payments that don't come. */
export const TRAVEL_OFFICE_URL = 'https://www.va.gov/HEALTHBENEFITS/vtp/beneficiary_travel_pocs.asp';
/** Direct deposit for travel pay, which is separate from other VA benefits. */
export const DIRECT_DEPOSIT_URL = 'https://www.va.gov/resources/how-to-set-up-direct-deposit-for-va-travel-pay-reimbursement/';
/** VA Form 10-0998, how to appeal a decision on a travel claim. */
export const APPEAL_FORM_URL = 'https://www.va.gov/find-forms/about-form-10-0998/';
// The links only a claim's details show are in src/details/links.ts, with the details:
// what is here loads with the first view.
