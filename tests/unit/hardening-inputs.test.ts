/**
 * Date, time and number inputs are given only values the browser accepts as they are: anything
 * else (a value from a link, a file or an earlier version) is shown as an empty input, while the
 * stored value stays untouched and the charter's checks name it. A browser given a value of the
 * wrong form blanks it anyway and logs a warning.
 */
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { FieldEditor } from '../../src/islands/charter/fields';
import { boundValue, inputValue } from '../../src/lib/input-value';

describe('the value bound to a date, time or number input', () => {
  const table: [string, { date: string; time: string; number: string }][] = [
    ['2026-03-01', { date: '2026-03-01', time: '', number: '' }],
    ['2024-02-29', { date: '2024-02-29', time: '', number: '' }],
    ['2026-13-45', { date: '', time: '', number: '' }],
    ['2026-02-30', { date: '', time: '', number: '' }],
    ['2025-02-29', { date: '', time: '', number: '' }],
    ['0000-01-01', { date: '', time: '', number: '' }],
    ['12/03/2026', { date: '', time: '', number: '' }],
    [' 2026-03-01', { date: '', time: '', number: '' }],
    ['2026-03-01 ', { date: '', time: '', number: '' }],
    ['2026-3-1', { date: '', time: '', number: '' }],
    ['17:30', { date: '', time: '17:30', number: '' }],
    ['00:00', { date: '', time: '00:00', number: '' }],
    ['23:59:59', { date: '', time: '23:59:59', number: '' }],
    ['23:59:59.5', { date: '', time: '23:59:59.5', number: '' }],
    ['25:00', { date: '', time: '', number: '' }],
    ['9:30', { date: '', time: '', number: '' }],
    ['12:60', { date: '', time: '', number: '' }],
    ['5pm', { date: '', time: '', number: '' }],
    ['60', { date: '', time: '', number: '60' }],
    ['-2', { date: '', time: '', number: '-2' }],
    ['1.5', { date: '', time: '', number: '1.5' }],
    // A floating-point number in the form HTML defines, which browsers keep as written.
    ['1e3', { date: '', time: '', number: '1e3' }],
    ['NaN', { date: '', time: '', number: '' }],
    ['Infinity', { date: '', time: '', number: '' }],
    ['1e999', { date: '', time: '', number: '' }],
    ['+5', { date: '', time: '', number: '' }],
    ['.5', { date: '', time: '', number: '.5' }],
    ['5.', { date: '', time: '', number: '' }],
    [' 60', { date: '', time: '', number: '' }],
    ['0x10', { date: '', time: '', number: '' }],
    ['sixty', { date: '', time: '', number: '' }],
    ['', { date: '', time: '', number: '' }],
  ];
  it.each(table)('%j', (value, expected) => {
    expect(inputValue('date', value)).toBe(expected.date);
    expect(inputValue('time', value)).toBe(expected.time);
    expect(inputValue('number', value)).toBe(expected.number);
  });

  it('is empty for a value that is not text at all', () => {
    expect(inputValue('date', undefined)).toBe('');
    expect(inputValue('number', 60 as unknown as string)).toBe('');
  });

  it('keeps what a date picker reports while a year is typed, digit by digit, so the month and day stay', () => {
    // 4 March 2025, typed month, day, then year, as Chromium reports it after each digit of the year.
    for (const step of ['0002-03-04', '0020-03-04', '0202-03-04', '2025-03-04']) expect(boundValue('date', step, step)).toBe(step);
    // A value from storage, a link or a file is bound only if it fits, as before.
    expect(boundValue('date', '0002-03-04', null)).toBe('');
    expect(boundValue('date', '0002-03-04', '2025-03-04')).toBe('');
    expect(boundValue('date', undefined, null)).toBe('');
  });
});

describe('the charter’s fields', () => {
  const render = (kind: 'date' | 'time' | 'number', value: string) =>
    renderToString(h(FieldEditor, { field: { id: 'f', label: 'F', kind }, id: 'f', value, onSave: () => undefined, errors: {}, errorKey: 'f' }));

  /** The value attribute of the first input of a type ('' when there is none). */
  const bound = (html: string, type: string) => [...html.matchAll(/<input[^>]*>/g)].map((m) => m[0]).filter((t) => t.includes(`type="${type}"`)).map((t) => /value="([^"]*)"/.exec(t)?.[1] ?? '');

  it('bind a stored value the input cannot show as empty, and a valid one as it is', () => {
    expect(bound(render('date', '2026-02-30'), 'date')).toEqual(['']);
    expect(bound(render('date', '2026-03-01'), 'date')).toEqual(['2026-03-01']);
    expect(bound(render('time', '25:00'), 'time')).toEqual(['']);
    expect(bound(render('time', '17:30'), 'time')).toEqual(['17:30']);
    expect(bound(render('number', 'NaN'), 'number')).toEqual(['']);
    expect(bound(render('number', '60'), 'number')).toEqual(['60']);
  });

  it('bind a milestone’s date only when it is a real date', () => {
    const goals = [{ id: 'g1', text: 'Goal', success: '', milestones: [{ id: 'm1', date: '12/03/2026', text: 'M' }, { id: 'm2', date: '2026-03-12', text: 'N' }] }];
    const html = renderToString(h(FieldEditor, { field: { id: 'goals', label: 'Goals', kind: 'goals' }, id: 'goals', value: goals, onSave: () => undefined, errors: {}, errorKey: 'goals' }));
    expect(bound(html, 'date')).toEqual(['', '2026-03-12']);
  });
});
