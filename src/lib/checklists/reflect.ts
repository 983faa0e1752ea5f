/**
 * The rule for a guide's reflection prompts (<Reflect checklist="…" readers="…">): the checklist a
 * prompt links to must be meant for the people the prompt speaks to. A prompt speaks to the guide's
 * whole audience unless `readers` names some of them ("mentor, mentee" in a guide that coordinators
 * also read). Pure: used by the Reflect component at build time and by the tests.
 */
import { AUDIENCES, type Audience } from '../site';

/** "mentor, mentee" → ['mentor', 'mentee']; unknown words are returned too, so they can be reported. */
export const parseReaders = (readers: string): string[] => readers.split(/[\s,]+/).filter(Boolean);

export const isAudience = (s: string): s is Audience => (AUDIENCES as readonly string[]).includes(s);

/** What is wrong with a prompt's link, in sentences naming the checklist; empty when nothing is. */
export function reflectProblems(p: { checklist: string; checklistAudience: readonly string[]; readers?: string | undefined; guideAudience?: readonly string[] | undefined }): string[] {
  const problems: string[] = [];
  const named = p.readers === undefined ? undefined : parseReaders(p.readers);
  for (const r of named ?? []) if (!isAudience(r)) problems.push(`readers names “${r}”, which is not one of ${AUDIENCES.join(', ')}`);
  if (named && p.guideAudience) {
    for (const r of named) if (isAudience(r) && !p.guideAudience.includes(r)) problems.push(`readers names “${r}”, who is not in the guide’s audience (${p.guideAudience.join(', ')})`);
  }
  const readers = named ?? p.guideAudience ?? [];
  const missing = readers.filter((r) => isAudience(r) && !p.checklistAudience.includes(r));
  if (missing.length) {
    const people = (list: readonly string[]) => list.map((a) => `${a}s`).join(' and ');
    const advice = named ? 'link a checklist for them, or leave checklist out' : 'link a checklist for them, or say who the prompt is for with readers="…"';
    problems.push(`the checklist “${p.checklist}” is for ${people(p.checklistAudience)}, not for ${people(missing)}: ${advice}`);
  }
  return problems;
}
