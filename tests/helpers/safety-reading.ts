/**
 * The guide on power and safety is read early: among the guides for mentors and mentees, in reading
 * order (by `order`, then title), it comes within the first few, and every guide before it links to it.
 * `npm test` checks this with the setting `safetyGuide` in content/guide-checks.yaml. Links are read
 * from the parser the build uses (satteri's `mdxToMdast`): `<GuideLink to="…">` and Markdown links to
 * the guide's page.
 */
import { mdxToMdast } from 'satteri';

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

/** The guides a guide's text links to, by file name (without .mdx or #anchor). */
export function guidesLinkedFrom(mdx: string): Set<string> {
  const found = new Set<string>();
  const visit = (n: Node) => {
    if ((n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement') && n.name === 'GuideLink') {
      const to = n.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'to')?.value;
      if (typeof to === 'string') found.add(to.split('#')[0]!);
    }
    if (n.type === 'link' && n.url) {
      const m = /(?:^|\/)guides\/([a-z0-9-]+)\/?(?:#.*)?$/.exec(n.url);
      if (m) found.add(m[1]!);
    }
    for (const c of n.children ?? []) visit(c);
  };
  visit(mdxToMdast(mdx, { position: false }) as unknown as Node);
  return found;
}

export interface GuideForReading {
  /** "content/guides/starting-well.mdx" */
  file: string;
  /** The file name without .mdx: its address. */
  id: string;
  title: string;
  order: number;
  audience: readonly string[];
  mdx: string;
}

export interface SafetyRule {
  /** The guide to read early, by file name. */
  guide: string;
  /** It comes within this many guides for mentors and mentees, in reading order. */
  within: number;
}

/** What breaks the rule, one message per problem, each naming the file and the setting. */
export function safetyReadingProblems(guides: readonly GuideForReading[], rule: SafetyRule, setting: string): string[] {
  const forPairs = guides
    .filter((g) => g.audience.some((a) => a === 'mentor' || a === 'mentee'))
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
  const at = forPairs.findIndex((g) => g.id === rule.guide);
  if (at < 0) return [`${setting}.guide is “${rule.guide}”, but no guide for mentors or mentees has that file name. Name the guide on power and safety (its file name, without .mdx), or remove ${setting}.`];
  const target = forPairs[at]!;
  const problems: string[] = [];
  if (at + 1 > rule.within) {
    problems.push(
      `${target.file} is guide ${at + 1} in reading order for mentors and mentees; it should be within the first ${rule.within}, so it is read before anything goes wrong. ` +
        `Give it a lower order: (now ${target.order}), or change ${setting}.within.`,
    );
  }
  for (const g of forPairs.slice(0, at)) {
    if (!guidesLinkedFrom(g.mdx).has(rule.guide)) {
      problems.push(`${g.file} comes before “${target.title}” in reading order but does not link to it. Add <GuideLink to="${rule.guide}">${target.title}</GuideLink> where it fits, such as its Next steps.`);
    }
  }
  return problems;
}
