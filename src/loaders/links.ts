/**
 * What content may link to (guides with their headings, checklists, tools), read from disk before
 * any page is built, and the links in YAML files (`guide: slug#anchor`, `checklist: id`) checked
 * against it, each pointed at the node it is written in.
 */
import { checklistSuggestion, guideFrontmatter, type GuideContext } from '../lib/authoring/guides';
import { headingIds } from '../lib/authoring/headings';
import { KNOWN_IDS_FILE, knownIdsSchema } from '../lib/authoring/known-ids';
import { didYouMean, listOf } from '../lib/authoring/nearest';
import type { ContentProblem } from '../lib/authoring/problems';
import { placeOf, type YamlSource } from '../lib/authoring/yaml';
import { checklistSchema } from '../lib/checklists/schema';
import { guideFrontmatterSchema } from '../lib/authoring/guide-schema';
import { TOOL_IDS } from '../lib/site';
import { headingsInside } from '../lib/guide-sections';
import { programSchema } from '../lib/program-schema';
import { CHECKLISTS_DIR, GUIDES_DIR, stem, type ContentReader } from './reader';


/** Guide file names (without .mdx), their headings and drafts, and checklist ids: what links may point to. */
export function readLinkTargets(reader: ContentReader, base?: string): GuideContext {
  const guides = reader.guideFiles().map(stem);
  const headings: Record<string, string[]> = {};
  const drafts: string[] = [];
  // Without a safeguarding lead, the parts inside <Safeguarding> are not published, nor their headings.
  const program = reader.exists('content/program.yaml') ? reader.yaml('content/program.yaml', programSchema) : undefined;
  const hidden = program?.ok && !program.data.safeguarding ? new Set(['Safeguarding']) : new Set<string>();
  for (const g of guides) {
    const text = reader.text(`${GUIDES_DIR}/${g}.mdx`);
    const unpublished = hidden.size ? hiddenHeadings(text, hidden) : new Set<string>();
    headings[g] = headingIds(text).filter((h) => !unpublished.has(h));
    if (isDraft(text)) drafts.push(g);
  }
  const checklists: string[] = [];
  const idOfFile: Record<string, string> = {};
  const checklistAudience: Record<string, string[]> = {};
  for (const file of reader.yamlFiles(CHECKLISTS_DIR)) {
    const r = reader.yaml(file, checklistSchema);
    if (!r.ok) {
      // A file with a mistake is reported as such; its id (or, failing that, its name) still counts as a checklist for links.
      checklists.push(typeof r.raw?.['id'] === 'string' ? r.raw['id'] : stem(file));
      continue;
    }
    idOfFile[stem(file)] = r.data.id;
    checklists.push(r.data.id);
    checklistAudience[r.data.id] = [...r.data.audience];
  }
  return {
    guides,
    headings,
    drafts,
    ...(base ? { base } : {}),
    checklists,
    checklistAudience,
    tools: TOOL_IDS,
    files: reader.filesUnder(GUIDES_DIR),
    publicFiles: reader.filesUnder('public'),
    renamed: renamedChecklists(reader, idOfFile),
  };
}

/** The headings inside the given components; none when the guide cannot be read (its own mistake is reported). */
function hiddenHeadings(text: string, components: ReadonlySet<string>): Set<string> {
  try {
    return headingsInside(text, components);
  } catch {
    return new Set();
  }
}

/** Whether a guide's frontmatter says `draft: true` (a guide whose frontmatter has a mistake is reported as such). */
function isDraft(text: string): boolean {
  const r = guideFrontmatter('guide', text);
  const data = r?.ok && r.data && typeof r.data === 'object' ? (r.data as Record<string, unknown>) : {};
  return guideFrontmatterSchema.shape.draft.safeParse(data['draft']).data === true;
}

/**
 * Recorded checklist ids that have gone, → the one new id each was most likely renamed to: the id
 * now written in the file named after the old one (after-session.yaml now says id: after-each-session),
 * or, when exactly one recorded checklist has gone and exactly one new one has come (file and id
 * renamed together), that one.
 */
function renamedChecklists(reader: ContentReader, idOfFile: Readonly<Record<string, string>>): Record<string, string> {
  let recorded: string[] = [];
  try {
    recorded = Object.keys(knownIdsSchema.parse(JSON.parse(reader.text(KNOWN_IDS_FILE))).checklists);
  } catch {
    return {};
  }
  const current = Object.values(idOfFile);
  const gone = recorded.filter((id) => !current.includes(id));
  const added = current.filter((id) => !recorded.includes(id));
  const renamed: Record<string, string> = {};
  for (const old of gone) {
    const now = Object.hasOwn(idOfFile, old) ? idOfFile[old] : undefined;
    if (now && added.includes(now)) renamed[old] = now;
  }
  if (gone.length === 1 && added.length === 1 && !renamed[gone[0]!]) renamed[gone[0]!] = added[0]!;
  return renamed;
}

/** A `guide: slug#anchor` setting (at `path` in a YAML file) that names no guide, no heading in it, or a draft. */
export function guideRefProblem(ref: string | undefined, targets: GuideContext, source: YamlSource, path: readonly PropertyKey[], owner: string): ContentProblem | undefined {
  if (!ref) return undefined;
  const [slug, anchor] = ref.split('#') as [string, string | undefined];
  const headings = targets.headings?.[slug];
  const place = { file: source.file, ...placeOf(source, path, 'key') };
  if (targets.drafts?.includes(slug)) {
    return {
      ...place,
      message: `${owner} links to the guide “${slug}”, which is a draft (draft: true), so it is not published and the link would lead nowhere.`,
      hint: `Publish the guide by removing draft: true from ${GUIDES_DIR}/${slug}.mdx, or link to another guide.`,
    };
  }
  if (targets.guides.includes(slug) && (!anchor || !headings || headings.includes(anchor))) return undefined;
  if (targets.guides.includes(slug)) {
    return {
      ...place,
      message: `${owner} links to #${anchor} in the guide “${slug}”, which has no heading with that id.${didYouMean(anchor!, headings!, (h) => `“${h}”`)}`,
      hint: `A heading’s id is its text in lower case with hyphens for spaces (“## Set a goal” → #set-a-goal). The headings of “${slug}” are ${listOf(headings!.map((h) => `#${h}`))}.`,
    };
  }
  return {
    ...place,
    message: `${owner} links to the guide “${slug}”, which does not exist (no ${GUIDES_DIR}/${slug}.mdx).${didYouMean(slug, targets.guides)}`,
    hint: '`guide:` is a guide’s file name without .mdx, optionally followed by #a-heading-id.',
  };
}

/** Every `guide:` and `checklist:` link in a content file's data, wherever it sits, with the path to the object holding it. */
export function linksIn(data: unknown, path: PropertyKey[] = []): { guide?: string; checklist?: string; path: PropertyKey[] }[] {
  if (Array.isArray(data)) return data.flatMap((v, i) => linksIn(v, [...path, i]));
  if (!data || typeof data !== 'object') return [];
  const o = data as Record<string, unknown>;
  const own = typeof o['guide'] === 'string' || typeof o['checklist'] === 'string' ? [{ ...(typeof o['guide'] === 'string' ? { guide: o['guide'] } : {}), ...(typeof o['checklist'] === 'string' ? { checklist: o['checklist'] } : {}), path }] : [];
  return [...own, ...Object.entries(o).flatMap(([k, v]) => linksIn(v, [...path, k]))];
}

/** Links from a YAML file to guides (with their headings) and checklists that do not exist. */
export function yamlLinkProblems(source: YamlSource, data: unknown, targets: GuideContext, owner: string): ContentProblem[] {
  return linksIn(data).flatMap((link) => {
    const problems: ContentProblem[] = [];
    const g = guideRefProblem(link.guide, targets, source, [...link.path, 'guide'], owner);
    if (g) problems.push(g);
    const id = link.checklist;
    if (id && !targets.checklists.includes(id)) {
      problems.push({
        file: source.file,
        ...placeOf(source, [...link.path, 'checklist'], 'key'),
        message: `${owner} links to the checklist “${id}”, which does not exist.${checklistSuggestion(id, targets)}`,
        hint: '`checklist:` is the id: at the top of a file in content/checklists/.',
      });
    }
    return problems;
  });
}
