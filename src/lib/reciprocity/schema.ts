/**
 * The schema of the reciprocity self-assessment (content/assessments/reciprocity.yaml), and the
 * types of a validated instrument. The types are inferred from the schema, so this file is the one
 * place the shape is written down.
 *
 * The instrument is paired: each behaviour is something one partner does for the other, and it is
 * asked in both directions, so the mentor's "I … for my mentee" is the same behaviour as the
 * mentee's "My mentor … for me". That is what lets the scores compare like with like.
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

/** A band of the overall score: a range and what a score in it means. The stage never moves a band. */
export const overallBandSchema = z.strictObject({
  /** The band's id (letters, digits, hyphens, starting with a letter). */
  id: slug,
  /** The band's name, shown with the score ("Developing"). */
  label: nonEmpty('label'),
  /** The lowest score in the band (0 to 100, inclusive). */
  min: score,
  /** The highest score in the band (0 to 100, inclusive). The bands must cover 0 to 100 without gaps or overlaps. */
  max: score,
  /** What a score in this band means, in a sentence or two. */
  meaning: nonEmpty('meaning'),
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
  /** The dimension's id, unique in the instrument; behaviours name it in `dimension`. */
  id: slug,
  /** The dimension's name as a heading ("Mutual value"). */
  title: nonEmpty('title'),
  /** The dimension's name inside a sentence: "…in mutual value". */
  short: nonEmpty('short'),
  /** What the dimension is about, in a sentence. */
  description: nonEmpty('description'),
  /**
   * What to expect in this dimension at each stage, in words: shown next to the score, which the stage
   * never changes. It is read by both roles, whichever way the answers run: say only what the
   * statements measure, and never assume who gives more.
   */
  expect: stageText,
  /**
   * The first stage at which this part can be among the first things to work on (`new`, `first-year`
   * or `established`). Before it, the part is still scored and shown, and the results say it can wait
   * ("Advocacy can wait until your first review"). Optional: leave it out for every stage.
   */
  priorityFrom: z.enum(STAGES).optional(),
  /** Questions a pair can use when they see this dimension differently; at least one. */
  conversation: z.array(nonEmpty('conversation starter')).min(1),
  /** The bands of the dimension's score; at least two, covering 0 to 100. */
  bands: z.array(bandSchema).min(2),
});

/** One statement as a person reads it. */
const wording = (path: string) =>
  z
    .string({ error: `${path} is missing: every behaviour needs four wordings (mentor.self, mentor.partner, mentee.self, mentee.partner)` })
    .trim()
    .min(1, { error: `${path} must not be empty` });

/** A behaviour as one role reads it: what I do for my partner, and what my partner does for me. */
const roleWordings = (role: string) =>
  z.strictObject(
    {
      /** What I do for my partner: "I introduce my mentee to people who can help them." */
      self: wording(`${role}.self`),
      /** What my partner does for me: "My mentee introduces me to people who can help me." */
      partner: wording(`${role}.partner`),
    },
    { error: `${role} is missing: every behaviour needs four wordings (mentor.self, mentor.partner, mentee.self, mentee.partner)` },
  );

/**
 * One behaviour: something one partner does for the other, asked in both directions. Four wordings:
 * the mentor's and the mentee's, each about what they do (`self`) and what their partner does (`partner`).
 */
export const behaviourSchema = z.strictObject({
  /** The behaviour's id, unique in the instrument. Saved answers refer to it, so keep it when rewording. */
  id: slug,
  /** The id of the dimension the behaviour scores. */
  dimension: slug,
  /**
   * The behaviour as a verb phrase, with `{other}` where the person who receives it goes, used to name
   * a gap between partners: "introduce {other} to people who can help" becomes "You say you often
   * introduce Tomasz to people who can help; Tomasz says it rarely happens." Use no other pronoun.
   */
  gist: nonEmpty('gist'),
  /** The mentor's two statements. */
  mentor: roleWordings('mentor'),
  /** The mentee's two statements. */
  mentee: roleWordings('mentee'),
});

/** The three balance notes of one role at one stage. */
const balanceNotes = (path: string) =>
  z.strictObject(
    {
      /** By their own answers they give more than they get (never ask them to give more; say who to talk to). */
      givesMore: nonEmpty(`${path}.givesMore`),
      /** What they give and what they get are about level. */
      balanced: nonEmpty(`${path}.balanced`),
      /** By their own answers they get more than they give. */
      receivesMore: nonEmpty(`${path}.receivesMore`),
    },
    { error: `${path} needs three notes: givesMore, balanced and receivesMore` },
  );

/** What a stage of the relationship means for reading the results. The stage never changes a score or a band. */
export const stageSchema = z.strictObject({
  /** Which stage: `new`, `first-year` or `established`. The instrument needs each exactly once. */
  id: z.enum(STAGES),
  /** The stage as the reader picks it ("Three months to a year"). */
  label: nonEmpty('label'),
  /** What to expect at this stage, in words, shown next to the overall score. */
  expect: nonEmpty('expect'),
  /**
   * What the giving/getting balance means at this stage, worded for each role and for each way the
   * balance runs. A note for someone who gives more than they get must never ask them to give more.
   */
  balanceNote: z.strictObject({
    /** For the mentor. */
    mentor: balanceNotes('balanceNote.mentor'),
    /** For the mentee. */
    mentee: balanceNotes('balanceNote.mentee'),
  }),
});

/** An assessment file field by field, before the cross-checks of `instrumentProblems`. */
export const instrumentBaseSchema = z.strictObject({
  /** The questionnaire's id; saved answers record it. Give a reworded questionnaire a new id, so old answers are never scored against new statements. */
  id: slug,
  /** The assessment's title. */
  title: nonEmpty('title'),
  /** A short introduction shown before the questions. */
  intro: nonEmpty('intro'),
  /** What the results are and are not (a conversation aid, not a validated measure): shown with results, comparisons and on paper. */
  framing: nonEmpty('framing'),
  /**
   * The period every statement asks about, shown above the statements, with the scale and on paper:
   * "In the last three months". Without one, two people answer "often" about different times.
   */
  timeFrame: nonEmpty('timeFrame'),
  /** Exactly five answers on the frequency scale, from the least often to the most often ("Never / not yet" … "Always"). The first counts as 0 points, the last as 100. */
  scale: z.array(nonEmpty('scale label')).length(5, { error: 'the scale needs exactly five labels' }),
  /**
   * The five answers as they read inside a sentence, "you say you never … ; Sam says it often
   * happens": one lower-case word or phrase each, in the order of `scale`. Optional: without it, the
   * scale's labels are used in lower case.
   */
  inSentence: z.array(nonEmpty('inSentence word')).length(5, { error: 'inSentence needs exactly five words, one for each answer on the scale' }).optional(),
  /**
   * The answer for a statement that does not apply to this relationship ("Does not apply to us"). It
   * is left out of every score, never counted as low, and the results say how many were left out.
   * "Not yet" belongs on the scale, as its lowest answer: something that has not happened yet counts.
   */
  notApplicable: nonEmpty('notApplicable'),
  /** How many answers the scores need. */
  minimum: z.strictObject({
    /** Dimensions with a score that the overall score needs (at least 1, at most the number of dimensions). */
    dimensions: z.number().int().min(1),
    /**
     * Behaviours a dimension needs answered in each direction before it gets a score (at least 1, at
     * most its behaviours). A partner comparison needs `dimensions` × `behavioursEachWay` behaviours
     * answered by both of you in a direction before it says you see that direction much the same way.
     */
    behavioursEachWay: z.number().int().min(1),
  }),
  /** A give/get gap up to this many points (1 to 50) counts as balanced; more than twice this is "much more". */
  balanceThreshold: z.number().int().min(1).max(50),
  /** A change between two assessments smaller than this many points (1 to 50) reads "about the same". */
  trendThreshold: z.number().int().min(1).max(50),
  /** The partner comparison. */
  comparison: z.strictObject({
    /** How many steps of the scale apart two answers must be before the gap is named (1 to 4). */
    gap: z.number().int().min(1).max(4),
  }),
  /**
   * The guide on power and safety (credit, unpaid work, who to tell): a guide's file name, optionally
   * with #anchor, checked at build time. The results link to it when someone gives much more than
   * they get, or answers "Never" throughout, next to the programme's concerns contact. Optional:
   * without it the results show the concerns contact alone.
   */
  safetyGuide: guideRef.optional(),
  /** The stages of a relationship: exactly `new`, `first-year` and `established`. */
  stages: z.array(stageSchema),
  /** The reading of the overall score. */
  overall: z.strictObject({
    /** The bands of the overall score; at least two, covering 0 to 100. */
    bands: z.array(overallBandSchema).min(2),
  }),
  /** The dimensions scored; at least six, each with at least three behaviours. */
  dimensions: z.array(dimensionSchema).min(6, { error: 'the instrument needs at least six dimensions' }),
  /** The behaviours, in the order they are asked. */
  behaviours: z.array(behaviourSchema),
});

/** An assessment file, with the checks across fields (ids, bands, behaviours per dimension, repeated statements, stages). */
export const instrumentSchema = instrumentBaseSchema.superRefine((inst, ctx) => {
  for (const p of instrumentProblems(inst)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
});

/** A validated reciprocity self-assessment. */
export type Instrument = z.output<typeof instrumentBaseSchema>;
export type OverallBand = Instrument['overall']['bands'][number];
export type Dimension = Instrument['dimensions'][number];
export type Band = Dimension['bands'][number];
export type Step = Band['steps'][number];
export type Behaviour = Instrument['behaviours'][number];
