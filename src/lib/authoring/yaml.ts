/**
 * Reading a content YAML file with the `yaml` package's Document API, so that every place a message
 * points to comes from the parser's own nodes and error positions: a syntax mistake is reported with
 * its file, line, column, reason and a hint a coordinator can act on, and a setting named by a path
 * (from a schema's issue) is found at its node, never by searching the text.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node, type Pair, type YAMLError } from 'yaml';
import { position, snippetAt, type ContentProblem } from './problems';

/** A parsed YAML text and where it sits in its file (a guide's frontmatter starts after its first line). */
export interface YamlSource {
  file: string;
  /** The whole file's text, for lines and snippets. */
  text: string;
  /** Where the YAML starts in `text`. */
  start: number;
  doc: Document.Parsed;
}

export type YamlResult = { ok: true; data: unknown; source: YamlSource } | { ok: false; problem: ContentProblem };

/** The file, line, column and snippet of an offset in the YAML. */
export type Place = Pick<ContentProblem, 'file' | 'line' | 'column' | 'snippet'>;

export function placeAtOffset(source: YamlSource, offset: number): Place {
  const { line, column } = position(source.text, source.start + offset);
  return { file: source.file, line, column, snippet: snippetAt(source.text, line, column) };
}

const GENERAL =
  'Compare this line with the ones around it: keys at the same level start in the same column (use spaces, never tabs), ' +
  'each key is followed by a colon and a space, and text that contains “: ” or “ #”, or starts with a quote, *, &, ! or @, is put in straight double quotes.';

const indentation = {
  reason: 'bad indentation: the lines of one block must start in the same column',
  hint: 'Line this up with the lines around it: keys at the same level start in the same column, indented with spaces (never tabs). The mistake may be on the line above.',
};

/** Whether a value was read as settings of its own on its key's line (`title: Mentoring: across shifts`). */
function valueReadAsSettings(source: YamlSource): boolean {
  let found = false;
  visit(source.doc, {
    Pair(_key, pair) {
      const key = pair.key as Node | null;
      const value = pair.value as Node | null;
      if (isMap(value) && key?.range && value.range && !source.text.slice(source.start + key.range[1], source.start + value.range[0]).includes('\n')) found = true;
      return found ? visit.BREAK : undefined;
    },
  });
  return found;
}

/** What went wrong and what to do, by the parser's error code. */
function explain(e: YAMLError, source: YamlSource): { reason: string; hint: string } {
  const own = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  switch (e.code) {
    case 'TAB_AS_INDENT':
      return { reason: 'a tab is used to indent', hint: 'This line is indented with a tab: YAML needs spaces. Replace the tab with spaces.' };
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (!valueReadAsSettings(source)) return indentation;
      return {
        reason: 'a value contains a colon and a space',
        hint: 'This value contains a colon and a space, which YAML reads as the start of another setting: put the whole value in straight double quotes, like title: "Mentoring: across shifts".',
      };
    case 'DUPLICATE_KEY': {
      let key = '';
      visit(source.doc, {
        Pair(_k, pair) {
          const node = pair.key as Node | null;
          if (node?.range?.[0] !== e.pos[0]) return undefined;
          key = isScalar(node) ? String(node.value) : '';
          return visit.BREAK;
        },
      });
      return {
        reason: `the key ${key ? `“${key}” ` : ''}appears twice in one block`,
        hint: 'The same key appears twice in one block: keep one of them (or give the second its own name).',
      };
    }
    case 'BAD_INDENT':
    case 'MULTILINE_IMPLICIT_KEY':
      return indentation;
    default:
      return { reason: own.charAt(0).toLowerCase() + own.slice(1), hint: GENERAL };
  }
}

/**
 * Parse the YAML in `text` (the content of `file`), or the part of it from `range.start` to
 * `range.end` (a guide's frontmatter). A syntax error comes back as a problem with its place; a
 * quotation mark left open is named as the cause when it comes first.
 */
export function parseYaml(text: string, file: string, range: { start: number; end: number } = { start: 0, end: text.length }): YamlResult {
  const doc = parseDocument(text.slice(range.start, range.end), { prettyErrors: false });
  const source: YamlSource = { file, text, start: range.start, doc };
  const error = doc.errors[0];
  if (!error) return { ok: true, data: doc.toJS() as unknown, source };
  const quote = unclosedQuote(source);
  // An indentation mistake is reported at the start of its line: point at what is written there.
  let at = error.pos[0];
  while (source.text[source.start + at] === ' ') at++;
  const place = placeAtOffset(source, at);
  if (quote && quote.line! <= place.line!) return { ok: false, problem: quote };
  const { reason, hint } = explain(error, source);
  return { ok: false, problem: { ...place, message: `this is not valid YAML (${reason}).`, hint } };
}

/** Parse a file that must hold one mapping (key: value lines), like content/program.yaml. */
export function parseYamlMapping(text: string, file: string, range?: { start: number; end: number }): { ok: true; data: Record<string, unknown>; source: YamlSource } | { ok: false; problem: ContentProblem } {
  const r = parseYaml(text, file, range);
  if (!r.ok) return r;
  if (r.data === null || r.data === undefined) {
    return { ok: false, problem: { file, message: 'the file is empty.', hint: 'Put the settings back (git can show you the last version that worked: `git log -p -- ' + file + '`). For a new file, copy another file of the same kind (another checklist, say) and change its id and words.' } };
  }
  if (!isMap(r.source.doc.contents)) {
    return { ok: false, problem: { ...placeAtOffset(r.source, r.source.doc.contents?.range?.[0] ?? 0), message: 'the file must hold key: value lines, not a list or a single value.', hint: 'Start each setting at the beginning of a line with its name, a colon and a space.' } };
  }
  return { ok: true, data: r.data as Record<string, unknown>, source: r.source };
}

/**
 * The node a path leads to (["sections", 4, "fields", 1, "kind"]), with the pair whose value it is.
 * A path that leads nowhere stops at the deepest step found.
 */
function walk(source: YamlSource, path: readonly PropertyKey[]): { node: Node | null; pair?: Pair<unknown, unknown> | undefined } {
  let node = source.doc.contents as Node | null;
  let pair: Pair<unknown, unknown> | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const next = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : p.key) === String(key));
      if (!next) return { node, pair };
      pair = next;
      node = (next.value as Node | null) ?? null;
      if (!node) return { node: null, pair };
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      pair = undefined;
      node = node.items[key] as Node;
    } else return { node, pair };
  }
  return { node, pair };
}

/**
 * Where a path's setting is written: its key (`at: 'key'`, for a setting that is not allowed, or one
 * that holds a missing setting), or its value (the default). Undefined for the file as a whole.
 */
export function placeOf(source: YamlSource, path: readonly PropertyKey[], at: 'key' | 'value' = 'value'): Place | undefined {
  if (path.length === 0) return undefined;
  const { node, pair } = walk(source, path);
  const key = isPair(pair) && isScalar(pair.key) ? pair.key : undefined;
  const target = at === 'key' ? (key ?? node) : node && node.range && !(isScalar(node) && node.value === null) ? node : (key ?? node);
  const offset = target?.range?.[0];
  return offset === undefined ? undefined : placeAtOffset(source, offset);
}

/**
 * The first quoted value whose closing quotation mark is missing from its line (`name: "Tandem`).
 * YAML then reads the following lines as part of the value, so the real mistake shows up as settings
 * "missing" further down, or as bad indentation: this finds the cause. Values that really run over
 * several lines are rare in content files; this is only asked when the file has a mistake anyway.
 */
export function unclosedQuote(source: YamlSource): ContentProblem | undefined {
  let found: { offset: number; quote: string } | undefined;
  visit(source.doc, {
    Scalar(_key, node) {
      if (found || (node.type !== 'QUOTE_DOUBLE' && node.type !== 'QUOTE_SINGLE') || !node.range) return;
      const [from, to] = node.range;
      const written = source.text.slice(source.start + from, source.start + to).trimEnd();
      const quote = node.type === 'QUOTE_DOUBLE' ? '"' : "'";
      if (written.includes('\n') || written.length < 2 || !written.endsWith(quote)) found = { offset: from, quote };
      return found ? visit.BREAK : undefined;
    },
  });
  if (!found) return undefined;
  const place = placeAtOffset(source, found.offset);
  const lineText = (source.text.split('\n')[place.line! - 1] ?? '').replace(/\r$/, '').trim();
  return {
    ...place,
    message: `a value opens a quotation mark (${found.quote}) that is not closed on its line, so YAML reads the lines after it as part of this value.`,
    hint: `End the value with ${found.quote} on the same line: ${lineText}${found.quote}`,
  };
}
