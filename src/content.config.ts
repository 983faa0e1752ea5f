import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { AUDIENCES, TOOL_IDS } from './lib/site';
import { FIELD_KINDS, FIELD_ROLE_NAMES, definitionProblems } from './lib/charter/definition';

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

export const collections = { guides, program, charter };
