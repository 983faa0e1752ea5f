/**
 * The loaders behind src/content.config.ts. Each reads its files itself, so that every mistake a
 * coordinator can make stops `npm run build` and `npm run check` with the file, the line and what to
 * do: YAML that does not parse, a setting the schema rejects (named by ids, not positions), two
 * checklists with one id, a guide file name that cannot be an address, a misspelt component, a link
 * to a guide or checklist that does not exist, and a charter field id that has disappeared.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { checklistSuggestion, crossGuideProblems, fileNameProblem, frontmatterProblems, guideSourceProblems, type GuideContext } from '../lib/authoring/guides';
import { headingIds } from '../lib/authoring/headings';
import { KNOWN_IDS_FILE, RECORD_IDS_COMMAND, charterShapeProblems, compareCharterShape, compareContentIds, compareIds, missingContentIdsProblems, type ChecklistLike, type ContentIds, type InstrumentLike, knownIdsSchema, knownIdsText, missingFieldsProblem, recordIds, type KnownIds } from '../lib/authoring/known-ids';
import { didYouMean, listOf } from '../lib/authoring/nearest';
import { lineOf, snippetAt, type ContentProblem } from '../lib/authoring/problems';
import { schemaProblems } from '../lib/authoring/schema-problems';
import { parseYamlMapping, unclosedQuote } from '../lib/authoring/yaml';
import { checklistSchema } from '../lib/checklists/schema';
import { instrumentSchema } from '../lib/reciprocity/schema';
import { accentTheme } from '../lib/colour';
import type { Program } from '../lib/program-schema';
import { FIXED_WORKSHEETS, TOOL_IDS } from '../lib/site';
import { contentError } from '../lib/authoring/content-error';

export const GUIDES_DIR = 'content/guides';
export const CHECKLISTS_DIR = 'content/checklists';

/** Every file under `dir`, as a path from that folder ("starting-well.mdx", "local/night-shifts.mdx"). */
function filesUnder(root: string, dir: string): string[] {
  const path = join(root, dir);
  if (!existsSync(path)) return [];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(path.length + 1).split('\\').join('/'))
    .sort();
}

/** The guides: .mdx files directly in content/guides/ ("starting-well.mdx"). */
function guideFiles(root: string): string[] {
  return filesUnder(root, GUIDES_DIR).filter((n) => n.endsWith('.mdx') && !n.includes('/'));
}

/**
 * Files in content/guides/ and content/checklists/ that look like content but would not be read: a
 * guide saved as .md, a guide or checklist in a subfolder. Silently leaving them out would publish a
 * handbook without them.
 */
export function ignoredContentFiles(root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const name of filesUnder(root, GUIDES_DIR)) {
    const file = `${GUIDES_DIR}/${name}`;
    const base = name.split('/').at(-1)!;
    if (name.includes('/') && /\.(mdx|md|markdown)$/i.test(name)) {
      problems.push({ file, message: 'guides in a subfolder are not published: each guide is a file directly in content/guides/, and its file name is its address.', hint: `Move it to ${GUIDES_DIR}/${base.replace(/\.(md|markdown)$/i, '.mdx')} (the file name must not be taken already).` });
    } else if (/\.(mdx|md|markdown)(\.txt)?$/i.test(name) && !/\.mdx$/.test(name)) {
      problems.push({
        file,
        message: 'this guide is not published: guides are files whose names end in .mdx (in lower case).',
        hint: `Rename it to ${base.replace(/\.(mdx|md|markdown)(\.txt)?$/i, '.mdx')}. Markdown is written the same way in .mdx, except that “<” and curly brackets need care (the build tells you where).`,
      });
    }
  }
  const assessments = filesUnder(root, 'content/assessments').filter((n) => /\.ya?ml$/i.test(n));
  for (const name of assessments.filter((n) => n !== 'reciprocity.yaml')) {
    problems.push({
      file: `content/assessments/${name}`,
      message: 'the site uses one self-assessment, content/assessments/reciprocity.yaml: this file would never be shown.',
      hint: 'To change the questionnaire, edit reciprocity.yaml (give it a new id if the statements ask something new: answers saved under the old id are kept and exported). Move this file out of content/.',
    });
  }
  for (const name of filesUnder(root, CHECKLISTS_DIR)) {
    const file = `${CHECKLISTS_DIR}/${name}`;
    const base = name.split('/').at(-1)!;
    if (name.includes('/') && /\.ya?ml$/i.test(name)) {
      problems.push({ file, message: 'checklists in a subfolder are not published: each checklist is a .yaml file directly in content/checklists/.', hint: `Move it to ${CHECKLISTS_DIR}/${base}.` });
    } else if (/\.(json|yaml\.txt|yml\.txt|txt)$/i.test(name) || /\.YA?ML$/.test(name)) {
      problems.push({ file, message: 'this file is not read: checklists are .yaml files.', hint: `Rename it to ${CHECKLISTS_DIR}/${base.replace(/\.[^.]+(\.txt)?$/i, '.yaml')} (written in YAML, like the other checklists).` });
    }
  }
  return problems;
}

const rootOf = (ctx: LoaderContext) => fileURLToPath(ctx.config.root);
const read = (root: string, file: string) => readFileSync(join(root, file), 'utf8');

/**
 * What content/ holds right now (every file's path, size and time of change): the checks below read
 * the same files for every loader and every link, so they keep their last answer until this changes.
 */
function contentFingerprint(root: string): string {
  return filesUnder(root, 'content')
    .map((f) => {
      const st = statSync(join(root, 'content', f));
      return `${f}:${st.size}:${st.mtimeMs}`;
    })
    .join('|');
}

/** `fn(root)`, computed again only when content/ has changed since the last call. */
function whileUnchanged<T>(fn: (root: string) => T): (root: string) => T {
  let last: { key: string; value: T } | undefined;
  return (root) => {
    const key = `${root}\n${contentFingerprint(root)}`;
    if (last?.key !== key) last = { key, value: fn(root) };
    return last.value;
  };
}

/** Guide file names (without .mdx) and checklist ids, read from disk: what links may point to. */
export const linkTargets = whileUnchanged(readLinkTargets);

function readLinkTargets(root: string): GuideContext {
  const guides = guideFiles(root).map((f) => f.slice(0, -4));
  const headings = Object.fromEntries(guides.map((g) => [g, headingIds(read(root, `${GUIDES_DIR}/${g}.mdx`))]));
  const checklists: string[] = [];
  const unreadable: ContentProblem[] = [];
  const unreadableIds: string[] = [];
  const idOfFile: Record<string, string> = {};
  const checklistAudience: Record<string, string[]> = {};
  const dir = join(root, CHECKLISTS_DIR);
  for (const f of existsSync(dir) ? readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort() : []) {
    const file = `${CHECKLISTS_DIR}/${f}`;
    const text = readFileSync(join(dir, f), 'utf8');
    const r = parseYamlMapping(text, file);
    // A file with a mistake is reported as such; its id (or, failing that, its name) still counts as a checklist for links.
    const guessedId = r.ok && typeof r.data['id'] === 'string' ? r.data['id'] : f.replace(/\.ya?ml$/, '');
    if (!r.ok) {
      unreadable.push(r.problem);
      unreadableIds.push(guessedId);
      continue;
    }
    const own = schemaProblems(checklistSchema, r.data, file, text);
    if (own.length) {
      unreadable.push(...quoteFirst(own, text, file));
      unreadableIds.push(guessedId);
      continue;
    }
    const id = r.data['id'];
    const audience = r.data['audience'];
    if (typeof id === 'string') idOfFile[f.replace(/\.ya?ml$/, '')] = id;
    if (typeof id === 'string') {
      checklists.push(id);
      if (Array.isArray(audience)) checklistAudience[id] = audience.map(String);
    }
  }
  return { guides, headings, checklists, checklistAudience, tools: TOOL_IDS, unreadable, unreadableIds, files: filesUnder(root, GUIDES_DIR), renamed: renamedChecklists(root, idOfFile) };
}

/**
 * A recorded checklist id that has gone, → the new id now written in the file named after it
 * (after-session.yaml now says id: after-each-session): the same checklist renamed.
 */
function renamedChecklists(root: string, idOfFile: Readonly<Record<string, string>>): Record<string, string> {
  let recorded: string[] = [];
  try {
    recorded = Object.keys(knownIdsSchema.parse(JSON.parse(readFileSync(join(root, KNOWN_IDS_FILE), 'utf8'))).checklists);
  } catch {
    return {};
  }
  const current = Object.values(idOfFile);
  const renamed: Record<string, string> = {};
  for (const old of recorded) {
    const now = Object.hasOwn(idOfFile, old) ? idOfFile[old] : undefined;
    if (!current.includes(old) && now && !recorded.includes(now)) renamed[old] = now;
  }
  return renamed;
}

/** A `guide: slug#anchor` setting in a YAML file that names no guide, or no heading in it. */
export function guideRefProblem(ref: string | undefined, targets: GuideContext, file: string, text: string, owner: string): ContentProblem | undefined {
  if (!ref) return undefined;
  const [slug, anchor] = ref.split('#') as [string, string | undefined];
  const headings = targets.headings?.[slug];
  if (targets.guides.includes(slug) && (!anchor || !headings || headings.includes(anchor))) return undefined;
  const line = lineOf(text, new RegExp(`guide:\\s*["']?${ref.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  const place = { file, line, column: line ? (text.split('\n')[line - 1] ?? '').indexOf('guide') + 1 : undefined };
  const snippet = place.line && place.column ? snippetAt(text, place.line, place.column) : undefined;
  if (targets.guides.includes(slug)) {
    return {
      ...place,
      snippet,
      message: `${owner} links to #${anchor} in the guide “${slug}”, which has no heading with that id.${didYouMean(anchor!, headings!, (h) => `“${h}”`)}`,
      hint: `A heading’s id is its text in lower case with hyphens for spaces (“## Set a goal” → #set-a-goal). The headings of “${slug}” are ${listOf(headings!.map((h) => `#${h}`))}.`,
    };
  }
  return {
    ...place,
    snippet,
    message: `${owner} links to the guide “${slug}”, which does not exist (no ${GUIDES_DIR}/${slug}.mdx).${didYouMean(slug, targets.guides)}`,
    hint: '`guide:` is a guide’s file name without .mdx, optionally followed by #a-heading-id.',
  };
}

/** Every `guide:` and `checklist:` link in a content file's data (the assessment's next steps), wherever it sits. */
export function linksIn(data: unknown): { guide?: string; checklist?: string }[] {
  const out: { guide?: string; checklist?: string }[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o['guide'] === 'string' || typeof o['checklist'] === 'string') {
        out.push({ ...(typeof o['guide'] === 'string' ? { guide: o['guide'] } : {}), ...(typeof o['checklist'] === 'string' ? { checklist: o['checklist'] } : {}) });
      }
      Object.values(o).forEach(walk);
    }
  };
  walk(data);
  return out;
}

/** Links from a YAML file to guides (with their headings) and checklists that do not exist. */
export function yamlLinkProblems(data: unknown, root: string, file: string, text: string, owner: string): ContentProblem[] {
  const found = linkTargets(root);
  // A checklist whose file has a mistake is reported as such, not as a missing link target.
  const targets = { ...found, checklists: [...found.checklists, ...(found.unreadableIds ?? [])] };
  const problems: ContentProblem[] = [];
  const lines = text.split('\n');
  const seen = new Map<string, number>();
  for (const link of linksIn(data)) {
    const g = guideRefProblem(link.guide, targets, file, text, owner);
    if (g) problems.push(g);
    const id = link.checklist;
    if (id && !targets.checklists.includes(id)) {
      // The same id written twice is found at each place in turn.
      const pattern = new RegExp(`checklist:\\s*["']?${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
      const index = lines.findIndex((l, n) => n >= (seen.get(id) ?? 0) && pattern.test(l));
      const line = index === -1 ? undefined : index + 1;
      if (line) seen.set(id, line);
      const column = line ? (text.split('\n')[line - 1] ?? '').indexOf('checklist') + 1 : undefined;
      problems.push({
        file,
        line,
        column,
        snippet: line && column ? snippetAt(text, line, column) : undefined,
        message: `${owner} links to the checklist “${id}”, which does not exist.${checklistSuggestion(id, targets)}`,
        hint: '`checklist:` is the id: at the top of a file in content/checklists/.',
      });
    }
  }
  // One message per place, however many times the same link is written.
  return problems.filter((p, i) => problems.findIndex((q) => q.line === p.line && q.message === p.message) === i);
}

/** Why a logo file cannot be used as an image, from its first bytes (and an SVG's size), or undefined when it can. */
export function logoProblem(bytes: Buffer, name: string): string | undefined {
  const ext = name.toLowerCase().split('.').pop();
  const head = bytes.subarray(0, 16);
  const starts = (...b: number[]) => b.every((x, i) => head[i] === x);
  if (ext === 'svg') {
    const text = bytes.toString('utf8', 0, Math.min(bytes.length, 4096));
    const tag = /<svg\b[^>]*>/i.exec(text)?.[0];
    if (!tag) return 'is not an SVG image (it does not start an <svg> element).';
    if (!/\bviewBox\s*=/.test(tag) && !(/\swidth\s*=/.test(tag) && /\sheight\s*=/.test(tag))) {
      return 'has no size: its <svg> element needs a viewBox (or a width and a height), or it cannot be drawn at any size.';
    }
    return undefined;
  }
  const ok = ext === 'png' ? starts(0x89, 0x50, 0x4e, 0x47) : ext === 'jpg' || ext === 'jpeg' ? starts(0xff, 0xd8, 0xff) : ext === 'webp' ? starts(0x52, 0x49, 0x46, 0x46) : true;
  return ok ? undefined : `is not a ${ext === 'jpg' ? 'JPEG' : ext!.toUpperCase()} image (its content is something else, perhaps a web page saved under this name).`;
}

const LOGO_TYPES = /\.(svg|png|jpe?g|webp)$/i;

/** Settings in content/program.yaml that refer to other files or need more than a schema: the logo, the accent colour, the pack. */
export function programProblems(p: Program, text: string, root: string): ContentProblem[] {
  const file = 'content/program.yaml';
  const problems: ContentProblem[] = [];
  const at = (key: string) => {
    const line = lineOf(text, new RegExp(`^${key}\\s*:`));
    return { file, line, snippet: line ? snippetAt(text, line, 1) : undefined };
  };
  if (p.logo !== undefined) {
    const logoPath = join(root, 'content', p.logo);
    if (!LOGO_TYPES.test(p.logo)) {
      problems.push({ ...at('logo'), message: `logo “${p.logo}” is not an SVG, PNG, JPEG or WebP image.`, hint: 'Save the logo as .svg (best) or .png, put it in content/, and write its file name here.' });
    } else if (!existsSync(logoPath)) {
      const inContent = readdirSync(join(root, 'content')).filter((n) => LOGO_TYPES.test(n));
      problems.push({
        ...at('logo'),
        message: `logo names content/${p.logo}, which does not exist.${didYouMean(p.logo, inContent)}`,
        hint: 'Put the image file in the content/ folder, next to program.yaml, and write its file name here (logo: logo.svg).',
      });
    } else {
      const unreadable = logoProblem(readFileSync(logoPath), p.logo);
      if (unreadable) problems.push({ ...at('logo'), message: `logo: content/${p.logo} ${unreadable}`, hint: 'Export the logo again from the program that made it (as SVG, or PNG), and save it over this file.' });
    }
  }
  if (p.accent !== undefined) {
    const theme = accentTheme(p.accent);
    if (!theme.ok) problems.push({ ...at('accent'), message: `accent: ${theme.reason}`, hint: 'Pick a darker colour, or remove the accent line to keep the default.' });
  }
  if (p.pack) {
    const targets = linkTargets(root);
    const worksheets = [...FIXED_WORKSHEETS, ...targets.checklists, ...(targets.unreadableIds ?? [])];
    for (const id of p.pack) {
      if (!worksheets.includes(id)) {
        const line = lineOf(text, new RegExp(`^\\s*(-\\s*|pack:.*)["']?${id}`)) ?? at('pack').line;
        problems.push({
          file,
          line,
          snippet: line ? snippetAt(text, line, 1) : undefined,
          message: `pack lists “${id}”, which is not a worksheet.${checklistSuggestion(id, targets, worksheets)}`,
          hint: `The pack can hold ${listOf(worksheets.map((w) => `“${w}”`))}.`,
        });
      }
    }
  }
  return problems;
}

/** A file's schema mistakes, or, when a quotation mark is left open, that alone: it is what makes settings look missing. */
function quoteFirst(problems: ContentProblem[], text: string, file: string): ContentProblem[] {
  const quote = unclosedQuote(text);
  return quote ? [{ ...quote, file }] : problems;
}

/** Re-run a sync when one of `paths` changes in `astro dev`; a mistake is logged, not thrown, so the server keeps running. */
function watch(ctx: LoaderContext, paths: string[], sync: () => Promise<void>, matches: (p: string) => boolean): void {
  if (!ctx.watcher) return;
  for (const p of paths) ctx.watcher.add(p);
  const onChange = async (changed: string) => {
    if (!matches(changed)) return;
    try {
      await sync();
      ctx.logger.info(`Reloaded ${ctx.collection}`);
    } catch (e) {
      ctx.logger.error((e as Error).message);
    }
  };
  ctx.watcher.on('change', onChange);
  ctx.watcher.on('add', onChange);
  ctx.watcher.on('unlink', onChange);
}

interface YamlFileOptions<S extends z.ZodType> {
  /** The file, from the project's folder. */
  file: string;
  /** The entry's id in the collection. */
  id: string;
  /** The schema the file is checked against first, so its mistakes are named by ids and lines. */
  schema: S;
  /** What to say when the file is missing. */
  missing: string;
  /** Checks across files (links to guides, recorded ids), run once the file matches its schema. */
  check?: (data: z.output<S>, text: string, ctx: LoaderContext) => ContentProblem[];
}

/** A YAML file that holds one object (content/program.yaml, content/charter.yaml), as one entry. */
export function yamlFile<S extends z.ZodType>(options: YamlFileOptions<S>): Loader {
  const { file, id, schema } = options;
  return {
    name: 'tandem-yaml-file',
    load: async (ctx) => {
      const root = rootOf(ctx);
      const sync = async () => {
        if (!existsSync(join(root, file))) {
          throw contentError([{ file, message: 'this file is missing.', hint: options.missing }]);
        }
        checkWholeContent(root);
        const text = read(root, file);
        const parsed = parseYamlMapping(text, file);
        if (!parsed.ok) throw contentError([parsed.problem]);
        const problems = schemaProblems(schema, parsed.data, file, text);
        if (problems.length) throw contentError(quoteFirst(problems, text, file));
        const cross = options.check?.(schema.parse(parsed.data), text, ctx) ?? [];
        if (cross.length) throw contentError(cross);
        const data = await ctx.parseData({ id, data: parsed.data, filePath: join(root, file) });
        ctx.store.clear();
        ctx.store.set({ id, data, filePath: file, digest: ctx.generateDigest(text) });
      };
      await sync();
      watch(ctx, [join(root, file)], sync, (p) => p === join(root, file));
    },
  };
}

interface YamlFolderOptions<S extends z.ZodType> {
  dir: string;
  /** Where an entry's id comes from: its `id` setting (the default) or its file name. */
  idFrom?: 'data' | 'file';
  schema: S;
  /** What one file is, for messages: "checklist". */
  what: string;
  /** What an id is for, said when two files share one. */
  idUse: string;
  check?: (data: z.output<S>, text: string, file: string, ctx: LoaderContext) => ContentProblem[];
}

/** A folder of YAML files with an `id` each (content/checklists/), one entry per file. Two files with one id stop the build. */
export function yamlFolder<S extends z.ZodType>(options: YamlFolderOptions<S>): Loader {
  const { dir, schema, what } = options;
  return {
    name: 'tandem-yaml-folder',
    load: async (ctx) => {
      const root = rootOf(ctx);
      const sync = async () => {
        const names = existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((n) => /\.ya?ml$/.test(n)).sort() : [];
        if (names.length === 0) {
          throw contentError([{ file: `${dir}/`, message: `this folder holds no ${what} files.`, hint: `The site needs at least one ${what}: restore the ones from git, or add a .yaml file.` }]);
        }
        checkWholeContent(root);
        const problems: ContentProblem[] = [];
        const entries: { id: string; name: string; file: string; text: string; data: Record<string, unknown> }[] = [];
        for (const name of names) {
          const file = `${dir}/${name}`;
          const text = read(root, file);
          const parsed = parseYamlMapping(text, file);
          if (!parsed.ok) {
            problems.push(parsed.problem);
            continue;
          }
          const own = schemaProblems(schema, parsed.data, file, text);
          if (own.length) {
            problems.push(...quoteFirst(own, text, file));
            continue;
          }
          const entryId = options.idFrom === 'file' ? name.replace(/\.ya?ml$/, '') : String(parsed.data['id']);
          problems.push(...(options.check?.(schema.parse(parsed.data), text, file, ctx) ?? []));
          entries.push({ id: entryId, name, file, text, data: parsed.data });
        }
        // Two files with one id: the file named after the id keeps it; the other is asked to change.
        const stem = (n: string) => n.replace(/\.ya?ml$/, '');
        const ids = new Set(entries.map((e) => e.id));
        for (const id of ids) {
          const same = entries.filter((e) => e.id === id).sort((a, b) => Number(stem(b.name) === id) - Number(stem(a.name) === id));
          for (const e of same.slice(1)) {
            const line = lineOf(e.text, /^id\s*:/);
            const free = stem(e.name) !== id && !ids.has(stem(e.name));
            problems.push({
              file: e.file,
              line,
              column: line ? 1 : undefined,
              snippet: line ? snippetAt(e.text, line, 1) : undefined,
              message: `the id “${id}” is already used by ${same[0]!.file}. Each ${what} needs its own id, or only one of them appears on the site.`,
              hint: `Give this ${what} an id of its own (${options.idUse})${free ? `, for example “${stem(e.name)}”, its file name` : ''}.`,
            });
          }
        }
        if (problems.length) throw contentError(problems);
        ctx.store.clear();
        for (const e of entries) {
          const data = await ctx.parseData({ id: e.id, data: e.data, filePath: join(root, e.file) });
          ctx.store.set({ id: e.id, data, filePath: e.file, digest: ctx.generateDigest(e.text) });
        }
      };
      await sync();
      watch(ctx, [join(root, dir)], sync, (p) => p.startsWith(join(root, dir)) && /\.ya?ml$/.test(p));
    },
  };
}

/** A data file (or a folder of them) the whole-content check reads, with the checks across files its data needs. */
export type DataFiles = ({ file: string } | { dir: string }) & {
  schema: z.ZodType;
  /** Links and references to other files, checked once the file matches its schema. */
  links?: (data: unknown, text: string, root: string, file: string) => ContentProblem[];
};

/** A typed entry of the whole-content check: `links` gets the data as its schema outputs it. */
export function dataFiles<S extends z.ZodType>(set: ({ file: string } | { dir: string }) & { schema: S; links?: (data: z.output<S>, text: string, root: string, file: string) => ContentProblem[] }): DataFiles {
  return set as DataFiles;
}

/**
 * Every data file's own mistakes (YAML that does not parse, settings its schema refuses), then,
 * when a file is right, its links to other files: all in one list, so a coordinator with mistakes in
 * several files sees them all in one run. A missing file is left to its own loader, which says what it is for.
 */
export function dataFileProblems(root: string, sets: readonly DataFiles[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const set of sets) {
    const files =
      'file' in set
        ? [set.file]
        : existsSync(join(root, set.dir))
          ? readdirSync(join(root, set.dir))
              .filter((n) => /\.ya?ml$/.test(n))
              .sort()
              .map((n) => `${set.dir}/${n}`)
          : [];
    for (const file of files) {
      if (!existsSync(join(root, file))) continue;
      const text = read(root, file);
      const parsed = parseYamlMapping(text, file);
      if (!parsed.ok) {
        problems.push(parsed.problem);
        continue;
      }
      const own = schemaProblems(set.schema, parsed.data, file, text);
      if (own.length) problems.push(...quoteFirst(own, text, file));
      else problems.push(...(set.links?.(set.schema.parse(parsed.data), text, root, file) ?? []));
    }
  }
  return problems;
}

/** The data files the whole-content check reads: set by the guides' loader, which the content config defines first. */
let contentDataFiles: readonly DataFiles[] = [];

/**
 * The whole handbook checked at once: files that would be left out, every data file, every guide.
 * Every loader runs it before its own work, so whichever runs first reports every mistake it can
 * see, in one message. Mistakes that need the loaded collections (recorded ids) come after.
 */
export function wholeContentProblems(root: string): ContentProblem[] {
  const names = guideFiles(root);
  const early = [...ignoredContentFiles(root), ...dataFileProblems(root, contentDataFiles)];
  const found = linkTargets(root);
  // A checklist whose file has a mistake is reported above, not as a missing link target.
  const targets = { ...found, checklists: [...found.checklists, ...(found.unreadableIds ?? [])] };
  // A file name that cannot be an address is reported alone: links to the guide fail because of it.
  const badNames = names.flatMap((name) => fileNameProblem(`${GUIDES_DIR}/${name}`, name.split('/').at(-1)!) ?? []);
  if (badNames.length) return [...early, ...badNames];
  // The frontmatter as written (dates are not read as dates, so 2026-02-30 is refused), then the body.
  const sources = names.map((name) => ({ file: `${GUIDES_DIR}/${name}`, text: read(root, `${GUIDES_DIR}/${name}`) }));
  const guides = sources.flatMap(({ file, text }) => {
    const body = guideSourceProblems(file, text, targets);
    return body.some((p) => p.message.startsWith('the frontmatter')) ? body : [...frontmatterProblems(file, text), ...body];
  });
  return [...early, ...guides, ...crossGuideProblems(sources)];
}

const wholeContentOnce = whileUnchanged((root) => wholeContentProblems(root));

function checkWholeContent(root: string): void {
  const problems = wholeContentOnce(root);
  if (problems.length) throw contentError(problems);
}

/**
 * The guides: Astro's glob loader for MDX, after the whole-content check (which reads `dataFiles`
 * too, so every data file's mistakes come in the same message as the guides').
 */
export function guidesLoader(options: { dataFiles?: readonly DataFiles[] } = {}): Loader {
  contentDataFiles = options.dataFiles ?? [];
  const inner = glob({ base: `./${GUIDES_DIR}`, pattern: '*.mdx' });
  return {
    name: 'tandem-guides',
    load: async (ctx) => {
      const root = rootOf(ctx);
      const check = () => {
        if (guideFiles(root).length === 0) throw contentError([{ file: `${GUIDES_DIR}/`, message: 'this folder holds no guides.', hint: 'The site needs at least one guide (.mdx file).' }]);
        checkWholeContent(root);
      };
      check();
      await inner.load(ctx);
      watch(ctx, [], async () => check(), (p) => p.startsWith(join(root, 'content')) && /\.(mdx|ya?ml)$/.test(p));
    },
  };
}

/**
 * The checklists and assessments as the ids record sees them, read from disk; undefined when one of
 * them has a mistake (its own loader reports it, and a file that cannot be read is not a removed id).
 */
function idsFromDisk(root: string): Pick<ContentIds, 'checklists' | 'assessments'> | undefined {
  const checklists: ChecklistLike[] = [];
  const assessments: InstrumentLike[] = [];
  for (const [dir, into] of [
    [CHECKLISTS_DIR, 'checklists'],
    ['content/assessments', 'assessments'],
  ] as const) {
    const path = join(root, dir);
    for (const name of existsSync(path) ? readdirSync(path).filter((n) => /\.ya?ml$/.test(n)) : []) {
      const parsed = parseYamlMapping(readFileSync(join(path, name), 'utf8'), `${dir}/${name}`);
      if (!parsed.ok) return undefined;
      if (into === 'checklists') {
        const c = checklistSchema.safeParse(parsed.data);
        if (!c.success) return undefined;
        checklists.push(c.data);
      } else {
        const a = instrumentSchema.safeParse(parsed.data);
        if (!a.success) return undefined;
        assessments.push({ ...a.data, id: name.replace(/\.ya?ml$/, '') });
      }
    }
  }
  return { checklists, assessments };
}

/**
 * The charter's recorded field ids (content/.ids.json): with TANDEM_RECORD_IDS=1 (`npm run ids`) the
 * file is written for the current charter; otherwise a recorded field that has gone stops the build,
 * and fields not recorded yet are mentioned.
 */
export function charterIdProblems(def: Parameters<typeof compareIds>[1], ctx: LoaderContext): ContentProblem[] {
  const root = rootOf(ctx);
  const path = join(root, KNOWN_IDS_FILE);
  let previous: KnownIds | undefined;
  if (existsSync(path)) {
    const parsed = knownIdsSchema.safeParse((() => {
      try {
        return JSON.parse(readFileSync(path, 'utf8'));
      } catch {
        return undefined;
      }
    })());
    if (parsed.success) previous = parsed.data;
    else if (!process.env['TANDEM_RECORD_IDS']) {
      return [{ file: KNOWN_IDS_FILE, message: 'this file cannot be read (it is not the JSON `npm run ids` writes).', hint: RESTORE_IDS }];
    }
  }
  const content = idsFromDisk(root);
  if (process.env['TANDEM_RECORD_IDS']) {
    if (!content) return []; // a checklist or assessment has a mistake: its own message comes first
    const next = recordIds(previous, { charter: def, ...content });
    writeFileSync(path, knownIdsText(next));
    const retired = Object.keys(next.charter.retired).length;
    const items = Object.values(next.checklists).reduce((n, c) => n + Object.keys(c.items).length, 0);
    const behaviours = Object.values(next.assessments).reduce((n, a) => n + Object.keys(a.behaviours).length, 0);
    ctx.logger.info(
      `Recorded ${Object.keys(next.charter.fields).length} charter field ids${retired ? ` (${retired} retired)` : ''}, ${Object.keys(next.checklists).length} checklists with ${items} items and ${behaviours} assessment behaviours in ${KNOWN_IDS_FILE}.`,
    );
    return [];
  }
  if (!previous) {
    ctx.logger.warn(`${KNOWN_IDS_FILE} does not exist: run \`${RECORD_IDS_COMMAND}\` and commit it, so the build can tell you when an id that saved answers depend on disappears.`);
    return [];
  }
  if (content) {
    const others = compareContentIds(previous, content);
    if (others.missing.length) return missingContentIdsProblems(others.missing);
    if (others.unrecorded.length) {
      ctx.logger.warn(
        `content/ has ids not yet recorded in ${KNOWN_IDS_FILE} (${others.unrecorded.slice(0, 6).join(', ')}${others.unrecorded.length > 6 ? `, and ${others.unrecorded.length - 6} more` : ''}). ` +
          `Run \`${RECORD_IDS_COMMAND}\` and commit the file, so the build can tell you if they change later.`,
      );
    }
  }
  const shape = charterShapeProblems(compareCharterShape(previous, def));
  const { missing, unrecorded } = compareIds(previous, def);
  if (!missing.length && shape.length) return shape;
  if (missing.length) {
    // Point at the first section that lost a field, if it is still there.
    const text = readFileSync(join(root, 'content/charter.yaml'), 'utf8');
    const section = missing[0]!.key.split('.')[0]!;
    const line = lineOf(text, new RegExp(`\\bid:\\s*["']?${section}["']?\\s*$`));
    const column = line ? (text.split('\n')[line - 1] ?? '').indexOf('id:') + 1 : undefined;
    return [{ ...missingFieldsProblem(missing), line, column, snippet: line && column ? snippetAt(text, line, column) : undefined }];
  }
  if (unrecorded.length) {
    ctx.logger.warn(
      `content/charter.yaml has ${unrecorded.length === 1 ? 'a field' : `${unrecorded.length} fields`} not yet recorded in ${KNOWN_IDS_FILE} (${unrecorded.join(', ')}). ` +
        `Run \`${RECORD_IDS_COMMAND}\` and commit the file, so the build can tell you if ${unrecorded.length === 1 ? 'its id changes' : 'their ids change'} later.`,
    );
  }
  return [];
}

/** What to do about a damaged content/.ids.json: writing it afresh would forget what it protects. */
const RESTORE_IDS =
  `Restore it from git (\`git checkout ${KNOWN_IDS_FILE}\`, or resolve the merge conflict in it). Do not write it afresh unless it is lost: ` +
  `\`${RECORD_IDS_COMMAND}\` records only the ids content/ has now, so an id removed since would no longer be noticed, and the old labels of removed charter fields would be forgotten.`;

/** content/.ids.json as one entry (an empty record when the file does not exist yet). */
export function jsonFile<S extends z.ZodType>(file: string, id: string, schema: S): Loader {
  return {
    name: 'tandem-json-file',
    load: async (ctx) => {
      const root = rootOf(ctx);
      const sync = async () => {
        checkWholeContent(root);
        const text = existsSync(join(root, file)) ? read(root, file) : '{}';
        let raw: unknown;
        try {
          raw = JSON.parse(text);
        } catch (e) {
          throw contentError([{ file, message: `this file is not valid JSON (${(e as Error).message}).`, hint: RESTORE_IDS }]);
        }
        const problems = schemaProblems(schema, raw, file, text, RESTORE_IDS);
        if (problems.length) throw contentError(problems);
        const data = await ctx.parseData({ id, data: raw as Record<string, unknown>, filePath: join(root, file) });
        ctx.store.clear();
        ctx.store.set({ id, data, digest: ctx.generateDigest(text) });
      };
      await sync();
      watch(ctx, [join(root, file)], sync, (p) => p === join(root, file));
    },
  };
}

