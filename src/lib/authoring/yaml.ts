/**
 * Reading a content YAML file so that a syntax mistake is reported with its file, line, column and
 * reason, and a hint a coordinator can act on, instead of a stack trace or silence.
 */
import { YAMLException, load } from 'js-yaml';
import { snippetAt, type ContentProblem } from './problems';

const GENERAL =
  'Compare this line with the ones around it: keys at the same level start in the same column (use spaces, never tabs), ' +
  'each key is followed by a colon and a space, and text that contains “: ” or “ #”, or starts with a quote, *, &, ! or @, is put in straight double quotes.';

/** A hint for the reasons js-yaml gives most often. */
function hintFor(reason: string, lineText: string): string {
  if (/\t/.test(lineText) || /tab/i.test(reason)) return 'This line is indented with a tab: YAML needs spaces. Replace the tab with spaces.';
  if (/^\s*-?\s*[\w-]+\s*:\s.*:\s/.test(lineText)) {
    return 'This value contains a colon and a space, which YAML reads as the start of another setting: put the whole value in straight double quotes, like title: "Mentoring: across shifts".';
  }
  if (/duplicated mapping key/.test(reason)) return 'The same key appears twice in one block: keep one of them (or give the second its own name).';
  if (/bad indentation/.test(reason)) {
    return 'Line this up with the lines around it: keys at the same level start in the same column, indented with spaces (never tabs). The mistake may be on the line above.';
  }
  if (/unexpected end of the stream within a (double|single) quoted scalar/.test(reason) || /quoted scalar/.test(reason)) {
    return 'A quotation mark is opened and never closed: check that each value starting with " ends with ".';
  }
  return GENERAL;
}

/**
 * The first value that opens a quotation mark and does not close it on its own line
 * (`name: "Tandem`). YAML then reads the following lines as part of the value, so the real mistake
 * shows up as settings "missing" further down, or as bad indentation: this finds the cause.
 * Values that really run over several lines are rare in content files; they are only looked for
 * when the file has a mistake anyway.
 */
export function unclosedQuote(text: string): ContentProblem | undefined {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!.replace(/\r$/, '');
    const m = /^(\s*(?:-\s+)?(?:[\w-]+\s*:\s+)?|.*[[{,]\s*(?:[\w-]+\s*:\s*)?)(["'])(.*)$/.exec(l);
    if (!m || /^\s*#/.test(l)) continue;
    const [, before, q, rest] = m;
    const closed = q === '"' ? /(^|[^\\])(\\\\)*"/.test(rest!) : /'(?!')|''$/.test(rest!.replace(/''/g, '')) || rest!.endsWith("'");
    if (closed) continue;
    const column = before!.length + 1;
    return {
      file: '',
      line: i + 1,
      column,
      message: `a value opens a quotation mark (${q}) that is not closed on its line, so YAML reads the lines after it as part of this value.`,
      hint: `End the value with ${q} on the same line: ${l.trim()}${q}`,
      snippet: snippetAt(text, i + 1, column),
    };
  }
  return undefined;
}

export type YamlResult = { ok: true; data: unknown } | { ok: false; problem: ContentProblem };

/** Parse `text` (the content of `file`); a syntax error comes back as a problem with its place. */
export function parseYaml(text: string, file: string): YamlResult {
  try {
    return { ok: true, data: load(text, { filename: file }) };
  } catch (e) {
    if (!(e instanceof YAMLException)) throw e;
    const mark = (e as YAMLException & { mark?: { line: number; column: number } }).mark;
    const line = mark ? mark.line + 1 : undefined;
    const column = mark ? mark.column + 1 : undefined;
    const lineText = line ? (text.split('\n')[line - 1] ?? '') : '';
    const quote = unclosedQuote(text);
    if (quote && (!line || quote.line! <= line)) return { ok: false, problem: { ...quote, file } };
    return {
      ok: false,
      problem: {
        file,
        line,
        column,
        message: `this is not valid YAML (${e.reason}).`,
        hint: hintFor(e.reason, lineText),
        snippet: line && column ? snippetAt(text, line, column) : undefined,
      },
    };
  }
}

/** Parse a file that must hold one mapping (key: value lines), like content/program.yaml. */
export function parseYamlMapping(text: string, file: string): { ok: true; data: Record<string, unknown> } | { ok: false; problem: ContentProblem } {
  const r = parseYaml(text, file);
  if (!r.ok) return r;
  if (r.data === null || r.data === undefined) {
    return { ok: false, problem: { file, message: 'the file is empty.', hint: 'Put the settings back (git can show you the last version that worked). For a new file, copy another file of the same kind (another checklist, say) and change its id and words.' } };
  }
  if (typeof r.data !== 'object' || Array.isArray(r.data)) {
    return { ok: false, problem: { file, line: 1, message: 'the file must hold key: value lines, not a list or a single value.', hint: 'Start each setting at the beginning of a line with its name, a colon and a space.' } };
  }
  return { ok: true, data: r.data as Record<string, unknown> };
}
