/**
 * The schema of the reciprocity self-assessment (content/assessments/*.yaml), and the types of a
 * validated instrument. The types are inferred from the schema, so this file is the one place the
 * shape is written down.
 *
 * Browser code may only `import type` from here: a value import would bundle zod into the page.
 */
import { z } from 'astro/zod';
import { ROLES, STAGES } from '../docs/assessment-doc';
import { guideRef, nonEmpty, slug } from '../schema-parts';
import { instrumentProblems } from './instrument';

/** A text worded for each stage of the relationship. */
const stageText = z.strictObject({
  /** For a relationship that has just started. */
  new: nonEmpty('new'),
  /** For a relationship in its first year. */
  'first-year': nonEmpty('first-year'),
  /** For a relationship of a year or longer. */
  established: nonEmpty('established'),
});

/** A score out of 100: a whole number from 0 to 100. */
const score = z.number().int().min(0).max(100);

/** A next step suggested for a band of a dimension. */
export const stepSchema = z.strictObject({
  /** What to do, in a sentence. */
  text: nonEmpty('text'),
  /** Only for this role, `mentor` or `mentee` (the other role does not see it). Optional; leave it out for both. */
  for: z.enum(ROLES).optional(),
  /** A guide to read: "guide-slug" or "guide-slug#anchor". Optional; checked at build time. */
  guide: guideRef.optional(),
  /** A reflection checklist to open, by its id. Optional; checked at build time. Used when there is no `guide`. */
  checklist: slug.optional(),
});

/** A band of the overall score: a range and a meaning per stage, no steps (the dimensions carry those). */
export const overallBandSchema = z.strictObject({
  /** The band's id (letters, digits, hyphens, starting with a letter). */
  id: slug,
  /** The band's name, shown with the score ("Developing"). */
  label: nonEmpty('label'),
  /** The lowest score in the band (0 to 100, inclusive), for an established relationship. */
  min: score,
  /** The highest score in the band (0 to 100, inclusive), for an established relationship. The bands must cover 0 to 100 without gaps or overlaps. */
  max: score,
  /** What a score in this band means, worded for each stage: `new`, `first-year`, `established`. */
  meaning: stageText,
});

/** A band of a dimension's score: like an overall band, with next steps. */
export const bandSchema = z.strictObject({
  ...overallBandSchema.shape,
  /** Two or three next steps for a score in this band. */
  steps: z
    .array(stepSchema)
    .min(2, { error: 'each band needs two or three next steps' })
    .max(3, { error: 'each band needs two or three next steps' }),
});

/** One aspect of the relationship that the assessment scores. */
export const dimensionSchema = z.strictObject({
  /** The dimension's id, unique in the instrument; items name it in `dimension`. */
  id: slug,
  /** The dimension's name as a heading ("Mutual value"). */
  title: nonEmpty('title'),
  /** The dimension's name inside a sentence: "You rate mutual value higher…". */
  short: nonEmpty('short'),
  /** What the dimension is about, in a sentence. */
  description: nonEmpty('description'),
  /** Questions a pair can use when they see this dimension differently; at least one. */
  conversation: z.array(nonEmpty('conversation starter')).min(1),
  /** The bands of the dimension's score; at least two, covering 0 to 100. */
  bands: z.array(bandSchema).min(2),
});

/** One statement to answer, in a mentor's and a mentee's version that ask the same thing. */
export const itemSchema = z.strictObject({
  /** The item's id, unique in the instrument. Saved answers refer to it, so keep it when rewording. */
  id: slug,
  /** The id of the dimension the item scores. */
  dimension: slug,
  /** `give` for what I contribute, `get` for what I receive. */
  direction: z.enum(['give', 'get'], { error: 'direction must be give or get' }),
  /** True when agreeing is a warning sign, so the score is flipped. Optional; defaults to false. */
  reverse: z.boolean().default(false),
  /** The statement as the mentor reads it. */
  mentor: nonEmpty('mentor'),
  /** The statement as the mentee reads it. */
  mentee: nonEmpty('mentee'),
});

/** How a stage of the relationship changes the reading of the scores. */
export const stageSchema = z.strictObject({
  /** Which stage: `new`, `first-year` or `established`. The instrument needs each exactly once. */
  id: z.enum(STAGES),
  /** The stage as the reader picks it ("Under a year"). */
  label: nonEmpty('label'),
  /** Points the band limits move down for this stage, 0 to 30 (a new relationship is judged more gently). */
  leniency: z.number().int().min(0).max(30),
  /** What the giving/getting balance means at this stage, worded for each role. */
  balanceNote: z.strictObject({
    /** For the mentor. */
    mentor: nonEmpty('balanceNote.mentor'),
    /** For the mentee. */
    mentee: nonEmpty('balanceNote.mentee'),
  }),
});

/** An assessment file field by field, before the cross-checks of `instrumentProblems`. */
export const instrumentBaseSchema = z.strictObject({
  /** The instrument's id (the file's entry id); saved answers record it. */
  id: slug,
  /** The assessment's title. */
  title: nonEmpty('title'),
  /** A short introduction shown before the questions. */
  intro: nonEmpty('intro'),
  /** Exactly five answer labels, from 1 (strongly disagree) to 5 (strongly agree). */
  scale: z.array(nonEmpty('scale label')).length(5, { error: 'the scale needs exactly five labels' }),
  /** The label of the "not applicable" answer, which never counts as low. */
  notApplicable: nonEmpty('notApplicable'),
  /** Answers (not counting "not applicable") a dimension needs before it gets a score; at least 1, and no more than any dimension's items. */
  minAnswers: z.number().int().min(1),
  /** A give/get gap up to this many points (1 to 50) counts as balanced; twice this is "much more". */
  balanceThreshold: z.number().int().min(1).max(50),
  /** The stages of a relationship: exactly `new`, `first-year` and `established`. */
  stages: z.array(stageSchema),
  /** The reading of the overall score. */
  overall: z.strictObject({
    /** The bands of the overall score; at least two, covering 0 to 100. */
    bands: z.array(overallBandSchema).min(2),
  }),
  /** The dimensions scored; at least six, each with at least four items. */
  dimensions: z.array(dimensionSchema).min(6, { error: 'the instrument needs at least six dimensions' }),
  /** The statements, in the order they are asked. */
  items: z.array(itemSchema),
});

/** An assessment file, with the checks across fields (ids, bands, items per dimension, stages). */
export const instrumentSchema = instrumentBaseSchema.superRefine((inst, ctx) => {
  for (const p of instrumentProblems(inst)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
});

/** A validated reciprocity self-assessment. */
export type Instrument = z.output<typeof instrumentBaseSchema>;
export type StageDef = Instrument['stages'][number];
export type OverallBand = Instrument['overall']['bands'][number];
export type Dimension = Instrument['dimensions'][number];
export type Band = Dimension['bands'][number];
export type Step = Band['steps'][number];
export type Item = Instrument['items'][number];
export type Direction = Item['direction'];
