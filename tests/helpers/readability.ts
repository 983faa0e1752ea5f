/**
 * Plain-language measures for the guides, and the reading checks `npm test` runs on them with the
 * settings in content/guide-checks.yaml. A guide is read with the parser the build uses (satteri's
 * `mdxToMdast`), so what counts as prose is what the page shows as running text:
 *
 * - prose: paragraphs, including those in list items, quotations and components' children
 *   (<Callout>, <TryThis>, <Reflect>…), with the words of links and bold or italic text;
 * - not prose: the frontmatter, headings, code (fenced blocks and `inline code`), imports, exports,
 *   {expressions} and MDX comments, tables, pictures, and list items that are only links
 *   (a list of further reading).
 *
 * Sentences are counted in each paragraph or list item on its own: a paragraph that does not end
 * with a full stop still ends a sentence at its end.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { mdxToMdast } from 'satteri';

/** The parts of a syntax tree node read here (mdast, with MDX's nodes). */
interface Node {
  type: string;
  value?: string;
  name?: string | null;
  depth?: number;
  children?: Node[];
}

/** Components that show a link: a list item holding only these (and links) is a list of links. */
const LINK_COMPONENTS = new Set(['GuideLink', 'ToolLink']);

/** Nodes whose text is never prose, wherever they are. */
const NOT_PROSE = new Set(['yaml', 'toml', 'heading', 'code', 'inlineCode', 'math', 'inlineMath', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'table', 'html', 'image', 'imageReference', 'definition', 'thematicBreak', 'footnoteReference']);

/** Nodes that hold blocks (paragraphs, lists…) rather than text. */
const CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition', 'mdxJsxFlowElement']);

/** A guide's syntax tree, as the build reads it. Throws on MDX the build could not read either. */
export function guideTree(mdx: string): Node {
  return mdxToMdast(mdx, { position: false }) as unknown as Node;
}

/** The text a reader sees in a run of inline nodes (code, expressions and pictures left out). */
function inlineText(nodes: readonly Node[]): string {
  return nodes
    .map((n) => {
      if (NOT_PROSE.has(n.type)) return ' ';
      if (n.type === 'break') return ' ';
      if (n.type === 'text') return n.value ?? '';
      return n.children ? inlineText(n.children) : '';
    })
    .join('');
}

const isLink = (n: Node) => n.type === 'link' || n.type === 'linkReference' || (n.type === 'mdxJsxTextElement' && LINK_COMPONENTS.has(n.name ?? ''));

/** A paragraph that is one or more links and nothing else to read (commas, dashes and spaces aside). */
function onlyLinks(paragraph: Node): boolean {
  const kids = paragraph.children ?? [];
  return kids.some(isLink) && !/[\p{L}\p{N}]/u.test(inlineText(kids.filter((n) => !isLink(n))));
}

/** The prose blocks under a node, in order: each paragraph's (or list item's) text. */
function collect(node: Node, out: string[], inListItem = false): void {
  if (NOT_PROSE.has(node.type)) return;
  if (node.type === 'paragraph') {
    if (inListItem && onlyLinks(node)) return;
    out.push(inlineText(node.children ?? []));
    return;
  }
  if (!CONTAINERS.has(node.type)) return;
  // A link component alone on a list item's line (- <GuideLink …>…</GuideLink>) is read as a block.
  if (inListItem && node.type === 'mdxJsxFlowElement' && LINK_COMPONENTS.has(node.name ?? '')) return;
  // A component written on one line (<TryThis>"Say this."</TryThis>) holds its text directly:
  // each run of inline nodes between blocks is a block of its own.
  let run: Node[] = [];
  const flush = () => {
    if (run.length) out.push(inlineText(run));
    run = [];
  };
  for (const child of node.children ?? []) {
    if (child.type === 'paragraph' || NOT_PROSE.has(child.type) || CONTAINERS.has(child.type)) {
      flush();
      collect(child, out, node.type === 'listItem');
    } else {
      run.push(child);
    }
  }
  flush();
}

/** A guide's prose, one string per paragraph or list item, with the whitespace tidied. */
export function proseBlocks(mdx: string | Node): string[] {
  const out: string[] = [];
  collect(typeof mdx === 'string' ? guideTree(mdx) : mdx, out);
  return out.map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => /\p{L}/u.test(s));
}

/** A guide's prose as one text, a blank line between paragraphs (see proseBlocks). */
export function proseOf(mdx: string): string {
  return proseBlocks(mdx).join('\n\n');
}

/** The words of a text, in any alphabet: letters (with their accents), apostrophes and hyphens. */
export function words(text: string): string[] {
  return text.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
}

/**
 * Syllables in a word, by the English rule of thumb for vowel groups (accents are read as the
 * letter they sit on; a word in another script counts as one syllable).
 */
export function syllables(word: string): number {
  if (!/\p{L}/u.test(word)) return 0;
  let w = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 1;
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

/** Sentences in one block of text: split at . ! or ? followed by a space, and ended at the block's end. */
const sentencesIn = (text: string) => text.split(/[.!?。！？]+(?:\s|$)|[。！？]+/u).filter((s) => /\p{L}/u.test(s)).length;

/**
 * Words, sentences and reading grade of a text, or of a list of blocks (paragraphs): in a list,
 * each block's last sentence ends where the block does, with or without a full stop.
 */
export function readability(text: string | readonly string[]): Readability {
  const blocks = typeof text === 'string' ? [text] : text;
  const sentences = blocks.reduce((n, b) => n + sentencesIn(b), 0) || 1;
  const ws = blocks.flatMap(words);
  const syl = ws.reduce((n, w) => n + syllables(w), 0);
  const wps = ws.length / sentences;
  const grade = 0.39 * wps + 11.8 * (syl / Math.max(1, ws.length)) - 15.59;
  return { words: ws.length, sentences, wordsPerSentence: Math.round(wps * 10) / 10, grade: Math.round(grade * 10) / 10 };
}

/** The rules of content/guide-checks.yaml the guides are checked against (see src/lib/authoring/guide-checks.ts). */
export interface GuideRules {
  words: { min: number; max: number };
  maxWordsPerSentence: number;
  maxGrade: number;
  exercise: boolean;
  /** "" for no rule. */
  lastHeading: string;
}

/** The frontmatter setting that turns the reading checks off for one guide (a reference page). */
export const READING_CHECKS_SETTING = 'readingChecks';

/** One of the checks run on a guide: what it asks, and either why it failed or why it does not apply. */
export interface GuideCheckResult {
  /** What the check asks, in a few words (a test's title). */
  title: string;
  /** Each failure, naming the file and the setting that decides it; empty when the check passes. */
  problems: string[];
  /** Why the check does not apply to this guide (the setting that switched it off), if it does not. */
  skipped?: string;
}

/** Everything the checks read of one guide: its prose's measures, its frontmatter and its structure. */
export interface GuideReading {
  readability: Readability;
  /** The frontmatter, as YAML reads it ({} when there is none or it does not parse). */
  front: Record<string, unknown>;
  /** Whether the guide has a <TryThis> (outside code). */
  hasExercise: boolean;
  /** The text of the guide's last ## heading, if it has one. */
  lastSection: string | undefined;
}

function headingText(n: Node): string {
  if (n.type === 'text' || n.type === 'inlineCode') return n.value ?? '';
  return (n.children ?? []).map(headingText).join('');
}

/** One parse of a guide, read for the checks. */
export function readGuide(mdx: string): GuideReading {
  const tree = guideTree(mdx);
  let front: Record<string, unknown> = {};
  let hasExercise = false;
  let lastSection: string | undefined;
  const walk = (n: Node) => {
    if (n.type === 'yaml') {
      try {
        const data: unknown = load(n.value ?? '', { schema: CORE_SCHEMA });
        if (data && typeof data === 'object' && !Array.isArray(data)) front = data as Record<string, unknown>;
      } catch {
        // The build reports frontmatter that does not parse.
      }
    }
    if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name === 'TryThis') hasExercise = true;
    if (n.type === 'heading' && n.depth === 2) lastSection = headingText(n).trim();
    for (const c of n.children ?? []) walk(c);
  };
  walk(tree);
  return { readability: readability(proseBlocks(tree)), front, hasExercise, lastSection };
}

/** Placeholder words a finished guide never contains. */
export const PLACEHOLDER = /lorem ipsum|coming soon|\bTODO\b|\bTBD\b|placeholder/i;

/**
 * A guide checked against content/guide-checks.yaml (`checksFile` names that file in messages).
 * With `readingChecks: false` in its frontmatter, the reading checks (length, sentence length,
 * grade, exercise, closing heading) are reported as skipped; the frontmatter and placeholder checks
 * still apply.
 */
export function checkGuide(file: string, mdx: string, checks: GuideRules, checksFile: string): GuideCheckResult[] {
  let g: GuideReading;
  try {
    g = readGuide(mdx);
  } catch (e) {
    // `npm run build` stops at the same mistake, with the line shown.
    const why = e instanceof Error ? e.message : String(e);
    return [{ title: 'can be read as MDX', problems: [`${file} cannot be read (${why}): run npm run build to see the line and what to do`] }];
  }
  const r = g.readability;
  const off = g.front[READING_CHECKS_SETTING] === false;
  const skipped = off ? { skipped: `skipped: ${READING_CHECKS_SETTING}: false in its frontmatter` } : {};
  const rule = (name: string) => `(to change the rule, edit ${name} in ${checksFile}). If the guide is a reference page, such as a table of key dates, add \`${READING_CHECKS_SETTING}: false\` to its frontmatter instead.`;
  const results: GuideCheckResult[] = [];
  const reading = (title: string, problems: (string | false)[]) => results.push({ title, ...skipped, problems: off ? [] : problems.filter((p): p is string => p !== false) });

  reading(`is ${checks.words.min}–${checks.words.max} words of prose`, [
    r.words < checks.words.min && `${file} has ${r.words} words; guides need at least ${checks.words.min} ${rule('words.min')}`,
    r.words > checks.words.max && `${file} has ${r.words} words; guides may have at most ${checks.words.max} ${rule('words.max')}`,
  ]);
  reading(`is written in plain language (sentences of ${checks.maxWordsPerSentence} words or fewer on average, grade ${checks.maxGrade} or below)`, [
    r.wordsPerSentence > checks.maxWordsPerSentence && `${file} averages ${r.wordsPerSentence.toFixed(1)} words a sentence; the limit is ${checks.maxWordsPerSentence} ${rule('maxWordsPerSentence')}`,
    r.grade > checks.maxGrade && `${file} reads at grade ${r.grade.toFixed(1)}; the limit is ${checks.maxGrade} ${rule('maxGrade')}`,
  ]);
  if (checks.exercise) {
    reading('has a concrete exercise or script (<TryThis>)', [!g.hasExercise && `${file} has no <TryThis> exercise ${rule('exercise')}`]);
  }
  if (checks.lastHeading !== '') {
    reading(`ends with “${checks.lastHeading}”`, [
      g.lastSection !== checks.lastHeading &&
        `${file} must end with a “## ${checks.lastHeading}” section${g.lastSection === undefined ? '' : `, not “${g.lastSection}”`} ${rule('lastHeading')}`,
    ]);
  }
  const missing = ['title', 'description', 'audience', 'topic', 'order', 'updated'].filter((k) => g.front[k] === undefined);
  results.push({
    title: 'sets title, description, audience, topic, order and updated',
    problems: missing.length ? [`${file} has no ${missing.join(', ')} in its frontmatter (the lines between --- at the top)`] : [],
  });
  const placeholder = PLACEHOLDER.exec(mdx);
  results.push({
    title: 'has no placeholder text',
    problems: placeholder ? [`${file} contains “${placeholder[0]}”, which looks like unfinished text: finish or remove it`] : [],
  });
  return results;
}
