/**
 * Plain-language measures for the guides: words per sentence and the Flesch–Kincaid grade, on
 * the prose only (frontmatter, headings, component tags and code left out). Pure functions.
 */

/** A guide's prose: no frontmatter, headings, tags or code blocks. */
export function proseOf(mdx: string): string {
  return mdx
    .replace(/^---[\s\S]*?---/, '')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/^#+ .*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\|/g, ' ');
}

export function words(text: string): string[] {
  return text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
}

/** Syllables in an English word, by the usual vowel-group rule of thumb. */
export function syllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, (w.match(/[aeiouy]{1,2}/g) ?? []).length);
}

export interface Readability {
  words: number;
  sentences: number;
  wordsPerSentence: number;
  /** Flesch–Kincaid grade level: about the school year that reads it comfortably. */
  grade: number;
}

export function readability(text: string): Readability {
  const sentences = text.split(/[.!?]+(?:\s|$)/).filter((s) => /[A-Za-z]/.test(s)).length || 1;
  const ws = words(text);
  const syl = ws.reduce((n, w) => n + syllables(w), 0);
  const wps = ws.length / sentences;
  const grade = 0.39 * wps + 11.8 * (syl / Math.max(1, ws.length)) - 15.59;
  return { words: ws.length, sentences, wordsPerSentence: Math.round(wps * 10) / 10, grade: Math.round(grade * 10) / 10 };
}
