/**
 * The ids people's stored answers depend on, recorded in content/.ids.json so that the build can
 * notice when one disappears. A charter field's answers are stored under "sectionId.fieldId": rename
 * either id and the answers written under the old one no longer fill the field (the charter shows
 * them in a block "From an earlier version of this charter" instead). `npm run ids` records the
 * current ids; ids removed on purpose are kept as retired, with their labels, for that block.
 */
import { z } from 'astro/zod';
import { listOf } from './nearest';
import type { ContentProblem } from './problems';

export const KNOWN_IDS_FILE = 'content/.ids.json';
export const RECORD_IDS_COMMAND = 'npm run ids';

export const knownIdsSchema = z.object({
  /** What the file is for (kept as written). */
  about: z.string().optional(),
  charter: z
    .object({
      /** Every field of content/charter.yaml, "sectionId.fieldId" → label. */
      fields: z.record(z.string(), z.string()).default({}),
      /** Fields removed on purpose, with their last label: their stored answers are shown as from an earlier version. */
      retired: z.record(z.string(), z.string()).default({}),
    })
    .default({ fields: {}, retired: {} }),
});
export type KnownIds = z.output<typeof knownIdsSchema>;

const ABOUT =
  'Ids that stored answers depend on. The build stops if one of these charter fields disappears from content/charter.yaml. ' +
  'After removing or renaming a field on purpose, run `npm run ids` to record it (its answers then show as from an earlier version of the charter).';

interface DefLike {
  sections: readonly { id: string; fields: readonly { id: string; label: string }[] }[];
}

/** Every field of a charter definition: key → label, in order. */
export function charterFieldLabels(def: DefLike): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of def.sections) for (const f of s.fields) out[`${s.id}.${f.id}`] = f.label;
  return out;
}

/** The record as `npm run ids` writes it for the current definition: removed fields become retired. */
export function recordIds(previous: KnownIds | undefined, def: DefLike): KnownIds {
  const fields = charterFieldLabels(def);
  const retired: Record<string, string> = {};
  for (const [k, label] of Object.entries({ ...(previous?.charter.retired ?? {}), ...(previous?.charter.fields ?? {}) })) {
    if (!(k in fields)) retired[k] = label;
  }
  const sorted = Object.fromEntries(Object.entries(retired).sort(([a], [b]) => a.localeCompare(b)));
  return { about: ABOUT, charter: { fields, retired: sorted } };
}

export const knownIdsText = (ids: KnownIds): string => `${JSON.stringify(ids, null, 2)}\n`;

/** Recorded fields that are no longer in the charter, and fields not recorded yet. */
export function compareIds(record: KnownIds, def: DefLike): { missing: { key: string; label: string }[]; unrecorded: string[] } {
  const current = charterFieldLabels(def);
  const missing = Object.entries(record.charter.fields)
    .filter(([k]) => !(k in current))
    .map(([key, label]) => ({ key, label }));
  const unrecorded = Object.keys(current).filter((k) => !(k in record.charter.fields));
  return { missing, unrecorded };
}

/** The build's message when recorded charter fields have gone. */
export function missingFieldsProblem(missing: readonly { key: string; label: string }[], file = 'content/charter.yaml'): ContentProblem {
  const names = missing.map((m) => `“${m.key}” (${m.label})`);
  return {
    file,
    message:
      `${missing.length === 1 ? 'a charter field is' : `${missing.length} charter fields are`} no longer in the charter: ${listOf(names)}. ` +
      `Pairs may have written answers under ${missing.length === 1 ? 'this id' : 'these ids'}; renaming a section’s or a field’s id hides those answers from the field.`,
    hint:
      `If you renamed an id by mistake, put the old id back (you can change the label, prompt and examples freely: only ids must stay). ` +
      `If you meant to remove or rename it, run \`${RECORD_IDS_COMMAND}\` and commit ${KNOWN_IDS_FILE}: answers stored under the old id then appear in each charter under “From an earlier version of this charter”, where pairs can copy them into a current field.`,
  };
}
