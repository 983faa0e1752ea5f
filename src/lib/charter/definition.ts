/**
 * Constants and checks for content/charter.yaml, shared by its schema (./schema.ts, where the
 * types of a definition come from), the builder, the exports and the tests. No zod here: the
 * browser imports this module.
 */
import type { CharterDefinition, FieldDef, SectionDef } from './schema';

export const FIELD_KINDS = ['text', 'textarea', 'date', 'time', 'number', 'choice', 'scale', 'timezone', 'goals'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/** What a field means to the tools, and the kinds of field that can carry each meaning. */
export const FIELD_ROLES = {
  'mentor-name': ['text'],
  'mentee-name': ['text'],
  'start-date': ['date'],
  'end-date': ['date'],
  'mentee-goals': ['goals'],
  'mentor-goals': ['goals'],
  cadence: ['choice'],
  'cadence-weeks': ['number'],
  'session-minutes': ['number'],
  'first-meeting-date': ['date'],
  candour: ['scale'],
  'review-date': ['date'],
  'review-weeks': ['number'],
  'mid-point-date': ['date'],
} as const satisfies Record<string, readonly FieldKind[]>;
export type FieldRole = keyof typeof FIELD_ROLES;
export const FIELD_ROLE_NAMES = Object.keys(FIELD_ROLES) as FieldRole[];

/** The values a `cadence` field may offer. */
export const CADENCES = ['weekly', 'fortnightly', 'monthly', 'every-n-weeks'] as const;
export type Cadence = (typeof CADENCES)[number];

/** Where a field's value is kept in a charter: "rhythm.cadence". */
export const fieldKey = (section: Pick<SectionDef, 'id'>, field: Pick<FieldDef, 'id'>): string => `${section.id}.${field.id}`;

/** The key of the field that carries a role, if the definition has one. */
export function roleKey(def: CharterDefinition, role: FieldRole): string | undefined {
  for (const s of def.sections) for (const f of s.fields) if (f.role === role) return fieldKey(s, f);
  return undefined;
}

/**
 * Problems with a definition that a schema of single fields cannot see: duplicate ids, a role
 * used twice or on the wrong kind of field, choices without options, a five-step scale without
 * five labels, a showWhen naming an unknown field. Each message names the section and field.
 */
export function definitionProblems(def: CharterDefinition): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const sectionIds = new Set<string>();
  const roles = new Map<string, string>();
  def.sections.forEach((s, si) => {
    if (sectionIds.has(s.id)) problems.push({ path: ['sections', si, 'id'], message: `section id “${s.id}” is used twice` });
    sectionIds.add(s.id);
    const fieldIds = new Set<string>();
    s.fields.forEach((f, fi) => {
      const at = (key: string) => ['sections', si, 'fields', fi, key];
      if (fieldIds.has(f.id)) problems.push({ path: at('id'), message: `field id “${f.id}” is used twice in section “${s.id}”` });
      fieldIds.add(f.id);
      if (f.role) {
        const allowed: readonly string[] = FIELD_ROLES[f.role];
        if (!allowed.includes(f.kind)) problems.push({ path: at('role'), message: `role “${f.role}” needs a field of kind ${allowed.join(' or ')}, not ${f.kind}` });
        const other = roles.get(f.role);
        if (other) problems.push({ path: at('role'), message: `role “${f.role}” is already on ${other}` });
        roles.set(f.role, fieldKey(s, f));
      }
      if (f.kind === 'choice' && !(f.options && f.options.length >= 2)) problems.push({ path: at('options'), message: 'a choice field needs at least two options' });
      if (f.role === 'cadence') {
        const bad = (f.options ?? []).filter((o) => !(CADENCES as readonly string[]).includes(o.value));
        if (bad.length) problems.push({ path: at('options'), message: `cadence options must be among ${CADENCES.join(', ')}` });
      }
      if (f.kind === 'scale' && f.labels?.length !== 5) problems.push({ path: at('labels'), message: 'a scale field needs exactly five labels' });
      if (f.min !== undefined && f.max !== undefined && f.min > f.max) problems.push({ path: at('min'), message: 'min is greater than max' });
      const other = f.showWhen && s.fields.find((o) => o.id === f.showWhen!.field);
      if (f.showWhen && !other) {
        problems.push({ path: at('showWhen'), message: `showWhen names “${f.showWhen.field}”, which is not a field of section “${s.id}”` });
      } else if (f.showWhen && other?.kind === 'choice' && other.options && !other.options.some((o) => o.value === f.showWhen!.equals)) {
        // A value the choice does not offer would hide the field for good.
        problems.push({
          path: at('showWhen'),
          message: `showWhen: equals “${f.showWhen.equals}” is not one of the values of “${other.id}” (${other.options.map((o) => o.value).join(', ')}), so this field would never show`,
        });
      }
    });
  });
  for (const role of ['mentor-name', 'mentee-name'] as const) {
    if (!roles.has(role)) problems.push({ path: ['sections'], message: `some text field must have role “${role}” (the charter’s signature lines and sharing need it)` });
  }
  return problems;
}
