/**
 * Time-zone arithmetic from the platform's own data (Intl), so a calendar file can carry the
 * zone's real daylight-saving rules. Pure: works the same in Node and in browsers.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at an instant, in minutes (London in summer: 60). */
export function offsetMinutes(tz: string, instant: number): number {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'longOffset', year: 'numeric' });
    formatters.set(tz, f);
  }
  const name = f.formatToParts(new Date(instant)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

export interface Transition {
  /** The instant of the change (UTC milliseconds). */
  at: number;
  from: number;
  to: number;
}

/** Every change of offset between two instants, found to the minute. */
export function transitions(tz: string, start: number, end: number): Transition[] {
  const out: Transition[] = [];
  const DAY = 86_400_000;
  let t = start;
  let off = offsetMinutes(tz, t);
  while (t < end) {
    const next = Math.min(t + DAY, end);
    const nextOff = offsetMinutes(tz, next);
    if (nextOff !== off) {
      let lo = t;
      let hi = next;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (offsetMinutes(tz, mid) === off) lo = mid;
        else hi = mid;
      }
      out.push({ at: hi, from: off, to: nextOff });
      off = nextOff;
    }
    t = next;
  }
  return out;
}

/** The UTC instant of a local wall-clock time in a zone ("2026-11-03", "18:00"). */
export function zonedToUtc(tz: string, date: string, time: string): number {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  // Two passes settle the offset even next to a change.
  let guess = asUtc - offsetMinutes(tz, asUtc) * 60_000;
  guess = asUtc - offsetMinutes(tz, guess) * 60_000;
  return guess;
}
