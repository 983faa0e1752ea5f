/**
 * The strings files that ship with Tandem: src/i18n/<language>/<part>.yaml, one file per part of the
 * interface ("site", "common", "charter"…). A key's first segment is its file's name, so
 * `charter.goals.remove` lives in src/i18n/<language>/charter.yaml under `goals: remove:`.
 * Read at build time only (pages hand tools the strings they need).
 */
import { parse } from 'yaml';
import { flattenMessages, type Messages } from './messages';
import { SHIPPED, primary } from './languages';

const files = import.meta.glob<string>('../../i18n/*/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** One shipped language's messages, every part ("en" → every English string). */
function load(code: string): Messages {
  const out: Messages = {};
  for (const [path, text] of Object.entries(files)) {
    const m = /\/i18n\/([^/]+)\/([^/]+)\.yaml$/.exec(path);
    if (!m || m[1] !== code) continue;
    const { messages, problems } = flattenMessages(parse(text), [m[2]!]);
    if (problems.length) throw new Error(`src/i18n/${code}/${m[2]}.yaml: ${problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('; ')}`);
    Object.assign(out, messages);
  }
  return out;
}

const cache = new Map<string, Messages>();

/** A shipped language's messages by code ("en", "fr", "es"); an empty set for a language that does not ship. */
export function shippedMessages(code: string): Messages {
  let m = cache.get(code);
  if (!m) cache.set(code, (m = (SHIPPED as readonly string[]).includes(code) ? load(code) : {}));
  return m;
}

/** English, the reference every other language is checked against. */
export const englishMessages = (): Messages => shippedMessages('en');

/** The shipped messages for a language tag: its language's file when Tandem ships it ("fr-CA" → fr). */
export const shippedFor = (tag: string): Messages => shippedMessages(primary(tag));

/** The parts (file names) of the interface, from the English files. */
export function partsOf(messages: Messages): string[] {
  return [...new Set(Object.keys(messages).map((k) => k.split('.')[0]!))].sort();
}
