import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'devalue';

const run = promisify(execFile);
export const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * A throwaway copy of the project (src, content, config) with its own cache folder, so content can
 * be changed and Astro run without touching the real tree. `content` replaces content/ with another
 * handbook (the fixture handbook, tests/fixtures/content/); `withTests` copies tests/ too.
 */
export async function tempProject(options: { withTests?: boolean; content?: string } = {}): Promise<{ dir: string; dispose: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'tandem-content-'));
  const entries = ['src', 'content', 'public', '.github', 'astro.config.mjs', 'tsconfig.json', 'package.json', ...(options.withTests ? ['tests'] : [])];
  for (const entry of entries) {
    const from = entry === 'content' && options.content ? options.content : join(ROOT, entry);
    await cp(from, join(dir, entry), { recursive: true, filter: (src) => !src.includes(`${join(ROOT, 'tests/.output')}`) });
  }
  // A node_modules of links, so Astro's cache (node_modules/.astro) stays inside the copy.
  await mkdir(join(dir, 'node_modules'));
  for (const name of await readdir(join(ROOT, 'node_modules'))) {
    if (name === '.astro' || name === '.cache' || name === '.vite') continue;
    await symlink(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return { dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}

export async function writeInto(dir: string, relPath: string, text: string): Promise<void> {
  const path = join(dir, relPath);
  await mkdir(resolve(path, '..'), { recursive: true });
  await writeFile(path, text);
}

/** Run a command in the copy; resolves with its exit status and all it printed. */
export async function runIn(dir: string, args: string[], env: Record<string, string> = {}): Promise<{ ok: boolean; code: number; output: string }> {
  // The child must not think it is one of this run's test workers.
  // Vitest puts its own import.meta.env (BASE_URL, MODE, DEV, PROD, SSR) into process.env: a child Astro
  // would take BASE_URL for its own base path.
  const VITE_ENV = new Set(['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && !VITE_ENV.has(k)));
  try {
    const { stdout, stderr } = await run(process.execPath, args, {
      cwd: dir,
      env: { ...clean, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', CI: '1', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ok: true, code: 0, output: stdout + stderr };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; code?: number };
    return { ok: false, code: typeof err.code === 'number' ? err.code : 1, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** Run `astro sync` in the copy (what `npm run build` and `npm run check` run first). */
export const astroSync = (dir: string) => runIn(dir, [ASTRO, 'sync'], { NODE_ENV: 'production' });

/** Run `astro build` in the copy: what `npm run build` runs. */
export const astroBuild = (dir: string, env: Record<string, string> = {}) => runIn(dir, [ASTRO, 'build'], { NODE_ENV: 'production', ...env });

/** Run `astro check` as `npm run check` does. */
export const astroCheck = (dir: string) => runIn(dir, [ASTRO, 'check', '--minimumFailingSeverity', 'warning'], { NODE_ENV: 'production' });

/**
 * What a coordinator reads when a command stops: the error from its first line to the end, with the
 * copy's folder and the clock left out, so it can be pinned in a snapshot.
 */
export function errorReport(output: string, dir: string): string {
  const start = output.indexOf('[AstroUserError]');
  const text = start === -1 ? output : output.slice(start);
  return text.split(dir).join('<project>').replace(/\d\d:\d\d:\d\d /g, '').trim();
}

/** How many entries each collection holds after a sync. */
export async function collectionSizes(dir: string): Promise<Record<string, number>> {
  // Where astro.config.mjs puts its cache (cacheDir), or Astro's default.
  const text = await readFile(join(dir, '.astro/cache/data-store.json'), 'utf8').catch(() => readFile(join(dir, 'node_modules/.astro/data-store.json'), 'utf8'));
  const store = parse(text) as Map<string, Map<string, unknown>>;
  return Object.fromEntries([...store].map(([name, entries]) => [name, entries.size]));
}
