import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'devalue';

const run = promisify(execFile);
export const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * A throwaway copy of the project (src, content, config) with its own cache folder, so content
 * fixtures can be dropped in and `astro sync` run without touching the real tree.
 */
export async function tempProject(): Promise<{ dir: string; dispose: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'tandem-content-'));
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    await cp(join(ROOT, entry), join(dir, entry), { recursive: true });
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

export async function fixture(name: string): Promise<string> {
  return readFile(join(ROOT, 'tests/fixtures/content', name), 'utf8');
}

/** Run `astro sync` in the copy; resolves with its exit status and all it printed. */
export async function astroSync(dir: string): Promise<{ ok: boolean; output: string }> {
  const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
  try {
    const { stdout, stderr } = await run(process.execPath, [astro, 'sync'], {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    return { ok: true, output: stdout + stderr };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

/** How many entries each collection holds after a sync (the data store is in the project's cacheDir). */
export async function collectionSizes(dir: string): Promise<Record<string, number>> {
  const candidates = ['.astro/cache/data-store.json', 'node_modules/.astro/data-store.json'];
  let text: string | undefined;
  for (const c of candidates) text ??= await readFile(join(dir, c), 'utf8').catch(() => undefined);
  if (text === undefined) throw new Error(`no data store after astro sync (looked for ${candidates.join(', ')})`);
  const store = parse(text) as Map<string, Map<string, unknown>>;
  return Object.fromEntries([...store].map(([name, entries]) => [name, entries.size]));
}
