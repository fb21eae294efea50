/**
 * Past appointments as VAOS sends them (docs/api.md, "Past appointments"), and which of
 * them a Veteran can still file a mileage-only claim for here. DOM-free; loaded with the
 * appointments piece, never with the first view (it may use Intl).
 */
import type { CalendarDate } from './calendar.js';
import { deadlineDaysLeft } from './next-steps.js';
import { isRecord, wallClockMinutes } from './parse.js';

/** An appointment as the widget keeps it: only what the rule and the claim need, nothing personal. */
export interface PastAppointment {
  /** The facility's station number (`983`, `983GC`): what the claim is filed against. */
  station: string;
  /** The facility's name, free text from upstream (at most {@link FACILITY_NAME_MAX} characters); '' when missing. */
  facility: string;
  /** The facility's wall clock, `YYYY-MM-DDTHH:MM:SS.sss`, no offset: what the claim names. */
  local: string;
  /** The real instant it started, in milliseconds. */
  start: number;
  /** In person at a VA facility, or video at a VA facility. */
  atFacility: boolean;
  /** Its status lets it be claimed (it took place, or is booked and past): not cancelled, not a request. */
  held: boolean;
  /** The claim lookup VAOS did for it: no claim, a claim already, or it couldn't check. */
  claim: 'none' | 'filed' | 'unknown';
}

/** A facility's name longer than this is cut: free text is bounded before anything reads it. */
export const FACILITY_NAME_MAX = 300;
/** At most this many appointments are read from an answer (30 days hold a few dozen at most). */
export const APPOINTMENTS_MAX = 500;

/** Statuses of an appointment that took place, or may have: `booked` stays booked after the visit on some systems. */
const HELD = new Set(['booked', 'arrived', 'checked-in', 'fulfilled']);
/** Video visits at a VA facility (`telehealth.vvsKind`): the Veteran traveled to it. */
const VIDEO_AT_FACILITY = new Set(['CLINIC_BASED', 'STORE_FORWARD']);
const STATION = /^\d{3}[A-Za-z0-9]{0,7}$/;
/** `2026-11-30T08:00`, optional seconds and fraction, then an offset or `Z`. */
const LOCAL_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:[+-]\d{2}:?\d{2}|Z)$/;

/**
 * The appointments of a VAOS answer the widget can place: each with a station number, a
 * facility-local time and a real instant. Anything else is dropped, never thrown on; a
 * body that isn't a list of appointments is null.
 */
export function parseAppointments(body: unknown): PastAppointment[] | null {
  if (!isRecord(body) || !Array.isArray(body.data)) return null;
  const appointments: PastAppointment[] = [];
  for (const entry of body.data.slice(0, APPOINTMENTS_MAX)) {
    const appointment = isRecord(entry) && isRecord(entry.attributes) ? parseAppointment(entry.attributes) : null;
    if (appointment) appointments.push(appointment);
  }
  return appointments;
}

function parseAppointment(a: Record<string, unknown>): PastAppointment | null {
  const location = isRecord(a.location) && isRecord(a.location.attributes) ? a.location.attributes : {};
  const station = [a.locationId, isRecord(a.location) ? a.location.id : undefined].find(
    (s): s is string => typeof s === 'string' && STATION.test(s),
  );
  if (!station) return null;
  const start = typeof a.start === 'string' && a.start.length <= 40 ? Date.parse(a.start) : NaN;
  const zone = isRecord(location.timezone) ? location.timezone.timeZoneId : undefined;
  const local = localTime(a.localStartTime) ?? (typeof zone === 'string' && !Number.isNaN(start) ? wallClockIn(start, zone) : null);
  const instant = Number.isNaN(start) && typeof a.localStartTime === 'string' && local ? Date.parse(a.localStartTime) : start;
  if (!local || Number.isNaN(instant)) return null;
  const telehealth = isRecord(a.telehealth) ? a.telehealth : {};
  const name = typeof location.name === 'string' ? location.name.slice(0, FACILITY_NAME_MAX).trim() : '';
  return {
    station: station.toUpperCase(),
    facility: name,
    local,
    start: instant,
    atFacility: a.kind === 'clinic' || (a.kind === 'telehealth' && VIDEO_AT_FACILITY.has(telehealth.vvsKind as string)),
    held: typeof a.status === 'string' && HELD.has(a.status),
    claim: claimLookup(a.travelPayClaim),
  };
}

/** `travelPayClaim`: a claim found, none found, or no answer we can trust (then nobody is offered to file). */
function claimLookup(value: unknown): PastAppointment['claim'] {
  if (!isRecord(value) || !isRecord(value.metadata) || value.metadata.success !== true) return 'unknown';
  return isRecord(value.claim) ? 'filed' : 'none';
}

/** `localStartTime` without its offset, as `YYYY-MM-DDTHH:MM:SS.sss`; null unless it is a real date and time. */
export function localTime(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 40) return null;
  const match = LOCAL_TIME.exec(value);
  if (!match || Number.isNaN(wallClockMinutes(match[1]))) return null;
  const [, head, seconds = '00', fraction = ''] = match;
  if (Number(seconds) > 59) return null;
  return `${head}:${seconds}.${fraction.padEnd(3, '0').slice(0, 3)}`;
}

/** The wall clock at `ms` in the IANA zone `timeZone`, as `localTime` writes it; null for an unknown zone. */
export function wallClockIn(ms: number, timeZone: string): string | null {
  try {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      })
        .formatToParts(ms)
        .map((p) => [p.type, p.value]),
    );
    const local = `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}.000`;
    // A year past 9999 (or before 1) has no four-digit form: no wall clock the claim can name.
    return local.length === 23 && !Number.isNaN(wallClockMinutes(local)) ? local : null;
  } catch {
    return null;
  }
}

/** One claim per facility per day: the key of both, `983GC|2026-11-30`. */
export const dayKey = (station: string, local: string) => `${station.toUpperCase()}|${local.slice(0, 10)}`;

/** A facility and day the Veteran can still claim, or whose claim lookup failed. */
export interface UnfiledDay {
  key: string;
  station: string;
  facility: string;
  /** The day's first appointment that counts, facility wall clock: the one the claim names. */
  local: string;
  /** Whole days left to file (0: today is the last day), counted like every filing deadline. */
  daysLeft: number;
  /** The claim lookup failed: "We couldn't check whether you filed", and never an offer to file. */
  unchecked: boolean;
}

/**
 * The facilities and days that can still be claimed here, soonest deadline first:
 * appointments in the past (`now`) whose facility-local date is within the filing
 * deadline on `today` (`deadlineDaysLeft`, as for every claim), not cancelled, in person
 * or by video at a VA facility; one per facility per day, and none for a facility and
 * day that has a claim already (VAOS matches a claim to one appointment's exact time) or
 * that `filed` says was filed here. A day whose claim lookup failed is listed
 * `unchecked`, never as one to file.
 */
export function unfiledDays(
  appointments: readonly PastAppointment[],
  now: number,
  today: CalendarDate,
  filed: (key: string) => boolean = () => false,
): UnfiledDay[] {
  const days = new Map<string, UnfiledDay>();
  const claimed = new Set(appointments.filter((a) => a.claim === 'filed').map((a) => dayKey(a.station, a.local)));
  for (const a of appointments) {
    const key = dayKey(a.station, a.local);
    if (!a.held || !a.atFacility || a.start >= now || claimed.has(key) || filed(key)) continue;
    const daysLeft = deadlineDaysLeft(a.local, today);
    if (daysLeft < 0) continue;
    const day = days.get(key);
    if (!day) {
      days.set(key, { key, station: a.station, facility: a.facility, local: a.local, daysLeft, unchecked: a.claim === 'unknown' });
      continue;
    }
    if (a.claim === 'unknown') day.unchecked = true;
    if (a.local < day.local) Object.assign(day, { local: a.local, facility: a.facility || day.facility });
  }
  return [...days.values()].sort((x, y) => (x.local < y.local ? -1 : x.local > y.local ? 1 : x.key < y.key ? -1 : 1));
}

/** What the action summary and `travel-pay-unfiled` say: how many can be filed, and the soonest deadline. */
export function unfiledSummary(days: readonly UnfiledDay[]): { count: number; soonest: UnfiledDay | null } {
  const fileable = days.filter((d) => !d.unchecked);
  return { count: fileable.length, soonest: fileable[0] ?? null };
}
