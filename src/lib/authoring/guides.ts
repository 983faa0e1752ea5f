/**
 * Checks on a guide's source (content/guides/*.mdx) that must stop the build before any page is
 * made, each naming the file, the line and what to do: a file name that cannot be an address, a
 * component that does not exist, and links to guides, checklists or tools that do not exist.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { reflectProblems } from '../checklists/reflect';
import { guideFrontmatterSchema } from './guide-schema';
import { schemaProblems } from './schema-problems';
import { didYouMean, listOf } from './nearest';
import { position, snippetAt, type ContentProblem } from './problems';
import { parseYaml, unclosedQuote } from './yaml';

/** The components every guide may use without importing them (src/components/mdx/index.ts provides them). */
export const GUIDE_COMPONENTS = ['Callout', 'TryThis', 'Reflect', 'ToolLink', 'GuideLink', 'ConcernsContact', 'Safeguarding'] as const;
export type GuideComponent = (typeof GUIDE_COMPONENTS)[number];

/** The attributes each component takes (src/components/mdx/*.astro): any other is a misspelling that would be ignored. */
export const COMPONENT_PROPS: Record<GuideComponent, readonly string[]> = {
  Callout: ['title'],
  TryThis: ['title'],
  Reflect: ['checklist', 'title', 'readers'],
  ToolLink: ['tool'],
  GuideLink: ['to'],
  ConcernsContact: [],
  Safeguarding: [],
};

/** A guide's file name is its address: lower-case words joined by hyphens, then .mdx. */
export const GUIDE_FILE_NAME = /^[a-z0-9]+(-[a-z0-9]+)*\.mdx$/;

/** What a guide may link to, known before the build renders any page. */
export interface GuideContext {
  /** Guide file names without .mdx. */
  guides: readonly string[];
  /** Each guide's heading ids, by file name, for links to "guide#heading". */
  headings?: Readonly<Record<string, readonly string[]>>;
  /** Checklist ids. */
  checklists: readonly string[];
  /** Who each checklist is for (its `audience`), by id, to check the checklists <Reflect> links to. */
  checklistAudience?: Readonly<Record<string, readonly string[]>>;
  /** Tool ids. */
  tools: readonly string[];
  /** Guides marked `draft: true`: not published, so a published guide may not link to them. */
  drafts?: readonly string[];
  /** The site's base path ("/mentoring/"): a root-relative link that already includes it is checked without it. */
  base?: string;
  /**
   * A checklist id recorded in content/.ids.json that has gone, → the one new id that appeared
   * meanwhile: most likely the same checklist renamed, suggested instead of the nearest name.
   */
  renamed?: Readonly<Record<string, string>>;
  /** Every file under content/guides/ (images a guide shows), as paths from that folder. */
  files?: readonly string[];
  /**
   * Mistakes in checklist files (YAML that does not parse, settings their schema refuses): links to
   * them would be reported as links to nothing, so these are reported instead.
   */
  unreadable?: readonly ContentProblem[];
  /** The ids (or file names) of those checklists. */
  unreadableIds?: readonly string[];
}

/** " Did you mean …?" for a checklist id that does not exist: the checklist it was renamed to, when the ids record tells. */
export function checklistSuggestion(id: string, ctx: Pick<GuideContext, 'checklists' | 'renamed'>, candidates: readonly string[] = ctx.checklists): string {
  const now = ctx.renamed && Object.hasOwn(ctx.renamed, id) ? ctx.renamed[id] : undefined;
  if (now) return ` It looks renamed: content/checklists/${id}.yaml now has the id “${now}”. Did you mean “${now}”?`;
  return didYouMean(id, candidates, (n) => `“${n}”`);
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

/**
 * Fenced code blocks blanked out, keeping every offset: fences may be indented (inside a list item)
 * or quoted (behind "> "), and a fence closes only on a fence of the same character at least as long
 * as the one that opened it, as in CommonMark (so ```` can show a ``` block).
 */
function withoutFences(text: string): string {
  const lines = text.split('\n');
  let open: { char: string; length: number } | undefined;
  return lines
    .map((line) => {
      const fence = /^[ \t]*(?:>[ \t]?)*[ \t]*(`{3,}|~{3,})/.exec(line);
      if (!open) {
        if (!fence) return line;
        open = { char: fence[1]![0]!, length: fence[1]!.length };
        return line.replace(/[^\n]/g, ' ');
      }
      if (fence && fence[1]![0] === open.char && fence[1]!.length >= open.length && line.slice(fence.index + fence[0].length).trim() === '') open = undefined;
      return line.replace(/[^\r]/g, ' ');
    })
    .join('\n');
}

/** The text with the frontmatter, import lines, code (fenced blocks, inline code of any number of backticks) and comments blanked out, keeping every offset. */
export function withoutCode(text: string, options: { keepComments?: boolean } = {}): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const out = withoutFences(text.replace(/^---\r?\n[\s\S]*?\r?\n---/, blank))
    .replace(/^(import|export)\s[^\n]*$/gm, blank)
    // A code span opens with a run of backticks and closes on a run of exactly as many.
    .replace(/(?<!`)(`+)(?!`)[^\n]*?(?<!`)\1(?!`)/g, blank);
  return (options.keepComments ? out : out.replace(/<!--[\s\S]*?-->/g, blank)).replace(/\{\/\*[\s\S]*?\*\/\}/g, blank);
}

/** Component tags (<Callout>…</Callout>) opened and never closed, or closed and never opened, in source order. */
export function unclosedComponents(text: string): { name: string; offset: number; closing: boolean }[] {
  const clean = withoutCode(text);
  const open: { name: string; offset: number }[] = [];
  const wrong: { name: string; offset: number; closing: boolean }[] = [];
  for (const m of clean.matchAll(/<(\/?)([A-Z][A-Za-z0-9_.]*)((?:[^>"'{]|"[^"]*"|'[^']*'|\{[^}]*\})*)>/g)) {
    const [, slash, name, rest] = m;
    if (!slash && /\/\s*$/.test(rest!)) continue; // <ConcernsContact />
    if (!slash) {
      open.push({ name: name!, offset: m.index });
      continue;
    }
    const i = open.findLastIndex((o) => o.name === name);
    if (i === -1) wrong.push({ name: name!, offset: m.index, closing: true });
    else {
      // Anything opened after it and still open is never closed.
      wrong.push(...open.splice(i).slice(1).map((o) => ({ ...o, closing: false })));
    }
  }
  wrong.push(...open.map((o) => ({ ...o, closing: false })));
  return wrong.sort((a, b) => a.offset - b.offset);
}

export interface ComponentUse {
  name: string;
  attrs: Record<string, string>;
  /** Every attribute's name, whatever its value (a string, an expression or none). */
  names: string[];
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
    const bare = m[2]!.replace(/"[^"]*"|'[^']*'|\{[^}]*\}/g, ' ').replace(/\/\s*$/, '');
    const names = [...bare.matchAll(/([A-Za-z_][\w:-]*)/g)].map((a) => a[1]!);
    uses.push({ name: m[1]!, attrs, names, offset: m.index });
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

/**
 * Imports of a file beside the guide (`import X from './timeline.astro'`) that is not there. Only
 * paths inside content/guides/ are checked here, against `ctx.files`; others are left to the build.
 */
function missingImports(text: string, ctx: GuideContext): { offset: number; spec: string }[] {
  if (!ctx.files) return [];
  const out: { offset: number; spec: string }[] = [];
  for (const m of text.matchAll(/^import\s[^\n]*?['"](\.{1,2}\/[^'"]+)['"]/gm)) {
    const spec = m[1]!;
    const parts: string[] = [];
    let outside = false;
    for (const part of spec.split('/')) {
      if (part === '.' || part === '') continue;
      if (part === '..') outside = parts.pop() === undefined || outside;
      else parts.push(part);
    }
    if (outside) continue;
    if (!ctx.files.includes(parts.join('/'))) out.push({ offset: m.index + m[0].lastIndexOf(spec) - 1, spec });
  }
  return out;
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

/** A guide's frontmatter checked against its schema, with lines in the whole file; none at all is a mistake too. */
export function frontmatterProblems(file: string, text: string): ContentProblem[] {
  const front = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!front) {
    return [
      {
        file,
        line: 1,
        message: 'the guide has no frontmatter: it must start with a line ---, its settings (title, description, audience, topic, order, updated), and another line ---.',
        hint: 'Copy the lines between --- at the top of another guide, and change them for this one.',
      },
    ];
  }
  const start = front.index + front[0].indexOf('\n') + 1;
  const parsed = parseYaml(text, file, { start, end: start + front[1]!.length });
  if (!parsed.ok) return []; // reported as YAML that does not parse
  const data = parsed.data;
  if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
    return [{ file, line: 2, message: 'the frontmatter (between the --- lines) must hold key: value lines: title, description, audience, topic, order and updated.', hint: 'Copy the lines between --- at the top of another guide, and change them for this one.' }];
  }
  const problems = schemaProblems(guideFrontmatterSchema, data, parsed.source);
  const quote = problems.length ? unclosedQuote(parsed.source) : undefined;
  return quote ? [quote] : problems;
}

/**
 * Mistakes only seen across guides: a topic spelt two ways (the guides page would show two groups),
 * and a guide that lists itself under `related`.
 */
export function crossGuideProblems(guides: readonly { file: string; text: string }[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const topics = new Map<string, { topic: string; file: string }>();
  for (const g of guides) {
    const front = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n---/.exec(g.text);
    let data: Record<string, unknown> | undefined;
    try {
      const d: unknown = front ? load(front[1]!, { schema: CORE_SCHEMA }) : undefined;
      data = d && typeof d === 'object' ? (d as Record<string, unknown>) : undefined;
    } catch {
      continue;
    }
    const lineOfKey = (key: string) => {
      const i = g.text.split('\n').findIndex((l) => new RegExp(`^${key}\\s*:`).test(l));
      return i === -1 ? undefined : i + 1;
    };
    const topic = typeof data?.['topic'] === 'string' ? data['topic'].trim() : undefined;
    if (topic) {
      const seen = topics.get(topic.toLowerCase());
      if (!seen) topics.set(topic.toLowerCase(), { topic, file: g.file });
      else if (seen.topic !== topic) {
        const line = lineOfKey('topic');
        problems.push({
          file: g.file,
          line,
          snippet: line ? snippetAt(g.text, line, 1) : undefined,
          message: `topic “${topic}” is written “${seen.topic}” in ${seen.file}: the guides page would show them as two groups.`,
          hint: `Write the topic the same way in every guide: “${seen.topic}”.`,
        });
      }
    }
    const slug = g.file.split('/').at(-1)!.replace(/\.mdx$/, '');
    const related = data?.['related'];
    if (Array.isArray(related) && related.includes(slug)) {
      const line = lineOfKey('related');
      problems.push({ file: g.file, line, snippet: line ? snippetAt(g.text, line, 1) : undefined, message: `related: lists this guide itself (“${slug}”).`, hint: 'related: lists other guides to read next: remove this one.' });
    }
  }
  return problems;
}

/** The guide's `audience` as written, when it is a list (for the <Reflect> rule). */
function guideAudience(text: string): string[] | undefined {
  const front = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  try {
    const data = front ? load(front[1]!, { schema: CORE_SCHEMA }) : undefined;
    const a = data && typeof data === 'object' ? (data as Record<string, unknown>)['audience'] : undefined;
    return Array.isArray(a) ? a.map(String) : undefined;
  } catch {
    return undefined;
  }
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
    const start = front.index + front[0].indexOf('\n') + 1;
    const parsed = parseYaml(text, file, { start, end: start + front[1]!.length });
    if (!parsed.ok) return [{ ...parsed.problem, message: `the frontmatter (between the --- lines) ${parsed.problem.message.replace(/^this /, '')}` }];
  }
  const imported = importedNames(text);
  problems.push(...missingImports(text, ctx).map(({ offset, spec }) => ({
    ...at(offset),
    message: `imports “${spec}”, which is not in content/guides/, so this page cannot be built.`,
    hint: `Guides use ${listOf(GUIDE_COMPONENTS.map((c) => `<${c}>`))} without importing anything: remove the import line (and the component it names), or put the file in content/guides/.`,
  })));
  const audience = guideAudience(text);
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
    const props = COMPONENT_PROPS[use.name as GuideComponent] as readonly string[] | undefined;
    // title="The "two-way" test": the value ends at the second quotation mark, and the rest reads as settings.
    const tagText = withoutCode(text).slice(use.offset, withoutCode(text).indexOf('>', use.offset) + 1);
    if (props && use.names.some((n) => !props.includes(n)) && /=\s*"[^"]*"[^\s/>]/.test(tagText)) {
      problems.push({
        ...at(use.offset),
        message: `<${use.name}>: a value in straight double quotes holds straight double quotes too, so it ends early and the rest is read as settings.`,
        hint: 'Inside the value, use curly quotes (“two-way”) or single quotes (\'two-way\').',
      });
      continue;
    }
    for (const attr of props ? use.names.filter((n) => !props.includes(n)) : []) {
      problems.push({
        ...at(use.offset),
        message: `<${use.name}> has no setting “${attr}”, so it would be ignored.${didYouMean(attr, props!)}`,
        hint: props!.length ? `<${use.name}> takes ${listOf(props!.map((n) => `${n}="…"`))}: check the spelling, or remove “${attr}”.` : `<${use.name} /> takes no settings: remove “${attr}”.`,
      });
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
      const readers = use.attrs['readers'];
      if (!ctx.checklists.includes(id)) {
        problems.push({
          ...at(use.offset),
          message: `<Reflect checklist="${id}"> names a checklist that does not exist.${checklistSuggestion(id, ctx)}`,
          hint: '`checklist` is the id: at the top of a file in content/checklists/; or leave it out for a reflection box without a link.',
        });
      } else if (ctx.checklistAudience?.[id]) {
        const wrong = reflectProblems({ checklist: id, checklistAudience: ctx.checklistAudience[id]!, readers, guideAudience: audience });
        if (wrong.length) {
          problems.push({
            ...at(use.offset),
            message: `<Reflect checklist="${id}"${readers !== undefined ? ` readers="${readers}"` : ''}>: ${wrong.join('; ')}.`,
            hint: 'A prompt speaks to the guide’s whole audience unless readers="…" names some of them, and the checklist it links to must be for them. You can also leave checklist out, for a reflection box without a link.',
          });
        }
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

  // HTML comments and unclosed tags, which MDX refuses with a compiler's message.
  const noCode = withoutCode(text, { keepComments: true });
  for (const m of noCode.matchAll(/<!--/g)) {
    problems.push({
      ...at(m.index),
      message: 'an HTML comment “<!-- … -->”: guides are MDX, where this form stops the page from being built.',
      hint: 'Write a comment as {/* your note */} instead: it is kept out of the page, like an HTML comment.',
    });
  }
  for (const m of withoutCode(text).matchAll(/<(br|hr|img|wbr|input|col|source)\b((?:[^>"'{]|"[^"]*"|'[^']*'|\{[^}]*\})*)>/gi)) {
    if (/\/\s*$/.test(m[2]!)) continue;
    problems.push({
      ...at(m.index),
      message: `<${m[1]}${m[2]}> must be closed in a guide: MDX needs every tag closed, even those HTML leaves open.`,
      hint: `Write <${m[1]}${m[2]!.trimEnd()} /> (with a slash before “>”). For a line break, a blank line (a new paragraph) is usually better.`,
    });
  }
  problems.push(...unclosedComponents(text).map((u) => ({
    ...at(u.offset),
    message: u.closing
      ? `</${u.name}> closes a <${u.name}> that was never opened.`
      : `<${u.name}> is opened here and never closed: the text it holds must end with </${u.name}>.`,
    hint: u.closing
      ? `Remove this </${u.name}>, or add the opening <${u.name}> where the box should start.`
      : `Add </${u.name}> on its own line after the last paragraph that belongs in it (or write <${u.name} … /> if it holds nothing).`,
  })));

  // Markdown habits MDX does not share: <https://…> and <name@example.org> links, and <name> placeholders.
  const HTML = new Set(['a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'dd', 'del', 'details', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 's', 'section', 'small', 'source', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'wbr', 'iframe', 'video', 'audio', 'picture']);
  for (const m of noCode.matchAll(/<([^<>\s]+@[^<>\s]+|(?:https?:\/\/|www\.|mailto:)[^<>\s]*)>|<\/?([a-z][a-z0-9-]*)\b[^<>]*>/g)) {
    const [whole, address, tag] = m;
    // Known tags, closing tags, and components written in lower case (reported above) are not placeholders.
    if (tag && (HTML.has(tag) || whole.startsWith('</') || GUIDE_COMPONENTS.some((c) => c.toLowerCase() === tag))) continue;
    const email = address?.includes('@') && !address.startsWith('http');
    problems.push({
      ...at(m.index),
      message: address
        ? `“${whole}”: in a guide, “<” starts a component, so a ${email ? 'mail address' : 'web address'} in angle brackets stops the page from being built.`
        : `“${whole}” is not an HTML tag or a component: in a guide, “<” starts one, so this stops the page from being built.`,
      hint: address
        ? email
          ? `Write the address without < >: ${address.replace(/^mailto:/, '')}, or as a link: [write to us](mailto:${address.replace(/^mailto:/, '')}).`
          : `Write the link as [the words to click](${address.startsWith('www.') ? `https://${address}` : address}), or the address on its own without < >.`
        : `For a placeholder, write [${tag}] or “your partner’s name” instead; to show the text as it is, put it in \`backticks\`.`,
    });
  }
  // What the site's security policy blocks: pictures and frames from other sites.
  for (const m of noCode.matchAll(/!\[[^\]]*\]\(\s*(https?:\/\/[^)\s]+)[^)]*\)|<(img|iframe|video|audio|source)\b[^>]*\ssrc\s*=\s*["'](https?:)?\/\/[^"']*["'][^>]*>|<iframe\b/gi)) {
    problems.push({
      ...at(m.index),
      message: 'a picture, video or frame from another site: the handbook’s pages load nothing from other sites (readers’ privacy, and the security policy every page carries), so it would show as a broken image or an empty frame.',
      hint: 'Save the image in content/guides/ and write ![what it shows](./the-file.jpg); for a video, link to it: [Watch the welcome video](https://…).',
    });
  }
  // Files beside a guide are published only as Markdown pictures: an <img> tag or a link to a document is not.
  for (const m of noCode.matchAll(/<img\b[^>]*\ssrc\s*=\s*["'](?!https?:|\/\/|\/|data:)([^"']+)["'][^>]*>/gi)) {
    problems.push({
      ...at(m.index),
      message: `<img src="${m[1]}">: a picture beside the guide is published only when written the Markdown way, so this one would be broken.`,
      hint: `Write ![what it shows](${m[1]!.startsWith('.') ? m[1] : `./${m[1]}`}) instead.`,
    });
  }
  for (const m of noCode.matchAll(/\]\(\s*((?!https?:|\/|mailto:|#)[^)\s]+\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|zip|csv|txt))\s*\)/gi)) {
    const name = m[1]!.split('/').at(-1)!;
    problems.push({
      ...at(m.index + 1),
      message: `a link to ${m[1]}: files beside a guide are not published, so the link would lead nowhere.`,
      hint: `Put the file in public/ (public/files/${name}, say) and link to /files/${name}.`,
    });
  }
  // A picture of the guide's own that is not there.
  for (const m of noCode.matchAll(/!\[[^\]]*\]\(\s*(\.{1,2}\/[^)\s]+|[\w-][^):\s]*\.(?:png|jpe?g|gif|webp|svg|avif))\s*(?:"[^"]*")?\)/gi)) {
    const rel = m[1]!.replace(/^\.\//, '');
    if (!ctx.files || rel.startsWith('../') || ctx.files.includes(rel)) continue;
    problems.push({
      ...at(m.index),
      message: `the picture ${m[1]} is not in content/guides/.${didYouMean(rel, ctx.files)}`,
      hint: 'Put the image file in content/guides/ (next to the guide), or correct its name: names are case-sensitive.',
    });
  }
  // Plain Markdown links to the handbook's own pages, checked like <GuideLink>.
  for (const m of noCode.matchAll(/\]\(\s*\/(guides|tools\/reflection|worksheets)\/([^/)#\s]+)\/?(#[^)\s]*)?\s*\)/g)) {
    const [, kind, slug] = m;
    const known = kind === 'guides' ? ctx.guides : kind === 'worksheets' ? [...ctx.checklists, 'charter', 'reciprocity-mentee', 'reciprocity-mentor', 'session', 'pack'] : ctx.checklists;
    if (known.includes(slug!)) continue;
    problems.push({
      ...at(m.index + 1),
      message: `a link to /${kind}/${slug}/, which is not a page of this handbook.${kind === 'guides' ? didYouMean(slug!, known, guideName) : checklistSuggestion(slug!, ctx, known)}`,
      hint: kind === 'guides' ? 'Link guides by file name: <GuideLink to="starting-well">…</GuideLink> also follows a base path when the site is deployed under one.' : 'Use the checklist’s id, as at the top of its file in content/checklists/.',
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
