/**
 * The schema of the programme settings (content/program.yaml), and their type. The type is
 * inferred from the schema, so this file is the one place the shape is written down.
 *
 * Browser code may only `import type` from here: a value import would bundle zod into the page.
 */
import { z } from 'astro/zod';
import { basePathProblem } from './deploy-path';
import { CADENCES } from './charter/definition';
import { HEX_COLOUR } from './colour';
import { nonEmpty } from './schema-parts';

const CONCERNS_MISSING =
  'concerns is missing: add a concerns contact (name, email, an optional phone, and a confidentiality sentence) for people who need to raise a problem in confidence';

const ROUTES_MISSING =
  'concerns.otherRoutes needs at least one route besides the concerns contact, for a concern about them or the programme team (HR, a speak-up line, an ombuds), each with a name and an email, phone or web address';

/** Another way to raise a concern: for a concern about the concerns contact or the programme team, or for someone who would rather go elsewhere. */
export const concernsRouteSchema = z
  .strictObject({
    /** Who or what it is: "Priya Raman, Head of People (HR)", "The Speak Up line (independent; you need not give your name)". */
    name: nonEmpty('each route’s name'),
    /** When to use it, in a few words: "If your concern is about Daniel or the programme team". Optional. */
    when: z.string().trim().min(1, { error: 'a route’s when must not be empty (leave the line out)' }).max(200, { error: 'a route’s when must be at most 200 characters' }).optional(),
    /** An email address: a private mailbox. */
    email: z.email({ error: 'a route’s email must be an email address' }).optional(),
    /** A phone number, as people should dial it. */
    phone: z.string().trim().min(1, { error: 'a route’s phone must not be empty (leave the line out)' }).optional(),
    /** A web address (https://…), such as a reporting form. */
    url: z.url({ protocol: /^https$/, error: 'a route’s url must be a web address starting https://' }).optional(),
  })
  .refine((r) => r.email || r.phone || r.url, { error: 'each route needs an email, a phone or a url, so people can use it' });
export type ConcernsRoute = z.output<typeof concernsRouteSchema>;

/**
 * Who to go to, in confidence, when something is wrong in a mentoring relationship. It may be the
 * general contact or someone else. It appears in the guide on power and safety, on every tool page,
 * on the printed charter and on checklists that ask for it, with the other routes, the emergency
 * line and outside support.
 */
export const concernsSchema = z.object(
  {
    /** The person (or role, such as "The programme lead") who receives concerns. */
    name: nonEmpty('concerns.name'),
    /** Their email address: a private mailbox, not a shared one many people read. */
    email: z.email({ error: 'concerns.email must be an email address' }),
    /** A phone number, as people should dial it. Optional. */
    phone: z.string().trim().min(1, { error: 'concerns.phone must not be empty (leave the line out for no phone)' }).optional(),
    /** One or two sentences on what stays confidential and its limits (a serious risk of harm; what the law or the organisation's policy requires). */
    confidentiality: nonEmpty('concerns.confidentiality').max(400, { error: 'concerns.confidentiality must be at most 400 characters' }),
    /**
     * At least one other route, for a concern about the concerns contact or the programme team, or for
     * anyone who would rather go elsewhere: HR, a speak-up line, an ombuds. Shown wherever the concerns
     * contact is. Required: one route is no route when it is the problem.
     */
    otherRoutes: z.array(concernsRouteSchema, { error: (issue) => (issue.input === undefined ? ROUTES_MISSING : 'concerns.otherRoutes is a list of routes, each starting with “- name:”') }).min(1, { error: ROUTES_MISSING }),
    /** What to do in an emergency, in one sentence: "If someone is in danger now, call 999." Required. */
    emergency: nonEmpty('concerns.emergency').max(200, { error: 'concerns.emergency must be one sentence of at most 200 characters' }),
    /** Support outside the programme, such as an employee assistance programme or a union. Optional. */
    support: z.array(concernsRouteSchema).optional(),
  },
  { error: (issue) => (issue.input === undefined ? CONCERNS_MISSING : 'concerns must be a contact with name, email and confidentiality lines') },
);

/** The concerns contact, as the pages and the printed charter show it. */
export type ConcernsContact = z.output<typeof concernsSchema>;

/** content/program.yaml setting by setting, before the checks across settings. */
/** A BCP 47 tag with a two- or three-letter language (en, en-GB, pt-BR), as the html `lang` attribute needs. */
function isLanguageTag(tag: string): boolean {
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag)) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

const languageTag = (what: string) =>
  z
    .string({ error: `${what} must be a language tag such as en-GB, fr or es-MX` })
    .refine(isLanguageTag, { error: (iss) => `${what} must be a language tag such as en-GB, fr or fr-CA (a two- or three-letter language, then optionally a region), not “${String(iss.input)}”` });

export const programFieldsSchema = z.strictObject({
  /**
   * The programme's name, at most 40 characters: every page's header, title and footer, and the name
   * of the installed app under its icon. The organisation has its own setting.
   */
  name: nonEmpty('name').max(40, { error: 'name must be at most 40 characters: it is every page’s header and the installed app’s name under its icon (put the organisation in organisation:, and a longer description in tagline:)' }),
  /** The organisation that runs the programme, shown beside its name. */
  organisation: nonEmpty('organisation'),
  /** One line about the programme, at most 140 characters: the footer, and the description of pages that have none. */
  tagline: nonEmpty('tagline').max(140, { error: 'tagline must be one line of at most 140 characters' }),
  /** Who to ask about the programme, shown in the footer. */
  contact: z.object({
    /** The contact's name. */
    name: nonEmpty('contact.name'),
    /** The contact's email address. */
    email: z.email({ error: 'contact.email must be an email address' }),
  }),
  /** Who to go to in confidence when something is wrong; may differ from `contact`. Required. */
  concerns: concernsSchema,
  /**
   * For a programme that includes people under 18 or adults who may be at risk (apprentices, school
   * pupils, supported employment): its safeguarding lead. With it, the guides show the extra rules
   * for such programmes (the parts written inside `<Safeguarding>…</Safeguarding>`) and name the lead.
   * Optional; leave it out for a programme of adults only, and those parts are not published.
   */
  safeguarding: z
    .strictObject(
      {
        /** Who receives any worry about a young person or an adult at risk: a name (or role) and an email, phone or url. */
        lead: concernsRouteSchema,
      },
      { error: 'safeguarding has one setting, lead: the safeguarding lead’s name and an email, phone or url' },
    )
    .optional(),
  /** How often pairs meet, the default for a new charter: weekly, fortnightly, monthly or every-n-weeks (then set `cadenceWeeks`). */
  cadence: z.enum(CADENCES, { error: `cadence must be one of ${CADENCES.join(', ')}` }),
  /** For `cadence: every-n-weeks`, the number of weeks between meetings (1 to 26). Optional. */
  cadenceWeeks: z.number().int().min(1).max(26).optional(),
  /** How often pairs revisit their charter, in weeks (1 to 104): the default for a new charter. */
  reviewIntervalWeeks: z.number().int().min(1).max(104),
  /**
   * The path the site is published under, when it is not the root of its address: `/mentoring/` for
   * https://example.org/mentoring/. Every link, asset and search result gets it. The environment
   * variable BASE_PATH, when set, wins over it (for a test deployment, say). Optional; defaults to /.
   */
  basePath: z
    .string()
    .refine((p) => !basePathProblem(p, 'basePath'), { error: (iss) => `${basePathProblem(String(iss.input), 'basePath')}` })
    .optional(),
  /**
   * The handbook's languages, as language tags: `[en-GB]` (the default), `[fr]` for a handbook in French
   * only, `[en-GB, fr]` for a bilingual one (the first at /, the others under /fr/…). The interface comes
   * in each language (English, French and Spanish ship complete; content/i18n/<tag>.yaml changes any
   * string or adds a language), and content/<tag>/ holds the content translated into it.
   */
  languages: z
    .array(languageTag('each of languages'), { error: 'languages lists language tags, like [en-GB] or [en-GB, fr]' })
    .min(1, { error: 'languages needs at least one language, like [en-GB]' })
    .refine((tags) => new Set(tags.map((t) => t.toLowerCase())).size === tags.length, { error: 'languages lists a language twice: list each once' })
    .optional(),
  /** The language of the site's pages (older setting, kept for existing handbooks): use `languages` instead. Optional. */
  lang: languageTag('lang').optional(),
  /**
   * Whether the handbook keeps working offline: after one visit, a service worker keeps every page,
   * tool, worksheet and the search index in the browser, and says when a new version is ready.
   * Optional; defaults to true. Set it to false to switch this off (browsers that already kept a
   * copy then remove it on their next visit).
   */
  offline: z.boolean({ error: 'offline must be true or false' }).default(true),
  /**
   * A logo beside the programme's name in every page's header, and the browser tab's icon: a file in content/
   * (SVG, PNG, JPEG or WebP), such as `logo.svg`. Optional; without it the header shows the name alone.
   */
  logo: z.string({ error: 'logo is a file name in content/, like logo.svg' }).optional(),
  /**
   * The colour of buttons, highlights and borders, as "#" and six hexadecimal digits in quotes ("#0b6b61"). It must
   * be dark enough for white text on it; the dark theme gets a lighter shade of it. Optional; defaults to the teal.
   */
  accent: z
    .string({ error: 'accent must be a colour in quotes, like "#0b6b61" (without quotes, # starts a comment)' })
    .regex(HEX_COLOUR, { error: 'accent must be a colour written # and six (or three) hexadecimal digits, in quotes, like "#0b6b61" (colour names such as purple are not accepted)' })
    .optional(),
  /**
   * The worksheets /worksheets/pack/ prints in one go for a kick-off meeting, in order: `charter` (the blank
   * charter), `reciprocity-mentee`, `reciprocity-mentor` (the paper questionnaires) and checklist ids.
   * Optional; defaults to the charter, every checklist, then both questionnaires.
   */
  pack: z.array(z.string().regex(/^[a-z0-9-]+$/, { error: 'pack lists worksheet ids: charter, reciprocity-mentee, reciprocity-mentor or a checklist id' })).min(1).optional(),
});

/** Checks across settings: every-n-weeks needs its number of weeks; `lang` and `languages` agree. */
export function programCrossChecks(p: { cadence: string; cadenceWeeks?: number | undefined; lang?: string | undefined; languages?: string[] | undefined }, ctx: z.RefinementCtx): void {
  if (p.lang && p.languages && p.languages[0] !== p.lang) {
    ctx.addIssue({ code: 'custom', path: ['lang'], message: `lang and languages disagree: remove the line lang: ${p.lang} (languages: [${p.languages.join(', ')}] says which languages the handbook has, the first being its main one)` });
  }
  if (p.cadence === 'every-n-weeks' && p.cadenceWeeks === undefined) {
    ctx.addIssue({ code: 'custom', path: ['cadenceWeeks'], message: 'cadence is every-n-weeks, so add cadenceWeeks: the number of weeks between meetings (1 to 26)' });
  }
}

/** content/program.yaml, with the checks across settings. */
export const programSchema = programFieldsSchema.superRefine(programCrossChecks);

/** The validated programme settings. */
export type Program = z.output<typeof programSchema>;
