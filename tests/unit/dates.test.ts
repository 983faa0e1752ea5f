import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { calendarDateSchema, instantSchema, isCalendarDate, isInstant } from '../../src/lib/dates';
import { readShareFragment } from '../../src/lib/share';
import { decodeCharter, encodeCharter } from '../../src/lib/charter/share';
import { reflectionDataSchema } from '../../src/lib/docs/reflection-doc';
import { enT } from '../helpers/strings';

describe('one date validator for every date field', () => {
  it('accepts real calendar dates only', () => {
    expect(['2026-11-21', '2024-02-29', '2026-12-31'].every(isCalendarDate)).toBe(true);
    expect(['2026-13-45', '2026-02-29', '2026-02-30', '2026-00-10', '26-11-21', '2026-11-21T00:00:00Z', '', 'yesterday', 20261121].some(isCalendarDate)).toBe(false);
  });
  it('accepts instants with a zone, on real days', () => {
    expect(['2026-11-21T10:00:00.000Z', '2026-11-21T10:00Z', '2026-11-21T10:00:00+01:00'].every(isInstant)).toBe(true);
    expect(['2026-02-30T10:00:00Z', '2026-11-21T25:00:00Z', '2026-11-21T10:00:00', '2026-11-21', 'yesterday', null].some(isInstant)).toBe(false);
  });
  it('the schemas use it', () => {
    expect(v.safeParse(calendarDateSchema, '2026-13-45').success).toBe(false);
    expect(v.safeParse(instantSchema, 'yesterday').success).toBe(false);
    expect(v.safeParse(reflectionDataSchema, { checklistId: 'a', checklistTitle: 'A', date: '2026-13-45', ticks: {}, notes: {} }).success).toBe(false);
  });
});

describe('formatting never throws', () => {
  it('shows a calendar date as that day in any time zone', () => {
    expect(enT.date('2026-03-13')).toBe('13 March 2026');
  });
  it('shows what it was given when it is not a date', () => {
    expect(enT.date('2026-13-45')).toBe('2026-13-45');
    expect(enT.date('yesterday')).toBe('yesterday');
    expect(enT.dateTime('yesterday')).toBe('yesterday');
    expect(enT.date(new Date(Number.NaN))).toBe('');
    expect(enT.dateTime(new Date(Number.NaN))).toBe('');
  });
});

describe('decoders are total', () => {
  it('a share fragment that is not valid percent-encoding comes back as it is', () => {
    expect(readShareFragment('#share=%E0%A4%A')).toBe('%E0%A4%A');
    expect(readShareFragment('#share=%')).toBe('%');
    expect(readShareFragment('#share=')).toBe('');
    expect(readShareFragment('#other=1')).toBeNull();
  });
  it('a charter link with a valid checksum but a date that is not a date is refused with a message', async () => {
    const token = await encodeCharter({ id: 'c1', title: 'T', values: {}, sharedBy: 'Amara', sharedAt: 'yesterday', updatedAt: '2026-11-01T00:00:00.000Z' });
    expect(await decodeCharter(token, enT)).toMatchObject({ ok: false, error: expect.stringMatching(/Nothing was changed/) });
  });
});
