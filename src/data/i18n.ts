/**
 * Interface text for pages, at build time: each language's strings (shipped in src/i18n/, changed by
 * content/i18n/<language>.yaml), a `t()` for Astro pages, and the strings a tool's island needs.
 */
import { getEntry } from 'astro:content';
import { createTranslator, flattenMessages, pickParts, type Messages, type Strings, type Translate } from '../lib/i18n/messages';
import { SHIPPED, isPseudo, languagesOf, primary, pseudoMessages, segmentOf } from '../lib/i18n/languages';
import { englishMessages, shippedFor } from '../lib/i18n/shipped';
import { getProgram } from './content';
import { withBase } from '../lib/site';

/** The handbook's languages, the main one first. */
export async function getLanguages(): Promise<string[]> {
  return languagesOf(await getProgram());
}

/** A coordinator's strings files, by file name ("fr", "fr-CA"). */
async function overrides(): Promise<Map<string, Messages>> {
  const files = (await getEntry('strings', 'all'))?.data.files ?? {};
  return new Map(Object.entries(files).map(([name, raw]) => [name.toLowerCase(), flattenMessages(raw).messages]));
}

const cache = new Map<string, Messages>();

/**
 * Every message of one language: English, under the shipped language's strings, under the
 * coordinator's file for the language ("fr.yaml"), under the file for the exact tag ("fr-ca.yaml").
 * The pseudo-languages are made from the English result.
 */
export async function messagesFor(tag: string): Promise<Messages> {
  const known = cache.get(tag);
  if (known) return known;
  const own = await overrides();
  const own0 = (name: string) => own.get(name) ?? {};
  const english = { ...englishMessages(), ...(own.get('en') ?? {}) };
  const messages = isPseudo(tag)
    ? pseudoMessages(english, tag)
    : {
        ...english,
        ...shippedFor(tag),
        ...(primary(tag) !== 'en' ? (own.get(primary(tag)) ?? {}) : {}),
        ...(tag.toLowerCase() !== primary(tag) ? (own.get(tag.toLowerCase()) ?? {}) : {}),
      };
  if (!isPseudo(tag) && !(SHIPPED as readonly string[]).includes(primary(tag))) {
    const given = { ...own0(primary(tag)), ...own0(tag.toLowerCase()) };
    const missing = Object.keys(english).filter((k) => !(k in given)).length;
    if (missing > 0) console.warn(`[tandem] ${missing} of ${Object.keys(english).length} interface strings are not translated into ${tag} yet, and show in English: add them to content/i18n/${primary(tag)}.yaml (the keys are in src/i18n/en/).`);
  }
  cache.set(tag, messages);
  return messages;
}

/** The `t()` of a page in one language. */
export async function translator(tag: string): Promise<Translate> {
  return createTranslator(tag, await messagesFor(tag));
}

/**
 * What a tool's island gets: its language and only the parts of the interface it uses. Always: the
 * shared words (`common`) and the concerns contact's (`site.concerns`), which every tool can show.
 */
export async function toolStrings(tag: string, parts: readonly string[]): Promise<Strings> {
  return {
    lang: tag,
    messages: pickParts(await messagesFor(tag), ['common', 'site.concerns', ...parts]),
  };
}

/**
 * The language of the page being built: its `lang` route parameter ("fr", for the pages under /fr/),
 * else the handbook's main language.
 */
export async function pageLanguage(params: Record<string, string | undefined>): Promise<string> {
  const languages = await getLanguages();
  const seg = params['lang'];
  return (seg && languages.find((l) => segmentOf(l) === seg)) || languages[0]!;
}

/** The `t()` of the page being built (from its route parameters: `pageT(Astro.params)`). */
export async function pageT(params: Record<string, string | undefined>): Promise<Translate> {
  return translator(await pageLanguage(params));
}

/**
 * A page's paths in every language: the main language's at the site's root, each other's under its
 * segment (/fr/…). `paths` gives the page's own paths for a language.
 */
export async function inLanguages<P extends { params: Record<string, string | undefined>; props?: Record<string, unknown> }>(
  paths: (lang: string) => P[] | Promise<P[]>,
): Promise<(Omit<P, 'params'> & { params: P['params'] & { lang: string | undefined } })[]> {
  const languages = await getLanguages();
  const out: (Omit<P, 'params'> & { params: P['params'] & { lang: string | undefined } })[] = [];
  for (const [i, lang] of languages.entries()) {
    for (const p of await paths(lang)) out.push({ ...p, params: { ...p.params, lang: i === 0 ? undefined : segmentOf(lang) } });
  }
  return out;
}

/** A page that exists once per language. */
export const languagePaths = () => inLanguages(() => [{ params: {} }]);

/**
 * Where the pages of the page's language start: the site's base for the main language, the base and
 * the language's segment for another ("/fr/", "/handbook/fr/"). Links between pages start here;
 * files every language shares (the search index, icons, the manifest) stay under the site's base.
 */
export async function pageHome(params: Record<string, string | undefined>): Promise<string> {
  return homeOf(await pageLanguage(params));
}

/** Where a language's pages start ("/", "/fr/", under the site's base). */
export async function homeOf(tag: string): Promise<string> {
  const base = import.meta.env.BASE_URL;
  return tag === (await getLanguages())[0] ? base : withBase(base, `${segmentOf(tag)}/`);
}

/** The page being built in each of the handbook's languages (one entry for a handbook in one language). */
export async function pageAlternates(params: Record<string, string | undefined>, url: URL): Promise<{ tag: string; href: string; current: boolean }[]> {
  const languages = await getLanguages();
  const lang = await pageLanguage(params);
  const here = decodeURI(url.pathname);
  const home = await homeOf(lang);
  const path = here.startsWith(home) ? here.slice(home.length) : '';
  return Promise.all(languages.map(async (tag) => ({ tag, href: withBase(await homeOf(tag), path), current: tag === lang })));
}
