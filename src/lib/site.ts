/** Constants shared by the content schemas, pages and tools. Pure data: no DOM, no Astro. */

export const AUDIENCES = ['mentor', 'mentee', 'coordinator'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Plural route segments for /guides/for/<segment>/; routes are a contract, keep them. */
export const AUDIENCE_ROUTES: Record<Audience, { segment: string; label: string; plural: string }> = {
  mentee: { segment: 'mentees', label: 'Mentee', plural: 'Mentees' },
  mentor: { segment: 'mentors', label: 'Mentor', plural: 'Mentors' },
  coordinator: { segment: 'coordinators', label: 'Coordinator', plural: 'Coordinators' },
};

export const TOOL_IDS = ['charter', 'reciprocity', 'reflection'] as const;
export type ToolId = (typeof TOOL_IDS)[number];

export interface ToolInfo {
  id: ToolId;
  name: string;
  summary: string;
  /** Path below the base URL, or null while the tool is not built yet. */
  path: string | null;
}

export const TOOLS: Record<ToolId, ToolInfo> = {
  charter: {
    id: 'charter',
    name: 'Charter builder',
    summary: 'Write your mentoring agreement together, print it, share a draft and revise it as you go.',
    path: 'tools/charter/',
  },
  reciprocity: {
    id: 'reciprocity',
    name: 'Reciprocity self-assessment',
    summary: 'Check whether the relationship gives and gets on both sides, and compare with your partner.',
    path: 'tools/reciprocity/',
  },
  reflection: {
    id: 'reflection',
    name: 'Reflection checklists',
    summary: 'Tick through a checklist before or after a session and keep a dated record, or print a worksheet.',
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
