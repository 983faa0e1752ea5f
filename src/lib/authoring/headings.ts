/**
 * The heading ids of a guide, made the way the build makes them, so that a `guide: slug#anchor` in a
 * YAML file can be checked before any page is built. The guide's HTML tree comes from the compiler the
 * build uses (satteri's `mdxToHast`, same features), and each h1–h6 gets its id as Astro's heading
 * plugin gives it (@astrojs/markdown-satteri): the id written on it, or `github-slugger` over its
 * text (code, inline HTML and {expressions} included, `{frontmatter.title}` as the title), in order.
 */
import GithubSlugger from 'github-slugger';
import { mdxToHast } from 'satteri';
import { guideFrontmatter } from './guides';
import { FEATURES, parseGuide } from './mdx';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** A heading's text; with the frontmatter's settings, `{frontmatter.title}` reads as the title. */
function textOf(node: HastNode, frontmatter?: unknown): string {
  if (frontmatter && node.type.endsWith('Expression') && node.value?.trim().startsWith('frontmatter.')) {
    const setting = node.value.trim().split('.').slice(1).reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), frontmatter);
    if (typeof setting === 'string') return setting;
  }
  return (node.value ?? '') + (node.children ?? []).map((c) => textOf(c, frontmatter)).join('');
}

/** Every heading's id in an MDX source, in order ("## Set a goal" → "set-a-goal"). */
export function headingIds(source: string): string[] {
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  const visit = (node: HastNode) => {
    if (node.type !== 'element' || !/^h[1-6]$/.test(node.tagName ?? '')) return node.children?.forEach(visit);
    const id = node.properties?.['id'];
    const text = textOf(node);
    const read = text.includes('frontmatter') ? guideFrontmatter('', source) : undefined;
    ids.push(typeof id === 'string' ? id : slugger.slug(read?.ok ? textOf(node, read.data) : text));
  };
  visit(mdxToHast(parseGuide(source).parsed, { features: FEATURES, position: false }) as unknown as HastNode);
  return ids;
}
