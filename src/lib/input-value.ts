/**
 * The value to give a date, time or number input. A browser accepts only values in the form HTML
 * defines for each type (a real date as YYYY-MM-DD, a 24-hour time, a floating-point number); it
 * empties the input for anything else and logs a warning. Values kept as typed (from a link, a file
 * or an earlier version) are therefore bound only when they are in that form, and otherwise shown
 * as an empty input: the stored value itself is untouched, and the charter's checks name it.
 * Pure: no DOM.
 */
import { isCalendarDate } from './dates';

export type BoundInputType = 'date' | 'time' | 'number';

/** HTML's "valid time string": hh:mm, with optional seconds and up to three decimals. */
const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?$/;
/** HTML's "valid floating-point number": no sign but "-", no leading "+", no trailing ".", no "0x". */
const FLOAT = /^-?(\d+|\d*\.\d+)([eE][-+]?\d+)?$/;

/** Does the browser keep `value` as it is in an input of this type? */
export function fitsInput(type: BoundInputType, value: string): boolean {
  switch (type) {
    case 'date':
      // Years before 1 are not dates an input takes (nor, through Date.UTC, a calendar date here).
      return isCalendarDate(value);
    case 'time':
      return TIME.test(value);
    case 'number':
      return FLOAT.test(value) && Number.isFinite(Number(value));
  }
}

/** `value` if an input of this type keeps it as it is, else ''. */
export const inputValue = (type: BoundInputType, value: string | undefined): string =>
  typeof value === 'string' && fitsInput(type, value) ? value : '';

/**
 * The value to bind while a person may be typing. What the input itself reported is bound as it is:
 * the browser made it, so it keeps it. A date picker reports a half-typed year ("0002-03-04" on the
 * way to 2025), which is no calendar date here; binding '' for it would clear the month and day
 * under the person's fingers. Anything else is bound only if it fits (see `inputValue`).
 */
export const boundValue = (type: BoundInputType, value: string | undefined, typed: string | null): string =>
  value !== undefined && value === typed ? value : inputValue(type, value);
