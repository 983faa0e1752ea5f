/**
 * The content collections of src/content.config.ts, loaded in this process the way `astro sync`
 * loads them: each collection's own loader runs with a small loader context (files read from
 * `dir`, entries kept in memory), so every check the loaders make (the whole-content check, the
 * recorded ids, two checklists with one id) runs here as it does in a build, in milliseconds.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'astro/zod';
import type { LoaderContext } from 'astro/loaders';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { deployPath } from '../../src/lib/deploy-path';
import { programBasePath } from '../../src/integrations/program-base-path';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The fixture handbook the code's tests use (ids no coordinator's handbook has). */
export const FIXTURE_HANDBOOK = join(ROOT, 'tests/fixtures/content');

/** What a load ended with: the collections' sizes, or the error the build would stop with. */
export interface LoadResult {
  ok: boolean;
  /** The error as the build prints it (`[AstroUserError] …`, its hint and location), or "". */
  report: string;
  error?: ContentLoadError;
  /** Entries per collection, for the collections that loaded. */
  sizes: Record<string, number>;
  /** What the loaders logged as warnings and information. */
  warnings: string[];
  info: string[];
  /** The loaded entries' data, by collection and id. */
  entries: Record<string, Map<string, unknown>>;
}

type ContentLoadError = Error & { hint?: string; loc?: { file: string; line: number; column: number } };

type Collection = { loader: { load: (ctx: LoaderContext) => Promise<void> }; schema?: z.ZodType | ((h: { image: () => z.ZodType }) => z.ZodType) };

/** The error as `astro build` and `astro sync` print it (AstroUserError, message, hint, location). */
export function printed(e: ContentLoadError | undefined): string {
  if (!e) return '';
  // The build prints a content mistake as written, its message already carrying the error's name.
  const parts = [e.message.startsWith('[') ? e.message : `[AstroUserError] ${e.message}`];
  if (e.hint) parts.push(`  Hint:\n    ${e.hint}`);
  if (e.loc?.file) parts.push(`  Location:\n    ${e.loc.file}:${e.loc.line}:${e.loc.column}`);
  return parts.join('\n');
}

/** The base path a build of the handbook in `dir` would use (a wrong one is the build's own message, before any content). */
function basePathOf(dir: string): string {
  const deploy = deployPath(process.env, programBasePath(join(dir, 'content/program.yaml')));
  return deploy.ok ? deploy.base : '/';
}

/** A guide's frontmatter and body, read by the same function @astrojs/mdx reads them with (a BOM, CRLF lines…). */
function frontmatterOf(contents: string): { data: Record<string, unknown>; body: string } {
  const parsed = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
  return { data: parsed.frontmatter, body: parsed.content.trim() };
}

function memoryStore() {
  const entries = new Map<string, { id: string; data: unknown }>();
  return {
    entries,
    store: {
      get: (id: string) => entries.get(id),
      entries: () => [...entries.entries()],
      set: (e: { id: string; data: unknown }) => (entries.set(e.id, e), true),
      values: () => [...entries.values()],
      keys: () => [...entries.keys()],
      delete: (id: string) => void entries.delete(id),
      clear: () => entries.clear(),
      has: (id: string) => entries.has(id),
      addModuleImport: () => {},
      addAssetImports: () => {},
    },
  };
}

/**
 * Load every collection from the project folder `dir` (which holds content/), in the order the
 * content config defines them; the first error stops the load, as it stops `astro sync`.
 * `env` is set while the loaders run (TANDEM_RECORD_IDS=1 is `npm run ids`).
 */
export async function loadContent(dir: string, env: Record<string, string> = {}): Promise<LoadResult> {
  const { collections } = (await import('../../src/content.config')) as unknown as { collections: Record<string, Collection> };
  const result: LoadResult = { ok: true, report: '', sizes: {}, warnings: [], info: [], entries: {} };
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    for (const [name, collection] of Object.entries(collections)) {
      const { store, entries } = memoryStore();
      const schema = typeof collection.schema === 'function' ? collection.schema({ image: () => z.string() }) : collection.schema;
      const ctx = {
        collection: name,
        store,
        meta: new Map(),
        // The base path the build would use: BASE_PATH, else basePath in the handbook's program.yaml.
        config: { root: pathToFileURL(`${dir}/`), srcDir: pathToFileURL(`${dir}/src/`), base: basePathOf(dir) },
        logger: {
          info: (m: string) => result.info.push(m),
          warn: (m: string) => result.warnings.push(m),
          error: (m: string) => result.warnings.push(m),
          debug: () => {},
        },
        parseData: async ({ data }: { data: Record<string, unknown> }) => (schema ? schema.parseAsync(data) : data),
        generateDigest: (d: unknown) => createHash('sha1').update(typeof d === 'string' ? d : JSON.stringify(d)).digest('hex'),
        entryTypes: new Map([['.mdx', { getEntryInfo: ({ contents }: { contents: string }) => frontmatterOf(contents) }]]),
      } as unknown as LoaderContext;
      try {
        await collection.loader.load(ctx);
      } catch (e) {
        result.ok = false;
        result.error = e as ContentLoadError;
        result.report = printed(result.error);
        return result;
      }
      result.sizes[name] = entries.size;
      result.entries[name] = new Map([...entries].map(([id, e]) => [id, e.data]));
    }
    return result;
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** A throwaway project folder holding a copy of a handbook's content/ (the fixture handbook by default), to break on purpose. */
export async function handbookCopy(from = FIXTURE_HANDBOOK) {
  const dir = await mkdtemp(join(tmpdir(), 'tandem-handbook-'));
  await cp(from, join(dir, 'content'), { recursive: true });
  const path = (rel: string) => join(dir, rel);
  return {
    dir,
    path,
    read: (rel: string) => readFile(path(rel), 'utf8'),
    write: async (rel: string, text: string) => {
      await mkdir(dirname(path(rel)), { recursive: true });
      await writeFile(path(rel), text);
    },
    edit: async (rel: string, change: (text: string) => string) => writeFile(path(rel), change(await readFile(path(rel), 'utf8'))),
    load: (env?: Record<string, string>) => loadContent(dir, env),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

/** A file from tests/fixtures/mistakes/: one coordinator's mistake each. */
export const mistake = (name: string) => readFile(join(ROOT, 'tests/fixtures/mistakes', name), 'utf8');
