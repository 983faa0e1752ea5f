/**
 * The one reader of content files: every check and every loader asks it for a file, and it reads,
 * parses and checks each YAML file against its schema once, until the file changes on disk. A file
 * with a quotation mark left open is reported by that alone: it is what makes settings look missing.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import type { ContentProblem } from '../lib/authoring/problems';
import { schemaProblems } from '../lib/authoring/schema-problems';
import { parseYamlMapping, unclosedQuote, type YamlSource } from '../lib/authoring/yaml';

export const GUIDES_DIR = 'content/guides';
export const CHECKLISTS_DIR = 'content/checklists';
export const ASSESSMENTS_DIR = 'content/assessments';

/** A YAML file read and checked: its data as the schema outputs it, or every mistake in it. */
export type Checked<T> =
  | { ok: true; data: T; raw: Record<string, unknown>; source: YamlSource }
  /** `raw` and `source` are there when the YAML parsed and only the schema refused it. */
  | { ok: false; problems: ContentProblem[]; raw?: Record<string, unknown>; source?: YamlSource };

export type ContentReader = ReturnType<typeof contentReader>;

/** A reader of the project at `root`, with its own memory (one per set of loaders: nothing is shared between projects). */
export function contentReader(root: string) {
  const stamp = (file: string) => {
    const st = statSync(join(root, file));
    return `${st.size}:${st.mtimeMs}`;
  };
  const read = new Map<string, { stamp: string; checked: WeakMap<z.ZodType, Checked<unknown>> }>();

  /** Every file under `dir`, as a path from that folder ("starting-well.mdx", "local/night-shifts.mdx"). */
  const filesUnder = (dir: string): string[] => {
    const path = join(root, dir);
    if (!existsSync(path)) return [];
    return readdirSync(path, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name).slice(path.length + 1).split('\\').join('/'))
      .sort();
  };

  const text = (file: string): string => readFileSync(join(root, file), 'utf8');

  /** `file` checked against `schema`, from memory while the file is unchanged. */
  function yaml<S extends z.ZodType>(file: string, schema: S): Checked<z.output<S>> {
    const now = stamp(file);
    let entry = read.get(file);
    if (entry?.stamp !== now) read.set(file, (entry = { stamp: now, checked: new WeakMap() }));
    const known = entry.checked.get(schema);
    if (known) return known as Checked<z.output<S>>;
    const written = text(file);
    const parsed = parseYamlMapping(written, file);
    let checked: Checked<unknown>;
    if (!parsed.ok) checked = { ok: false, problems: [parsed.problem] };
    else {
      const problems = schemaProblems(schema, parsed.data, parsed.source);
      const quote = problems.length ? unclosedQuote(parsed.source) : undefined;
      checked = problems.length ? { ok: false, problems: quote ? [quote] : problems, ...(quote ? {} : { raw: parsed.data, source: parsed.source }) } : { ok: true, data: schema.parse(parsed.data), raw: parsed.data, source: parsed.source };
    }
    entry.checked.set(schema, checked);
    return checked as Checked<z.output<S>>;
  }

  /** What content/ holds right now (every file's path, size and time of change). */
  const fingerprint = () => filesUnder('content').map((f) => `${f}:${stamp(`content/${f}`)}`).join('|');

  return {
    root,
    text,
    filesUnder,
    exists: (file: string) => existsSync(join(root, file)),
    /** The .yaml files directly in `dir`, as paths from the project ("content/checklists/after-session.yaml"). */
    yamlFiles: (dir: string): string[] => filesUnder(dir).filter((n) => !n.includes('/') && /\.ya?ml$/.test(n)).map((n) => `${dir}/${n}`),
    /** The guides: .mdx files directly in content/guides/ ("starting-well.mdx"). */
    guideFiles: (): string[] => filesUnder(GUIDES_DIR).filter((n) => n.endsWith('.mdx') && !n.includes('/')),
    yaml,
    /** Every text file a coordinator writes in content/ (YAML and MDX), with its text. */
    contentTexts: (): { file: string; text: string }[] =>
      filesUnder('content')
        .filter((n) => /\.(ya?ml|mdx)$/.test(n))
        .map((n) => ({ file: `content/${n}`, text: text(`content/${n}`) })),
    /** `fn()`, computed again only when content/ has changed since the last call. */
    whileUnchanged<T>(fn: () => T): () => T {
      let last: { key: string; value: T } | undefined;
      return () => {
        const key = fingerprint();
        if (last?.key !== key) last = { key, value: fn() };
        return last.value;
      };
    },
  };
}

/** A file's name without its folder and .yaml: "content/checklists/after-session.yaml" → "after-session". */
export const stem = (file: string): string => file.split('/').at(-1)!.replace(/\.(ya?ml|mdx)$/, '');
