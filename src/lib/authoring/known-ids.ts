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

const labels = () => z.record(z.string(), z.string()).default({});

/** A checklist as recorded: saved entries refer to its id and to its items' ids. */
const recordedChecklistSchema = z.object({
  /** The checklist's title when it was recorded. */
  title: z.string(),
  /** Every item, id → its text. */
  items: labels(),
  /** Items removed on purpose, id → their last text. */
  retired: labels(),
});

/** An assessment as recorded: saved answers refer to its behaviours' ids. */
const recordedAssessmentSchema = z.object({
  /** Every behaviour, id → its gist. */
  behaviours: labels(),
  /** Behaviours removed on purpose, id → their last gist. */
  retired: labels(),
});

export const knownIdsSchema = z.object({
  /** What the file is for (kept as written). */
  about: z.string().optional(),
  /** Every checklist in content/checklists/, by id. (Missing in files written before checklists were recorded.) */
  checklists: z.record(z.string(), recordedChecklistSchema).default({}),
  /** Checklists removed on purpose, id → their last title. */
  retiredChecklists: labels(),
  /** Every assessment in content/assessments/, by file name. */
  assessments: z.record(z.string(), recordedAssessmentSchema).default({}),
  charter: z
    .object({
      /** Every field of content/charter.yaml, "sectionId.fieldId" → label. */
      fields: z.record(z.string(), z.string()).default({}),
      /** Fields removed on purpose, with their last label: their stored answers are shown as from an earlier version. */
      retired: z.record(z.string(), z.string()).default({}),
      /** The values a choice field offers, "sectionId.fieldId" → value → label: pairs' answers store the value. */
      options: z.record(z.string(), z.record(z.string(), z.string())).default({}),
      /** Which field carries each role the tools read (start date, cadence…), role → "sectionId.fieldId". */
      roles: z.record(z.string(), z.string()).default({}),
      /** Each field's kind, "sectionId.fieldId" → kind: answers are stored in the kind's form (a list of goals, a number…). */
      kinds: z.record(z.string(), z.string()).default({}),
    })
    .default({ fields: {}, retired: {}, options: {}, roles: {}, kinds: {} }),
});
export type KnownIds = z.output<typeof knownIdsSchema>;

const ABOUT =
  'Ids that stored answers depend on: charter fields, checklists and their items, assessment behaviours. The build stops if one of them disappears from content/. ' +
  'After removing or renaming one on purpose, run `npm run ids` to record it (a charter field’s answers then show as from an earlier version of the charter).';

interface DefLike {
  sections: readonly { id: string; fields: readonly { id: string; label: string; kind?: string; role?: string | undefined; options?: readonly { value: string; label: string }[] | undefined }[] }[];
}

/** The charter's choice options and roles, as recorded. */
function charterShape(def: DefLike): { options: Record<string, Record<string, string>>; roles: Record<string, string>; kinds: Record<string, string> } {
  const options: Record<string, Record<string, string>> = {};
  const roles: Record<string, string> = {};
  const kinds: Record<string, string> = {};
  for (const s of def.sections) {
    for (const f of s.fields) {
      if (f.options) options[`${s.id}.${f.id}`] = Object.fromEntries(f.options.map((o) => [o.value, o.label]));
      if (f.role) roles[f.role] = `${s.id}.${f.id}`;
      if (f.kind) kinds[`${s.id}.${f.id}`] = f.kind;
    }
  }
  return { options, roles, kinds };
}
/** A checklist as the build reads it (content/checklists/*.yaml). */
export interface ChecklistLike {
  id: string;
  title: string;
  sections: readonly { items: readonly { id: string; text: string }[] }[];
}
/** An assessment as the build reads it: its id is its file name. */
export interface InstrumentLike {
  id: string;
  behaviours: readonly { id: string; gist: string }[];
}

/** Everything the ids record covers, read from content/. */
export interface ContentIds {
  charter: DefLike;
  checklists: readonly ChecklistLike[];
  assessments: readonly InstrumentLike[];
}

const itemsOf = (c: ChecklistLike): Record<string, string> => Object.fromEntries(c.sections.flatMap((s) => s.items.map((i) => [i.id, i.text])));
const behavioursOf = (a: InstrumentLike): Record<string, string> => Object.fromEntries(a.behaviours.map((b) => [b.id, b.gist]));
const sortedKeys = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

/** The removed ids of `before` (current and retired) not in `now`, with their last label. */
function retire(before: Record<string, string>, retiredBefore: Record<string, string>, now: Record<string, string>): Record<string, string> {
  return sortedKeys(Object.fromEntries(Object.entries({ ...retiredBefore, ...before }).filter(([k]) => !(k in now))));
}

/** Every field of a charter definition: key → label, in order. */
export function charterFieldLabels(def: DefLike): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of def.sections) for (const f of s.fields) out[`${s.id}.${f.id}`] = f.label;
  return out;
}

/** The record as `npm run ids` writes it for the current content: removed ids become retired. */
export function recordIds(previous: KnownIds | undefined, content: ContentIds): KnownIds {
  const fields = charterFieldLabels(content.charter);
  const checklists: KnownIds['checklists'] = {};
  for (const c of [...content.checklists].sort((a, b) => a.id.localeCompare(b.id))) {
    const before = previous?.checklists[c.id];
    const items = itemsOf(c);
    checklists[c.id] = { title: c.title, items, retired: retire(before?.items ?? {}, before?.retired ?? {}, items) };
  }
  const titles = Object.fromEntries(Object.entries(previous?.checklists ?? {}).map(([id, c]) => [id, c.title]));
  const assessments: KnownIds['assessments'] = {};
  for (const a of content.assessments) {
    const before = previous?.assessments[a.id];
    const behaviours = behavioursOf(a);
    assessments[a.id] = { behaviours, retired: retire(before?.behaviours ?? {}, before?.retired ?? {}, behaviours) };
  }
  return {
    about: ABOUT,
    charter: { fields, retired: retire(previous?.charter.fields ?? {}, previous?.charter.retired ?? {}, fields), ...charterShape(content.charter) },
    checklists,
    retiredChecklists: retire(titles, previous?.retiredChecklists ?? {}, Object.fromEntries(content.checklists.map((c) => [c.id, c.title]))),
    assessments,
  };
}

/** A recorded id that has gone from content/. */
export interface MissingId {
  /** What held it: a checklist (by id), or an assessment (by file name). */
  kind: 'checklist' | 'item' | 'behaviour';
  /** The checklist or assessment it belongs to (for a checklist: its own id). */
  owner: string;
  id: string;
  label: string;
}

/** Recorded checklists, items and behaviours that are no longer in content/, and what is not recorded yet. */
export function compareContentIds(record: KnownIds, content: Pick<ContentIds, 'checklists' | 'assessments'>): { missing: MissingId[]; unrecorded: string[] } {
  const missing: MissingId[] = [];
  const unrecorded: string[] = [];
  const checklists = new Map(content.checklists.map((c) => [c.id, c]));
  for (const [id, rec] of Object.entries(record.checklists)) {
    const c = checklists.get(id);
    if (!c) {
      missing.push({ kind: 'checklist', owner: id, id, label: rec.title });
      continue;
    }
    const items = itemsOf(c);
    for (const [itemId, text] of Object.entries(rec.items)) if (!(itemId in items)) missing.push({ kind: 'item', owner: id, id: itemId, label: text });
    for (const itemId of Object.keys(items)) if (!(itemId in rec.items)) unrecorded.push(`${id} › ${itemId}`);
  }
  for (const c of content.checklists) if (!(c.id in record.checklists)) unrecorded.push(`checklist ${c.id}`);
  const assessments = new Map(content.assessments.map((a) => [a.id, a]));
  for (const [id, rec] of Object.entries(record.assessments)) {
    const a = assessments.get(id);
    const behaviours = a ? behavioursOf(a) : {};
    for (const [bId, gist] of Object.entries(rec.behaviours)) if (!(bId in behaviours)) missing.push({ kind: 'behaviour', owner: id, id: bId, label: gist });
    for (const bId of Object.keys(behaviours)) if (!(bId in rec.behaviours)) unrecorded.push(`${id} › ${bId}`);
  }
  for (const a of content.assessments) if (!(a.id in record.assessments)) unrecorded.push(`assessment ${a.id}`);
  return { missing, unrecorded };
}

/** The build's messages for recorded checklists, items and behaviours that have gone: one per file. */
export function missingContentIdsProblems(missing: readonly MissingId[], unrecorded: readonly string[] = []): ContentProblem[] {
  // One checklist gone and one new one come: most likely the same checklist, its file and id renamed together.
  const gone = missing.filter((x) => x.kind === 'checklist');
  const added = unrecorded.filter((u) => u.startsWith('checklist ')).map((u) => u.slice('checklist '.length));
  const renamedTo = gone.length === 1 && added.length === 1 ? added[0] : undefined;
  const problems: ContentProblem[] = [];
  const keep = `If you renamed an id by mistake, put the old id back (wording can change freely: only ids must stay). If you meant to remove or rename it, run \`${RECORD_IDS_COMMAND}\` and commit ${KNOWN_IDS_FILE}.`;
  for (const m of missing.filter((x) => x.kind === 'checklist')) {
    problems.push({
      file: `content/checklists/`,
      message: `the checklist “${m.id}” (${m.label}) is no longer in content/checklists/. People may have saved entries for it: its page, /tools/reflection/${m.id}/, would disappear, and their entries would show only on My data and in their backups.`,
      hint: renamedTo
        ? `It looks renamed to “${renamedTo}”. Saved entries and links refer to the old id: to keep them, put \`id: ${m.id}\` back in that file (its file name and title can change freely). If you meant to rename it, run \`${RECORD_IDS_COMMAND}\` and commit ${KNOWN_IDS_FILE}.`
        : `${keep} If you gave the checklist a new id, keep the old one instead: the id is its address, and links to it stop working too.`,
    });
  }
  const byOwner = (kind: MissingId['kind']) => {
    const groups = new Map<string, MissingId[]>();
    for (const x of missing) if (x.kind === kind) groups.set(x.owner, [...(groups.get(x.owner) ?? []), x]);
    return groups;
  };
  for (const [owner, items] of byOwner('item')) {
    const names = listOf(items.map((i) => `“${i.id}” (${i.label})`));
    problems.push({
      file: `content/checklists/${owner}.yaml`,
      message: `${items.length === 1 ? 'an item is' : `${items.length} items are`} no longer in the checklist “${owner}”: ${names}. Entries people saved keep their ticks and notes under ${items.length === 1 ? 'this id' : 'these ids'}, which would no longer show on the checklist.`,
      hint: `${keep} Answers saved under a removed id stay in each person’s browser and backups, and show under “From an earlier version of this checklist” in their entries.`,
    });
  }
  for (const [owner, behaviours] of byOwner('behaviour')) {
    const names = listOf(behaviours.map((b) => `“${b.id}” (${b.label})`));
    problems.push({
      file: `content/assessments/${owner}.yaml`,
      message: `${behaviours.length === 1 ? 'a behaviour is' : `${behaviours.length} behaviours are`} no longer in this assessment: ${names}. Assessments people saved answered ${behaviours.length === 1 ? 'it' : 'them'} under ${behaviours.length === 1 ? 'this id' : 'these ids'}: those answers would drop out of their scores, their history and their comparisons with a partner.`,
      hint: keep,
    });
  }
  return problems;
}

export const knownIdsText = (ids: KnownIds): string => `${JSON.stringify(ids, null, 2)}\n`;

/** Recorded fields that are no longer in the charter, and fields not recorded yet. */
export function compareIds(record: KnownIds, def: DefLike): { missing: { key: string; label: string; role?: string }[]; unrecorded: string[] } {
  const current = charterFieldLabels(def);
  const roleOf = Object.fromEntries(Object.entries(record.charter.roles).map(([role, key]) => [key, role]));
  const missing = Object.entries(record.charter.fields)
    .filter(([k]) => !(k in current))
    .map(([key, label]) => (roleOf[key] ? { key, label, role: roleOf[key] } : { key, label }));
  const unrecorded = Object.keys(current).filter((k) => !(k in record.charter.fields));
  return { missing, unrecorded };
}

/**
 * Recorded choice values a field still there no longer offers (pairs who picked one are asked to
 * choose again), and recorded roles no field carries any more (the tools lose what the role meant:
 * a start date, the rhythm…). Fields that have gone altogether are reported by `compareIds`.
 */
export function compareCharterShape(
  record: KnownIds,
  def: DefLike,
): { options: { key: string; value: string; label: string }[]; roles: { role: string; key: string }[]; kinds: { key: string; from: string; to: string }[] } {
  const now = charterShape(def);
  const fields = charterFieldLabels(def);
  const options = Object.entries(record.charter.options).flatMap(([key, values]) =>
    key in fields && now.options[key] ? Object.entries(values).filter(([v]) => !(v in now.options[key]!)).map(([value, label]) => ({ key, value, label })) : [],
  );
  const roles = Object.entries(record.charter.roles)
    .filter(([role]) => !(role in now.roles))
    .map(([role, key]) => ({ role, key }));
  // A one-line and a paragraph field both keep plain text: changing one into the other loses nothing.
  const sameForm = (a: string, b: string) => a === b || (['text', 'textarea'].includes(a) && ['text', 'textarea'].includes(b));
  const kinds = Object.entries(record.charter.kinds)
    .filter(([key, kind]) => key in now.kinds && !sameForm(kind, now.kinds[key]!))
    .map(([key, from]) => ({ key, from, to: now.kinds[key]! }));
  return { options, roles, kinds };
}

/** The build's messages for choice values and roles that have gone from the charter. */
export function charterShapeProblems(changes: ReturnType<typeof compareCharterShape>, file = 'content/charter.yaml'): ContentProblem[] {
  const keep = `If you meant the change, run \`${RECORD_IDS_COMMAND}\` and commit ${KNOWN_IDS_FILE}.`;
  return [
    ...changes.options.map((o) => ({
      file,
      message: `the field “${o.key}” no longer offers the choice “${o.value}” (${o.label}). Pairs who picked it would see “not one of the choices” and be asked to choose again.`,
      hint: `Put the option back (its label can change; only its value must stay), or keep it for the pairs who chose it. ${keep}`,
    })),
    ...changes.kinds.map((k) => ({
      file,
      message: `the field “${k.key}” was a ${k.from} field and is now ${k.to}. Answers pairs saved in it are kept in the form of a ${k.from} field, which a ${k.to} field cannot show: they would look empty or be refused, and the next thing typed would replace them.`,
      hint: `Put \`kind: ${k.from}\` back, or give the ${k.to} field a new id (then run \`${RECORD_IDS_COMMAND}\`): answers under the old id show under “From an earlier version of this charter”, where pairs can copy them across.`,
    })),
    ...changes.roles.map((r) => ({
      file,
      message: `no field carries the role “${r.role}” any more (it was on “${r.key}”). The tools read that role (My mentoring, the calendar file, due dates and the charter’s checks): without it, what it told them is no longer known.`,
      hint: `Put \`role: ${r.role}\` back on the field that holds it. ${keep}`,
    })),
  ];
}

/** The build's message when recorded charter fields have gone. */
export function missingFieldsProblem(missing: readonly { key: string; label: string; role?: string }[], file = 'content/charter.yaml'): ContentProblem {
  const names = missing.map((m) => `“${m.key}” (${m.label}${m.role ? `; it carried the role “${m.role}”, which the tools read: give that role to another field if one holds it now` : ''})`);
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
