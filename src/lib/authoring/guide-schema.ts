/**
 * A guide's frontmatter (the lines between --- at the top of content/guides/*.mdx), as a coordinator
 * writes it. The build checks every guide against this schema before Astro reads any of them, so a
 * mistake is named with its line and what to do, in the same words as the YAML files. The collection's
 * own schema (src/content.config.ts) extends this one: `related` becomes references and `updated` a date.
 */
import { z } from 'astro/zod';
import { isCalendarDate } from '../dates';
import { nonEmpty } from '../schema-parts';
import { AUDIENCES, TOOL_IDS } from '../site';

/** The longest description: it is the guide's card, its search result and the page's meta description. */
export const DESCRIPTION_MAX = 220;

/** A calendar date written YYYY-MM-DD that exists: "03/12/2026", "2026-13-45" and "2026-02-30" do not. */
export const writtenDate = (what: string) =>
  z.string({ error: `${what} must be a date written YYYY-MM-DD, like 2026-12-03` }).refine(isCalendarDate, {
    error: `${what} must be a real date written YYYY-MM-DD, like 2026-12-03 (year, month, day)`,
  });

export const guideFrontmatterSchema = z.strictObject({
  /** The guide's title: its heading, its card and the browser tab. */
  title: nonEmpty('title'),
  /** One sentence, at most 220 characters: the guide's card, search result and meta description. */
  description: nonEmpty('description').max(DESCRIPTION_MAX, {
    error: `description must be one sentence of at most ${DESCRIPTION_MAX} characters`,
  }),
  /** Who the guide is for: one or more of mentor, mentee, coordinator, as a list ([mentor, mentee]). */
  audience: z.array(z.enum(AUDIENCES)).min(1, { error: 'audience needs at least one of mentor, mentee, coordinator' }),
  /** The topic the guide is listed under; guides of the same topic are grouped together. */
  topic: nonEmpty('topic'),
  /** The guide's place in lists: a whole number, lowest first (then by title). */
  order: z.number().int().nonnegative(),
  /** When the guide was last revised, written YYYY-MM-DD (2026-03-01). */
  updated: writtenDate('updated'),
  /** The tools the guide points to: any of charter, reciprocity, reflection. Optional; defaults to none. */
  tools: z.array(z.enum(TOOL_IDS)).default([]),
  /** Other guides to read next, by file name (without .mdx). Optional; defaults to none. */
  related: z.array(z.string()).default([]),
  /**
   * Whether `npm test` checks the guide's reading (the rules in content/guide-checks.yaml: its length,
   * sentence length, reading grade, a <TryThis> exercise and the closing heading). Write
   * `readingChecks: false` for a reference page, such as a table of key dates; the checks for
   * frontmatter and placeholder text still apply. Optional; defaults to true.
   */
  readingChecks: z.boolean().default(true),
  /**
   * `draft: true` keeps the guide off the published site: no page, no card, no search result, no
   * sitemap entry. `npm run dev` still shows it, marked as a draft, so it can be read while it is
   * written. A link to a draft from a published page stops the build, naming the draft. Optional;
   * defaults to false.
   */
  draft: z.boolean().default(false),
});
