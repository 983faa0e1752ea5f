/**
 * The loaders behind src/content.config.ts, made by one factory per project. Each reads its files
 * through one memoised reader, so that every mistake a coordinator can make stops `npm run build`
 * and `npm run check` with the file, the line and what to do, and every loader first runs the
 * whole-content check: whichever runs first reports every mistake it can see, in one message.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { contentError } from '../lib/authoring/content-error';
import { crossGuideProblems, fileNameProblem, frontmatterProblems, guideSourceProblems, type GuideContext } from '../lib/authoring/guides';
import type { ContentProblem } from '../lib/authoring/problems';
import { schemaProblems } from '../lib/authoring/schema-problems';
import { parseYaml, parseYamlMapping, placeOf, type YamlSource } from '../lib/authoring/yaml';
import { RESTORE_IDS } from './ids';
import { readLinkTargets } from './links';
import { ASSESSMENTS_DIR, CHECKLISTS_DIR, GUIDES_DIR, contentReader, stem, type ContentReader } from './reader';
import { translationDirs, translationProblems, type TranslationSchemas } from './translations';

export { charterIdProblems } from './ids';
export { guideRefProblem, yamlLinkProblems } from './links';
export { checkableSettings, programProblems } from './program';
export { CHECKLISTS_DIR } from './reader';

/** What a data file's cross-file checks get: its checked data and source, the project's reader and the link targets. */
export interface DataContext {
  source: YamlSource;
  reader: ContentReader;
  targets: GuideContext;
}

/** A data file (or a folder of them) the whole-content check reads, with the checks across files its data needs. */
export interface DataFiles<S extends z.ZodType = z.ZodType> {
  /** One file ("content/program.yaml") or a folder of .yaml files ("content/checklists"). */
  file?: string;
  dir?: string;
  schema: S;
  /** Links and references to other files, checked once the file matches its schema. */
  links?: (data: z.output<S>, ctx: DataContext) => ContentProblem[];
  /** A folder that may be missing or empty (content/i18n/). */
  optional?: boolean;
  /** Checks of single settings that run even when other settings are wrong, so all of a file's mistakes come at once. */
  settings?: (raw: Record<string, unknown>, ctx: DataContext) => ContentProblem[];
}

/** A typed entry of the whole-content check. */
export const dataFiles = <S extends z.ZodType>(set: DataFiles<S>): DataFiles => set as unknown as DataFiles;

/**
 * Files in content/guides/ and content/checklists/ that look like content but would not be read: a
 * guide saved as .md, a guide or checklist in a subfolder. Silently leaving them out would publish a
 * handbook without them.
 */
function ignoredContentFiles(reader: ContentReader): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const name of reader.filesUnder(GUIDES_DIR)) {
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
  const assessments = reader.filesUnder('content/assessments').filter((n) => /\.ya?ml$/i.test(n));
  for (const name of assessments.filter((n) => n !== 'reciprocity.yaml')) {
    problems.push({
      file: `content/assessments/${name}`,
      message: 'the site uses one self-assessment, content/assessments/reciprocity.yaml: this file would never be shown.',
      hint: 'To change the questionnaire, edit reciprocity.yaml (give it a new id if the statements ask something new: answers saved under the old id are kept and exported). Move this file out of content/.',
    });
  }
  for (const name of reader.filesUnder(CHECKLISTS_DIR)) {
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

/** What a YAML loader asks for: its file or folder, its schema, and checks across files. */
interface YamlFileOptions<S extends z.ZodType> {
  /** The file, from the project's folder. */
  file: string;
  /** The entry's id in the collection. */
  id: string;
  schema: S;
  /** What to say when the file is missing. */
  missing: string;
  /** Checks that need more than the whole-content check (recorded ids), run once the file matches its schema. */
  check?: (data: z.output<S>, source: YamlSource, ctx: LoaderContext, reader: ContentReader) => ContentProblem[];
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
  /** A folder that may be missing or empty (content/i18n/): then the collection is empty. */
  optional?: boolean;
}

/**
 * The loaders of one project. `dataFiles` are read by the whole-content check that every loader runs
 * before its own work, so the mistakes of every data file come in the same message as the guides'.
 */
export function contentLoaders(options: { dataFiles: readonly DataFiles[]; translations?: TranslationSchemas }) {
  let project: { root: string; reader: ContentReader; whole: () => ContentProblem[] } | undefined;
  const forRoot = (ctx: LoaderContext) => {
    const root = fileURLToPath(ctx.config.root);
    if (project?.root !== root) {
      const reader = contentReader(root);
      project = { root, reader, whole: reader.whileUnchanged(() => wholeContentProblems(reader, options.dataFiles, ctx.config.base, options.translations)) };
    }
    return project;
  };
  const checkWholeContent = (ctx: LoaderContext) => {
    const p = forRoot(ctx);
    const problems = p.whole();
    if (problems.length) throw contentError(problems);
    return p.reader;
  };

  /**
   * A loader whose entries `read` gives (throwing the build's error for a mistake), stored with their
   * digests and read again when `path` (a file, or a folder's .yaml files) changes in `astro dev`.
   */
  const entries = (name: string, path: string, read: (ctx: LoaderContext, reader: ContentReader) => { id: string; data: Record<string, unknown>; file?: string; text: string }[]): Loader => ({
    name,
    load: async (ctx) => {
      const sync = async () => {
        const reader = forRoot(ctx).reader;
        const found = read(ctx, reader);
        ctx.store.clear();
        for (const e of found) {
          const data = await ctx.parseData({ id: e.id, data: e.data, filePath: join(reader.root, e.file ?? path) });
          ctx.store.set({ id: e.id, data, ...(e.file ? { filePath: e.file } : {}), digest: ctx.generateDigest(e.text) });
        }
      };
      await sync();
      const full = join(forRoot(ctx).root, path);
      watch(ctx, [full], sync, (p) => p === full || (p.startsWith(`${full}/`) && /\.ya?ml$/.test(p)));
    },
  });

  return {
    /** The guides: Astro's glob loader for MDX, after the whole-content check. */
    guides(): Loader {
      const inner = glob({ base: `./${GUIDES_DIR}`, pattern: '*.mdx' });
      return {
        name: 'tandem-guides',
        load: async (ctx) => {
          const check = () => {
            if (forRoot(ctx).reader.guideFiles().length === 0) throw contentError([{ file: `${GUIDES_DIR}/`, message: 'this folder holds no guides.', hint: `The site needs at least one guide (.mdx file): restore them with \`git checkout -- ${GUIDES_DIR}/\`, or write one.` }]);
            checkWholeContent(ctx);
          };
          check();
          await inner.load(ctx);
          const root = forRoot(ctx).root;
          watch(ctx, [], async () => check(), (p) => p.startsWith(join(root, 'content')) && /\.(mdx|ya?ml)$/.test(p));
        },
      };
    },

    /** A YAML file that holds one object (content/program.yaml, content/charter.yaml), as one entry. */
    yamlFile: <S extends z.ZodType>(o: YamlFileOptions<S>): Loader =>
      entries('tandem-yaml-file', o.file, (ctx, reader) => {
        if (!reader.exists(o.file)) throw contentError([{ file: o.file, message: 'this file is missing.', hint: o.missing }]);
        checkWholeContent(ctx);
        const r = reader.yaml(o.file, o.schema);
        stop(r.ok ? (o.check?.(r.data, r.source, ctx, reader) ?? []) : r.problems);
        return r.ok ? [{ id: o.id, data: r.raw, file: o.file, text: r.source.text }] : [];
      }),

    /** A folder of YAML files with an `id` each (content/checklists/), one entry per file. Two files with one id stop the build. */
    yamlFolder: <S extends z.ZodType>(o: YamlFolderOptions<S>): Loader =>
      entries('tandem-yaml-folder', o.dir, (ctx, reader) => {
        const files = reader.yamlFiles(o.dir);
        if (files.length === 0 && o.optional) {
          checkWholeContent(ctx);
          return [];
        }
        if (files.length === 0) {
          throw contentError([{ file: `${o.dir}/`, message: `this folder holds no ${o.what} files.`, hint: `The site needs at least one ${o.what}: restore them with \`git checkout -- ${o.dir}/\`, or add a .yaml file.` }]);
        }
        checkWholeContent(ctx);
        const read = files.map((file) => ({ file, read: reader.yaml(file, o.schema) }));
        const ok = read.flatMap(({ file, read }) => (read.ok ? [{ file, read, id: o.idFrom === 'file' ? stem(file) : String(read.raw['id']) }] : []));
        stop([...read.flatMap((e) => (e.read.ok ? [] : e.read.problems)), ...duplicateIds(ok, o)]);
        return ok.map((e) => ({ id: e.id, data: e.read.raw, file: e.file, text: e.read.source.text }));
      }),

    /** The translated guides (content/<language>/guides/*.mdx), after the whole-content check; ids "fr/guides/starting-well". */
    translatedGuides(): Loader {
      return {
        name: 'tandem-translated-guides',
        load: async (ctx) => {
          const reader = checkWholeContent(ctx);
          const dirs = translationDirs(reader).filter(({ dir }) => reader.filesUnder(`${dir}/guides`).some((n) => n.endsWith('.mdx')));
          if (dirs.length === 0) return ctx.store.clear();
          const segs = dirs.map(({ dir }) => dir.slice('content/'.length));
          await glob({ base: './content', pattern: segs.length === 1 ? `${segs[0]}/guides/*.mdx` : `{${segs.join(',')}}/guides/*.mdx` }).load(ctx);
        },
      };
    },

    /**
     * The translated charter, checklists and self-assessment of every other language, one entry each:
     * "fr/charter", "fr/checklists/first-meeting" (by the checklist's id), "fr/assessments/reciprocity".
     */
    translatedData: (): Loader =>
      entries('tandem-translated-data', 'content', (ctx, reader) => {
        checkWholeContent(ctx);
        return translationDirs(reader).flatMap(({ dir }) => {
          const seg = dir.slice('content/'.length);
          const files = [`${dir}/charter.yaml`, ...reader.yamlFiles(`${dir}/checklists`), `${dir}/assessments/reciprocity.yaml`].filter((f) => reader.exists(f));
          return files.flatMap((file) => {
            const parsed = parseYamlMapping(reader.text(file), file);
            if (!parsed.ok) return [];
            const kind = file.endsWith('/charter.yaml') ? 'charter' : file.includes('/checklists/') ? `checklists/${String(parsed.data['id'])}` : 'assessments/reciprocity';
            return [{ id: `${seg}/${kind}`, data: parsed.data, file, text: reader.text(file) }];
          });
        });
      }),

    /**
     * An optional folder of YAML files (content/i18n/) as one entry, `all`: each file's data by its
     * name. The whole-content check has already checked them; an empty folder is an empty record.
     */
    yamlFolderAsOne: (dir: string): Loader =>
      entries('tandem-yaml-folder-as-one', dir, (ctx, reader) => {
        checkWholeContent(ctx);
        const files = reader.yamlFiles(dir).flatMap((file) => {
          const parsed = parseYaml(reader.text(file), file);
          return parsed.ok ? [{ name: stem(file), data: parsed.data, text: reader.text(file) }] : [];
        });
        return [{ id: 'all', data: { files: Object.fromEntries(files.map((f) => [f.name, f.data])) }, text: files.map((f) => `${f.name}\n${f.text}`).join('\n') }];
      }),

    /** content/.ids.json as one entry (an empty record when the file does not exist yet). */
    jsonFile: <S extends z.ZodType>(file: string, id: string, schema: S): Loader =>
      entries('tandem-json-file', file, (ctx) => {
        const reader = checkWholeContent(ctx);
        const text = reader.exists(file) ? reader.text(file) : '{}';
        let raw: unknown;
        try {
          raw = JSON.parse(text);
        } catch (e) {
          throw contentError([{ file, message: `this file is not valid JSON (${(e as Error).message}).`, hint: RESTORE_IDS }]);
        }
        const parsed = parseYaml(text, file);
        stop(parsed.ok ? schemaProblems(schema, raw, parsed.source, RESTORE_IDS) : [parsed.problem]);
        return [{ id, data: raw as Record<string, unknown>, text }];
      }),
  };
}

/** Stop the build with these mistakes, if there are any. */
function stop(problems: readonly ContentProblem[]): void {
  if (problems.length) throw contentError(problems);
}

/**
 * Two files with one id: the file named after the id keeps it (or the one recorded first); the copy
 * is asked to change, with a free id to take.
 */
function duplicateIds(entries: readonly { file: string; id: string; read: { source: YamlSource } }[], o: Pick<YamlFolderOptions<z.ZodType>, 'what' | 'idUse'>): ContentProblem[] {
  const ids = new Set(entries.map((e) => e.id));
  return [...ids].flatMap((id) => {
    const same = entries.filter((e) => e.id === id).sort((a, b) => Number(stem(b.file) === id) - Number(stem(a.file) === id));
    return same.slice(1).map((e) => {
      const free = stem(e.file) !== id && !ids.has(stem(e.file));
      return {
        file: e.file,
        ...placeOf(e.read.source, ['id']),
        message: `the id “${id}” is already used by ${same[0]!.file}. Each ${o.what} needs its own id, or only one of them appears on the site.`,
        hint: `${free ? `This looks like a copy of ${same[0]!.file}: give it an id of its own, for example “${stem(e.file)}”, its file name` : `Give this ${o.what} an id of its own`} (${o.idUse}).`,
      };
    });
  });
}

/**
 * The whole handbook checked at once: files that would be left out, every data file, every guide.
 * Mistakes that need the loaded collections (recorded ids) come after, in their own loader.
 */
function wholeContentProblems(reader: ContentReader, sets: readonly DataFiles[], base?: string, translations?: TranslationSchemas): ContentProblem[] {
  // A folder emptied (a checkout gone wrong, say) is said alone: everything that links into it would follow.
  const empty = sets.flatMap((set) => (set.dir && !set.optional && reader.yamlFiles(set.dir).length === 0 ? [{ file: `${set.dir}/`, message: 'this folder holds no .yaml files, and the site needs at least one.', hint: `Restore them with \`git checkout -- ${set.dir}/\`, or add a .yaml file.` }] : []));
  if (empty.length) return empty;
  const targets = readLinkTargets(reader, base);
  const early = [...ignoredContentFiles(reader), ...sets.flatMap((set) => dataFileProblems(reader, set, targets))];
  const names = reader.guideFiles();
  // A file name that cannot be an address is reported alone: links to the guide fail because of it.
  const badNames = names.flatMap((name) => fileNameProblem(`${GUIDES_DIR}/${name}`, name) ?? []);
  if (badNames.length) return [...early, ...badNames];
  const sources = names.map((name) => ({ file: `${GUIDES_DIR}/${name}`, text: reader.text(`${GUIDES_DIR}/${name}`) }));
  const guides = sources.flatMap(({ file, text }) => {
    const body = guideSourceProblems(file, text, targets);
    return body.some((p) => p.message.startsWith('the frontmatter')) ? body : [...frontmatterProblems(file, text), ...body];
  });
  return [...early, ...guides, ...crossGuideProblems(sources), ...(translations ? translationProblems(reader, translations, targets) : [])];
}

/** One data file's (or folder's) own mistakes, then, when a file is right, its links to other files. A missing file is left to its own loader. */
function dataFileProblems(reader: ContentReader, set: DataFiles, targets: GuideContext): ContentProblem[] {
  const files = set.file ? (reader.exists(set.file) ? [set.file] : []) : reader.yamlFiles(set.dir!);
  return files.flatMap((file) => {
    const r = reader.yaml(file, set.schema);
    if (r.ok) return [...(set.settings?.(r.raw, { source: r.source, reader, targets }) ?? []), ...(set.links?.(r.data, { source: r.source, reader, targets }) ?? [])];
    const more = r.raw && r.source ? (set.settings?.(r.raw, { source: r.source, reader, targets }) ?? []) : [];
    return [...r.problems, ...more].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  });
}

export { ASSESSMENTS_DIR };
