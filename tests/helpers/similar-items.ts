/**
 * Near-duplicate checklist items: two items, in one checklist or in two, worded so alike that a
 * person ticks the same thing twice (and the two drift apart when one is reworded). Likeness is the
 * share of their words in common (Jaccard), after setting aside small words ("the", "I", "would") and
 * plural and tense endings, so "No mentor has more pairs than the cap" and "No mentor has more pairs
 * than the cap we set" count as the same. `npm test` flags pairs at or above the setting
 * `similarItems` in content/guide-checks.yaml.
 */

/** Words that carry no meaning of their own here. */
const SMALL_WORDS = new Set(
  ('a an the and or but of to in on at for with by from as is are was were be been being it its this that these those i me my we us our you your ' +
    'they them their he she his her him what which who whom when where how if than then so not no do does did done have has had will would can could ' +
    'should may might must one about into up out over any all each every both either just only also very there here too own same other such more most some ive im')
    .split(' '),
);

/** An item's words that carry meaning, without plural and tense endings. */
export function meaningfulWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/[’']/g, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w && !SMALL_WORDS.has(w))
      .map((w) => (w.length > 4 ? w.replace(/(ing|ed|es|s)$/, '') : w)),
  );
}

/** The share of two sets of words they have in common: 1 for the same words, 0 for none. */
export function likeness(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / (a.size + b.size - common);
}

export interface ItemRef {
  /** The checklist's file, for the message: "content/checklists/cohort-start.yaml". */
  file: string;
  checklist: string;
  id: string;
  text: string;
}

/** Pairs of items at least `threshold` alike, most alike first. */
export function similarItems(items: readonly ItemRef[], threshold: number): { a: ItemRef; b: ItemRef; likeness: number }[] {
  const words = items.map((it) => meaningfulWords(it.text));
  const found: { a: ItemRef; b: ItemRef; likeness: number }[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const l = likeness(words[i]!, words[j]!);
      if (l >= threshold) found.push({ a: items[i]!, b: items[j]!, likeness: l });
    }
  }
  return found.sort((x, y) => y.likeness - x.likeness);
}

/** The message for one pair: both items, where they are, and what to do. */
export function similarItemsMessage(p: { a: ItemRef; b: ItemRef; likeness: number }, setting: string): string {
  const where = (r: ItemRef) => `${r.file}, item “${r.id}”: “${r.text}”`;
  return (
    `Two checklist items say nearly the same thing (${Math.round(p.likeness * 100)}% of their words in common):\n  ${where(p.a)}\n  ${where(p.b)}\n` +
    `Keep one, or reword the other so it asks something of its own (a new meaning needs a new id: run \`npm run ids\`). ` +
    `To flag only closer wording, raise ${setting}.`
  );
}
