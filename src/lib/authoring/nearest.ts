/**
 * "Did you mean …?" for a misspelt name: the candidate closest to what was typed, by edit distance
 * (a letter added, dropped, changed or two letters swapped), ignoring case.
 */

/** Edit distance between two words (optimal string alignment: swaps of neighbours count once). */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const rows = s.length + 1;
  const cols = t.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[s.length]![t.length]!;
}

/**
 * The candidate nearest to `word`, if one is near enough to be a likely typo: at most a third of
 * the word's letters away (and at least two are allowed), or the same word in other case or with
 * spaces or underscores where hyphens belong.
 */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/[\s_]+/g, '-');
  let best: { name: string; distance: number } | undefined;
  for (const c of candidates) {
    if (c === word) continue;
    const distance = norm(c) === norm(word) ? 0 : editDistance(word, c);
    if (!best || distance < best.distance) best = { name: c, distance };
  }
  if (!best) return undefined;
  return best.distance <= Math.max(2, Math.floor(word.length / 3)) ? best.name : undefined;
}

/** " Did you mean “x”?" when a near candidate exists, else "". */
export function didYouMean(word: string, candidates: Iterable<string>, wrap: (s: string) => string = (s) => `“${s}”`): string {
  const n = nearest(word, candidates);
  return n ? ` Did you mean ${wrap(n)}?` : '';
}

/** "a, b and c". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
