import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { AUDIENCES, TOOL_IDS } from './lib/site';
import { FIELD_KINDS, FIELD_ROLE_NAMES, definitionProblems } from './lib/charter/definition';
import { WHEN, checklistProblems } from './lib/checklists/checklist';
import { instrumentProblems, type Instrument } from './lib/reciprocity/instrument';

/**
 * Everything a coordinator edits lives in the top-level content/ folder. Each collection is
 * validated here, so a bad file fails `npm run build` and `npm run check` with its path and field.
 */

const nonEmpty = (what: string) => z.string().trim().min(1, { error: `${what} must not be empty` });

const guides = defineCollection({
  loader: glob({ base: './content/guides', pattern: '**/*.mdx' }),
  schema: z.object({
    title: nonEmpty('title'),
    description: nonEmpty('description').max(220, {
      error: 'description must be one sentence of at most 220 characters',
    }),
    audience: z.array(z.enum(AUDIENCES)).min(1, { error: 'audience needs at least one of mentor, mentee, coordinator' }),
    topic: nonEmpty('topic'),
    order: z.number().int().nonnegative(),
    updated: z.coerce.date(),
    tools: z.array(z.enum(TOOL_IDS)).default([]),
    related: z.array(reference('guides')).default([]),
  }),
});

const cadences = ['weekly', 'fortnightly', 'monthly', 'every-n-weeks'] as const;

/** A YAML file that holds one object (not a list), loaded as a single entry with a fixed id. */
function singleObject(path: string, id: string) {
  return file(path, {
    parser: async (text) => {
      const { load } = await import('js-yaml');
      const data = load(text);
      if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        throw new Error(`${path} must hold one mapping (key: value lines), not a list or a single value.`);
      }
      return [{ ...(data as Record<string, unknown>), id }];
    },
  });
}

const program = defineCollection({
  loader: singleObject('content/program.yaml', 'program'),
  schema: z.object({
    name: nonEmpty('name'),
    organisation: nonEmpty('organisation'),
    tagline: nonEmpty('tagline').max(140, { error: 'tagline must be one line of at most 140 characters' }),
    contact: z.object({
      name: nonEmpty('contact.name'),
      email: z.email({ error: 'contact.email must be an email address' }),
    }),
    cadence: z.enum(cadences, { error: `cadence must be one of ${cadences.join(', ')}` }),
    cadenceWeeks: z.number().int().min(1).max(26).optional(),
    reviewIntervalWeeks: z.number().int().min(1).max(104),
    lang: z.string().default('en'),
  }),
});

const slug = z.string().regex(/^[a-z][a-zA-Z0-9-]*$/, { error: 'ids use letters, digits and hyphens, starting with a letter' });

const charterField = z.strictObject({
  id: slug,
  label: nonEmpty('label'),
  kind: z.enum(FIELD_KINDS, { error: `kind must be one of ${FIELD_KINDS.join(', ')}` }),
  role: z.enum(FIELD_ROLE_NAMES as [string, ...string[]], { error: `role must be one of ${FIELD_ROLE_NAMES.join(', ')}` }).optional(),
  hint: z.string().optional(),
  options: z.array(z.object({ value: slug, label: nonEmpty('option label') })).optional(),
  labels: z.array(nonEmpty('scale label')).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  showWhen: z.object({ field: slug, equals: z.string() }).optional(),
});

const charter = defineCollection({
  loader: singleObject('content/charter.yaml', 'charter'),
  schema: z
    .object({
      title: nonEmpty('title'),
      intro: nonEmpty('intro'),
      sections: z
        .array(
          z.strictObject({
            id: slug,
            title: nonEmpty('title'),
            prompt: nonEmpty('prompt'),
            examples: z.array(nonEmpty('example')).default([]),
            guide: z.string().regex(/^[a-z0-9-]+(#[a-z0-9-]+)?$/, { error: 'guide is a guide file name, optionally with #anchor' }).optional(),
            fields: z.array(charterField).min(1, { error: 'a section needs at least one field' }),
          }),
        )
        .min(1),
    })
    .superRefine((def, ctx) => {
      for (const p of definitionProblems(def as Parameters<typeof definitionProblems>[0])) {
        ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
      }
    }),
});

const guideRef = z.string().regex(/^[a-z0-9-]+(#[a-z0-9-]+)?$/, { error: 'guide is a guide file name, optionally with #anchor' });
const stageText = z.strictObject({ new: nonEmpty('new'), 'first-year': nonEmpty('first-year'), established: nonEmpty('established') });
const score = z.number().int().min(0).max(100);

const assessments = defineCollection({
  loader: glob({ base: './content/assessments', pattern: '*.yaml' }),
  schema: z
    .strictObject({
      id: slug,
      title: nonEmpty('title'),
      intro: nonEmpty('intro'),
      scale: z.array(nonEmpty('scale label')).length(5, { error: 'the scale needs exactly five labels' }),
      notApplicable: nonEmpty('notApplicable'),
      minAnswers: z.number().int().min(1),
      balanceThreshold: z.number().int().min(1).max(50),
      stages: z.array(
        z.strictObject({
          id: z.enum(['new', 'first-year', 'established']),
          label: nonEmpty('label'),
          leniency: z.number().int().min(0).max(30),
          balanceNote: z.strictObject({ mentor: nonEmpty('balanceNote.mentor'), mentee: nonEmpty('balanceNote.mentee') }),
        }),
      ),
      overall: z.strictObject({
        bands: z.array(z.strictObject({ id: slug, label: nonEmpty('label'), min: score, max: score, meaning: stageText })).min(2),
      }),
      dimensions: z
        .array(
          z.strictObject({
            id: slug,
            title: nonEmpty('title'),
            short: nonEmpty('short'),
            description: nonEmpty('description'),
            conversation: z.array(nonEmpty('conversation starter')).min(1),
            bands: z
              .array(
                z.strictObject({
                  id: slug,
                  label: nonEmpty('label'),
                  min: score,
                  max: score,
                  meaning: stageText,
                  steps: z
                    .array(z.strictObject({ text: nonEmpty('text'), for: z.enum(['mentor', 'mentee']).optional(), guide: guideRef.optional(), checklist: slug.optional() }))
                    .min(2, { error: 'each band needs two or three next steps' })
                    .max(3, { error: 'each band needs two or three next steps' }),
                }),
              )
              .min(2),
          }),
        )
        .min(6, { error: 'the instrument needs at least six dimensions' }),
      items: z.array(
        z.strictObject({
          id: slug,
          dimension: slug,
          direction: z.enum(['give', 'get'], { error: 'direction must be give or get' }),
          reverse: z.boolean().default(false),
          mentor: nonEmpty('mentor'),
          mentee: nonEmpty('mentee'),
        }),
      ),
    })
    .superRefine((inst, ctx) => {
      for (const p of instrumentProblems(inst as Instrument)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
    }),
});

const checklists = defineCollection({
  loader: glob({ base: './content/checklists', pattern: '*.yaml', generateId: ({ data }) => String(data['id']) }),
  schema: z
    .strictObject({
      id: z
        .string()
        .regex(/^[a-z0-9-]+$/, { error: 'id uses lower-case letters, digits and hyphens' })
        .refine((id) => !['charter', 'reciprocity-mentee', 'reciprocity-mentor'].includes(id), { error: 'this id is taken by another worksheet: choose another' }),
      title: nonEmpty('title'),
      description: nonEmpty('description').max(220),
      audience: z.array(z.enum(AUDIENCES, { error: `audience must be among ${AUDIENCES.join(', ')}` })).min(1),
      when: z.enum(WHEN, { error: `when must be one of ${WHEN.join(', ')}` }),
      repeatEveryWeeks: z.number().int().min(1, { error: 'repeatEveryWeeks must be at least 1 (leave it out for no repeat)' }).max(104).optional(),
      intro: nonEmpty('intro'),
      guide: guideRef.optional(),
      sections: z
        .array(
          z.strictObject({
            title: nonEmpty('title'),
            items: z
              .array(
                z.strictObject({
                  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'item ids use lower-case letters, digits and hyphens' }),
                  kind: z.enum(['tick', 'prompt']),
                  text: nonEmpty('text'),
                  lines: z.number().int().min(1).max(8).optional(),
                }),
              )
              .min(1),
          }),
        )
        .min(1),
    })
    .superRefine((c, ctx) => {
      for (const p of checklistProblems(c)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
    }),
});

export const collections = { guides, program, charter, assessments, checklists };
