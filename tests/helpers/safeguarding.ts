/**
 * Wording rules for what the handbook says about confidentiality and concerns, which a kind but
 * wrong sentence can turn against the people who need it most. Pure: text in, problems out.
 *
 * - A policy is not a law: "a legal duty … under its harassment policy" tells people the law makes
 *   someone report what only a policy may ask. Say "the law or the organisation's policy".
 * - Harassment is not something a partner must report: an adult who is harassed decides what happens.
 */

export interface WordingProblem {
  /** 1-based line of the sentence's start in the text. */
  line: number;
  sentence: string;
  /** What is wrong and what to write instead. */
  message: string;
}

const RULES: { test: (s: string) => boolean; message: string }[] = [
  {
    test: (s) => /\blegal (duty|duties|obligation)/i.test(s) && /\bpolic(y|ies)\b/i.test(s) && !/\blaw or (the|its|your)\b[^.]*\bpolic/i.test(s),
    message: 'calls a policy a legal duty: say “where the law or the organisation’s policy requires”, keeping law and policy apart.',
  },
  {
    test: (s) => /\b(duty|duties|obliged|required|must)\b[^.]*\breport\b[^.]*\bharass/i.test(s) || /\bharass\w*[^.]*\b(duty|duties) to report\b/i.test(s),
    message: 'makes harassment something a partner must report: the person harassed decides what happens; name safety risks and role-specific duties instead.',
  },
];

/** Sentences with their starting line: split at ". ", "? ", "! " and blank lines. */
function sentences(text: string): { line: number; sentence: string }[] {
  const out: { line: number; sentence: string }[] = [];
  let line = 1;
  let start = 1;
  let buf = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!buf.trim()) start = line;
    buf += ch;
    if (ch === '\n') line++;
    const end = (/[.?!]/.test(ch) && /\s/.test(text[i + 1] ?? ' ')) || (ch === '\n' && text[i + 1] === '\n');
    if (end) {
      if (buf.trim()) out.push({ line: start, sentence: buf.replace(/\s+/g, ' ').trim() });
      buf = '';
    }
  }
  if (buf.trim()) out.push({ line: start, sentence: buf.replace(/\s+/g, ' ').trim() });
  return out;
}

/** Every sentence in `text` that breaks a wording rule above. */
export function safeguardingWording(text: string): WordingProblem[] {
  return sentences(text).flatMap(({ line, sentence }) => RULES.filter((r) => r.test(sentence)).map((r) => ({ line, sentence, message: r.message })));
}
