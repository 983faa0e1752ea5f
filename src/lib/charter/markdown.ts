import type { CharterData, Goal } from '../docs/charter-doc';
import { CONCERNS_LABEL, OPTIONAL_SECTION_NOTE, concernsLine } from '../concerns';
import type { ConcernsContact } from '../program-schema';
import { firstMeetingTime } from './calendar';
import { fieldKey } from './definition';
import { EARLIER_HEADING, earlierAnswers } from './earlier';
import type { CharterDefinition } from './schema';
import { readableValue } from './text';
import { displayTitle, isFilled, isVisible } from './values';

/**
 * Escape text so Markdown shows it literally: no markup, HTML or links from what people typed.
 * Backslash-escapes CommonMark's punctuation where it could start something.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/^(\s*)([#+]|-|\d+\.)(\s|$)/gm, (_m, sp: string, mark: string, s: string) => `${sp}${mark.replace(/([-.#+])/, '\\$1')}${s}`)
    .replace(/^(\s*)(=+|-+)\s*$/gm, (_m, sp: string, line: string) => `${sp}\\${line}`);
}

/**
 * Markdown for a charter: a heading per section, each field labelled, goals as lists; the
 * programme's concerns contact in the sections that show it; an optional section still empty
 * says so in one line; answers kept from fields since removed, under their earlier labels.
 */
export function charterMarkdown(
  def: CharterDefinition,
  charter: Pick<CharterData, 'title' | 'values'> & Partial<Pick<CharterData, 'calendar'>>,
  programName: string,
  exportedOn: string,
  concerns?: ConcernsContact,
  earlierLabels: Readonly<Record<string, string>> = {},
): string {
  // Blocks are separated by a blank line; consecutive list items stay together.
  const blocks: { list: boolean; text: string }[] = [];
  const para = (text: string) => blocks.push({ list: false, text });
  const item = (text: string) => blocks.push({ list: true, text });
  /** Goals as a numbered list; false when none is written. */
  const goalList = (all: readonly Goal[]): boolean => {
    const goals = all.filter((g) => g.text.trim() || g.success.trim() || g.milestones.length);
    goals.forEach((g, i) => {
      const lines = [`${i + 1}. **${escapeMarkdown(g.text.trim() || '(no goal written)')}**`];
      if (g.success.trim()) lines.push(`   - Success looks like: ${escapeMarkdown(g.success.trim())}`);
      for (const m of g.milestones) {
        if (m.text.trim() || m.date.trim()) lines.push(`   - Milestone${m.date.trim() ? ` (${escapeMarkdown(m.date.trim())})` : ''}: ${escapeMarkdown(m.text.trim())}`);
      }
      item(lines.join('\n'));
    });
    return goals.length > 0;
  };
  para(`# ${escapeMarkdown(def.title)}: ${escapeMarkdown(displayTitle(def, charter))}`);
  para(`${escapeMarkdown(programName)} · exported ${exportedOn}`);
  for (const s of def.sections) {
    para(`## ${escapeMarkdown(s.title)}`);
    if (s.optional && !s.fields.some((f) => isVisible(s, f, charter.values) && isFilled(charter.values[fieldKey(s, f)]))) {
      para(`_${escapeMarkdown(OPTIONAL_SECTION_NOTE)}_`);
      continue;
    }
    for (const f of s.fields) {
      if (!isVisible(s, f, charter.values)) continue;
      const value = charter.values[fieldKey(s, f)];
      if (f.kind === 'goals') {
        para(`### ${escapeMarkdown(f.label)}`);
        const goals = Array.isArray(value) ? value : [];
        if (!goalList(goals)) para('_Not written yet._');
      } else if (f.kind === 'textarea') {
        const text = readableValue(f, value);
        para(`**${escapeMarkdown(f.label)}**`);
        para(text ? escapeMarkdown(text).replace(/\n/g, '  \n') : '_Not written yet._');
      } else {
        const at = f.role === 'first-meeting-date' ? firstMeetingTime(charter) : '';
        const own = readableValue(f, value);
        const text = own && at ? `${own}, ${at}` : own;
        item(`- **${escapeMarkdown(f.label)}:** ${text ? escapeMarkdown(text) : '_not set_'}`);
      }
    }
    if (s.concernsContact && concerns) {
      para(`**${escapeMarkdown(CONCERNS_LABEL)}:** ${escapeMarkdown(concernsLine(concerns))}  \n${escapeMarkdown(concerns.confidentiality)}`);
    }
  }
  const earlier = earlierAnswers(def, charter.values, earlierLabels);
  if (earlier.length) {
    para(`## ${EARLIER_HEADING}`);
    for (const a of earlier) {
      para(`**${escapeMarkdown(a.label)}**`);
      if (Array.isArray(a.value)) goalList(a.value);
      else para(escapeMarkdown(a.text).replace(/\n/g, '  \n'));
    }
  }
  let out = '';
  blocks.forEach((b, i) => {
    const prev = blocks[i - 1];
    out += i === 0 ? b.text : `${prev?.list && b.list ? '\n' : '\n\n'}${b.text}`;
  });
  return `${out}\n`;
}
