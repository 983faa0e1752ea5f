import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { AUDIENCES, TOOL_IDS } from './lib/site';
import { nonEmpty } from './lib/schema-parts';
import { programSchema } from './lib/program-schema';
import { charterDefinitionSchema } from './lib/charter/schema';
import { checklistSchema } from './lib/checklists/schema';
import { instrumentSchema } from './lib/reciprocity/schema';

/**
 * Everything a coordinator edits lives in the top-level content/ folder. Each collection is
 * validated here, so a bad file fails `npm run build` and `npm run check` with its path and field.
 * The schemas (and the types inferred from them) live in src/lib; this file wires them to loaders.
 * Only the guides' schema is here, because it needs `reference()` from astro:content.
 */

const guides = defineCollection({
  loader: glob({ base: './content/guides', pattern: '**/*.mdx' }),
  schema: z.object({
    /** The guide's title. */
    title: nonEmpty('title'),
    /** One sentence, at most 220 characters: the guide's card, search result and meta description. */
    description: nonEmpty('description').max(220, {
      error: 'description must be one sentence of at most 220 characters',
    }),
    /** Who the guide is for: one or more of mentor, mentee, coordinator. */
    audience: z.array(z.enum(AUDIENCES)).min(1, { error: 'audience needs at least one of mentor, mentee, coordinator' }),
    /** The topic the guide is listed under; guides of the same topic are grouped together. */
    topic: nonEmpty('topic'),
    /** The guide's place in lists: a whole number, lowest first (then by title). */
    order: z.number().int().nonnegative(),
    /** When the guide was last revised, as a date (2026-03-01). */
    updated: z.coerce.date(),
    /** The tools the guide points to: any of charter, reciprocity, reflection. Optional; defaults to none. */
    tools: z.array(z.enum(TOOL_IDS)).default([]),
    /** Other guides to read next, by file name (without .mdx). Optional; defaults to none. */
    related: z.array(reference('guides')).default([]),
  }),
});

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
  schema: programSchema,
});

const charter = defineCollection({
  loader: singleObject('content/charter.yaml', 'charter'),
  schema: charterDefinitionSchema,
});

const assessments = defineCollection({
  loader: glob({ base: './content/assessments', pattern: '*.yaml' }),
  schema: instrumentSchema,
});

const checklists = defineCollection({
  loader: glob({ base: './content/checklists', pattern: '*.yaml', generateId: ({ data }) => String(data['id']) }),
  schema: checklistSchema,
});

export const collections = { guides, program, charter, assessments, checklists };
