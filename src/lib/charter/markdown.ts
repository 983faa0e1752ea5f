import type { CharterData, Goal } from '../docs/charter-doc';
import { concernsLabel, concernsLine, optionalSectionNote, otherRoutesParagraph } from '../concerns';
import type { ConcernsContact } from '../program-schema';
import type { Translate } from '../i18n/messages';
import { firstMeetingTime } from './calendar';
import { fieldKey } from './definition';
import { earlierAnswers } from './earlier';
import type { CharterDefinition } from './schema';
import { readableValue } from './text';
import { displayTitle, isFilled, isVisible } from './values';

/** Line endings as CommonMark reads them: CR LF, a bare CR, or LF. */
const LINE_END = /\r\n|\r|\n/;
/** Control characters other than tab and the line breaks: they show as nothing, or as garbage, in a Markdown file. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * Escape one line so it starts nothing: leading spaces and tabs go (four would start a code block;
 * Markdown does not show them anyway), and a block marker at its start (#, -, +, =, or digits then
 * "." or ")") gets a backslash. The other markers (>, *, |, `, ~, <) are escaped wherever they are.
 */
function escapeLineStart(line: string): string {
  let start = 0;
  while (start < line.length && (line[start] === ' ' || line[start] === '\t')) start++;
  const rest = line.slice(start);
  const first = rest[0];
  if (first === '#' || first === '-' || first === '+' || first === '=') return `\\${rest}`;
  const digits = /^\d+/.exec(rest)?.[0].length ?? 0;
  if (digits > 0 && (rest[digits] === '.' || rest[digits] === ')')) return `${rest.slice(0, digits)}\\${rest.slice(digits)}`;
  return rest;
}

/**
 * Escape text so Markdown shows it literally: no markup, HTML, links, headings, lists or code from
 * what people typed. Backslash-escapes CommonMark's punctuation where it could start something;
 * line breaks are kept (as LF). Every pattern here is linear in the text's length.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(CONTROL, '')
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&')
    .split(LINE_END)
    .map(escapeLineStart)
    .join('\n');
}

/** Escape text for a one-line place (a heading, a list item's first line): line breaks become spaces. */
export function escapeMarkdownLine(text: string): string {
  return escapeMarkdown(
    text
      .split(LINE_END)
      .map((l) => l.trim())
      .filter(Boolean)
      .join(' '),
  );
}

/**
 * Markdown for a charter: a heading per section, each field labelled, goals as lists; the
 * programme's concerns contact in the sections that show it; an optional section still empty
 * says so in one line; answers kept from fields since removed, under their earlier labels.
 */
export function charterMarkdown(
  t: Translate,
  def: CharterDefinition,
  charter: Pick<CharterData, 'title' | 'values'> & Partial<Pick<CharterData, 'calendar'>>,
  programName: string,
  /** The day of the export, as the page's language writes it. */
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
      const lines = [`${i + 1}. **${escapeMarkdownLine(g.text.trim() || t('charterDoc.document.noGoal'))}**`];
      if (g.success.trim()) lines.push(`   - ${t('charterDoc.document.success', { text: escapeMarkdownLine(g.success.trim()) })}`);
      for (const m of g.milestones) {
        if (!m.text.trim() && !m.date.trim()) continue;
        const text = escapeMarkdownLine(m.text.trim());
        lines.push(`   - ${m.date.trim() ? t('charterDoc.document.milestoneDated', { date: escapeMarkdownLine(m.date.trim()), text }) : t('charterDoc.document.milestone', { text })}`);
      }
      item(lines.join('\n'));
    });
    return goals.length > 0;
  };
  /** A label and a colon, in bold ("**Label:**"), as the language punctuates it. */
  const label = (text: string) => `**${t('charterDoc.colon.label', { label: escapeMarkdownLine(text) })}**`;
  const notWritten = `_${t('charterDoc.markdown.notWritten')}_`;
  para(`# ${t('charterDoc.colon.pair', { label: escapeMarkdownLine(def.title), text: escapeMarkdownLine(displayTitle(def, charter, t)) })}`);
  para(t('charterDoc.markdown.exported', { programme: escapeMarkdownLine(programName), date: escapeMarkdownLine(exportedOn) }));
  for (const s of def.sections) {
    para(`## ${escapeMarkdownLine(s.title)}`);
    if (s.optional && !s.fields.some((f) => isVisible(s, f, charter.values) && isFilled(charter.values[fieldKey(s, f)]))) {
      para(`_${escapeMarkdownLine(optionalSectionNote(t))}_`);
      continue;
    }
    for (const f of s.fields) {
      if (!isVisible(s, f, charter.values)) continue;
      const value = charter.values[fieldKey(s, f)];
      if (f.kind === 'goals') {
        para(`### ${escapeMarkdownLine(f.label)}`);
        const goals = Array.isArray(value) ? value : [];
        if (!goalList(goals)) para(notWritten);
      } else if (f.kind === 'textarea') {
        const text = readableValue(t, f, value);
        para(`**${escapeMarkdownLine(f.label)}**`);
        para(text ? escapeMarkdown(text).replace(/\n/g, '  \n') : notWritten);
      } else {
        const at = f.role === 'first-meeting-date' ? firstMeetingTime(charter) : '';
        const own = readableValue(t, f, value);
        const text = own && at ? `${own}, ${at}` : own;
        item(`- ${label(f.label)} ${text.trim() ? escapeMarkdownLine(text) : `_${t('charterDoc.markdown.notSet')}_`}`);
      }
    }
    if (s.concernsContact && concerns) {
      para(`${label(concernsLabel(t))} ${escapeMarkdownLine(concernsLine(concerns))}  \n${escapeMarkdownLine(concerns.confidentiality)}  \n${escapeMarkdownLine(otherRoutesParagraph(t, concerns))}`);
    }
  }
  const earlier = earlierAnswers(t, def, charter.values, earlierLabels);
  if (earlier.length) {
    para(`## ${escapeMarkdownLine(t('charter.earlier.heading'))}`);
    for (const a of earlier) {
      para(`**${escapeMarkdownLine(a.label)}**`);
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
