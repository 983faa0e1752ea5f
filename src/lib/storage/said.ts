/**
 * Sentences the storage layer has for people (a change refused, storage full, a file that cannot be
 * imported), in no language yet: the layer runs with no page around it, so it names the interface
 * string and the values for its placeholders, and the tool says it in the page's language.
 */
import type { Translate } from '../i18n/messages';

/**
 * A sentence for the person: the key of an interface string and its values, or words that came from
 * outside as they are (a reason an earlier version stored, a schema's own message). A value may be
 * such a sentence itself (said first), or a number to show with a set number of decimals (6.0).
 */
export type Said = { key: string; params?: Record<string, SaidValue> } | { text: string };
export type SaidValue = string | number | Said | { number: number; digits: number };

/** The key of an interface string ("common.storage.full"), as a schema's message may be. */
const KEY = /^[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9-]+)+$/;

/** A message from elsewhere (a schema's): the string it names, when it is a key; else its words as they are. */
export const saidOf = (message: string): Said => (KEY.test(message) ? { key: message } : { text: message });

/** The sentence in the language of `t`. */
export function say(t: Translate, s: Said): string {
  if ('text' in s) return s.text;
  if (!s.params) return t(s.key);
  return t(s.key, Object.fromEntries(Object.entries(s.params).map(([name, value]) => [name, valueIn(t, value)])));
}

function valueIn(t: Translate, value: SaidValue): string | number {
  if (typeof value !== 'object') return value;
  if ('number' in value) return t.number(value.number, { minimumFractionDigits: value.digits, maximumFractionDigits: value.digits });
  return say(t, value);
}
