import type { CalendarSettings, CharterData } from '../docs/charter-doc';
import type { Translate } from '../i18n/messages';

/**
 * Where the charter's first definition kept the first meeting's time and zone: as fields of the
 * agreement, in the Rhythm section. A charter written then still holds them there, and they are
 * read from there until the calendar settings of the charter are set.
 */
export const FIRST_DEFINITION_CALENDAR_KEYS = { time: 'rhythm.firstTime', timeZone: 'rhythm.timeZone' } as const;

/**
 * The time and zone the calendar file uses: the charter's own calendar settings, else what the
 * first definition stored, else no time and `fallbackZone` (the reader's own zone).
 */
export function calendarSettings(data: Pick<CharterData, 'values' | 'calendar'>, fallbackZone: string): CalendarSettings {
  const legacy = (key: string) => {
    const v = data.values[key];
    return typeof v === 'string' ? v.trim() : '';
  };
  return {
    time: data.calendar?.time ?? legacy(FIRST_DEFINITION_CALENDAR_KEYS.time),
    timeZone: data.calendar?.timeZone || legacy(FIRST_DEFINITION_CALENDAR_KEYS.timeZone) || fallbackZone,
  };
}

/**
 * The first meeting's time as the charter keeps it ("18:00 (Europe/London)"), or '' when it gives
 * none: shown with the first meeting date on paper and in Markdown, so that a charter written with
 * the time in its agreement still shows it.
 */
export function firstMeetingTime(data: Pick<CharterData, 'values' | 'calendar'>): string {
  const { time, timeZone } = calendarSettings(data, '');
  return time ? `${time}${timeZone ? ` (${timeZone})` : ''}` : '';
}

/**
 * What a calendar button says when the charter lacks something a calendar file needs (`charterIcs`'s
 * `missing`). The things are listed as a unit list ("a, b" in English, "a et b" in French).
 */
export const calendarMissingText = (missing: readonly string[], t: Translate): string =>
  t('charterDoc.calendar.missing', { missing: new Intl.ListFormat(t.lang, { type: 'unit' }).format(missing) });
