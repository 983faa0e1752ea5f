/**
 * The Markdown processor's hast plugin that gives root-relative links and pictures in guides the
 * base path (see src/lib/base-links.ts): it runs on the same tree the build renders, for Markdown and MDX.
 */
import { defineHastPlugin } from 'satteri';
import { baseLinkChange } from '../lib/base-links.ts';

export const baseLinks = (base: string) =>
  defineHastPlugin({
    name: 'tandem-base-links',
    element: {
      filter: ['a', 'img', 'source'],
      visit(node, ctx) {
        const change = baseLinkChange(node.tagName, node.properties as Record<string, unknown>, base);
        if (change) ctx.setProperty(node, change.name, change.value);
      },
    },
  });
