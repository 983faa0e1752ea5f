/**
 * The ids saved answers depend on (content/.ids.json): with TANDEM_RECORD_IDS=1 (`npm run ids`) the
 * record is written for the current content; otherwise a recorded id that has gone stops the build.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { KNOWN_IDS_FILE, RECORD_IDS_COMMAND, charterShapeProblems, compareCharterShape, compareContentIds, compareIds, knownIdsSchema, knownIdsText, missingContentIdsProblems, missingFieldsProblem, recordIds, type ContentIds, type KnownIds } from '../lib/authoring/known-ids';
import type { ContentProblem } from '../lib/authoring/problems';
import { placeOf, type YamlSource } from '../lib/authoring/yaml';
import type { CharterDefinition } from '../lib/charter/schema';
import { checklistSchema } from '../lib/checklists/schema';
import { instrumentSchema } from '../lib/reciprocity/schema';
import { ASSESSMENTS_DIR, CHECKLISTS_DIR, stem, type ContentReader } from './reader';

/**
 * The checklists and assessments as the ids record sees them, read from disk; undefined when one of
 * them has a mistake (its own loader reports it, and a file that cannot be read is not a removed id).
 */
function idsFromDisk(reader: ContentReader): Pick<ContentIds, 'checklists' | 'assessments'> | undefined {
  const checklists = reader.yamlFiles(CHECKLISTS_DIR).map((file) => reader.yaml(file, checklistSchema));
  const assessments = reader.yamlFiles(ASSESSMENTS_DIR).map((file) => ({ file, read: reader.yaml(file, instrumentSchema) }));
  if (checklists.some((c) => !c.ok) || assessments.some((a) => !a.read.ok)) return undefined;
  return {
    checklists: checklists.flatMap((c) => (c.ok ? [c.data] : [])),
    assessments: assessments.flatMap(({ file, read }) => (read.ok ? [{ ...read.data, id: stem(file) }] : [])),
  };
}

/**
 * The charter's recorded field ids (content/.ids.json): with TANDEM_RECORD_IDS=1 (`npm run ids`) the
 * file is written for the current charter; otherwise a recorded field that has gone stops the build,
 * and fields not recorded yet are mentioned.
 */
export function charterIdProblems(def: CharterDefinition, source: YamlSource, ctx: LoaderContext, reader: ContentReader): ContentProblem[] {
  const path = join(reader.root, KNOWN_IDS_FILE);
  let previous: KnownIds | undefined;
  if (existsSync(path)) {
    const parsed = knownIdsSchema.safeParse((() => {
      try {
        return JSON.parse(readFileSync(path, 'utf8'));
      } catch {
        return undefined;
      }
    })());
    if (parsed.success) previous = parsed.data;
    else if (!process.env['TANDEM_RECORD_IDS']) {
      return [{ file: KNOWN_IDS_FILE, message: 'this file cannot be read (it is not the JSON `npm run ids` writes).', hint: RESTORE_IDS }];
    }
  }
  const content = idsFromDisk(reader);
  if (process.env['TANDEM_RECORD_IDS']) {
    if (!content) return []; // a checklist or assessment has a mistake: its own message comes first
    const next = recordIds(previous, { charter: def, ...content });
    writeFileSync(path, knownIdsText(next));
    const retired = Object.keys(next.charter.retired).length;
    const items = Object.values(next.checklists).reduce((n, c) => n + Object.keys(c.items).length, 0);
    const behaviours = Object.values(next.assessments).reduce((n, a) => n + Object.keys(a.behaviours).length, 0);
    ctx.logger.info(
      `${previous ? '' : `This is the first record of the ids: until the handbook is published, nobody has saved answers under them, so renaming any of them is free (run \`${RECORD_IDS_COMMAND}\` again afterwards). `}Recorded ${Object.keys(next.charter.fields).length} charter field ids${retired ? ` (${retired} retired)` : ''}, ${Object.keys(next.checklists).length} checklists with ${items} items and ${behaviours} assessment behaviours in ${KNOWN_IDS_FILE}.`,
    );
    return [];
  }
  if (!previous) {
    ctx.logger.warn(`${KNOWN_IDS_FILE} does not exist: run \`${RECORD_IDS_COMMAND}\` and commit it, so the build can tell you when an id that saved answers depend on disappears.`);
    return [];
  }
  if (content) {
    const others = compareContentIds(previous, content);
    if (others.missing.length) return missingContentIdsProblems(others.missing, others.unrecorded);
    if (others.unrecorded.length) {
      ctx.logger.warn(
        `content/ has ids not yet recorded in ${KNOWN_IDS_FILE} (${others.unrecorded.slice(0, 6).join(', ')}${others.unrecorded.length > 6 ? `, and ${others.unrecorded.length - 6} more` : ''}). ` +
          `Run \`${RECORD_IDS_COMMAND}\` and commit the file, so the build can tell you if they change later.`,
      );
    }
  }
  const shape = charterShapeProblems(compareCharterShape(previous, def));
  const { missing, unrecorded } = compareIds(previous, def);
  if (!missing.length && shape.length) return shape;
  if (missing.length) {
    // Point at the first section that lost a field, if it is still there.
    const section = def.sections.findIndex((s) => s.id === missing[0]!.key.split('.')[0]);
    return [{ ...missingFieldsProblem(missing), ...(section === -1 ? {} : placeOf(source, ['sections', section, 'id'], 'key')) }];
  }
  if (unrecorded.length) {
    ctx.logger.warn(
      `content/charter.yaml has ${unrecorded.length === 1 ? 'a field' : `${unrecorded.length} fields`} not yet recorded in ${KNOWN_IDS_FILE} (${unrecorded.join(', ')}). ` +
        `Run \`${RECORD_IDS_COMMAND}\` and commit the file, so the build can tell you if ${unrecorded.length === 1 ? 'its id changes' : 'their ids change'} later.`,
    );
  }
  return [];
}

/** What to do about a damaged content/.ids.json: writing it afresh would forget what it protects. */
export const RESTORE_IDS =
  `Restore it from git (\`git checkout ${KNOWN_IDS_FILE}\`, or resolve the merge conflict in it). Do not write it afresh unless it is lost: ` +
  `\`${RECORD_IDS_COMMAND}\` records only the ids content/ has now, so an id removed since would no longer be noticed, and the old labels of removed charter fields would be forgotten.`;
