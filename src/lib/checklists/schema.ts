/**
 * The schema of a reflection checklist (content/checklists/*.yaml), and the types of a validated
 * checklist. The types are inferred from the schema, so this file is the one place the shape is
 * written down.
 *
 * Browser code may only `import type` from here: a value import would bundle zod into the page.
 */
import { z } from 'astro/zod';
import { AUDIENCES, FIXED_WORKSHEETS } from '../site';
import { guideRef, nonEmpty } from '../schema-parts';
import { FOLLOWS_CADENCE, checklistProblems } from './checklist';
import { WHEN } from './when';

/** One line of a checklist: something to tick, or a question to answer in writing. */
export const checklistItemSchema = z.strictObject({
  /** The item's id, unique in the checklist: lower-case letters, digits and hyphens. Saved entries refer to it, so keep it when rewording. */
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'item ids use a to z in lower case, digits and hyphens only (no capitals, spaces or accents: “apres-seance”, not “après séance”)' }),
  /** `tick` for a statement to tick off, `prompt` for a question with room to write. */
  kind: z.enum(['tick', 'prompt']),
  /** The statement or question. */
  text: nonEmpty('text'),
  /** For a prompt: how many lines to write on in the printed worksheet, 1 to 8. Optional. */
  lines: z.number().int().min(1).max(8).optional(),
});

/** A titled group of items in a checklist. */
export const checklistSectionSchema = z.strictObject({
  /** The section's heading. */
  title: nonEmpty('title'),
  /** The section's items, in order; at least one. */
  items: z.array(checklistItemSchema).min(1),
});

/** A checklist file field by field, before the cross-checks of `checklistProblems`. */
export const checklistBaseSchema = z.strictObject({
  /**
   * The checklist's id, and its address (/tools/reflection/<id>/, /worksheets/<id>/): lower-case letters, digits
   * and hyphens. Must not be `charter`, `reciprocity-mentee`, `reciprocity-mentor`, `session` or `pack` (other worksheets use those).
   */
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/, { error: 'id uses a to z in lower case, digits and hyphens only (no capitals, spaces or accents: “apres-seance”, not “après séance”)' })
    .refine((id) => ![...FIXED_WORKSHEETS, 'pack'].includes(id), { error: `this id is taken by another worksheet (${[...FIXED_WORKSHEETS, 'pack'].join(', ')} are): choose another` }),
  /** The checklist's title. */
  title: nonEmpty('title'),
  /** One sentence for the list of checklists, at most 220 characters. */
  description: nonEmpty('description').max(220),
  /** Who it is for: one or more of mentor, mentee, coordinator. */
  audience: z.array(z.enum(AUDIENCES, { error: `audience must be among ${AUDIENCES.join(', ')}` })).min(1),
  /**
   * When to use it: before-session, after-session, monthly, quarterly, mid-point (due on the charter's mid-point
   * review date, else halfway between its start and end), once (a one-off, such as a first meeting), rounds (at
   * points the programme sets, such as check-ins at one, three and six months), end, or when-needed (a moment
   * nobody schedules, such as raising a concern: never due). Checklists are listed in this order.
   */
  when: z.enum(WHEN, { error: `when must be one of ${WHEN.join(', ')}` }),
  /**
   * How often it falls due: a number of weeks (1 to 104), or `cadence` to follow the programme's meeting cadence
   * (content/program.yaml). Optional; leave it out for a checklist that does not repeat.
   */
  repeatEveryWeeks: z
    .union([z.number().int().min(1, { error: 'repeatEveryWeeks must be at least 1 (leave it out for no repeat)' }).max(104), z.literal(FOLLOWS_CADENCE)], {
      error: 'repeatEveryWeeks is a number of weeks from 1 to 104, or cadence to follow the programme’s meeting cadence (leave it out for no repeat)',
    })
    .optional(),
  /** A short introduction: when and how to fill it in. */
  intro: nonEmpty('intro'),
  /** The guide that goes with it: "guide-slug" or "guide-slug#anchor". Optional; checked at build time. */
  guide: guideRef.optional(),
  /** The checklist's sections, in order; at least one. */
  sections: z.array(checklistSectionSchema).min(1),
  /**
   * Show the programme's concerns contact (`concerns` in content/program.yaml) at the end of this
   * checklist, on screen and on its worksheet. Optional; defaults to false.
   */
  concernsContact: z.boolean().default(false),
});

/** A checklist file, with the checks across sections (an item id used twice). */
export const checklistSchema = checklistBaseSchema.superRefine((c, ctx) => {
  for (const p of checklistProblems(c)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
});

/** A validated reflection checklist. */
export type Checklist = z.output<typeof checklistBaseSchema>;
export type ChecklistSection = Checklist['sections'][number];
