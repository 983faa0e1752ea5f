/**
 * The settings of the checks `npm test` runs on the handbook's own words (content/guide-checks.yaml):
 * for every guide, length, sentence length, reading grade, an exercise, the closing heading; for the
 * self-assessment, one thing per statement. A coordinator relaxes or tightens them for their own
 * content; each failing check names the setting that decides it.
 */
import { z } from 'astro/zod';

export const GUIDE_CHECKS_FILE = 'content/guide-checks.yaml';

export const guideChecksSchema = z.strictObject({
  /** How long a guide's prose may be, in words (only prose counts: headings, tables, code, expressions and lists of links do not). */
  words: z.strictObject({
    /** The fewest words a guide may have. */
    min: z.number().int().min(0),
    /** The most words a guide may have. */
    max: z.number().int().min(1),
  }),
  /** The longest average sentence, in words. */
  maxWordsPerSentence: z.number().positive(),
  /** The highest Flesch–Kincaid reading grade (a school grade: 9 is about age 14–15). */
  maxGrade: z.number().positive(),
  /** Every guide has at least one <TryThis> exercise or script. */
  exercise: z.boolean(),
  /** The heading every guide ends with (## …); leave it empty ("") for no rule. */
  lastHeading: z.string(),
  /** No statement of the self-assessment contains " and " or " or ", so each asks one thing. Optional; on by default. */
  oneThingPerStatement: z.boolean().default(true),
  /**
   * The guide on what is never part of mentoring and where to go when something is wrong, read early: among the
   * guides for mentors and mentees in reading order it comes within the first `within`, and every guide before it
   * links to it. Optional; leave it out for no rule.
   */
  safetyGuide: z
    .strictObject({
      /** The guide's file name, without .mdx: power-and-safety. */
      guide: z.string().regex(/^[a-z0-9-]+$/, { error: 'safetyGuide.guide is a guide’s file name without .mdx, like power-and-safety' }),
      /** How many guides, at most, come before it and including it. */
      within: z.number().int().min(1),
    })
    .optional(),
  /**
   * Two checklist items (in one checklist or two) sharing at least this share of their meaningful words are flagged
   * as saying the same thing: from 0 to 1 (0.6 is six words in ten). Optional; defaults to 0.6; 1 flags only the
   * same words.
   */
  similarItems: z.number().min(0).max(1).default(0.6),
}).refine((c) => c.words.min <= c.words.max, { error: 'words.min must not be more than words.max', path: ['words', 'min'] });

export type GuideChecks = z.output<typeof guideChecksSchema>;
