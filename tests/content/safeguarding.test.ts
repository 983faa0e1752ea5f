import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeguardingWording } from '../helpers/safeguarding';

/**
 * What this handbook says about confidentiality and concerns, in every guide, checklist and setting:
 * no policy called a legal duty, no harassment a partner must report (see src/lib/authoring/safeguarding.ts).
 */
const ROOT = resolve(import.meta.dirname, '../..');
const files = readdirSync(join(ROOT, 'content'), { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.(mdx|ya?ml)$/.test(e.name))
  .map((e) => relative(ROOT, join(e.parentPath, e.name)).split('\\').join('/'))
  .sort();

describe('what the handbook says about confidentiality', () => {
  for (const file of files) {
    it(`${file} keeps law, policy and the person’s choice apart`, () => {
      const problems = safeguardingWording(readFileSync(join(ROOT, file), 'utf8'));
      if (problems.length) expect.fail(problems.map((p) => `${file}, line ${p.line}: “${p.sentence}” ${p.message}`).join('\n'));
    });
  }
});
