import { getCollection, getEntry, render } from 'astro:content';
import { translationOf } from './content';
import { didYouMean } from '../lib/authoring/nearest';
import type { ContentProblem } from '../lib/authoring/problems';
import { withBase } from '../lib/site';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contentError } from '../lib/authoring/content-error';
import { parseGuide, walk, type MdxNode } from '../lib/authoring/mdx';
import { snippetAt } from '../lib/authoring/problems';

/**
 * Where a link is written, for the build's message: "content/charter.yaml: section “x”" names its
 * file; a component in a guide (`<GuideLink to="…">`) is looked up in the guides.
 */
function placeOf(from: string): Pick<ContentProblem, 'file' | 'line' | 'column' | 'snippet'> {
  if (from.startsWith('<')) return findInGuides(from.replace(/>$/, '')) ?? { file: 'content/guides/' };
  return { file: from.split(':')[0]! };
}

/**
 * Resolve a content link at build time: a guide ("slug" or "slug#anchor") or a checklist id.
 * Stops the build, naming `from` and the nearest existing name, when the guide, heading or checklist does not exist.
 */
/** A guide's address and title (in `lang` when it is translated), checked: the guide exists and is published, and has the heading #anchor. */
export async function guideHref(ref: string, base: string, from: string, lang?: string): Promise<{ href: string; title: string }> {
  const [slug, anchor] = ref.split('#') as [string, string | undefined];
  const guide = await getEntry('guides', slug);
  if (guide?.data.draft && !import.meta.env.DEV) {
    throw contentError([{ ...placeOf(from), message: `${from} links to the guide “${slug}”, which is a draft (draft: true), so it is not published.`, hint: `Publish it by removing draft: true from content/guides/${slug}.mdx, or remove the link.` }]);
  }
  if (!guide) {
    const all = (await getCollection('guides')).map((g) => g.id);
    throw contentError([{ ...placeOf(from), message: `${from} links to the guide “${slug}”, which does not exist.${didYouMean(slug, all)}`, hint: 'Use a guide’s file name in content/guides/, without .mdx.' }]);
  }
  if (anchor) {
    const { headings } = await render(guide);
    if (!headings.some((h) => h.slug === anchor)) {
      throw contentError([
        {
          ...placeOf(from),
          message: `${from} links to #${anchor} in “${slug}”, but that guide has no heading with that id.${didYouMean(anchor, headings.map((h) => h.slug))}`,
          hint: `A heading’s id is its text in lower case with hyphens for spaces (“## Set a goal” → #set-a-goal). The headings of “${slug}” are: ${headings.map((h) => `#${h.slug}`).join(', ')}.`,
        },
      ]);
    }
  }
  return { href: withBase(base, `guides/${slug}/${anchor ? `#${anchor}` : ''}`), title: (await translationOf(guide, lang))?.data.title ?? guide.data.title };
}

export async function checklistHref(id: string, base: string, from: string): Promise<{ href: string; title: string }> {
  const all = await getCollection('checklists');
  const c = all.find((x) => x.id === id);
  if (!c) {
    throw contentError([{ ...placeOf(from), message: `${from} links to the checklist “${id}”, which does not exist.${didYouMean(id, all.map((x) => x.id))}`, hint: 'Use the id: at the top of a file in content/checklists/.' }]);
  }
  return { href: withBase(base, `tools/reflection/${id}/`), title: c.data.title };
}

/**
 * Where in the guides a component is written (`<GuideLink to="x#y"`, its name and settings as a
 * guide writes them), for mistakes only found while pages are built: the first component in the
 * guides' trees with that name and those settings. `root` is the project's folder (the build runs there).
 */
export function findInGuides(needle: string, root = process.cwd()): Pick<ContentProblem, 'file' | 'line' | 'column' | 'snippet'> | undefined {
  const dir = join(root, 'content/guides');
  if (!existsSync(dir)) return undefined;
  const [wanted] = parseGuide(`${needle} />`).tree.children ?? [];
  if (!wanted?.name) return undefined;
  const same = (n: MdxNode) =>
    (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') &&
    n.name === wanted.name &&
    (wanted.attributes ?? []).every((a) => n.attributes?.some((b) => b.type === a.type && b.name === a.name && b.value === a.value));
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort()) {
    const guide = parseGuide(readFileSync(join(dir, name), 'utf8'));
    let found: MdxNode | undefined;
    walk(guide.tree, (n) => {
      if (!found && same(n)) found = n;
    });
    const start = found?.position?.start;
    if (start) return { file: `content/guides/${name}`, line: start.line, column: start.column, snippet: snippetAt(guide.text, start.line, start.column) };
  }
  return undefined;
}
