/**
 * The schema of content/charter.yaml, and the types of a validated charter definition. The
 * types are inferred from the schema, so this file is the one place the shape is written down.
 *
 * Browser code may only `import type` from here: a value import would bundle zod into the page.
 */
import { z } from 'astro/zod';
import { guideRef, nonEmpty, slug } from '../schema-parts';
import { FIELD_KINDS, FIELD_ROLE_NAMES, definitionProblems } from './definition';

/** One answer a `choice` field offers. */
export const choiceOptionSchema = z.object({
  /** What is stored when this option is picked: an id (letters, digits, hyphens). For a field with role `cadence`, one of weekly, fortnightly, monthly, every-n-weeks. */
  value: slug,
  /** The option as the reader sees it. */
  label: nonEmpty('option label'),
});

/** One field of a charter section: a question the pair answer together. */
export const charterFieldSchema = z.strictObject({
  /** The field's id, unique within its section; with the section's id it names the stored value ("rhythm.cadence"). */
  id: slug,
  /** The field's label in the builder, the printed charter and the exports. */
  label: nonEmpty('label'),
  /**
   * What kind of answer the field takes: `text` (one line), `textarea` (a paragraph), `date`, `time`, `number`,
   * `choice` (one of `options`), `scale` (1 to 5, worded by `labels`), `timezone`, or `goals` (a list of goals).
   */
  kind: z.enum(FIELD_KINDS, { error: `kind must be one of ${FIELD_KINDS.join(', ')}` }),
  /**
   * What the field means to the tools (validation, the calendar file, the signature lines), e.g. `mentor-name`,
   * `start-date`, `cadence`. Optional; each role may be on one field only, and only on the kinds of field listed
   * in FIELD_ROLES. Some text field must carry `mentor-name` and another `mentee-name`.
   */
  role: z.enum(FIELD_ROLE_NAMES, { error: `role must be one of ${FIELD_ROLE_NAMES.join(', ')}` }).optional(),
  /** A short help text shown under the field. Optional. */
  hint: z.string().optional(),
  /** The answers a `choice` field offers; a choice field needs at least two. */
  options: z.array(choiceOptionSchema).optional(),
  /** The five labels of a `scale` field, from 1 to 5; a scale field needs exactly five. */
  labels: z.array(nonEmpty('scale label')).optional(),
  /** The smallest value a `number` field accepts. Optional. */
  min: z.number().optional(),
  /** The largest value a `number` field accepts; not below `min`. Optional. */
  max: z.number().optional(),
  /** Show the field only when another field of the same section has a given value. Optional. */
  showWhen: z
    .object({
      /** The id of the other field, in the same section. */
      field: slug,
      /** The value (for a choice, the option's `value`) that shows this field. */
      equals: z.string(),
    })
    .optional(),
});

/** One section of the charter: a prompt, examples and the fields that answer it. */
export const charterSectionSchema = z.strictObject({
  /** The section's id, unique in the charter (letters, digits, hyphens, starting with a letter). */
  id: slug,
  /** The section's heading. */
  title: nonEmpty('title'),
  /** The question the section asks the pair. */
  prompt: nonEmpty('prompt'),
  /** Example answers shown beside the prompt. Optional; defaults to none. */
  examples: z.array(nonEmpty('example')).default([]),
  /** The guide that explains why this section matters: "guide-slug" or "guide-slug#anchor". Optional; checked at build time. */
  guide: guideRef.optional(),
  /**
   * A section the pair may leave empty for now, such as advocacy until the first review: while empty it is
   * not counted as missing, and the printed charter says it is for later. Optional; defaults to false.
   */
  optional: z.boolean().default(false),
  /**
   * One of the sections a first meeting needs: in “Write it together now” the essential sections come
   * first, and the rest are offered for later. Optional; defaults to false (with none marked, every
   * section is asked in order).
   */
  essential: z.boolean().default(false),
  /**
   * In “Write it together now”, a question for the two to ask each other before they write this
   * section, e.g. "What would make this worth your time?". Optional.
   */
  askEachOther: z.string().trim().min(1, { error: 'askEachOther is empty: write a question, or remove the line' }).optional(),
  /**
   * Show the programme's concerns contact (`concerns` in content/program.yaml) in this section: in the
   * builder, the printed charter and the Markdown. Optional; defaults to false.
   */
  concernsContact: z.boolean().default(false),
  /** The section's fields, in order; at least one. */
  fields: z.array(charterFieldSchema).min(1, { error: 'a section needs at least one field' }),
});

/** content/charter.yaml field by field, before the cross-checks of `definitionProblems`. */
export const charterDefinitionBaseSchema = z.object({
  /** The charter's title, at the top of the builder and the printed charter. */
  title: nonEmpty('title'),
  /** A short introduction: how and when to write the charter. */
  intro: nonEmpty('intro'),
  /** The charter's sections, in order; at least one. */
  sections: z.array(charterSectionSchema).min(1),
});

/** content/charter.yaml, with the checks across fields (duplicate ids, roles, options, labels, showWhen). */
export const charterDefinitionSchema = charterDefinitionBaseSchema.superRefine((def, ctx) => {
  for (const p of definitionProblems(def)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
});

/** A validated charter definition: the charter's sections and fields. */
export type CharterDefinition = z.output<typeof charterDefinitionBaseSchema>;
export type SectionDef = CharterDefinition['sections'][number];
export type FieldDef = SectionDef['fields'][number];
