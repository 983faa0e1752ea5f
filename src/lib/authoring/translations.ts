/**
 * Translated content (content/<language>/charter.yaml, checklists/, assessments/): a translation
 * rewords the original and keeps its structure. Every id the original has, the translation has, in
 * the same order, and no other; settings that are not wording (kinds, roles, numbers, thresholds,
 * who a checklist is for) are the original's. Saved answers refer to ids, so a partner reading the
 * other language opens the same charter, entry or assessment.
 */
import type { ContentProblem } from './problems';
import { placeOf, type YamlSource } from './yaml';

/** Settings whose values are not wording: a translation keeps them as the original has them. */
const STRUCTURAL = new Set(['id', 'kind', 'role', 'audience', 'when', 'essential', 'optional', 'concernsContact', 'safetyGuide', 'cadence', 'every', 'repeat', 'scoring', 'direction', 'reverse', 'dimension', 'band', 'from', 'to', 'min', 'max']);

/** Lists of wording that stand for positions (the answer scale): a translation has as many. */
const SAME_LENGTH = new Set(['scale', 'inSentence', 'labels']);

type Path = (string | number)[];

/** What a translation changed that it must not, each at its place in the translation. */
export function structureProblems(original: unknown, translation: unknown, source: YamlSource, originalFile: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (path: Path, message: string, hint: string): void => {
    problems.push({ file: source.file, ...placeOf(source, path), message, hint });
  };
  const keep = `A translation changes only the wording: keep it as ${originalFile} has it.`;

  const walk = (a: unknown, b: unknown, path: Path, key: string | undefined): void => {
    const where = path.length ? path.join('.') : 'the file';
    if (Array.isArray(a)) {
      if (!Array.isArray(b)) return at(path, `${where} must be a list, as in ${originalFile}.`, keep);
      const ids = (list: unknown[]) => list.map((x) => (x && typeof x === 'object' && 'id' in x ? String((x as { id: unknown }).id) : undefined));
      const idsA = ids(a);
      if (idsA.some((id) => id !== undefined)) {
        const idsB = ids(b);
        const missing = idsA.filter((id) => id !== undefined && !idsB.includes(id));
        const added = idsB.filter((id) => id !== undefined && !idsA.includes(id));
        for (const id of missing) at(path, `${where} lacks “${id}”, which ${originalFile} has.`, `Translate it too, with the same id (${keep.slice(0, -1).toLowerCase()}): answers are saved under the id, in every language.`);
        for (const id of added) at([...path, idsB.indexOf(id)], `${where} has “${id}”, which ${originalFile} does not have.`, `Add it to ${originalFile} first, or use the id it has there: a translation cannot add or rename an id.`);
        if (missing.length || added.length) return;
        if (idsA.join('\u0000') !== idsB.join('\u0000')) return at(path, `${where} lists its ids in another order than ${originalFile}.`, keep);
      } else if (a.every((x) => typeof x === 'string') && b.every((x) => typeof x === 'string') && !(key && (STRUCTURAL.has(key) || SAME_LENGTH.has(key)))) {
        return; // a list of wording (examples, prompts): a translation may have more or fewer
      } else if (a.length !== b.length) {
        return at(path, `${where} has ${b.length} entries; ${originalFile} has ${a.length}.`, keep);
      }
      a.forEach((x, i) => walk(x, b[i], [...path, i], key));
      return;
    }
    if (a && typeof a === 'object') {
      if (!b || typeof b !== 'object' || Array.isArray(b)) return at(path, `${where} must be a set of settings, as in ${originalFile}.`, keep);
      const ka = Object.keys(a);
      const kb = Object.keys(b);
      for (const k of kb.filter((k) => !ka.includes(k))) at([...path, k], `${[...path, k].join('.')} is not in ${originalFile}.`, `Remove it, or add it to ${originalFile} first. ${keep}`);
      for (const k of ka.filter((k) => !kb.includes(k))) at(path, `${[...path, k].join('.') || k} is missing: ${originalFile} has it.`, 'Translate it too (a translation has every setting the original has).');
      for (const k of ka.filter((k) => kb.includes(k))) walk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], [...path, k], k);
      return;
    }
    const structural = typeof a === 'number' || typeof a === 'boolean' || (key !== undefined && STRUCTURAL.has(key));
    if (structural && a !== b) at(path, `${where} is ${JSON.stringify(b)} here but ${JSON.stringify(a)} in ${originalFile}.`, keep);
  };
  walk(original, translation, [], undefined);
  return problems;
}
