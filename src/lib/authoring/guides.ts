/**
 * Checks on a guide's source (content/guides/*.mdx) that must stop the build before any page is
 * made, each naming the file, the line and what to do: a file name that cannot be an address, a
 * component that does not exist, and links to guides, checklists or tools that do not exist.
 */
import { load } from 'js-yaml';
import { didYouMean, listOf } from './nearest';
import { position, snippetAt, type ContentProblem } from './problems';
import { parseYaml } from './yaml';

/** The components every guide may use without importing them (src/components/mdx/index.ts provides them). */
export const GUIDE_COMPONENTS = ['Callout', 'TryThis', 'Reflect', 'ToolLink', 'GuideLink', 'ConcernsContact'] as const;
export type GuideComponent = (typeof GUIDE_COMPONENTS)[number];

/** A guide's file name is its address: lower-case words joined by hyphens, then .mdx. */
export const GUIDE_FILE_NAME = /^[a-z0-9]+(-[a-z0-9]+)*\.mdx$/;

/** What a guide may link to, known before the build renders any page. */
export interface GuideContext {
  /** Guide file names without .mdx. */
  guides: readonly string[];
  /** Checklist ids. */
  checklists: readonly string[];
  /** Tool ids. */
  tools: readonly string[];
}

/** A suggested file name for one that cannot be an address: "Mentoring Across Shifts.mdx" → "mentoring-across-shifts.mdx". */
export function suggestedFileName(name: string): string {
  const stem = name
    .replace(/\.mdx?$/i, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${stem || 'my-guide'}.mdx`;
}

export function fileNameProblem(file: string, name: string): ContentProblem | undefined {
  if (GUIDE_FILE_NAME.test(name)) return undefined;
  return {
    file,
    message: `“${name}” cannot be a guide’s file name: the name becomes the page’s address (/guides/<name>/).`,
    hint: `Use lower-case words joined by hyphens, with no spaces, capitals or accents: rename the file to ${suggestedFileName(name)}, and use that name (without .mdx) in related: lists and <GuideLink to="…">.`,
  };
}

/** The text with the frontmatter, import lines, code (fenced blocks, inline code) and comments blanked out, keeping every offset. */
export function withoutCode(text: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return text
    .replace(/^---\r?\n[\s\S]*?\r?\n---/, blank)
    .replace(/^(import|export)\s[^\n]*$/gm, blank)
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?(^\1[^\n]*$|(?![\s\S]))/gm, blank)
    .replace(/`[^`\n]+`/g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank);
}

export interface ComponentUse {
  name: string;
  attrs: Record<string, string>;
  /** Offset of the "<" in the file. */
  offset: number;
}

/** Every opening tag of a component (a capitalised name) in an MDX source, with its string attributes. */
export function componentUses(text: string): ComponentUse[] {
  const clean = withoutCode(text);
  const uses: ComponentUse[] = [];
  const tag = /<([A-Z][A-Za-z0-9_.]*)((?:[^>"'{]|"[^"]*"|'[^']*'|\{[^}]*\})*)>/g;
  for (const m of clean.matchAll(tag)) {
    const attrs: Record<string, string> = {};
    for (const a of m[2]!.matchAll(/([A-Za-z_][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/g)) {
      attrs[a[1]!] = a[2] ?? a[3] ?? a[4] ?? '';
    }
    uses.push({ name: m[1]!, attrs, offset: m.index });
  }
  return uses;
}

/** Names a guide imports itself (import X from '…' or import { X } from '…'): those are allowed too. */
function importedNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(/^import\s+([^'";]+?)\s+from\s/gm)) {
    for (const n of m[1]!.replace(/[{}]/g, ',').split(',')) {
      const name = n.trim().split(/\s+as\s+/).at(-1)?.trim();
      if (name && name !== '*') names.add(name);
    }
  }
  return names;
}

/** The frontmatter's `related:` entries, with the line each is on. */
function relatedRefs(text: string): { ref: string; line: number }[] {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!m) return [];
  let front: unknown;
  try {
    front = load(m[1]!);
  } catch {
    return []; // the build reports frontmatter syntax itself
  }
  const related = front && typeof front === 'object' ? (front as Record<string, unknown>)['related'] : undefined;
  if (!Array.isArray(related)) return [];
  const lines = m[1]!.split('\n');
  const relLine = lines.findIndex((l) => /^related\s*:/.test(l));
  return related
    .filter((r): r is string => typeof r === 'string')
    .map((ref) => {
      const own = lines.findIndex((l, i) => i >= relLine && l.includes(ref));
      return { ref, line: (own === -1 ? relLine : own) + 2 };
    });
}

/** Every mistake in one guide's source that the build can see before rendering it. */
export function guideSourceProblems(file: string, text: string, ctx: GuideContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (offset: number) => {
    const { line, column } = position(text, offset);
    return { file, line, column, snippet: snippetAt(text, line, column) };
  };
  // Frontmatter that is not valid YAML: reported with its line in the whole file, and nothing else checked.
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (front) {
    const parsed = parseYaml(front[1]!, file);
    if (!parsed.ok) {
      const line = (parsed.problem.line ?? 0) + 1;
      const column = parsed.problem.column ?? 1;
      return [{ ...parsed.problem, line, column, snippet: snippetAt(text, line, column), message: `the frontmatter (between the --- lines) ${parsed.problem.message.replace(/^this /, '')}` }];
    }
  }
  const imported = importedNames(text);
  const known: readonly string[] = GUIDE_COMPONENTS;
  const guideName = (g: string) => `“${g}”`;

  for (const use of componentUses(text)) {
    if (!known.includes(use.name) && !imported.has(use.name.split('.')[0]!)) {
      problems.push({
        ...at(use.offset),
        message: `<${use.name}> is not a component guides can use.${didYouMean(use.name, known, (n) => `<${n}>`)}`,
        hint: `Guides can use ${listOf(GUIDE_COMPONENTS.map((c) => `<${c}>`))}, without importing anything. Names are case-sensitive: check the spelling, or write the text without the component.`,
      });
      continue;
    }
    if (use.name === 'GuideLink') {
      const to = use.attrs['to'];
      const slug = to?.split('#')[0];
      if (!to) problems.push({ ...at(use.offset), message: '<GuideLink> needs to="…", the file name of a guide without .mdx.', hint: 'Write it like <GuideLink to="starting-well">.' });
      else if (!ctx.guides.includes(slug!)) {
        problems.push({
          ...at(use.offset),
          message: `<GuideLink to="${to}"> links to a guide that does not exist: there is no content/guides/${slug}.mdx.${didYouMean(slug!, ctx.guides, guideName)}`,
          hint: '`to` is a guide’s file name in content/guides/, without .mdx (and optionally #a-heading).',
        });
      }
    }
    if (use.name === 'Reflect' && use.attrs['checklist'] !== undefined) {
      const id = use.attrs['checklist'];
      if (!ctx.checklists.includes(id)) {
        problems.push({
          ...at(use.offset),
          message: `<Reflect checklist="${id}"> names a checklist that does not exist.${didYouMean(id, ctx.checklists, guideName)}`,
          hint: '`checklist` is the id: at the top of a file in content/checklists/; or leave it out for a reflection box without a link.',
        });
      }
    }
    if (use.name === 'ToolLink') {
      const tool = use.attrs['tool'];
      if (!tool || !ctx.tools.includes(tool)) {
        problems.push({
          ...at(use.offset),
          message: `<ToolLink tool="${tool ?? ''}"> names a tool that does not exist.${tool ? didYouMean(tool, ctx.tools, guideName) : ''}`,
          hint: `\`tool\` is one of ${listOf(ctx.tools.map((t) => `“${t}”`))}.`,
        });
      }
    }
  }

  // A component written in lower case is read as an unknown HTML tag and silently shows nothing special.
  const lower = new RegExp(`<(${GUIDE_COMPONENTS.join('|')})\\b`, 'gi');
  for (const m of withoutCode(text).matchAll(lower)) {
    const name = m[1]!;
    const meant = GUIDE_COMPONENTS.find((c) => c.toLowerCase() === name.toLowerCase())!;
    if (/^[A-Z]/.test(name)) continue; // capitalised: checked with the other components above
    problems.push({
      ...at(m.index),
      message: `<${name}> is not a component guides can use. Did you mean <${meant}>?`,
      hint: `Component names are case-sensitive: write <${meant}>.`,
    });
  }

  // Outside tags and code, "<" and curly brackets are read as code by MDX, and the page cannot be built.
  const tags = /<\/?[A-Za-z][\w.-]*((?:[^>"'{]|"[^"]*"|'[^']*'|\{[^}]*\})*)>/g;
  const prose = withoutCode(text).replace(tags, (t) => t.replace(/[^\n]/g, ' '));
  for (const m of prose.matchAll(/<(?![A-Za-z/!])|[{}]/g)) {
    const less = m[0] === '<';
    problems.push({
      ...at(m.index),
      message: less
        ? 'a “<” that does not start a component: in a guide, “<” always starts one, so this page cannot be built.'
        : `a curly bracket “${m[0]}” in the text: in a guide, curly brackets hold code, so this page cannot be built.`,
      hint: less ? 'Write “less than” (or “fewer than”) instead, or put the text in `backticks`.' : 'Remove the bracket or write the words instead; to show it as it is, put the text in `backticks`.',
    });
  }

  for (const { ref, line } of relatedRefs(text)) {
    if (!ctx.guides.includes(ref)) {
      problems.push({
        file,
        line,
        snippet: snippetAt(text, line, Math.max(1, (text.split('\n')[line - 1] ?? '').indexOf(ref) + 1)),
        message: `related: lists “${ref}”, but there is no guide content/guides/${ref}.mdx.${didYouMean(ref, ctx.guides, guideName)}`,
        hint: 'related: lists other guides by file name, without .mdx.',
      });
    }
  }
  return problems;
}
