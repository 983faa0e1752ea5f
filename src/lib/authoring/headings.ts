/**
 * The heading ids of a guide, worked out from its source the way the pages get them (github-slugger
 * over each heading's text), so a `guide: slug#anchor` in a YAML file can be checked before any page
 * is built, with the file's line and the nearest heading.
 */
import GithubSlugger from 'github-slugger';
import { withoutCode } from './guides';

/** A heading's plain text: links, emphasis, code marks and tags removed. */
function plain(md: string): string {
  return md
    .replace(/<[^>]+>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]/g, '')
    .replace(/\\(.)/g, '$1')
    .trim();
}

/** Every heading's id in an MDX source, in order ("## Set a goal" → "set-a-goal"). */
export function headingIds(source: string): string[] {
  const slugger = new GithubSlugger();
  const text = withoutCode(source.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, ''));
  return [...text.matchAll(/^ {0,3}#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/gm)].map((m) => slugger.slug(plain(m[1]!)));
}
