/**
 * Constants and checks for content/charter.yaml, shared by its schema (./schema.ts, where the
 * types of a definition come from), the builder, the exports and the tests. No zod here: the
 * browser imports this module.
 */
import type { CharterDefinition, FieldDef, SectionDef } from './schema';
import type { FieldRole } from './kinds';

export * from './kinds';

/** Where a field's value is kept in a charter: "rhythm.cadence". */
export const fieldKey = (section: Pick<SectionDef, 'id'>, field: Pick<FieldDef, 'id'>): string => `${section.id}.${field.id}`;

/** The key of the field that carries a role, if the definition has one. */
export function roleKey(def: CharterDefinition, role: FieldRole): string | undefined {
  for (const s of def.sections) for (const f of s.fields) if (f.role === role) return fieldKey(s, f);
  return undefined;
}
