import { getEntry } from 'astro:content';
import { charterDefinitionSchema, type CharterDefinition } from '../lib/charter/schema';
import { translated } from './translations';
import { guideHref } from './links';

/**
 * The last labels of charter fields removed on purpose (content/.ids.json, written by `npm run ids`):
 * answers stored under them are shown as “from an earlier version of this charter” with these labels.
 */
export async function earlierFieldLabels(): Promise<Record<string, string>> {
  const entry = await getEntry('knownIds', 'ids');
  return entry?.data.charter.retired ?? {};
}

/** The charter's sections and fields, in `lang` when content/<language>/charter.yaml translates them (same ids). */
export async function getCharterDefinition(lang?: string): Promise<CharterDefinition> {
  const entry = await getEntry('charter', 'charter');
  if (!entry) throw new Error('content/charter.yaml is missing: the charter builder needs it.');
  return (await translated(lang, 'charter', charterDefinitionSchema)) ?? entry.data;
}

/**
 * Each section's "why this matters" link, checked at build time: the guide must exist and, when
 * an #anchor is given, have a heading with that id.
 */
export async function charterGuideLinks(def: CharterDefinition, base: string): Promise<Record<string, string>> {
  const links: Record<string, string> = {};
  for (const s of def.sections) {
    if (s.guide) links[s.id] = (await guideHref(s.guide, base, `content/charter.yaml: section “${s.id}”`)).href;
  }
  return links;
}
