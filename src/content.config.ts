import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { AUDIENCES, TOOL_IDS } from './lib/site';

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

const program = defineCollection({
  loader: file('content/program.yaml', {
    // program.yaml holds a single settings object, not a list: give it a fixed id.
    parser: async (text) => {
      const { load } = await import('js-yaml');
      const data = load(text);
      if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        throw new Error('content/program.yaml must hold one mapping of settings (name, organisation, …).');
      }
      return [{ ...(data as Record<string, unknown>), id: 'program' }];
    },
  }),
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

export const collections = { guides, program };
