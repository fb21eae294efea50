import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseHomeAddress } from '../../src/claims/home-address.js';
import { APPOINTMENTS_MAX, dayKey, FACILITY_NAME_MAX, localTime, parseAppointments, unfiledDays, unfiledSummary, wallClockIn, type PastAppointment } from '../../src/claims/appointments.js';
import { deadlineDaysLeft } from '../../src/claims/next-steps.js';
import { deadlineToday } from '../../src/claims/calendar.js';
import { appointmentsBody, DEFAULT_APPOINTMENTS, FILING_FACILITIES, vaosAppointment, type AppointmentSpec } from '../../mocks/filing-fixtures.js';

const TODAY = '2026-11-20';
const today = { year: 2026, month: 11, day: 20 };
// Noon Eastern on the fixtures' today: every fixture appointment is in the past.
const NOW = Date.parse('2026-11-20T17:00:00Z');

const appt = (over: Partial<PastAppointment> = {}): PastAppointment => ({
  station: '983GC',
  facility: 'Fort Collins VA Clinic',
  local: '2026-11-18T09:00:00.000',
  start: Date.parse('2026-11-18T16:00:00Z'),
  atFacility: true,
  held: true,
  claim: 'none',
  ...over,
});

describe('past appointments: reading VAOS', () => {
  it('keeps the station, facility, wall clock and instant, and nothing personal', () => {
    const [a] = parseAppointments(appointmentsBody([DEFAULT_APPOINTMENTS[0]], TODAY))!;
    expect(a).to.deep.equal({
      station: '983GC',
      facility: 'Fort Collins VA Clinic',
      local: '2026-11-18T09:00:00.000',
      start: Date.parse('2026-11-18T16:00:00Z'),
      atFacility: true,
      held: true,
      claim: 'none',
    });
    const kept = JSON.stringify(parseAppointments(appointmentsBody(DEFAULT_APPOINTMENTS, TODAY)));
    for (const personal of ['1012845331V153043', 'SMITHSON', 'JANET', 'dizzy', '555-0100', '520647363', 'Pershing', 'daughter']) {
      expect(kept, personal).to.not.include(personal);
    }
  });

  it('cuts the wall clock from localStartTime, whatever its precision, and never shifts it', () => {
    expect(localTime('2026-11-30T08:00:00.000-07:00')).to.equal('2026-11-30T08:00:00.000');
    expect(localTime('2026-11-30T08:00-07:00')).to.equal('2026-11-30T08:00:00.000');
    expect(localTime('2026-11-30T23:59:59.123456+10:00')).to.equal('2026-11-30T23:59:59.123');
    expect(localTime('2026-11-30T08:00:00Z')).to.equal('2026-11-30T08:00:00.000');
    for (const bad of ['2026-11-31T08:00:00-07:00', '2026-11-30T24:00:00-07:00', '2026-11-30T08:00:60-07:00', '2026-11-30 08:00', '', 7, null, `2026-11-30T08:00:00.000-07:00${' '.repeat(50)}`]) {
      expect(localTime(bad), String(bad)).to.equal(null);
    }
  });

  it('places an appointment without localStartTime by its facility’s zone', () => {
    const spec = DEFAULT_APPOINTMENTS.find((s) => s.noLocalStartTime)!;
    const [a] = parseAppointments(appointmentsBody([spec], TODAY))!;
    expect(a.local).to.equal('2026-10-31T11:00:00.000');
    expect(wallClockIn(Date.parse('2026-07-01T12:00:00Z'), 'America/Denver')).to.equal('2026-07-01T06:00:00.000');
    expect(wallClockIn(Date.parse('2026-12-01T12:00:00Z'), 'America/Denver')).to.equal('2026-12-01T05:00:00.000');
    expect(wallClockIn(0, 'Not/AZone')).to.equal(null);
    // Found by the fuzzing below: a year past 9999 has no wall clock a claim can name.
    expect(wallClockIn(Date.parse('+010000-01-01T07:00:00.000Z'), 'America/Denver')).to.equal(null);
    expect(wallClockIn(Date.parse('-000001-06-01T12:00:00.000Z'), 'UTC')).to.equal(null);
  });

  it('drops what it can’t place or file against, and a body that isn’t appointments is null', () => {
    const good = vaosAppointment(DEFAULT_APPOINTMENTS[0], TODAY);
    const variants = [
      { ...good, attributes: { ...good.attributes, locationId: 'x', location: { ...good.attributes.location, id: '<b>' } } },
      { ...good, attributes: { ...good.attributes, localStartTime: 'soon', start: 'later' } },
      { ...good, attributes: { ...good.attributes, localStartTime: undefined, location: { ...good.attributes.location, attributes: { name: 'X', timezone: { timeZoneId: 'Nowhere/Land' } } } } },
      null,
      'appointment',
      { attributes: null },
    ];
    expect(parseAppointments({ data: variants })).to.deep.equal([]);
    for (const body of [null, {}, { data: {} }, 'x', []]) expect(parseAppointments(body), JSON.stringify(body)).to.equal(null);
  });

  it('reads the station from location.id when locationId is missing, and bounds the facility’s name', () => {
    const good = vaosAppointment(DEFAULT_APPOINTMENTS[0], TODAY);
    const long = 'V'.repeat(10_000);
    const [a] = parseAppointments({
      data: [{ ...good, attributes: { ...good.attributes, locationId: undefined, location: { ...good.attributes.location, attributes: { ...good.attributes.location.attributes, name: long } } } }],
    })!;
    expect(a.station).to.equal('983GC');
    expect(a.facility.length).to.equal(FACILITY_NAME_MAX);
  });

  it('reads at most APPOINTMENTS_MAX appointments of an answer', () => {
    const one = vaosAppointment(DEFAULT_APPOINTMENTS[0], TODAY);
    expect(parseAppointments({ data: Array.from({ length: APPOINTMENTS_MAX + 50 }, () => one) })!.length).to.equal(APPOINTMENTS_MAX);
  });

  it('tells the claim lookup: none, a claim, or couldn’t check (failed, missing, malformed)', () => {
    const lookup = (claim: AppointmentSpec['claim']) => parseAppointments(appointmentsBody([{ ...DEFAULT_APPOINTMENTS[0], claim }], TODAY))![0].claim;
    expect(lookup('none')).to.equal('none');
    expect(lookup('filed')).to.equal('filed');
    expect(lookup('failed')).to.equal('unknown');
    expect(lookup('missing')).to.equal('unknown');
    const good = vaosAppointment(DEFAULT_APPOINTMENTS[0], TODAY);
    for (const travelPayClaim of [{ metadata: { success: 'true' } }, { metadata: null }, 'yes', { claim: {} }]) {
      expect(parseAppointments({ data: [{ ...good, attributes: { ...good.attributes, travelPayClaim } }] })![0].claim).to.equal('unknown');
    }
  });

  it('knows at a VA facility: in person, or video at one (CLINIC_BASED, STORE_FORWARD); not community care, phone, video at home', () => {
    const at = (spec: Partial<AppointmentSpec>) => parseAppointments(appointmentsBody([{ ...DEFAULT_APPOINTMENTS[0], ...spec }], TODAY))![0].atFacility;
    expect(at({ kind: 'clinic' })).to.equal(true);
    expect(at({ kind: 'telehealth', vvsKind: 'CLINIC_BASED' })).to.equal(true);
    expect(at({ kind: 'telehealth', vvsKind: 'STORE_FORWARD' })).to.equal(true);
    expect(at({ kind: 'telehealth', vvsKind: 'MOBILE_ANY' })).to.equal(false);
    expect(at({ kind: 'telehealth', vvsKind: 'ADHOC' })).to.equal(false);
    expect(at({ kind: 'cc' })).to.equal(false);
    expect(at({ kind: 'phone' })).to.equal(false);
  });

  it('counts only appointments that took place or may have: not cancelled, not requests, not no-shows', () => {
    const held = (status: AppointmentSpec['status']) => parseAppointments(appointmentsBody([{ ...DEFAULT_APPOINTMENTS[0], status }], TODAY))![0].held;
    expect(['booked', 'arrived', 'fulfilled'].map((s) => held(s as AppointmentSpec['status']))).to.deep.equal([true, true, true]);
    expect(['cancelled', 'proposed', 'noshow'].map((s) => held(s as AppointmentSpec['status']))).to.deep.equal([false, false, false]);
  });
});

describe('past appointments: which can still be claimed here', () => {
  it('the fixtures: five days to file, one unchecked, soonest deadline first', () => {
    const days = unfiledDays(parseAppointments(appointmentsBody(DEFAULT_APPOINTMENTS, TODAY))!, NOW, today);
    expect(days.map((d) => [d.station, d.local, d.daysLeft, d.unchecked])).to.deep.equal([
      ['644', '2026-10-21T07:30:00.000', 0, false],
      ['644', '2026-10-31T11:00:00.000', 10, false],
      ['459', '2026-11-05T10:15:00.000', 15, true],
      ['672', '2026-11-10T14:00:00.000', 20, false],
      ['644', '2026-11-14T08:00:00.000', 24, false],
      ['983GC', '2026-11-18T09:00:00.000', 28, false],
    ]);
    expect(unfiledSummary(days)).to.deep.include({ count: 5 });
    expect(unfiledSummary(days).soonest!.daysLeft).to.equal(0);
  });

  it('counts days left exactly as every filing deadline does (today in Eastern time)', () => {
    for (const local of ['2026-10-21T23:59:00.000', '2026-10-22T00:00:00.000', '2026-11-20T00:00:00.000', '2026-11-01T01:30:00.000']) {
      const [day] = unfiledDays([appt({ local, start: 0 })], NOW, today);
      expect(day.daysLeft, local).to.equal(deadlineDaysLeft(local, today));
    }
    // "today" is deadlineToday's: at 03:00 UTC on Nov 21 it is still Nov 20 in Eastern time.
    const now = Date.parse('2026-11-21T03:00:00Z');
    expect(deadlineToday(new Date(now))).to.deep.equal(today);
  });

  it('includes the deadline’s last day (30 days after) and not the day after it', () => {
    expect(unfiledDays([appt({ local: '2026-10-21T09:00:00.000', start: 0 })], NOW, today)).to.have.length(1);
    expect(unfiledDays([appt({ local: '2026-10-20T23:59:00.000', start: 0 })], NOW, today)).to.have.length(0);
  });

  it('only past appointments: one that hasn’t started yet today is not offered', () => {
    expect(unfiledDays([appt({ local: '2026-11-20T15:00:00.000', start: NOW + 60_000 })], NOW, today)).to.have.length(0);
    expect(unfiledDays([appt({ local: '2026-11-20T08:00:00.000', start: NOW - 60_000 })], NOW, today)).to.have.length(1);
  });

  it('not cancelled (nor a request or a no-show), and only at a VA facility', () => {
    expect(unfiledDays([appt({ held: false })], NOW, today)).to.deep.equal([]);
    expect(unfiledDays([appt({ atFacility: false })], NOW, today)).to.deep.equal([]);
  });

  it('not when a claim exists, and not when one was filed here on this page', () => {
    expect(unfiledDays([appt({ claim: 'filed' })], NOW, today)).to.deep.equal([]);
    const a = appt();
    expect(unfiledDays([a], NOW, today, (key) => key === dayKey(a.station, a.local))).to.deep.equal([]);
  });

  it('a failed lookup is listed unchecked and never counted as one to file', () => {
    const days = unfiledDays([appt({ claim: 'unknown' })], NOW, today);
    expect(days.map((d) => d.unchecked)).to.deep.equal([true]);
    expect(unfiledSummary(days)).to.deep.equal({ count: 0, soonest: null });
  });

  it('one per facility per day: two appointments make one claim, named by the earlier', () => {
    const days = unfiledDays([appt({ local: '2026-11-18T13:30:00.000' }), appt({ local: '2026-11-18T08:00:00.000' })], NOW, today);
    expect(days.map((d) => d.local)).to.deep.equal(['2026-11-18T08:00:00.000']);
    expect(days[0].key).to.equal('983GC|2026-11-18');
  });

  it('a claim for either appointment of a facility’s day covers the day (VAOS matches a claim to one appointment)', () => {
    expect(unfiledDays([appt({ local: '2026-11-18T08:00:00.000' }), appt({ local: '2026-11-18T13:30:00.000', claim: 'filed' })], NOW, today)).to.deep.equal([]);
    // Even a claim on an appointment that couldn't itself be claimed (video at home) covers the day.
    expect(unfiledDays([appt(), appt({ local: '2026-11-18T16:00:00.000', atFacility: false, claim: 'filed' })], NOW, today)).to.deep.equal([]);
  });

  it('a failed lookup of either appointment of a day leaves the day unchecked', () => {
    const days = unfiledDays([appt({ local: '2026-11-18T08:00:00.000' }), appt({ local: '2026-11-18T13:30:00.000', claim: 'unknown' })], NOW, today);
    expect(days.map((d) => [d.local, d.unchecked])).to.deep.equal([['2026-11-18T08:00:00.000', true]]);
  });

  it('two facilities on one day are two claims; the same facility on two days too', () => {
    const days = unfiledDays(
      [appt(), appt({ station: '442', facility: 'Cheyenne VA Medical Center' }), appt({ local: '2026-11-17T09:00:00.000' })],
      NOW,
      today,
    );
    expect(days.map((d) => d.key)).to.deep.equal(['983GC|2026-11-17', '442|2026-11-18', '983GC|2026-11-18']);
  });

  it('stations compare without case', () => {
    expect(dayKey('983gc', '2026-11-18T09:00:00.000')).to.equal(dayKey('983GC', '2026-11-18T23:00:00.000'));
    expect(FILING_FACILITIES.fortCollins.station).to.equal('983GC');
  });
});

describe('past appointments and the home address: any answer', () => {
  const anyText = fc.oneof(fc.string(), fc.constantFrom('', '983GC', '442', 'clinic', 'telehealth', 'fulfilled', '\u202eevil', '<b>x</b>'), fc.string({ minLength: 1000, maxLength: 5000 }));
  const anyTime = fc.oneof(anyText, fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.constant('2026-11-18T09:00:00.000-07:00'));
  const attributes = fc.record(
    {
      kind: anyText,
      status: anyText,
      locationId: anyText,
      start: anyTime,
      localStartTime: anyTime,
      telehealth: fc.oneof(fc.anything(), fc.record({ vvsKind: anyText })),
      location: fc.oneof(fc.anything(), fc.record({ id: anyText, attributes: fc.record({ name: anyText, timezone: fc.record({ timeZoneId: fc.oneof(anyText, fc.constant('America/Denver')) }) }) })),
      travelPayClaim: fc.oneof(fc.anything(), fc.record({ metadata: fc.record({ success: fc.anything() }), claim: fc.anything() })),
    },
    { requiredKeys: [] },
  );
  const answer = fc.oneof({ weight: 4, arbitrary: fc.record({ data: fc.array(fc.oneof(fc.record({ attributes }), fc.anything()), { maxLength: 30 }) }) }, { weight: 1, arbitrary: fc.anything() });

  it('are read without throwing, and what is kept is bounded', () => {
    fc.assert(
      fc.property(answer, (body) => {
        const appointments = parseAppointments(body);
        if (!appointments) return;
        for (const a of appointments) {
          expect(a.station).to.match(/^\d{3}[A-Z0-9]{0,7}$/);
          expect(a.facility.length).to.be.at.most(FACILITY_NAME_MAX);
          expect(a.local).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}$/);
          expect(Number.isNaN(a.start)).to.equal(false);
        }
        unfiledDays(appointments, NOW, today);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.anything(), anyText, (junk, text) => {
        const address = parseHomeAddress({ data: { attributes: { vet360ContactInformation: { residentialAddress: { addressLine1: text, city: junk, zipCode: text } } } } });
        if (address) for (const line of [...address.street, address.place]) expect(line.length).to.be.at.most(210);
        parseHomeAddress(junk);
      }),
      { numRuns: 300 },
    );
  });
});
