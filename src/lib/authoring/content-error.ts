/**
 * The build's error for mistakes in content/: every problem with its file, line and what to do,
 * where the first one is, and no stack trace (the code is not at fault, and a coordinator reading
 * the message should not have to look past one).
 */
import { AstroError } from 'astro/errors';
import { formatProblems, type ContentProblem } from './problems';

const HINT = 'Fix what is named above and run the command again. README.md (“Make it yours”) describes every file in content/.';

export function contentError(problems: readonly ContentProblem[]): AstroError {
  const error = new AstroError(formatProblems(problems), HINT);
  error.stack = '';
  // Astro adds a hint about browser APIs to any error whose text contains "document" or "window"
  // (a guide heading like #a-living-document is enough): the text it checks is this one.
  error.toString = () => 'AstroUserError: a mistake in content/';
  // Astro renders the message of its own errors as Markdown in the terminal, which would turn the
  // advice "write ![what it shows](./photo.jpg)" into "write !what it shows ./photo.jpg": this one is
  // printed as written, with the name Astro gives its own errors.
  Object.assign(error, { type: 'TandemContentError', message: `[${error.name}] ${error.message}` });
  const first = problems[0];
  if (first?.line) Object.assign(error, { loc: { file: first.file, line: first.line, column: first.column ?? 1 } });
  return error;
}
