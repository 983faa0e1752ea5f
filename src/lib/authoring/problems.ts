/**
 * Mistakes in the handbook's content, as the build reports them to a coordinator: the file, the
 * line and column when known, what is wrong, and what to do about it. Pure: the build wraps these
 * in its own error type (src/loaders/errors.ts).
 */

export interface ContentProblem {
  /** The file, from the project's folder: "content/program.yaml". */
  file: string;
  /** 1-based line and column, when the mistake has a place in the file. */
  line?: number | undefined;
  column?: number | undefined;
  /** What is wrong, in a sentence. */
  message: string;
  /** What to do about it. */
  hint?: string | undefined;
  /** The lines of the file around the mistake, with a caret under it. */
  snippet?: string | undefined;
}

/** 1-based line and column of a character offset in `text`. */
export function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** The line before, the line itself and a caret under the column: what a coordinator needs to find the place. Long lines are cut around the column. */
export function snippetAt(text: string, line: number, column: number, width = 100): string {
  const lines = text.split('\n');
  const first = Math.max(1, line - 2);
  const numWidth = String(line).length;
  const start = Math.max(0, column - 1 - Math.floor(width / 2));
  const cut = (s: string) => {
    const flat = s.replace(/\t/g, '→');
    // A line around the mistake that ends before the cut is shown from its start.
    if (flat.length <= start) return flat.length > width ? `${flat.slice(0, width)}…` : flat;
    const piece = flat.slice(start, start + width);
    return `${start > 0 ? '…' : ''}${piece}${flat.length > start + width ? '…' : ''}`;
  };
  const out: string[] = [];
  for (let n = first; n <= Math.min(line, lines.length); n++) {
    out.push(`${n === line ? '>' : ' '} ${String(n).padStart(numWidth)} | ${cut(lines[n - 1] ?? '')}`.trimEnd());
  }
  out.push(`  ${' '.repeat(numWidth)} | ${' '.repeat(Math.max(0, column - 1 - start) + (start > 0 ? 1 : 0))}^`);
  return out.join('\n');
}

/** "content/x.yaml, line 4, column 3" (or just the file). */
export function where(p: Pick<ContentProblem, 'file' | 'line' | 'column'>): string {
  if (!p.line) return p.file;
  return `${p.file}, line ${p.line}${p.column ? `, column ${p.column}` : ''}`;
}

/** One problem as text: where, what, the place in the file, and what to do. */
export function formatProblem(p: ContentProblem): string {
  const parts = [`${where(p)}: ${p.message}`];
  if (p.snippet) parts.push(p.snippet.replace(/^/gm, '    '));
  if (p.hint) parts.push(`  What to do: ${p.hint}`);
  return parts.join('\n');
}

/** All problems as one message (the first few, when there are many). */
export function formatProblems(problems: readonly ContentProblem[], limit = 12): string {
  const shown = problems.slice(0, limit).map(formatProblem);
  const more = problems.length > limit ? [`…and ${problems.length - limit} more.`] : [];
  const head = problems.length === 1 ? 'The handbook’s content has a mistake.' : `The handbook’s content has ${problems.length} mistakes.`;
  return [head, '', ...shown.flatMap((s, i) => (i === 0 ? [s] : ['', s])), ...more].join('\n');
}
