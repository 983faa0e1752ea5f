/**
 * content/i18n/<language>.yaml: a coordinator's own wording for any interface string, or a whole
 * language Tandem does not ship. Checked against English, so a misspelt key or a placeholder the
 * interface never fills stops the build with the file, the line and what to do.
 */
import type { ContentProblem } from './problems';
import { placeOf, type YamlSource } from './yaml';
import { flattenMessages, translationProblems, type Messages } from '../i18n/messages';

/** The folder of a coordinator's strings files. */
export const STRINGS_DIR = 'content/i18n';

/** The mistakes in one strings file, with their lines. */
export function overrideProblems(file: string, raw: unknown, source: YamlSource, english: Messages): ContentProblem[] {
  const { messages, problems } = flattenMessages(raw);
  const out: ContentProblem[] = problems.map((p) => ({
    file,
    ...placeOf(source, p.path),
    message: `${p.path.join('.')}: ${p.message}`,
    hint: 'Each line is a key from src/i18n/en/ and your sentence, in quotes when it contains a colon: `charter.save: "Save the charter"`.',
  }));
  for (const p of translationProblems(english, messages)) {
    const path = pathOf(raw, p.key);
    const near = p.message.startsWith('the interface has no string') ? nearest(p.key, Object.keys(english)) : undefined;
    out.push({
      file,
      ...(path ? placeOf(source, path, 'key') : {}),
      message: `${p.key}: ${p.message}`,
      hint: near
        ? `Did you mean ${near}? Every key is listed in src/i18n/en/<part>.yaml (the part is the key’s first word).`
        : 'Every key, with the placeholders it can use, is listed in src/i18n/en/<part>.yaml (the part is the key’s first word).',
    });
  }
  return out;
}

/** The YAML path of a dotted key as the file writes it (nested, flat, or a mix). */
function pathOf(raw: unknown, key: string): string[] | undefined {
  const segs = key.split('.');
  const walk = (node: unknown, i: number, path: string[]): string[] | undefined => {
    if (i === segs.length) return path;
    if (!node || typeof node !== 'object') return undefined;
    for (let j = segs.length; j > i; j--) {
      const k = segs.slice(i, j).join('.');
      if (k in (node as Record<string, unknown>)) {
        const found = walk((node as Record<string, unknown>)[k], j, [...path, k]);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(raw, 0, []);
}

/** The closest existing key, for a misspelling (at most three edits away). */
function nearest(key: string, keys: string[]): string | undefined {
  let best: { key: string; d: number } | undefined;
  for (const k of keys) {
    if (Math.abs(k.length - key.length) > 3) continue;
    const d = distance(key, k);
    if (d <= 3 && (!best || d < best.d)) best = { key: k, d };
  }
  return best?.key;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}
