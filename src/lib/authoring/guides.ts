/**
 * Checks on a guide's source (content/guides/*.mdx) that must stop the build before any page is
 * made, each naming the file, the line and what to do: a file name that cannot be an address, MDX
 * the compiler refuses, a component that does not exist, and links to guides, checklists, tools or
 * pictures that do not exist. The guide is read with the compiler's own parse (./mdx): code, text and
 * components are what the build reads them as, and the frontmatter is read as YAML (./yaml).
 */
import { reflectProblems } from '../checklists/reflect';
import { withoutSiteBase } from '../base-links';
import { isSitePage } from '../site-pages';
import { FIXED_WORKSHEETS } from '../site';
import { guideFrontmatterSchema } from './guide-schema';
import { parseGuide, walk, type MdxError, type MdxNode, type Point } from './mdx';
import { didYouMean, listOf } from './nearest';
import { snippetAt, type ContentProblem } from './problems';
import { schemaProblems } from './schema-problems';
import { parseYaml, placeOf, unclosedQuote, type YamlResult } from './yaml';

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
  /** Checklist ids (a checklist whose file has a mistake counts: its own mistake is reported instead). */
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
  /** Every file under public/ ("favicon.svg", "files/rota.pdf"): published at the site's root. */
  publicFiles?: readonly string[];
}

/** " Did you mean …?" for a checklist id that does not exist: the checklist it was renamed to, when the ids record tells. */
export function checklistSuggestion(id: string, ctx: Pick<GuideContext, 'checklists' | 'renamed'>, candidates: readonly string[] = ctx.checklists): string {
  const now = ctx.renamed && Object.hasOwn(ctx.renamed, id) ? ctx.renamed[id] : undefined;
  if (now) return ` It looks renamed to “${now}”. Did you mean “${now}”?`;
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

/** A guide's frontmatter read as YAML, with lines in the whole file; undefined when it has none. */
export function guideFrontmatter(file: string, text: string): YamlResult | undefined {
  const guide = parseGuide(text);
  return guide.frontmatter && parseYaml(guide.text, file, guide.frontmatter);
}

/** The frontmatter's settings, when they are key: value lines. */
const settings = (r: YamlResult | undefined): Record<string, unknown> | undefined =>
  r?.ok && r.data && typeof r.data === 'object' && !Array.isArray(r.data) ? (r.data as Record<string, unknown>) : undefined;

/** A guide's frontmatter checked against its schema, with lines in the whole file; none at all is a mistake too. */
export function frontmatterProblems(file: string, text: string): ContentProblem[] {
  const parsed = guideFrontmatter(file, text);
  if (!parsed) {
    return [
      {
        file,
        line: 1,
        message: 'the guide has no frontmatter: it must start with a line ---, its settings (title, description, audience, topic, order, updated), and another line ---.',
        hint: 'Copy the lines between --- at the top of another guide, and change them for this one.',
      },
    ];
  }
  if (!parsed.ok) return []; // reported as YAML that does not parse
  const data = settings(parsed);
  if (!data) {
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
    const parsed = guideFrontmatter(g.file, g.text);
    const data = settings(parsed);
    if (!parsed?.ok || !data) continue;
    const topic = typeof data['topic'] === 'string' ? data['topic'].trim() : undefined;
    if (topic) {
      const seen = topics.get(topic.toLowerCase());
      if (!seen) topics.set(topic.toLowerCase(), { topic, file: g.file });
      else if (seen.topic !== topic) {
        problems.push({
          file: g.file,
          ...placeOf(parsed.source, ['topic'], 'key'),
          message: `topic “${topic}” is written “${seen.topic}” in ${seen.file}: the guides page would show them as two groups.`,
          hint: `Write the topic the same way in every guide: “${seen.topic}”.`,
        });
      }
    }
    const slug = g.file.split('/').at(-1)!.replace(/\.mdx$/, '');
    const related = Array.isArray(data['related']) ? (data['related'] as unknown[]) : [];
    if (related.includes(slug)) {
      problems.push({ file: g.file, ...placeOf(parsed.source, ['related', related.indexOf(slug)]), message: `related: lists this guide itself (“${slug}”).`, hint: 'related: lists other guides to read next: remove this one.' });
    }
  }
  return problems;
}

/** Tags HTML leaves open, which MDX needs closed; and the tags a guide may write: any other lower-case tag is taken for a placeholder (<name>). */
const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const HTML_TAGS = new Set([...VOID_TAGS, ...'a abbr b blockquote caption cite code dd del details div dl dt em figcaption figure h1 h2 h3 h4 h5 h6 i ins kbd li mark ol p pre q s section small span strong sub summary sup table tbody td tfoot th thead time tr u ul iframe video audio picture'.split(' ')]);
/** Documents beside a guide, which are not published. */
const DOCUMENTS = ['.pdf', '.doc', '.docx', '.xls', '.xlsx', '.ppt', '.pptx', '.odt', '.ods', '.zip', '.csv', '.txt'];
const COMPONENT_LIST = listOf(GUIDE_COMPONENTS.map((c) => `<${c}>`));
const isLower = (name: string) => name[0] !== undefined && name[0] !== name[0].toUpperCase();
const lowerComponent = (name: string) => GUIDE_COMPONENTS.find((c) => c.toLowerCase() === name.toLowerCase() && c !== name);
const isAddress = (url: string) => url.startsWith('/') || url.includes(':');
const otherSite = (url: string) => url.startsWith('http://') || url.startsWith('https://') || url.startsWith('//');
const OTHER_SITE = {
  message: 'a picture, video or frame from another site: the handbook’s pages load nothing from other sites (readers’ privacy, and the security policy every page carries), so it would show as a broken image or an empty frame.',
  hint: 'Save the image in content/guides/ and write ![what it shows](./the-file.jpg); for a video, link to it: [Watch the welcome video](https://…).',
};
const LESS_THAN = { message: 'a “<” that does not start a component: in a guide, “<” always starts one, so this page cannot be built.', hint: 'Write “less than” (or “fewer than”) instead, or put the text in `backticks`.' };
const CURLY = {
  message: 'a curly bracket “{” in the text: in a guide, curly brackets hold code, so this page cannot be built.',
  hint: 'Remove the bracket or write the words instead; to show it as it is, write \\{ or put the text in `backticks`.',
};

/** A tag as written, from its "<" to its ">" (or the end of its line). */
function tagAt(text: string, offset: number): string {
  const eol = text.indexOf('\n', offset) === -1 ? text.length : text.indexOf('\n', offset);
  const close = text.indexOf('>', offset);
  return text.slice(offset, close !== -1 && close < eol ? close + 1 : eol).trimEnd();
}

/** A tag that is never closed: an HTML tag left open, a <name> placeholder, or a component or tag without its closing tag. */
function unclosed(name: string, text: string, at: Point, inline: boolean): { message: string; hint: string } {
  const tag = tagAt(text, at.offset);
  if (isLower(name) && VOID_TAGS.has(name)) {
    return {
      message: `${tag} must be closed in a guide: MDX needs every tag closed, even those HTML leaves open.`,
      hint: `Write ${tag.slice(0, tag.endsWith('>') ? -1 : undefined).trimEnd()} /> (with a slash before “>”). For a line break, a blank line (a new paragraph) is usually better.`,
    };
  }
  if (isLower(name) && !HTML_TAGS.has(name) && !lowerComponent(name)) {
    return {
      message: `“${tag}” is not an HTML tag or a component: in a guide, “<” starts one, so this stops the page from being built.`,
      hint: `For a placeholder, write [${name}] or “your partner’s name” instead; to show the text as it is, put it in \`backticks\`.`,
    };
  }
  return {
    message: `<${name}> is opened here and never closed: the text it holds must end with </${name}>.`,
    hint: inline ? `Close it in the same paragraph: <${name} …>the words it holds</${name}>.` : `Add </${name}> on its own line after the last paragraph that belongs in it (or write <${name} … /> if it holds nothing).`,
  };
}

/** A mistake the compiler stopped at, in the words of the checks: where, what, and what to do. */
function compilerProblem(e: MdxError, text: string): { at: Point; message: string; hint: string } {
  const { reason } = e;
  const [tag, other] = [...reason.matchAll(/`<\/?([^`>]*)>`/g)].map((m) => m[1]!);
  if (reason.startsWith('Expected a closing tag for') && tag !== undefined) return { at: e.opened ?? e, ...unclosed(tag, text, e.opened ?? e, reason.includes('before the end of')) };
  if (reason.startsWith('Unexpected closing tag') && tag !== undefined) {
    // Another tag opened inside this one and never closed: that one is the mistake.
    if (e.opened && other !== undefined) return { at: e.opened, ...unclosed(other, text, e.opened, e.opened.line === e.line) };
    return { at: e, message: `</${tag}> closes a <${tag}> that was never opened.`, hint: `Remove this </${tag}>, or add the opening <${tag}> where the box should start.` };
  }
  if (reason.startsWith('Expected the closing tag') && tag !== undefined && e.opened) {
    return {
      at: e,
      message: `</${tag}> ends a paragraph, but its <${tag}> (line ${e.opened.line}) is on a line of its own: the closing tag must then be on a line of its own too.`,
      hint: `Put </${tag}> on the next line, alone (or write the whole box on one line: <${tag}>…</${tag}>).`,
    };
  }
  if (text.startsWith('<!--', e.offset)) {
    return { at: e, message: 'an HTML comment “<!-- … -->”: guides are MDX, where this form stops the page from being built.', hint: 'Write a comment as {/* your note */} instead: it is kept out of the page, like an HTML comment.' };
  }
  if (reason.startsWith('Unexpected character') && text[e.offset] === '<') {
    const written = tagAt(text, e.offset);
    const address = written.endsWith('>') && !written.includes(' ') ? written.slice(1, -1) : '';
    const web = ['http://', 'https://', 'www.'].some((p) => address.startsWith(p));
    if (web || address.includes('@')) {
      const mail = address.startsWith('mailto:') ? address.slice(7) : address;
      return {
        at: e,
        message: `“${written}”: in a guide, “<” starts a component, so a ${web ? 'web address' : 'mail address'} in angle brackets stops the page from being built.`,
        hint: web ? `Write the link as [the words to click](${address.startsWith('www.') ? `https://${address}` : address}), or the address on its own without < >.` : `Write the address without < >: ${mail}, or as a link: [write to us](mailto:${mail}).`,
      };
    }
    const next = text[e.offset + 1] ?? '';
    if (next.toLowerCase() === next.toUpperCase()) return { at: e, ...LESS_THAN };
    // title="The "two-way" test": the value ends at the second quotation mark, and the rest reads as settings.
    const quote = ['"', "'"].find((q) => written.split(q).some((part, i) => i >= 2 && i % 2 === 0 && part !== '' && !' \t/>'.includes(part[0]!)));
    if (quote) {
      const kind = quote === '"' ? 'double' : 'single';
      return { at: e, message: `${written.split(/[\s/>]/)[0]}>: a value in straight ${kind} quotes holds straight ${kind} quotes too, so it ends early and the rest is read as settings.`, hint: 'Inside the value, use curly quotes (“two-way”) or the other kind of straight quotes (\'two-way\').' };
    }
    return {
      at: e,
      message: `“${written}” cannot be read as a component or a tag, so this page cannot be built.`,
      hint: 'Write each setting as name="value", with straight quotes around the value (title="Before you start"). If this “<” does not start a component, write “less than” instead, or put the text in `backticks`.',
    };
  }
  if (reason.includes('closing brace for `{`')) return { at: e, ...CURLY };
  if (reason.startsWith('Could not parse expression')) {
    const open = text.lastIndexOf('{', e.offset);
    const at = open === -1 ? e : { ...e, offset: open, column: e.column - (e.offset - open) };
    if (!text.slice(0, Math.max(0, open)).trimEnd().endsWith('=')) return { at, ...CURLY };
    return { at, message: 'a setting’s value in curly brackets is read as code, and this is not code, so this page cannot be built.', hint: 'Write the value in straight double quotes instead: title="Before you start".' };
  }
  if (reason.startsWith('Could not parse esm')) {
    const lineStart = e.offset - e.column + 1;
    const word = text.startsWith('export', lineStart) ? 'export' : 'import';
    return {
      at: { line: e.line, column: 1, offset: lineStart },
      message: `a line that starts with “${word}” is read as code in a guide, and this one cannot be read, so the page cannot be built.`,
      hint: `If it is a sentence, start it with another word (or a capital letter). Guides use ${COMPONENT_LIST} without importing anything.`,
    };
  }
  return { at: e, message: `MDX cannot read this, so the page cannot be built: ${reason}`, hint: 'In a guide, “<” starts a component or a tag and “{” starts code: write \\< or \\{ to show them as they are, or put the text in `backticks`.' };
}

/** An attribute's value when it is written in quotes; null for one written without a value or as {code}; undefined when absent. */
function attribute(node: MdxNode, name: string): string | null | undefined {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  if (a === undefined) return undefined;
  if (typeof a.value === 'string') return a.value;
  // to={"starting-well"}: a quoted text in braces is that text.
  const code = a.value && typeof a.value === 'object' ? String((a.value as { value?: unknown }).value ?? '').trim() : '';
  return code.length >= 2 && `"'\``.includes(code[0]!) && code.at(-1) === code[0] && !code.slice(1, -1).includes(code[0]!) ? code.slice(1, -1) : null;
}

/** The file beside the guide a relative address names ("./rota.png" → "rota.png"), or undefined when it leads out of the folder. */
function besideGuide(url: string): string | undefined {
  const parts: string[] = [];
  let path = url.split('#')[0]!.split('?')[0]!;
  try {
    path = decodeURI(path);
  } catch {
    // Kept as written.
  }
  for (const part of path.split('/').filter((p) => p !== '.' && p !== '')) {
    if (part !== '..') parts.push(part);
    else if (parts.pop() === undefined) return undefined;
  }
  return parts.join('/');
}

/** Every mistake in one guide's source that the build can see before rendering it. */
export function guideSourceProblems(file: string, text: string, ctx: GuideContext): ContentProblem[] {
  const guide = parseGuide(text);
  // Frontmatter that is not valid YAML: reported with its line in the whole file, and nothing else checked.
  const front = guideFrontmatter(file, text);
  if (front && !front.ok) return [{ ...front.problem, message: `the frontmatter (between the --- lines) ${front.problem.message.replace(/^this /, '')}` }];
  const data = settings(front);
  const audience = Array.isArray(data?.['audience']) ? (data['audience'] as unknown[]).map(String) : undefined;
  // A draft may link to drafts; a published guide may not.
  const drafts = new Set(data?.['draft'] === true ? [] : (ctx.drafts ?? []));
  const draft = (link: string, slug: string) => ({
    message: `${link} “${slug}”, a draft (draft: true in content/guides/${slug}.mdx): drafts are not published, so the link would lead nowhere.`,
    hint: `Publish “${slug}” by removing draft: true from its frontmatter, or remove the link until it is published.`,
  });
  const guideName = (g: string) => `“${g}”`;
  const problems: (ContentProblem & { offset: number })[] = [];
  const report = (p: Point, what: { message: string; hint: string }) => problems.push({ file, line: p.line, column: p.column, snippet: snippetAt(guide.text, p.line, p.column), ...what, offset: p.offset });

  for (const e of guide.errors) {
    const { at, ...what } = compilerProblem(e, guide.text);
    report(at, what);
  }
  const declared = new Set([...guide.code.imports.flatMap((i) => i.names), ...guide.code.exported, 'frontmatter', 'props']);
  for (const { spec, at } of guide.code.imports) {
    const path = spec.startsWith('./') || spec.startsWith('../') ? besideGuide(spec) : undefined;
    if (!ctx.files || path === undefined || ctx.files.includes(path)) continue;
    report(at, {
      message: `imports “${spec}”, which is not in content/guides/, so this page cannot be built.`,
      hint: `Guides use ${COMPONENT_LIST} without importing anything: remove the import line (and the component it names), or put the file in content/guides/.`,
    });
  }

  const ownSlug = file.split('/').at(-1)!.replace(/\.mdx$/, '');
  /** An anchor in a guide that names none of its headings (headings are known for every guide). */
  const anchorProblem = (slug: string, anchor: string | undefined, link: string, p: Point) => {
    const headings = ctx.headings?.[slug];
    if (!anchor || !headings || headings.includes(anchor)) return;
    report(p, {
      message: `${link} #${anchor}, which is not a heading of the guide “${slug}”.${didYouMean(anchor, headings, (h) => `#${h}`)}`,
      hint: `A heading’s id is its text in lower case with hyphens for spaces (“## Set a goal” → #set-a-goal). The headings of “${slug}” are ${listOf(headings.map((h) => `#${h}`))} (headings inside <Safeguarding> are published only when program.yaml names a safeguarding lead).`,
    });
  };
  /** A link from the site's root (with its base path or not): it must be a page or a file of the handbook. */
  const pageLink = (url: string, p: Point, written = url) => {
    const [address = '', anchor] = url.split('#');
    const path = withoutSiteBase(address.split('?')[0]!, ctx.base ?? '/');
    const parts = path.split('/').slice(1);
    if (parts.at(-1) === '') parts.pop();
    const reflection = parts[0] === 'tools' && parts[1] === 'reflection';
    const kind = reflection ? 'tools/reflection' : (parts[0] ?? '');
    const [slug, ...rest] = parts.slice(reflection ? 2 : 1);
    const shown = written.split('#')[0];
    if (isSitePage(path, { ...ctx, publicFiles: ctx.publicFiles })) {
      if (kind === 'guides' && slug && drafts.has(slug)) report(p, draft(`a link to ${shown} leads to`, slug));
      else if (kind === 'guides' && slug && slug !== 'for') anchorProblem(slug, anchor, `a link to ${shown} leads to`, p);
      return;
    }
    const known = kind === 'guides' ? ctx.guides : kind === 'worksheets' ? [...ctx.checklists, ...FIXED_WORKSHEETS, 'pack'] : ctx.checklists;
    const own = slug && !rest.length && ['guides', 'tools/reflection', 'worksheets'].includes(kind);
    report(p, {
      message: `a link to ${shown}, which is not a page of this handbook.${!own ? '' : kind === 'guides' ? didYouMean(slug, known, guideName) : checklistSuggestion(slug, ctx, known)}`,
      hint: own
        ? kind === 'guides'
          ? 'Link guides by file name: <GuideLink to="starting-well">…</GuideLink> also follows a base path when the site is deployed under one.'
          : 'Use the checklist’s id, as at the top of its file in content/checklists/.'
        : `A link from the site’s root names one of its pages, such as /guides/starting-well/, /tools/charter/ or /my-data/ (written without the base path${ctx.base && ctx.base !== '/' ? `, or with ${ctx.base} at its start` : ''}), or a file in public/.`,
    });
  };

  walk(guide.tree, (node) => {
    const p = node.position?.start ?? { line: 1, column: 1, offset: 0 };
    const url = node.url ?? '';
    if (node.type === 'link' || node.type === 'definition') {
      if (url.startsWith('/') && !url.startsWith('//')) pageLink(url, p);
      else if (url.startsWith('#')) anchorProblem(ownSlug, url.slice(1), 'a link to', p);
      else if (!isAddress(url) && DOCUMENTS.some((d) => url.split('?')[0]!.toLowerCase().endsWith(d))) {
        const name = url.split('/').at(-1)!;
        report(p, { message: `a link to ${url}: files beside a guide are not published, so the link would lead nowhere.`, hint: `Put the file in public/ (public/files/${name}, say) and link to /files/${name}.` });
      } else if (!isAddress(url) && url !== '') pageLink(new URL(url, `https://handbook.invalid/guides/${ownSlug}/`).pathname + (url.includes('#') ? `#${url.split('#')[1]}` : ''), p, url);
    } else if (node.type === 'image') {
      const rel = isAddress(url) ? undefined : besideGuide(url);
      if (!node.alt?.trim()) report(p, { message: `the picture ${url} has no words saying what it shows, so readers who cannot see it get nothing.`, hint: `Write a few words between the square brackets: ![A rota for March](${url}).` });
      if (otherSite(url)) report(p, OTHER_SITE);
      else if (url.startsWith('/') && ctx.publicFiles && !isSitePage(withoutSiteBase(url, ctx.base ?? '/'), { guides: [], checklists: [], publicFiles: ctx.publicFiles })) {
        report(p, { message: `the picture ${url} is not a file of the handbook: pictures written from the site’s root come from public/.`, hint: 'Put the picture in content/guides/ and write ![what it shows](./the-file.jpg), or put it in public/ under the name the link gives.' });
      }
      else if (ctx.files && rel !== undefined && !ctx.files.includes(rel)) {
        report(p, { message: `the picture ${url} is not in content/guides/.${didYouMean(rel, ctx.files)}`, hint: 'Put the image file in content/guides/ (next to the guide), or correct its name: names are case-sensitive.' });
      }
    } else if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') {
      // `{name}`: a placeholder the page would run as code, and stop at (the name is not defined).
      const name = guide.code.reads.get(p.offset);
      if (name !== undefined && !declared.has(name) && !(name in globalThis)) report(p, CURLY);
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      component(node.name, node, p);
    }
  });

  function component(name: string, node: MdxNode, p: Point): void {
    const src = attribute(node, 'src');
    if (isLower(name)) {
      const meant = lowerComponent(name);
      if (meant) report(p, { message: `<${name}> is not a component guides can use. Did you mean <${meant}>?`, hint: `Component names are case-sensitive: write <${meant}>.` });
      const href = attribute(node, 'href');
      if ((name === 'a' && href?.startsWith('/') && !href.startsWith('//')) || (name === 'img' && src?.startsWith('/') && !src.startsWith('//'))) {
        const target = (name === 'a' ? href : src)!;
        return void report(p, {
          message: `<${name} ${name === 'a' ? 'href' : 'src'}="${target}">: an HTML ${name === 'a' ? 'link' : 'picture'} from the site’s root does not get the base path when the handbook is published under one, so it would lead nowhere there.`,
          hint: name === 'a' ? `Write it the Markdown way: [the words to click](${target}).` : `Write it the Markdown way: ![what it shows](${target}).`,
        });
      }
      if (name === 'iframe' || (['img', 'video', 'audio', 'source'].includes(name) && src && otherSite(src))) report(p, OTHER_SITE);
      else if (name === 'img' && src && !isAddress(src)) {
        report(p, { message: `<img src="${src}">: a picture beside the guide is published only when written the Markdown way, so this one would be broken.`, hint: `Write ![what it shows](${src.startsWith('.') ? src : `./${src}`}) instead.` });
      }
      return;
    }
    const props = (COMPONENT_PROPS as Partial<Record<string, readonly string[]>>)[name];
    if (!props) {
      if (declared.has(name.split('.')[0]!)) return;
      return void report(p, {
        message: `<${name}> is not a component guides can use.${didYouMean(name, GUIDE_COMPONENTS, (n) => `<${n}>`)}`,
        hint: `Guides can use ${COMPONENT_LIST}, without importing anything. Names are case-sensitive: check the spelling, or write the text without the component.`,
      });
    }
    for (const a of node.attributes ?? []) {
      // title={heading}: code the page would run, and stop at (the name is not defined). A quoted string in braces is fine.
      const code = a.value && typeof a.value === 'object' ? String((a.value as { value?: unknown }).value ?? '').trim() : undefined;
      if (code !== undefined && !/^(["'])[^"'\\]*\1$|^`[^`$\\]*`$|^-?\d+(\.\d+)?$|^(true|false)$/.test(code)) {
        report(p, { message: `<${name} ${a.name ?? ''}={${code}}>: a setting’s value in curly brackets is read as code, and this code names nothing the page knows, so the page cannot be built.`, hint: `Write the value in straight double quotes instead: ${a.name ?? 'title'}="…".` });
      }
      if (a.type !== 'mdxJsxAttribute' || !a.name || props.includes(a.name)) continue;
      report(p, {
        message: `<${name}> has no setting “${a.name}”, so it would be ignored.${didYouMean(a.name, props)}`,
        hint: props.length ? `<${name}> takes ${listOf(props.map((n) => `${n}="…"`))}: check the spelling, or remove “${a.name}”.` : `<${name} /> takes no settings: remove “${a.name}”.`,
      });
    }
    const [to, checklist, tool] = [attribute(node, 'to'), attribute(node, 'checklist'), attribute(node, 'tool')];
    const slug = to?.split('#')[0] ?? '';
    if (name === 'GuideLink' && !to && to !== null) report(p, { message: '<GuideLink> needs to="…", the file name of a guide without .mdx.', hint: 'Write it like <GuideLink to="starting-well">.' });
    else if (name === 'GuideLink' && to && !ctx.guides.includes(slug)) {
      report(p, {
        message: `<GuideLink to="${to}"> links to a guide that does not exist: there is no content/guides/${slug}.mdx.${didYouMean(slug, ctx.guides, guideName)}`,
        hint: '`to` is a guide’s file name in content/guides/, without .mdx (and optionally #a-heading).',
      });
    } else if (name === 'GuideLink' && drafts.has(slug)) report(p, draft(`<GuideLink to="${to}"> links to`, slug));
    else if (name === 'GuideLink' && to) anchorProblem(slug, to.split('#')[1], `<GuideLink to="${to}"> links to`, p);
    if (name === 'Reflect' && typeof checklist === 'string') {
      const readers = attribute(node, 'readers') ?? undefined;
      const wrong = ctx.checklistAudience?.[checklist] ? reflectProblems({ checklist, checklistAudience: ctx.checklistAudience[checklist], readers, guideAudience: audience }) : [];
      if (!ctx.checklists.includes(checklist)) {
        report(p, {
          message: `<Reflect checklist="${checklist}"> names a checklist that does not exist.${checklistSuggestion(checklist, ctx)}`,
          hint: '`checklist` is the id: at the top of a file in content/checklists/; or leave it out for a reflection box without a link.',
        });
      } else if (wrong.length) {
        report(p, {
          message: `<Reflect checklist="${checklist}"${readers !== undefined ? ` readers="${readers}"` : ''}>: ${wrong.join('; ')}.`,
          hint: 'A prompt speaks to the guide’s whole audience unless readers="…" names some of them, and the checklist it links to must be for them. You can also leave checklist out, for a reflection box without a link.',
        });
      }
    }
    if (name === 'ToolLink' && tool !== null && (!tool || !ctx.tools.includes(tool))) {
      report(p, { message: `<ToolLink tool="${tool ?? ''}"> names a tool that does not exist.${tool ? didYouMean(tool, ctx.tools, guideName) : ''}`, hint: `\`tool\` is one of ${listOf(ctx.tools.map((t) => `“${t}”`))}.` });
    }
  }

  const body: ContentProblem[] = problems.sort((a, b) => a.offset - b.offset).map(({ offset: _, ...p }) => p);
  const related = front?.ok && Array.isArray(data?.['related']) ? (data['related'] as unknown[]) : [];
  related.forEach((ref, i) => {
    if (typeof ref !== 'string' || !front?.ok || (ctx.guides.includes(ref) && !drafts.has(ref))) return;
    const place = placeOf(front.source, ['related', i]);
    if (drafts.has(ref)) body.push({ file, ...place, ...draft('related: lists', ref) });
    else body.push({ file, ...place, message: `related: lists “${ref}”, but there is no guide content/guides/${ref}.mdx.${didYouMean(ref, ctx.guides, guideName)}`, hint: 'related: lists other guides by file name, without .mdx.' });
  });
  return body;
}
