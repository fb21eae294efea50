/**
 * Past appointments as VAOS answers them (`GET /vaos/v2/appointments?_include=facilities,
 * travel_pay_claims`), the Veteran's record as `GET /v0/user` answers it, and what
 * `POST /travel_pay/v0/claims` answers, shaped from vets-api's and vets-website's own
 * examples (docs/api.md). DOM-free and clock-free: the same `today` gives the same
 * appointments. Every person here is made up; the facilities are real VA facilities.
 */
import type { ApiClaim } from './fixtures.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

interface Facility {
  station: string;
  name: string;
  timeZoneId: string;
}

export const FILING_FACILITIES = {
  fortCollins: { station: '983GC', name: 'Fort Collins VA Clinic', timeZoneId: 'America/Denver' },
  cheyenne: { station: '442', name: 'Cheyenne VA Medical Center', timeZoneId: 'America/Denver' },
  phoenix: { station: '644', name: 'Phoenix VA Health Care System', timeZoneId: 'America/Phoenix' },
  sanJuan: { station: '672', name: 'VA Caribbean Healthcare System', timeZoneId: 'America/Puerto_Rico' },
  honolulu: { station: '459', name: 'VA Pacific Islands Health Care System', timeZoneId: 'Pacific/Honolulu' },
} as const satisfies Record<string, Facility>;

/** The zone's offset from UTC at `ms`, in minutes (DST included), from the runtime's own zone data. */
function offsetMinutes(ms: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' })
      .formatToParts(ms)
      .map((p) => [p.type, Number(p.value)]),
  );
  return (Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute) - Math.floor(ms / 60_000) * 60_000) / 60_000;
}

export type ClaimLookup = 'none' | 'filed' | 'failed' | 'missing';

export interface AppointmentSpec {
  id: string;
  /** Days before `today`, facility-local. */
  daysAgo: number;
  /** Facility-local `HH:MM`. */
  time: string;
  facility: Facility;
  kind: 'clinic' | 'telehealth' | 'cc' | 'phone';
  status: 'booked' | 'arrived' | 'fulfilled' | 'cancelled' | 'proposed' | 'noshow';
  vvsKind?: 'CLINIC_BASED' | 'STORE_FORWARD' | 'MOBILE_ANY' | 'ADHOC';
  claim?: ClaimLookup;
  /** Leave `localStartTime` out: the widget converts `start` to the facility's zone. */
  noLocalStartTime?: boolean;
}

/** One VAOS appointment, with the personal fields VAOS sends that the widget must never keep. */
export function vaosAppointment(spec: AppointmentSpec, today: string) {
  const [y, m, d] = today.split('-').map(Number);
  const [hh, mm] = spec.time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d - spec.daysAgo, hh, mm);
  // The instant whose wall clock in the facility's zone is `wall` (offsets change at most once a day).
  const offset = offsetMinutes(wall - offsetMinutes(wall, spec.facility.timeZoneId) * 60_000, spec.facility.timeZoneId);
  const start = wall - offset * 60_000;
  const local = new Date(wall).toISOString().slice(0, 23);
  const sign = offset < 0 ? '-' : '+';
  const localStartTime = `${local}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  const claim = spec.claim ?? 'none';
  return {
    id: spec.id,
    type: 'appointments',
    attributes: {
      id: spec.id,
      kind: spec.kind,
      status: spec.status,
      serviceType: 'primaryCare',
      patientIcn: '1012845331V153043',
      locationId: spec.facility.station,
      clinic: '455',
      start: new Date(start).toISOString().replace('.000Z', 'Z'),
      end: new Date(start + 30 * 60_000).toISOString().replace('.000Z', 'Z'),
      ...(spec.noLocalStartTime ? {} : { localStartTime }),
      minutesDuration: 30,
      reasonForAppointment: 'Follow-up on my knee, and the medication that makes me dizzy',
      patientComments: 'Please call my daughter Jane at 555-0100',
      practitioners: [{ identifier: [{ system: 'dfn-983', value: '520647363' }], name: { family: 'SMITHSON', given: ['JANET'] } }],
      ...(spec.kind === 'telehealth' ? { telehealth: { vvsKind: spec.vvsKind ?? 'MOBILE_ANY', atlas: null } } : {}),
      location: {
        id: spec.facility.station,
        type: 'appointments',
        attributes: {
          id: spec.facility.station,
          vistaSite: spec.facility.station.slice(0, 3),
          name: spec.facility.name,
          timezone: { timeZoneId: spec.facility.timeZoneId },
          phone: { main: '307-778-7550' },
          physicalAddress: { type: 'physical', line: ['2360 East Pershing Boulevard'], city: 'Cheyenne', state: 'WY', postalCode: '82001-5356' },
        },
      },
      ...travelPayClaim(claim, spec, local),
    },
  };
}

export type VaosAppointment = ReturnType<typeof vaosAppointment>;

/** `travelPayClaim` as vets-api's claim association writes it. */
function travelPayClaim(lookup: ClaimLookup, spec: AppointmentSpec, local: string) {
  switch (lookup) {
    case 'missing':
      return {};
    case 'failed':
      return { travelPayClaim: { metadata: { status: 503, message: 'Claim service is unavailable', success: false } } };
    case 'none':
      return { travelPayClaim: { metadata: { status: 200, message: 'No claims found.', success: true } } };
    case 'filed':
      return {
        travelPayClaim: {
          metadata: { status: 200, message: 'Data retrieved successfully.', success: true },
          claim: {
            id: `claim-for-${spec.id}`,
            claimNumber: 'TC0000000000042',
            claimStatus: 'In process',
            appointmentDateTime: `${local}Z`,
            facilityName: spec.facility.name,
            createdOn: `${local}Z`,
            modifiedOn: `${local}Z`,
          },
        },
      };
  }
}

const F = FILING_FACILITIES;

/**
 * Appointments of every kind and status, claimed and not: five days that can still be
 * claimed (in person; two at one facility on one day; video at a VA facility; the
 * deadline's last day; one without `localStartTime`), one whose claim lookup failed, and
 * ten that can't be claimed here (claimed already, video at home, community care, phone,
 * cancelled, a request, a no-show, past the deadline).
 */
export const DEFAULT_APPOINTMENTS: readonly AppointmentSpec[] = [
  { id: '167322', daysAgo: 2, time: '09:00', facility: F.fortCollins, kind: 'clinic', status: 'fulfilled' },
  { id: '167401', daysAgo: 6, time: '08:00', facility: F.phoenix, kind: 'clinic', status: 'booked' },
  { id: '167402', daysAgo: 6, time: '13:30', facility: F.phoenix, kind: 'clinic', status: 'booked' },
  { id: '167455', daysAgo: 10, time: '14:00', facility: F.sanJuan, kind: 'telehealth', vvsKind: 'CLINIC_BASED', status: 'fulfilled' },
  { id: '167610', daysAgo: 30, time: '07:30', facility: F.phoenix, kind: 'clinic', status: 'fulfilled' },
  { id: '167520', daysAgo: 20, time: '11:00', facility: F.phoenix, kind: 'clinic', status: 'arrived', noLocalStartTime: true },
  { id: '167501', daysAgo: 15, time: '10:15', facility: F.honolulu, kind: 'clinic', status: 'fulfilled', claim: 'failed' },
  { id: '167470', daysAgo: 8, time: '10:00', facility: F.cheyenne, kind: 'clinic', status: 'fulfilled', claim: 'filed' },
  { id: '167471', daysAgo: 12, time: '15:00', facility: F.cheyenne, kind: 'telehealth', vvsKind: 'STORE_FORWARD', status: 'fulfilled', claim: 'filed' },
  { id: '167480', daysAgo: 4, time: '16:00', facility: F.fortCollins, kind: 'telehealth', vvsKind: 'MOBILE_ANY', status: 'fulfilled' },
  { id: '167481', daysAgo: 5, time: '09:30', facility: F.cheyenne, kind: 'cc', status: 'fulfilled' },
  { id: '167482', daysAgo: 3, time: '11:00', facility: F.cheyenne, kind: 'phone', status: 'fulfilled' },
  { id: '167483', daysAgo: 1, time: '08:45', facility: F.cheyenne, kind: 'clinic', status: 'cancelled' },
  { id: '167484', daysAgo: 9, time: '09:00', facility: F.sanJuan, kind: 'clinic', status: 'proposed' },
  { id: '167485', daysAgo: 7, time: '09:00', facility: F.honolulu, kind: 'clinic', status: 'noshow' },
  { id: '167486', daysAgo: 31, time: '09:00', facility: F.fortCollins, kind: 'clinic', status: 'fulfilled' },
];

/** One appointment that can be claimed: the tests' and the end-to-end test's. */
export const SINGLE_APPOINTMENT: readonly AppointmentSpec[] = [
  { id: '167322', daysAgo: 2, time: '09:00', facility: F.fortCollins, kind: 'clinic', status: 'fulfilled' },
];

/** VAOS's answer for `specs` on `today`. */
export function appointmentsBody(specs: readonly AppointmentSpec[], today: string, lookup?: ClaimLookup) {
  return { data: specs.map((spec) => vaosAppointment(lookup ? { ...spec, claim: lookup } : spec, today)), meta: { pagination: { currentPage: 0, perPage: 0, totalPages: 0, totalEntries: specs.length } } };
}

/** The claim a successful POST makes, as the claims list then shows it. */
export function filedClaim(body: { appointmentDateTime: string; facilityName: string }, status: string, n: number): ApiClaim {
  const now = new Date().toISOString();
  return {
    id: `f1ed0000-0000-4000-a000-${pad(n, 12)}`,
    claimNumber: `TC${pad(9_000_000_000_000 + n, 13)}`,
    claimStatus: status,
    appointmentDateTime: `${body.appointmentDateTime.slice(0, 23)}Z`,
    facilityId: 'd4c3b2a1-0f9e-4d8c-b7a6-958473625140',
    facilityName: body.facilityName,
    createdOn: now,
    modifiedOn: now,
    totalCostRequested: 0,
    reimbursementAmount: 0,
  };
}

/** The home address on file, as `vet360ContactInformation.residentialAddress` carries it. */
export const HOME_ADDRESS = {
  addressLine1: '345 Home Address St.',
  addressLine2: 'Apt. 2',
  addressLine3: null,
  addressPou: 'RESIDENCE/CHOICE',
  addressType: 'DOMESTIC',
  city: 'Fort Collins',
  countryName: 'United States',
  countryCodeIso3: 'USA',
  stateCode: 'CO',
  zipCode: '80525',
  zipCodeSuffix: null,
  id: 123,
  latitude: 40.5,
  longitude: -105.1,
};

/** `GET /v0/user`, with everything the widget must not read; `address` null: none on file. */
export function userBody(address: typeof HOME_ADDRESS | null = HOME_ADDRESS) {
  return {
    data: {
      id: '',
      type: 'users_scaffolds',
      attributes: {
        services: ['facilities', 'hca', 'edu-benefits', 'evss-claims', 'form526', 'user-profile', 'health-records', 'rx', 'messaging'],
        account: { accountUuid: '7d9e2bfb-13ae-45a8-8764-5c4b1e8d2f33' },
        profile: {
          email: 'vets.gov.user+228@gmail.com',
          firstName: 'JUDY',
          middleName: 'MORRISON',
          lastName: 'BROWN',
          birthDate: '1953-04-01',
          gender: 'F',
          zip: '80525',
          loa: { current: 3, highest: 3 },
          multifactor: true,
          verified: true,
          signIn: { serviceName: 'idme' },
        },
        vaProfile: { status: 'OK', birthDate: '19530401', familyName: 'Brown', givenNames: ['Judy'], isCernerPatient: false, facilities: [{ facilityId: '983', isCerner: false }], vaPatient: true },
        veteranStatus: { status: 'OK', isVeteran: true, servedInMilitary: true },
        vet360ContactInformation: {
          email: { emailAddress: 'judy.brown@example.com', id: 1 },
          residentialAddress: address,
          mailingAddress: { ...HOME_ADDRESS, addressLine1: 'PO Box 1234', addressLine2: null, addressPou: 'CORRESPONDENCE' },
          mobilePhone: { areaCode: '555', phoneNumber: '5551234', id: 2 },
          homePhone: { areaCode: '555', phoneNumber: '5550000', id: 3 },
        },
      },
    },
    meta: { errors: null },
  };
}
