/**
 * Answers from an earlier version of the charter: values stored under a key ("sectionId.fieldId")
 * that no field of the current content/charter.yaml has, because a coordinator renamed or removed
 * it. They are never dropped: the builder, the printed charter and the exports show them in a block
 * of their own, and a pair can copy each into a current field.
 */
import type { CharterValues, FieldValue, Goal } from '../docs/charter-doc';
import type { Translate } from '../i18n/messages';
import { FIRST_DEFINITION_CALENDAR_KEYS } from './calendar';
import { fieldKey } from './definition';
import type { CharterDefinition } from './schema';
import { readableValue } from './text';
import { isFilled } from './values';

/**
 * How many earlier answers the builder shows at first, and adds with each "Show more": each comes
 * with its own copy and remove controls, so hundreds at once would make the page slow to open. The
 * printed charter and the exports always hold every one.
 */
export const EARLIER_PAGE = 20;

export interface EarlierAnswer {
  key: string;
  /** The field's label when it was last in the charter (content/.ids.json), else a phrase naming its key (`charter.earlier.savedAs`). */
  label: string;
  value: FieldValue;
  /** The value as a person reads it. */
  text: string;
}

/**
 * Every filled value whose key is not a field of `def`, in the order they were first stored. The
 * first meeting's time and zone, which the first definition kept in the Rhythm section, are not
 * among them: they are read as the charter's calendar settings (./calendar.ts). A block of them is
 * headed `charter.earlier.heading` ("From an earlier version of this charter").
 */
export function earlierAnswers(t: Translate, def: CharterDefinition, values: CharterValues, labels: Readonly<Record<string, string>> = {}): EarlierAnswer[] {
  const current = new Set<string>([...def.sections.flatMap((s) => s.fields.map((f) => fieldKey(s, f))), ...Object.values(FIRST_DEFINITION_CALENDAR_KEYS)]);
  return Object.entries(values)
    .filter(([key, value]) => !current.has(key) && isFilled(value))
    .map(([key, value]) => ({
      key,
      label: (Object.hasOwn(labels, key) ? labels[key] : undefined) ?? t('charter.earlier.savedAs', { key }),
      value,
      // Read as text (or a list of goals): the field's kind is no longer known.
      text: readableValue(t, { id: key, label: key, kind: Array.isArray(value) ? 'goals' : 'textarea' }, value),
    }));
}

export interface CopyTarget {
  key: string;
  /** "Section: Field". */
  label: string;
}

/** The current fields an earlier answer can be copied into: text fields for text, goals fields for goals, in charter order. */
export function copyTargets(t: Translate, def: CharterDefinition, value: FieldValue): CopyTarget[] {
  const kinds = Array.isArray(value) ? ['goals'] : ['textarea', 'text'];
  return def.sections.flatMap((s) => s.fields.filter((f) => kinds.includes(f.kind)).map((f) => ({ key: fieldKey(s, f), label: t('charterDoc.colon.pair', { label: s.title, text: f.label }) })));
}

/**
 * The likeliest home of an earlier answer, chosen for the pair to confirm: the first paragraph (or
 * goals) field of the section it was written in, since a renamed field usually stays in its section.
 * None when that section has gone or has no such field: the pair then chooses.
 */
export function suggestedTarget(def: CharterDefinition, key: string, value: FieldValue): string | undefined {
  const section = def.sections.find((s) => s.id === key.split('.')[0]);
  const field = section?.fields.find((f) => f.kind === (Array.isArray(value) ? 'goals' : 'textarea'));
  return section && field ? fieldKey(section, field) : undefined;
}

/**
 * The values with an earlier answer added to a current field: after what is there (a new paragraph,
 * or on the same line for a one-line field), or goals appended with new ids. The earlier answer is
 * kept; removing it is a separate step.
 */
export function copyEarlier(def: CharterDefinition, values: CharterValues, from: string, to: string, newId: () => string): CharterValues {
  const value = Object.hasOwn(values, from) ? values[from] : undefined;
  const field = def.sections.flatMap((s) => s.fields.map((f) => ({ key: fieldKey(s, f), f }))).find((x) => x.key === to)?.f;
  if (value === undefined || !field) return values;
  const existing = Object.hasOwn(values, to) ? values[to] : undefined;
  let next: FieldValue;
  if (Array.isArray(value)) {
    if (field.kind !== 'goals') return values;
    const copied: Goal[] = value.map((g) => ({ ...g, id: newId(), milestones: g.milestones.map((m) => ({ ...m, id: newId() })) }));
    next = [...(Array.isArray(existing) ? existing : []), ...copied];
  } else {
    if (field.kind !== 'text' && field.kind !== 'textarea') return values;
    const text =
      field.kind === 'text'
        ? value
            .split(/\r\n|\r|\n/)
            .map((l) => l.trim())
            .filter(Boolean)
            .join(' ')
        : value.trim();
    const before = typeof existing === 'string' ? existing.trimEnd() : '';
    next = before ? `${before}${field.kind === 'text' ? ' ' : '\n\n'}${text}` : text;
  }
  return { ...values, [to]: next };
}

/** The values without one earlier answer. */
export function withoutEarlier(values: CharterValues, key: string): CharterValues {
  const { [key]: _gone, ...rest } = values;
  return rest;
}
