/**
 * The charter, checklists and self-assessment in the handbook's other languages
 * (content/<language>/…), already checked against the originals' structure by the build.
 */
import { getCollection, getEntry } from 'astro:content';
import type { z } from 'astro/zod';
import type { Instrument } from '../lib/reciprocity/schema';
import { instrumentSchema } from '../lib/reciprocity/schema';
import { languagesOf, segmentOf } from '../lib/i18n/languages';
import { getProgram } from './content';

let all: Promise<Map<string, Record<string, unknown>>> | undefined;
/** Every translated file, by "fr/charter", "fr/checklists/<id>", "fr/assessments/reciprocity" (none for a handbook in one language). */
function translations(): Promise<Map<string, Record<string, unknown>>> {
  all ??= (async () => {
    if (languagesOf(await getProgram()).length < 2) return new Map();
    return new Map((await getCollection('translations')).map((e) => [e.id, e.data]));
  })();
  return all;
}

/** `kind` ("charter", "checklists/<id>") translated into `lang`, parsed by the original's schema; undefined when not translated. */
export async function translated<S extends z.ZodType>(lang: string | undefined, kind: string, schema: S): Promise<z.output<S> | undefined> {
  if (!lang || lang === languagesOf(await getProgram())[0]) return undefined;
  const raw = (await translations()).get(`${segmentOf(lang)}/${kind}`);
  return raw ? schema.parse(raw) : undefined;
}

/** The self-assessment, in `lang` when content/<language>/assessments/reciprocity.yaml translates it. */
export async function getInstrument(lang?: string): Promise<Instrument> {
  const entry = await getEntry('assessments', 'reciprocity');
  if (!entry) throw new Error('content/assessments/reciprocity.yaml is missing: the self-assessment needs it.');
  return (await translated(lang, 'assessments/reciprocity', instrumentSchema)) ?? entry.data;
}
