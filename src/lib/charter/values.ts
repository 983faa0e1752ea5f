import type { CharterData, CharterValues, FieldValue, Goal } from '../docs/charter-doc';
import type { Translate } from '../i18n/messages';
import { fieldKey, roleKey, type FieldRole } from './definition';
import type { CharterDefinition, FieldDef, SectionDef } from './schema';
import { charterTitleFrom, pairNames } from './title';

/** A field's text value ('' when empty or not text). */
export function textValue(values: CharterValues, key: string): string {
  const v = values[key];
  return typeof v === 'string' ? v : '';
}

/** A field's goals ([] when empty or not a list). */
export function goalsValue(values: CharterValues, key: string): Goal[] {
  const v = values[key];
  return Array.isArray(v) ? v : [];
}

export function roleText(def: CharterDefinition, values: CharterValues, role: FieldRole): string {
  const key = roleKey(def, role);
  return key ? textValue(values, key).trim() : '';
}

export const isGoalEmpty = (g: Goal): boolean => !g.text.trim() && !g.success.trim() && g.milestones.every((m) => !m.text.trim() && !m.date.trim());

export function isFilled(value: FieldValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  return value.some((g) => !isGoalEmpty(g));
}

/** Is this field shown, given the other values (showWhen)? */
export function isVisible(section: SectionDef, field: FieldDef, values: CharterValues): boolean {
  if (!field.showWhen) return true;
  return textValue(values, `${section.id}.${field.showWhen.field}`) === field.showWhen.equals;
}

export interface Completeness {
  /** The sections to write that have something written in them. */
  filled: number;
  /** The sections to write: every section that is not optional. */
  total: number;
  /** Every section, in order; an optional one is listed apart and never counted. */
  sections: { id: string; title: string; filled: boolean; optional: boolean }[];
}

/**
 * Which sections have something written in them: "filled of total" counts the sections to write,
 * and only what someone wrote (a new charter has nothing filled in for the pair: see `suggestions`).
 */
export function completeness(def: CharterDefinition, values: CharterValues): Completeness {
  const sections = def.sections.map((s) => ({
    id: s.id,
    title: s.title,
    filled: s.fields.some((f) => isVisible(s, f, values) && isFilled(values[fieldKey(s, f)])),
    optional: s.optional,
  }));
  const required = sections.filter((s) => !s.optional);
  return { filled: required.filter((s) => s.filled).length, total: required.length, sections };
}

/** A title for lists: "Amara & Tomasz", or the one name, or the start date. */
export function suggestedTitle(def: CharterDefinition, values: CharterValues): string {
  return pairNames({ mentee: roleText(def, values, 'mentee-name'), mentor: roleText(def, values, 'mentor-name') });
}

/** A charter's title (see ./title.ts), in the page's language when given its `t`. */
export const displayTitle = (def: CharterDefinition, data: Pick<CharterData, 'title' | 'values'>, t?: Translate): string =>
  charterTitleFrom(data, { mentee: roleKey(def, 'mentee-name'), mentor: roleKey(def, 'mentor-name') }, t);

export interface NewCharterDefaults {
  today: string;
  cadence: string;
  cadenceWeeks?: number | undefined;
  reviewWeeks: number;
}

/** A new charter: empty. The programme's defaults are offered as suggestions, never written for the pair. */
export const blankCharter = (): CharterData => ({ title: '', values: {}, revisions: [] });

/**
 * The programme's defaults as suggestions, by field key: shown beside an empty field with a button
 * to use them, so nothing counts as agreed until one of the pair chose it.
 */
export function suggestions(def: CharterDefinition, d: NewCharterDefaults): Record<string, string> {
  const out: Record<string, string> = {};
  const set = (role: FieldRole, value: string) => {
    const key = roleKey(def, role);
    if (key && value) out[key] = value;
  };
  set('start-date', d.today);
  set('cadence', d.cadence);
  if (d.cadence === 'every-n-weeks' && d.cadenceWeeks) set('cadence-weeks', String(d.cadenceWeeks));
  set('review-weeks', String(d.reviewWeeks));
  return out;
}

/** Values equal as stored (goal lists compared in full). */
export const sameValue = (a: FieldValue | undefined, b: FieldValue | undefined): boolean =>
  JSON.stringify(a ?? '') === JSON.stringify(b ?? '') || (!isFilled(a) && !isFilled(b));
