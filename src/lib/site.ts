/** Constants shared by the content schemas, pages and tools. Pure data: no DOM, no Astro. */

export const AUDIENCES = ['mentor', 'mentee', 'coordinator'] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * Plural route segments for /guides/for/<segment>/ (routes are a contract, keep them), and the keys
 * of each audience's names: `pluralKey` as a label ("Mentees"), `inTextKey` inside a sentence ("mentees").
 */
export const AUDIENCE_ROUTES: Record<Audience, { segment: string; pluralKey: string; inTextKey: string}> = {
  mentee: { segment: 'mentees', pluralKey: 'site.audience.mentee.plural', inTextKey: 'site.audience.mentee.inText' },
  mentor: { segment: 'mentors', pluralKey: 'site.audience.mentor.plural', inTextKey: 'site.audience.mentor.inText' },
  coordinator: { segment: 'coordinators', pluralKey: 'site.audience.coordinator.plural', inTextKey: 'site.audience.coordinator.inText' },
};

export const TOOL_IDS = ['charter', 'reciprocity', 'reflection'] as const;
export type ToolId = (typeof TOOL_IDS)[number];

export interface ToolInfo {
  id: ToolId;
  /** The key of the tool's name ("Charter builder"). */
  nameKey: string;
  /** The key of its one-sentence summary. */
  summaryKey: string;
  /** Path below the base URL, or null while the tool is not built yet. */
  path: string | null;
}

export const TOOLS: Record<ToolId, ToolInfo> = {
  charter: {
    id: 'charter',
    nameKey: 'site.tools.charter.name',
    summaryKey: 'site.tools.charter.summary',
    path: 'tools/charter/',
  },
  reciprocity: {
    id: 'reciprocity',
    nameKey: 'site.tools.reciprocity.name',
    summaryKey: 'site.tools.reciprocity.summary',
    path: 'tools/reciprocity/',
  },
  reflection: {
    id: 'reflection',
    nameKey: 'site.tools.reflection.name',
    summaryKey: 'site.tools.reflection.summary',
    path: 'tools/reflection/',
  },
};

/** The worksheets besides the checklists (/worksheets/<id>/), which a kick-off pack can hold too. */
export const FIXED_WORKSHEETS = ['charter', 'reciprocity-mentee', 'reciprocity-mentor', 'session'] as const;

/** Join the deployment base (import.meta.env.BASE_URL) and a site path without doubling slashes. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = path.startsWith('/') ? path.slice(1) : path;
  return `${b}${p}`;
}

/** Words per minute used for reading-time estimates. */
export const READING_WPM = 220;

export function readingMinutes(text: string): number {
  const words = text
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.round(words / READING_WPM));
}
