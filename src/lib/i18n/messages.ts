/**
 * Interface text: every word the interface shows comes from a strings file per language
 * (src/i18n/<language>/<part>.yaml, overridden by content/i18n/<language>.yaml). This module is pure:
 * it flattens a strings file into keys, checks one against another, and makes the `t()` that
 * pages, tools and src/lib use. Plurals go through Intl.PluralRules, numbers through
 * Intl.NumberFormat and dates through Intl.DateTimeFormat, all in the page's language.
 */
import { isCalendarDate } from '../dates';

/** The plural categories of Intl.PluralRules; a message with a count is a map of some of them, `other` required. */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

/** One message: a sentence with `{name}` placeholders, or one sentence per plural category, chosen by `{count}`. */
export type Message = string | Partial<Record<PluralCategory, string>>;

/** Every message of a language, by dotted key ("charter.goals.remove"). */
export type Messages = Record<string, Message>;

/** What a page hands a tool: its language tag and the messages the tool uses (only its own parts). */
export interface Strings {
  /** The page's language tag ("en-GB", "fr"), for Intl and for `lang`. */
  lang: string;
  messages: Messages;
}

/** Values put into a message's placeholders; numbers are formatted in the page's language. */
export type Params = Record<string, string | number>;

/** Whether a YAML map is a plural message rather than a group of keys. */
export function isPluralMap(value: unknown): value is Partial<Record<PluralCategory, string>> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.includes('other') && keys.every((k) => (PLURAL_CATEGORIES as readonly string[]).includes(k) && typeof (value as Record<string, unknown>)[k] === 'string');
}

/** A problem in a strings file, by the key's path. */
export interface MessageProblem {
  path: (string | number)[];
  message: string;
}

/**
 * Nested YAML maps become dotted keys: `charter: { goals: { remove: … } }` is "charter.goals.remove".
 * A map of plural categories (with `other`) is one message. Anything else is a problem, by path.
 */
export function flattenMessages(raw: unknown, prefix: (string | number)[] = [], out: Messages = {}, problems: MessageProblem[] = []): { messages: Messages; problems: MessageProblem[] } {
  if (raw === null || raw === undefined) return { messages: out, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({
      path: prefix,
      message: 'expected keys with sentences under them, like `save: Save`.',
    });
    return { messages: out, problems };
  }
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const path = [...prefix, key];
    const dotted = path.join('.');
    if (typeof value === 'string') out[dotted] = value;
    else if (typeof value === 'number' || typeof value === 'boolean') out[dotted] = String(value);
    else if (isPluralMap(value)) out[dotted] = { ...value };
    else if (value && typeof value === 'object' && !Array.isArray(value)) {
      const keys = Object.keys(value);
      if (keys.length > 0 && keys.every((k) => (PLURAL_CATEGORIES as readonly string[]).includes(k))) {
        problems.push({
          path,
          message: 'a message with a number needs an `other:` sentence (used for every count the others do not cover).',
        });
      } else flattenMessages(value, path, out, problems);
    } else
      problems.push({
        path,
        message: 'expected a sentence in quotes, or keys under it.',
      });
  }
  return { messages: out, problems };
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/** The placeholder names a message uses ("{count} goals for {name}" → count, name). */
export function placeholdersOf(message: Message): Set<string> {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  const names = new Set<string>();
  for (const text of texts) for (const m of (text ?? '').matchAll(PLACEHOLDER)) names.add(m[1]!);
  if (typeof message !== 'string') names.add('count');
  return names;
}

/** Problems of a translation measured against the reference (English): unknown keys, placeholders the code never fills. */
export function translationProblems(reference: Messages, translation: Messages): { key: string; message: string }[] {
  const problems: { key: string; message: string }[] = [];
  for (const [key, message] of Object.entries(translation)) {
    const ref = reference[key];
    if (ref === undefined) {
      problems.push({
        key,
        message: 'the interface has no string with this key: check its spelling against src/i18n/en/.',
      });
      continue;
    }
    const known = placeholdersOf(ref);
    const unknown = [...placeholdersOf(message)].filter((p) => !known.has(p));
    if (unknown.length > 0) {
      problems.push({
        key,
        message: `it uses ${unknown.map((u) => `{${u}}`).join(', ')}, which this string does not fill in: it can use ${known.size ? [...known].map((k) => `{${k}}`).join(', ') : 'no placeholders'}.`,
      });
    }
    if (typeof ref !== 'string' && typeof message === 'string' && !message.includes('{count}')) {
      problems.push({
        key,
        message: 'this string depends on a number: write it as `one:` and `other:` sentences (or use {count}).',
      });
    }
  }
  return problems;
}

/** Only the messages whose keys start with one of the parts ("charter", "common"): what one tool needs. */
export function pickParts(messages: Messages, parts: readonly string[]): Messages {
  const out: Messages = {};
  for (const [key, value] of Object.entries(messages)) if (parts.some((p) => key === p || key.startsWith(`${p}.`))) out[key] = value;
  return out;
}

/** Translates a key in one language. Numbers in params are formatted for that language. */
export interface Translate {
  (key: string, params?: Params): string;
  /** The language tag ("en-GB"). */
  readonly lang: string;
  /** 21 November 2026: a calendar date as that day everywhere, an instant as the reader's day. Anything else as given. */
  date(d: Date | string): string;
  /** 21 Nov 2026, 14:05 in the reader's time zone. */
  dateTime(d: Date | string): string;
  /** A number in the page's language (1,234 · 1 234). */
  number(n: number, options?: Intl.NumberFormatOptions): string;
  /** "a, b and c" in the page's language. */
  list(items: readonly string[]): string;
  /** Splits a message around placeholders, so a tool can put an element (a link) where one goes. */
  parts(key: string, params?: Params): (string | { slot: string })[];
}

/** Splits a message at its placeholders: text at even positions, a placeholder's name at odd ones. */
const SPLIT = /\{([A-Za-z][A-Za-z0-9_]*)\}/;

/** Makes the `t()` of one language from its messages. A missing key shows the key (tests make sure none is missing). */
export function createTranslator(lang: string, messages: Messages): Translate {
  let plurals: Intl.PluralRules | undefined;
  const numbers = new Intl.NumberFormat(lang);
  const dates = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(lang, { day: 'numeric', year: 'numeric', ...options });
  const long = dates({ month: 'long' });
  // A calendar date ("2026-11-21") is the day it names in every time zone.
  const calendar = dates({ month: 'long', timeZone: 'UTC' });
  const withTime = dates({ month: 'short', hour: '2-digit', minute: '2-digit' });
  const format = (f: Intl.DateTimeFormat, d: Date, fallback: string) => (Number.isNaN(d.getTime()) ? fallback : f.format(d));

  const parts = (key: string, params: Params = {}): (string | { slot: string })[] => {
    let message = messages[key] ?? key;
    if (typeof message !== 'string') {
      const count = Number(params['count'] ?? 0);
      message = (count === 0 && message.zero) || message[(plurals ??= new Intl.PluralRules(lang)).select(count)] || message.other || key;
    }
    return message
      .split(SPLIT)
      .map((part, i) => {
        if (i % 2 === 0) return part;
        const value = params[part];
        return value === undefined ? { slot: part } : typeof value === 'number' ? numbers.format(value) : value;
      })
      .filter((part) => part !== '');
  };
  const t = (key: string, params?: Params) => parts(key, params).map((part) => (typeof part === 'string' ? part : `{${part.slot}}`)).join('');
  return Object.assign(t, {
    lang,
    parts,
    date: (d: Date | string) => (typeof d !== 'string' ? format(long, d, '') : isCalendarDate(d) ? format(calendar, new Date(`${d}T00:00:00Z`), d) : format(long, new Date(d), d)),
    dateTime: (d: Date | string) => format(withTime, new Date(d), typeof d === 'string' ? d : ''),
    number: (n: number, options?: Intl.NumberFormatOptions) => (options ? new Intl.NumberFormat(lang, options) : numbers).format(n),
    list: (items: readonly string[]) => new Intl.ListFormat(lang).format(items),
  });
}
