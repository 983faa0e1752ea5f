import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { guideFrontmatterSchema } from './lib/authoring/guide-schema';
import { programCrossChecks, programFieldsSchema, programSchema } from './lib/program-schema';
import { charterDefinitionSchema } from './lib/charter/schema';
import { checklistSchema } from './lib/checklists/schema';
import { instrumentSchema } from './lib/reciprocity/schema';
import { guideChecksSchema } from './lib/authoring/guide-checks';
import { isRebranded, sampleWordsIn, sampleWordsWarning } from './lib/authoring/sample-words';
import { STRINGS_DIR, overrideProblems } from './lib/authoring/strings';
import { englishMessages } from './lib/i18n/shipped';
import { KNOWN_IDS_FILE, knownIdsSchema } from './lib/authoring/known-ids';
import { ASSESSMENTS_DIR, CHECKLISTS_DIR, charterIdProblems, checkableSettings, contentLoaders, dataFiles, guideRefProblem, programProblems, yamlLinkProblems } from './loaders';

/**
 * Everything a coordinator edits lives in the top-level content/ folder. Each collection is
 * validated here, so a bad file fails `npm run build` and `npm run check` with its path, line and
 * what to do (the loaders in src/loaders/ read the files and report mistakes by id, not position).
 * The schemas (and the types inferred from them) live in src/lib; this file wires them to loaders.
 * Only the guides' schema is here, because it needs `reference()` from astro:content.
 */

/** A strings file is a map of keys (checked against English by overrideProblems). */
const stringsFileSchema = z.record(z.string(), z.unknown(), { error: 'a strings file lists keys and sentences, like `charter.save: Save the charter`' });

const loaders = contentLoaders({
  // The other languages' translations are checked against these, and keep the originals' ids.
  translations: { charter: charterDefinitionSchema, checklist: checklistSchema, assessment: instrumentSchema },
  // Every loader first runs the whole-content check, which reads every data file below too, so all
  // the mistakes it can see come in one message.
  dataFiles: [
    dataFiles({ file: 'content/program.yaml', schema: programSchema, settings: (raw, { source, reader, targets }) => programProblems(checkableSettings(raw), source, reader.root, targets) }),
    dataFiles({
      file: 'content/charter.yaml',
      schema: charterDefinitionSchema,
      links: (def, { source, targets }) => def.sections.flatMap((s, i) => guideRefProblem(s.guide, targets, source, ['sections', i, 'guide'], `section “${s.id}”`) ?? []),
    }),
    dataFiles({ dir: ASSESSMENTS_DIR, schema: instrumentSchema, links: (inst, { source, targets }) => yamlLinkProblems(source, inst, targets, 'a next step') }),
    dataFiles({ dir: CHECKLISTS_DIR, schema: checklistSchema, links: (c, { source, targets }) => [guideRefProblem(c.guide, targets, source, ['guide'], `checklist “${c.id}”`)].filter((p) => p !== undefined) }),
    dataFiles({ file: 'content/guide-checks.yaml', schema: guideChecksSchema }),
    dataFiles({ dir: STRINGS_DIR, optional: true, schema: stringsFileSchema, links: (data, { source }) => overrideProblems(source.file, data, source, englishMessages()) }),
  ],
});

const guides = defineCollection({
  loader: loaders.guides(),
  // The frontmatter as written is checked first (src/lib/authoring/guide-schema.ts), with lines and
  // advice; here `updated` becomes a date and `related` references to other guides.
  schema: guideFrontmatterSchema.extend({
    /** When the guide was last revised (written YYYY-MM-DD; the frontmatter check refuses other forms). */
    updated: z.coerce.date(),
    /** Other guides to read next, by file name (without .mdx). */
    related: z.array(reference('guides')).default([]),
  }),
});

const program = defineCollection({
  loader: loaders.yamlFile({
    file: 'content/program.yaml',
    id: 'program',
    schema: programSchema,
    missing: 'The site needs its programme settings: restore it with `git checkout -- content/program.yaml`, or copy the example in README.md (“Make it yours”).',
    // Once the programme has its own name, words left from the example programme are listed as a warning.
    check: (p, _source, ctx, reader) => {
      const warning = isRebranded(p) ? sampleWordsWarning(sampleWordsIn(reader.contentTexts())) : undefined;
      if (warning) ctx.logger.warn(warning);
      return [];
    },
  }),
  // The logo is an image file beside program.yaml, so Astro copies it into the site.
  schema: ({ image }) => programFieldsSchema.extend({ logo: image().optional() }).superRefine(programCrossChecks),
});

const charter = defineCollection({
  loader: loaders.yamlFile({
    file: 'content/charter.yaml',
    id: 'charter',
    schema: charterDefinitionSchema,
    missing: 'The charter builder needs it: restore it with `git checkout -- content/charter.yaml`.',
    // Recorded ids that have gone (content/.ids.json); links are checked with the whole content.
    check: (def, source, ctx, reader) => charterIdProblems(def, source, ctx, reader),
  }),
  schema: charterDefinitionSchema,
});

const assessments = defineCollection({
  loader: loaders.yamlFolder({ dir: ASSESSMENTS_DIR, idFrom: 'file', schema: instrumentSchema, what: 'assessment', idUse: 'its file name' }),
  schema: instrumentSchema,
});

const checklists = defineCollection({
  loader: loaders.yamlFolder({
    dir: CHECKLISTS_DIR,
    schema: checklistSchema,
    what: 'checklist',
    idUse: 'the id is the checklist’s address, /tools/reflection/<id>/, and saved entries refer to it',
  }),
  schema: checklistSchema,
});

/** The charter field ids stored answers depend on (`npm run ids` writes the file). */
const knownIds = defineCollection({
  loader: loaders.jsonFile(KNOWN_IDS_FILE, 'ids', knownIdsSchema),
  schema: knownIdsSchema,
});

/** The checks `npm test` runs on every guide (content/guide-checks.yaml), validated so a typo there fails too. */
const guideChecks = defineCollection({
  loader: loaders.yamlFile({
    file: 'content/guide-checks.yaml',
    id: 'guide-checks',
    schema: guideChecksSchema,
    missing: 'The guide checks `npm test` runs need it: restore it with `git checkout -- content/guide-checks.yaml`.',
  }),
  schema: guideChecksSchema,
});

/** A coordinator's own interface wording, per language (content/i18n/<language>.yaml), checked against English by the whole-content check. */
const strings = defineCollection({
  loader: loaders.yamlFolderAsOne(STRINGS_DIR),
  schema: z.object({ files: z.record(z.string(), stringsFileSchema) }),
});

/** The guides translated into the handbook's other languages (content/<language>/guides/), ids "fr/guides/<guide>". */
const translatedGuides = defineCollection({
  loader: loaders.translatedGuides(),
  schema: guideFrontmatterSchema.extend({
    updated: z.coerce.date(),
    related: z.array(reference('guides')).default([]),
  }),
});

/** The charter, checklists and self-assessment translated into the other languages, checked against the originals' structure. */
const translations = defineCollection({
  loader: loaders.translatedData(),
  schema: z.record(z.string(), z.unknown()),
});

export const collections = { guides, program, charter, assessments, checklists, knownIds, guideChecks, strings, translatedGuides, translations };
