/**
 * A guide read the way the build reads it: satteri's `mdxToMdast`, the compiler @astrojs/mdx uses,
 * with the same features (GFM and smart punctuation) and the frontmatter as a `yaml` node. Every
 * check on a guide's source walks this tree, so what the compiler reads as code, text or a component
 * is what the checks read, and a guide the checks accept is one the compiler accepts.
 *
 * A guide the compiler refuses is read again with each refused line blanked out (offsets kept), so
 * that every mistake in it is named at once and the rest of the file is still checked. Its import and
 * export lines and its {expressions}, when it has any, are compiled as the build compiles them.
 */
import { defineHastPlugin, mdxToJs, mdxToMdast } from 'satteri';

/** The parser's features, as @astrojs/mdx sets them for guides (the frontmatter is read as a node). */
export const FEATURES = { frontmatter: true, gfm: true, smartPunctuation: true } as const;

export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** The parts of an mdast node (with MDX's nodes) the checks read. */
export interface MdxNode {
  type: string;
  value?: string | null;
  name?: string | null;
  url?: string;
  /** A picture's words (its alt text). */
  alt?: string | null;
  /** A component's attributes: `name="value"`, `name={code}` or a bare `name` (an object value), or `{...spread}` (no name). */
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: Point; end: Point };
}

/** A mistake the compiler stops at: its place, its own words, and where the tag it names was opened. */
export interface MdxError extends Point {
  /** The compiler's reason, without the place and the rule ("mdx-jsx:unexpected-character"). */
  reason: string;
  opened?: Point;
}

export interface ParsedGuide {
  /** The file's text without a byte-order mark (the compiler counts offsets without it). */
  text: string;
  /** The text the tree was made from: `text` with the refused lines blanked out. */
  parsed: string;
  tree: MdxNode;
  errors: MdxError[];
  /** Where the YAML between the --- lines starts and ends in `text`. */
  frontmatter?: { start: number; end: number };
  code: {
    /** Each import line's file (where its quoted name is written) and the names it binds. */
    imports: { spec: string; at: Point; names: string[] }[];
    /** The names its export lines declare. */
    exported: string[];
    /** Each {expression} in the text, by the offset of its "{": the name it reads, when it is only a name (`{name}`, `{partner.name}`). */
    reads: Map<number, string | undefined>;
  };
}

/** How many refused lines are blanked one by one before the rest of the file is blanked at once. */
const MAX_ERRORS = 25;

/** Every ESTree node under `node`, depth first. */
function estree(node: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (node && typeof node === 'object') {
    if (typeof (node as { type?: unknown }).type === 'string') out.push(node as Record<string, unknown>);
    for (const v of Object.values(node)) estree(v, out);
  }
  return out;
}

/** A guide's import and export lines and {expressions}, read from the compiler's own syntax trees. Throws the compiler's error for code it cannot read. */
function compileCode(source: string, pointAt: (offset: number) => Point): ParsedGuide['code'] {
  const code: ParsedGuide['code'] = { imports: [], exported: [], reads: new Map() };
  type Code = { readonly position?: { start: { offset?: number | undefined } } | undefined; parseExpression(): unknown };
  const expression = (node: Code) => {
    const body = (node.parseExpression() as { body?: { type: string; expression?: { type: string; name?: string; object?: unknown } }[] } | null)?.body ?? [];
    let e = body.length === 1 && body[0]!.type === 'ExpressionStatement' ? body[0]!.expression : undefined;
    while (e?.type === 'MemberExpression') e = e.object as typeof e;
    code.reads.set(node.position?.start.offset ?? -1, e?.type === 'Identifier' ? e.name : undefined);
  };
  const mdxjsEsm = (node: Code) => {
    for (const s of estree(node.parseExpression())) {
      const id = s['id'] as { type: string; name: string } | null | undefined;
      if (s['type'] === 'ImportDeclaration') {
        const from = s['source'] as { value: string; start: number };
        const names = (s['specifiers'] as { local: { name: string } }[]).map((x) => x.local.name);
        code.imports.push({ spec: from.value, at: pointAt((node.position?.start.offset ?? 0) + from.start), names });
      } else if (id?.type === 'Identifier' && ['VariableDeclarator', 'FunctionDeclaration', 'ClassDeclaration'].includes(s['type'] as string)) code.exported.push(id.name);
    }
  };
  const plugin = defineHastPlugin({ name: 'guide-code', options: { position: true }, mdxTextExpression: expression, mdxFlowExpression: expression, mdxjsEsm });
  mdxToJs(source, { hastPlugins: [plugin], features: FEATURES });
  return code;
}

export function walk(node: MdxNode, visit: (node: MdxNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/** Read a guide, blanking each line the compiler refuses until the rest can be read. */
function read(file: string): ParsedGuide {
  const text = file.startsWith('\uFEFF') ? file.slice(1) : file;
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const pointAt = (offset: number): Point => {
    const line = starts.findLastIndex((s) => s <= offset) + 1;
    return { line, column: offset - starts[line - 1]! + 1, offset };
  };
  const at = (line: string, column: string): Point => ({ line: Number(line), column: Number(column), offset: (starts[Number(line) - 1] ?? text.length) + Number(column) - 1 });
  /** `source` with lines `from` to `to` (1-based) made spaces, every offset kept. */
  const blank = (source: string, from: number, to = from) => {
    const [start, end] = [starts[from - 1] ?? source.length, starts[to] ?? source.length];
    return source.slice(0, start) + source.slice(start, end).replace(/[^\r\n]/g, ' ') + source.slice(end);
  };
  const errors: MdxError[] = [];
  let source = text;
  for (;;) {
    let message: string;
    try {
      const tree = mdxToMdast(source, { features: FEATURES }) as unknown as MdxNode;
      let hasCode = false;
      walk(tree, (n) => (hasCode ||= n.type === 'mdxjsEsm' || n.type === 'mdxTextExpression' || n.type === 'mdxFlowExpression'));
      const code = hasCode ? compileCode(source, pointAt) : { imports: [], exported: [], reads: new Map<number, string | undefined>() };
      const yaml = tree.children?.[0]?.type === 'yaml' ? tree.children[0].position : undefined;
      // The lines between the opening and the closing ---.
      const frontmatter = yaml && { start: starts[yaml.start.line] ?? text.length, end: Math.max(starts[yaml.start.line] ?? text.length, starts[yaml.end.line - 1] ?? 0) };
      return { text, parsed: source, tree, errors, code, ...(frontmatter ? { frontmatter } : {}) };
    } catch (e) {
      message = e instanceof Error ? e.message : String(e);
    }
    // "7:13: Unexpected end of file in expression, … (mdx-jsx:unexpected-character)": a place, a reason, a rule.
    const m = /^(\d+):(\d+)(?:-\d+:\d+)?: ([\s\S]*?)(?: \([\w:-]+\))?$/.exec(message.trim());
    const opened = m && /(?:\(|opened at )(\d+):(\d+)\)/.exec(m[3]!);
    const error: MdxError = { ...(m ? at(m[1]!, m[2]!) : { line: 1, column: 1, offset: 0 }), reason: m ? m[3]! : message, ...(opened ? { opened: at(opened[1]!, opened[2]!) } : {}) };
    if (!errors.some((x) => x.offset === error.offset)) errors.push(error);
    // The tag that is never closed, else the line the compiler stopped on; failing that, or after too many, the rest of the file.
    const line = error.opened?.line ?? error.line;
    // A closing tag at the end of a paragraph whose opening tag is on a line of its own: both go.
    let next = blank(error.reason.startsWith('Expected the closing tag') ? blank(source, error.line) : source, line);
    if (next === source) next = blank(source, error.line);
    if (next === source || errors.length >= MAX_ERRORS) next = blank(source, Math.min(line, error.line), starts.length);
    if (next === source) next = blank(source, 1, starts.length);
    if (next === source) throw new Error(`The guide cannot be read: ${message}`);
    source = next;
  }
}

const cache = new Map<string, ParsedGuide>();

/** A guide's tree and the mistakes the compiler stopped at, read once for every check that asks. */
export function parseGuide(text: string): ParsedGuide {
  let parsed = cache.get(text);
  if (!parsed) {
    parsed = read(text);
    if (cache.size >= 200) cache.delete(cache.keys().next().value!);
    cache.set(text, parsed);
  }
  return parsed;
}
