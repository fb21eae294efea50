/** Where a Veteran gets help with travel claims (shared/api-contract.md, "Help content"). */
export const BTSSS_PORTAL_URL = 'https://dvagov-btsss.dynamics365portals.us/';
export const CALL_CENTER = { label: '855-574-7292', tel: 'tel:+18555747292' } as const;
export const TTY = { label: '711', tel: 'tel:711' } as const;
export const CALL_CENTER_HOURS = 'Monday through Friday, 8:00 a.m. to 8:00 p.m. ET';
