/**
 * Parts of a guide published only for some programmes (`<Safeguarding>…</Safeguarding>`): the ids of
 * the headings inside them, so that a guide's contents list leaves them out when the part is not
 * published. Read with the parser the build uses (satteri's `mdxToMdast`); ids are made as Astro makes
 * them, with `github-slugger` over each heading's text, in document order.
 */
import GithubSlugger from 'github-slugger';
import { mdxToMdast } from 'satteri';

interface Node {
  type: string;
  value?: string;
  name?: string | null;
  children?: Node[];
}

const text = (n: Node): string => (n.type === 'text' || n.type === 'inlineCode' ? (n.value ?? '') : (n.children ?? []).map(text).join(''));

/** The ids of the headings inside the named components, in a guide's MDX body. */
export function headingsInside(mdx: string, components: ReadonlySet<string>): Set<string> {
  const slugger = new GithubSlugger();
  const inside = new Set<string>();
  const visit = (n: Node, hidden: boolean) => {
    if (n.type === 'heading') {
      const slug = slugger.slug(text(n));
      if (hidden) inside.add(slug);
      return;
    }
    const here = hidden || (n.type === 'mdxJsxFlowElement' && components.has(n.name ?? ''));
    for (const c of n.children ?? []) visit(c, here);
  };
  visit(mdxToMdast(mdx, { position: false }) as unknown as Node, false);
  return inside;
}
