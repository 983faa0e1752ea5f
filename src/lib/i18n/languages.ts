/**
 * The handbook's languages (content/program.yaml `languages`), as tags ("en-GB", "fr", "es-MX"):
 * which strings file each uses, where its pages live, and which way its text runs.
 */
import type { Messages } from './messages';

/** Languages whose strings ship with Tandem (src/i18n/<code>/). */
export const SHIPPED = ['en', 'fr', 'es'] as const;

/**
 * Test languages, made from English when the site builds: `en-XA` is English with accents and 40% longer
 * (so a word the strings files miss shows up as plain English), `ar-XB` runs right to left.
 */
export const PSEUDO = ['en-XA', 'ar-XB'] as const;

/** The handbook's languages, the main one first: `languages`, else the older `lang`, else British English. */
export const languagesOf = (p: { lang?: string | undefined; languages?: string[] | undefined }): string[] => p.languages ?? [p.lang ?? 'en-GB'];

/** The tag's language subtag, lower case ("fr-CA" → "fr"). */
export const primary = (tag: string): string => tag.split('-')[0]!.toLowerCase();

/** Where a language's pages live, after the first language's: "/fr/", "/fr-ca/". */
export const segmentOf = (tag: string): string => tag.toLowerCase();

const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** The direction text runs in a language: pseudo-language ar-XB and Arabic, Hebrew, Persian… are right to left. */
export function dirOf(tag: string): 'ltr' | 'rtl' {
  if (tag === 'ar-XB') return 'rtl';
  if (tag === 'en-XA') return 'ltr';
  try {
    const info = new Intl.Locale(tag) as Intl.Locale & {
      getTextInfo?: () => { direction: string };
      textInfo?: { direction: string };
    };
    const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
  } catch {
    // not a tag Intl knows: fall back to the list
  }
  return RTL.has(primary(tag)) ? 'rtl' : 'ltr';
}

/** A language's name as a sentence in `inLang` says it ("anglais" in French), without the region. */
export function languageName(tag: string, inLang: string): string {
  if (isPseudo(tag) || isPseudo(inLang)) return nativeName(tag);
  try {
    return new Intl.DisplayNames([inLang], { type: 'language' }).of(primary(tag)) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * A language's name in that language ("Français", "English"), for the language switcher: without its
 * region unless another of `among` shares the language ("English (United Kingdom)" beside "English (United States)").
 */
export function nativeName(tag: string, among: readonly string[] = [tag]): string {
  if (tag === 'en-XA') return '[Ƥşéûðö Éñğļîšħ]';
  if (tag === 'ar-XB') return 'RTL pseudo';
  const shared = among.filter((t) => primary(t) === primary(tag)).length > 1;
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(shared ? tag : primary(tag));
    if (name) return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    // fall through
  }
  return tag;
}

const ACCENTED: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ğ',
  h: 'ħ',
  i: 'î',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ğ',
  H: 'Ħ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};
const RTL_LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';

/** One message in a pseudo-language: letters replaced, placeholders kept, 40% longer, in brackets. */
function pseudoText(text: string, tag: 'en-XA' | 'ar-XB'): string {
  const out = text.split(/(\{[A-Za-z][A-Za-z0-9_]*\})/).map((part, i) => {
    if (i % 2 === 1) return part;
    if (tag === 'en-XA') return part.replace(/[A-Za-z]/g, (c) => ACCENTED[c] ?? c);
    return part.replace(/[A-Za-z]/g, (c) => RTL_LETTERS[(c.toLowerCase().charCodeAt(0) - 97) % RTL_LETTERS.length]!);
  });
  const joined = out.join('');
  const letters = joined.replace(/\{[^}]*\}/g, '').length;
  const padding = letters === 0 ? '' : ' ' + '·'.repeat(Math.max(1, Math.ceil(letters * 0.4) - 1));
  return tag === 'en-XA' ? `⟦${joined}${padding}⟧` : `${joined}${padding}`;
}

/** A pseudo-language's messages, made from English. */
export function pseudoMessages(english: Messages, tag: 'en-XA' | 'ar-XB'): Messages {
  const out: Messages = {};
  for (const [key, message] of Object.entries(english)) {
    out[key] = typeof message === 'string' ? pseudoText(message, tag) : Object.fromEntries(Object.entries(message).map(([k, v]) => [k, pseudoText(v ?? '', tag)]));
  }
  return out;
}

export const isPseudo = (tag: string): tag is (typeof PSEUDO)[number] => (PSEUDO as readonly string[]).includes(tag);
