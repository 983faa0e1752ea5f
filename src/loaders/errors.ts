/**
 * The build's error for mistakes in content/: every problem with its file, line and what to do,
 * where the first one is, and no stack trace (the code is not at fault, and a coordinator reading
 * the message should not have to look past one).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AstroError } from 'astro/errors';
import { withoutCode } from '../lib/authoring/guides';
import { formatProblems, position, snippetAt, type ContentProblem } from '../lib/authoring/problems';

const HINT = 'Fix what is named above and run the command again. README.md (“Make it yours”) describes every file in content/.';

export function contentError(problems: readonly ContentProblem[]): AstroError {
  const error = new AstroError(formatProblems(problems), HINT);
  error.stack = '';
  // Astro adds a hint about browser APIs to any error whose text contains "document" or "window"
  // (a guide heading like #a-living-document is enough): the text it checks is this one.
  error.toString = () => 'AstroUserError: a mistake in content/';
  const first = problems[0];
  if (first?.line) Object.assign(error, { loc: { file: first.file, line: first.line, column: first.column ?? 1 } });
  return error;
}

/**
 * Where in the guides a piece of source (like `<GuideLink to="x#y"`) is written, for mistakes only
 * found while pages are built. `root` is the project's folder (the build runs there).
 */
export function findInGuides(needle: string, root = process.cwd()): Pick<ContentProblem, 'file' | 'line' | 'column' | 'snippet'> | undefined {
  const dir = join(root, 'content/guides');
  if (!existsSync(dir)) return undefined;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort()) {
    const text = readFileSync(join(dir, name), 'utf8');
    const i = withoutCode(text).indexOf(needle);
    if (i === -1) continue;
    const { line, column } = position(text, i);
    return { file: `content/guides/${name}`, line, column, snippet: snippetAt(text, line, column) };
  }
  return undefined;
}
