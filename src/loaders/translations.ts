/**
 * The handbook in its other languages: content/<language>/ holds translations of the guides, the
 * charter, the checklists and the self-assessment (each optional: what is not translated is shown in
 * the original, with a notice). Each translation is checked like the original, and keeps its ids and
 * structure (src/lib/authoring/translations.ts).
 */
import type { z } from 'astro/zod';
import { frontmatterProblems, guideSourceProblems, type GuideContext } from '../lib/authoring/guides';
import type { ContentProblem } from '../lib/authoring/problems';
import { structureProblems } from '../lib/authoring/translations';
import { parseYamlMapping } from '../lib/authoring/yaml';
import { languagesOf, segmentOf } from '../lib/i18n/languages';
import { ASSESSMENTS_DIR, CHECKLISTS_DIR, GUIDES_DIR, stem, type ContentReader } from './reader';

/** The schemas a translation is checked against: the originals'. */
export interface TranslationSchemas {
  charter: z.ZodType;
  checklist: z.ZodType;
  assessment: z.ZodType;
}

/** The folders of the handbook's other languages ("content/fr"), from program.yaml as written. */
export function translationDirs(reader: ContentReader): { tag: string; dir: string }[] {
  if (!reader.exists('content/program.yaml')) return [];
  const parsed = parseYamlMapping(reader.text('content/program.yaml'), 'content/program.yaml');
  if (!parsed.ok) return [];
  const raw = parsed.data as { lang?: unknown; languages?: unknown };
  const languages = languagesOf({
    ...(typeof raw.lang === 'string' ? { lang: raw.lang } : {}),
    ...(Array.isArray(raw.languages) && raw.languages.every((l) => typeof l === 'string') && raw.languages.length > 0 ? { languages: raw.languages as string[] } : {}),
  });
  return languages.slice(1).map((tag) => ({ tag, dir: `content/${segmentOf(tag)}` }));
}

/** Every mistake in the translations: files that would not be read, broken structure, guides without an original. */
export function translationProblems(reader: ContentReader, schemas: TranslationSchemas, targets: GuideContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const originals = new Set(reader.guideFiles().map((n) => stem(n)));
  const checklistFiles = new Map<string, string>();
  for (const file of reader.yamlFiles(CHECKLISTS_DIR)) {
    const r = reader.yaml(file, schemas.checklist);
    if (r.ok) checklistFiles.set(String(r.raw['id']), file);
  }
  const compare = (file: string, original: string, schema: z.ZodType) => {
    const r = reader.yaml(file, schema);
    if (!r.ok) {
      problems.push(...r.problems);
      return;
    }
    const o = reader.exists(original) ? reader.yaml(original, schema) : undefined;
    if (o?.ok) problems.push(...structureProblems(o.raw, r.raw, r.source, original));
  };

  for (const { tag, dir } of translationDirs(reader)) {
    for (const name of reader.filesUnder(dir)) {
      const file = `${dir}/${name}`;
      if (name === 'charter.yaml') compare(file, 'content/charter.yaml', schemas.charter);
      else if (name === 'assessments/reciprocity.yaml') compare(file, `${ASSESSMENTS_DIR}/reciprocity.yaml`, schemas.assessment);
      else if (/^checklists\/[^/]+\.ya?ml$/.test(name)) {
        const r = reader.yaml(file, schemas.checklist);
        if (!r.ok) problems.push(...r.problems);
        else {
          const id = String(r.raw['id']);
          const original = checklistFiles.get(id);
          if (!original) problems.push({ file, message: `there is no checklist with the id “${id}” in ${CHECKLISTS_DIR}/ to translate.`, hint: `A translation keeps the id of the checklist it translates: use one of ${[...checklistFiles.keys()].join(', ')}.` });
          else compare(file, original, schemas.checklist);
        }
      } else if (/^guides\/[^/]+\.mdx$/.test(name)) {
        const slug = stem(name);
        if (!originals.has(slug)) {
          problems.push({ file, message: `there is no guide ${GUIDES_DIR}/${slug}.mdx for this to translate.`, hint: `A translated guide has the original’s file name, so the two languages share its address: rename it after one of the guides in ${GUIDES_DIR}/.` });
          continue;
        }
        const text = reader.text(file);
        const body = guideSourceProblems(file, text, targets);
        problems.push(...(body.some((p) => p.message.startsWith('the frontmatter')) ? body : [...frontmatterProblems(file, text), ...body]));
      } else if (name !== '.gitkeep') {
        problems.push({
          file,
          message: `this file is not read: content/${segmentOf(tag)}/ holds the ${tag} translations of guides/<guide>.mdx, charter.yaml, checklists/<checklist>.yaml and assessments/reciprocity.yaml.`,
          hint: 'Give it the same name and place as the original it translates.',
        });
      }
    }
  }
  return problems;
}
