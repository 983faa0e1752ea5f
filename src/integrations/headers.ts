import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashesIn, headerPolicy } from './csp';

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) out.push(join(entry.parentPath, entry.name));
  }
  return out;
}

/**
 * Completes dist/_headers (copied from public/_headers): its Content-Security-Policy line gets the
 * hashes of every inline script and style Astro emitted, gathered from the pages' <meta> policies,
 * so a host that sends the header enforces the same policy as the pages themselves.
 */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'tandem:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const scripts = new Set<string>();
        const styles = new Set<string>();
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
          if (!meta?.[1]) throw new Error(`${file} has no Content-Security-Policy <meta>.`);
          hashesIn(meta[1], 'script-src').forEach((h) => scripts.add(h));
          hashesIn(meta[1], 'style-src').forEach((h) => styles.add(h));
        }
        const path = join(root, '_headers');
        const text = await readFile(path, 'utf8');
        const line = /^(\s*Content-Security-Policy:).*$/m;
        if (!line.test(text)) throw new Error('public/_headers has no Content-Security-Policy line.');
        const policy = headerPolicy([...scripts].sort(), [...styles].sort());
        await writeFile(path, text.replace(line, `$1 ${policy}`));
        logger.info(`Wrote the Content-Security-Policy header with ${scripts.size} script and ${styles.size} style hashes.`);
      },
    },
  };
}
