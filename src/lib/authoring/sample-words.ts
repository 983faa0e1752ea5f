/**
 * Words that belong to the example programme the handbook ships with (its organisation, its
 * people, its example pairs). Once a coordinator has given the handbook their own programme's name,
 * any of these left in content/ is listed as a warning, with its file and line, so none is published
 * by mistake; the build still succeeds, since a coordinator may keep an example on purpose.
 */

/** The example programme's own name and organisation, as content/program.yaml ships them. */
export const SAMPLE_PROGRAMME = { name: 'Tandem', organisation: 'Northfield Engineering Guild' } as const;

/** The example's people and places, as written in the shipped content. */
export const SAMPLE_WORDS = ['Northfield', 'Priya Raman', 'Priya', 'Daniel Fraser', 'Daniel', 'Amina Yusuf', 'Speak Up line', 'Tomasz', 'Amara'] as const;

export interface SampleWord {
  file: string;
  line: number;
  word: string;
}

/** Whether the handbook has been given a programme of its own (its name or organisation changed). */
export const isRebranded = (p: { name: string; organisation: string }): boolean => p.name !== SAMPLE_PROGRAMME.name || p.organisation !== SAMPLE_PROGRAMME.organisation;

/**
 * The first sample word on each line of each file (longer names before their first name alone),
 * content/program.yaml first. A YAML comment is not published, so it is not listed.
 */
export function sampleWordsIn(files: readonly { file: string; text: string }[]): SampleWord[] {
  const ordered = [...files].sort((a, b) => Number(b.file.endsWith('program.yaml')) - Number(a.file.endsWith('program.yaml')));
  return ordered.flatMap(({ file, text }) =>
    text.split('\n').flatMap((l, i) => {
      if (file.endsWith('.yaml') && l.trimStart().startsWith('#')) return [];
      const lower = l.toLowerCase();
      const word = SAMPLE_WORDS.find((w) => lower.includes(w.toLowerCase()));
      return word ? [{ file, line: i + 1, word }] : [];
    }),
  );
}

/** The warning for what is left, or undefined when nothing is. */
export function sampleWordsWarning(found: readonly SampleWord[], limit = 12): string | undefined {
  if (!found.length) return undefined;
  const shown = found.slice(0, limit).map((f) => `  ${f.file}, line ${f.line}: “${f.word}”`);
  const more = found.length > limit ? [`  …and ${found.length - limit} more.`] : [];
  return [
    `content/ still has ${found.length === 1 ? 'a line' : `${found.length} lines`} naming the example programme (its organisation, people and example pairs), which your handbook would publish:`,
    ...shown,
    ...more,
    'Replace them with your own, or keep them on purpose; README.md (“Words that belong to the example programme”) lists where the examples are.',
  ].join('\n');
}
