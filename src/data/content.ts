import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { languagesOf } from '../lib/i18n/languages';
import type { Audience } from '../lib/site';

export type Guide = CollectionEntry<'guides'>;
/** The programme settings as pages use them (the logo as an image Astro copied into the site). */
export type Program = CollectionEntry<'program'>['data'];

export async function getProgram(): Promise<Program> {
  const entry = await getEntry('program', 'program');
  if (!entry) throw new Error('content/program.yaml is missing: the site needs its programme settings.');
  return entry.data;
}

/** Whether a guide is on the site: a draft (`draft: true`) is shown by `npm run dev` only. */
export const isPublished = (guide: Guide): boolean => !guide.data.draft || import.meta.env.DEV;

/** A guide translated into another language (content/<language>/guides/), to render in its place. */
export type TranslatedGuide = CollectionEntry<'translatedGuides'>;

/** The translated guides of every other language, by "fr/guides/<guide>" (none is read for a handbook in one language). */
let translated: Promise<Map<string, TranslatedGuide>> | undefined;
async function translatedGuides(): Promise<Map<string, TranslatedGuide>> {
  translated ??= (async () => {
    if (languagesOf(await getProgram()).length < 2) return new Map();
    return new Map((await getCollection('translatedGuides')).map((g) => [g.id, g]));
  })();
  return translated;
}

/** The guide's translation into `lang` (a language after the first), if there is one. */
export async function translationOf(guide: Guide, lang: string | undefined): Promise<TranslatedGuide | undefined> {
  if (!lang) return undefined;
  const languages = languagesOf(await getProgram());
  if (lang === languages[0]) return undefined;
  const t = (await translatedGuides()).get(`${lang.toLowerCase()}/guides/${guide.id}`);
  return t && (!t.data.draft || import.meta.env.DEV) ? t : undefined;
}

/**
 * A guide as a page in `lang` shows it: its translation's title, description and topic when it has
 * one (the original's otherwise). Its id, and what it links to, stay the original's.
 */
async function inLanguage(guide: Guide, lang: string | undefined): Promise<Guide> {
  const t = await translationOf(guide, lang);
  return t ? { ...guide, data: { ...t.data, order: guide.data.order, audience: guide.data.audience, related: guide.data.related } } : guide;
}

/** One guide, while the handbook publishes it, in `lang` when it is translated. */
export async function getGuide(id: string, lang?: string): Promise<Guide | undefined> {
  const guide = await getEntry('guides', id);
  return guide && isPublished(guide) ? inLanguage(guide, lang) : undefined;
}

/** Every published guide, ordered by `order` then title, in `lang` where translated. */
export async function getGuides(lang?: string): Promise<Guide[]> {
  const guides = await Promise.all((await getCollection('guides', isPublished)).map((g) => inLanguage(g, lang)));
  return guides.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, lang));
}

export function guidesFor(guides: Guide[], audience: Audience): Guide[] {
  return guides.filter((g) => g.data.audience.includes(audience));
}

/** Topics in the order their first guide appears, each with its guides. */
export function groupByTopic(guides: Guide[]): { topic: string; guides: Guide[] }[] {
  const groups = new Map<string, Guide[]>();
  for (const g of guides) {
    const list = groups.get(g.data.topic) ?? [];
    list.push(g);
    groups.set(g.data.topic, list);
  }
  return [...groups].map(([topic, list]) => ({ topic, guides: list }));
}
