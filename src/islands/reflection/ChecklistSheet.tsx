import { isForPairs, type ScheduledChecklist } from '../../lib/checklists/checklist';
import type { ConcernsContact } from '../../lib/program-schema';
import ConcernsNote from '../shared/ConcernsNote';
import type { CharterDoc } from '../../lib/docs/charter-doc';
import { charterTitle } from '../shared/charter-title';
import type { ReflectionData } from '../../lib/docs/reflection-doc';
import { earlierItems } from '../../lib/checklists/earlier';
import type { Strings } from '../../lib/i18n/messages';
import { I18n, useT } from '../shared/i18n';
import EarlierItems from './EarlierItems';

interface Props {
  checklist: ScheduledChecklist;
  programName: string;
  /** A filled entry to print with its ticks and notes; omit for a blank sheet. */
  entry?: { date: string; ticks: Record<string, boolean>; notes: Record<string, string>; partner?: string | undefined };
  /**
   * 1 on the sheet's own page; 2 inside a larger page (the kick-off pack, a journal entry), where
   * its sections are named after the sheet too: two sheets may both have a "Since last time".
   */
  level?: 1 | 2;
  /** The programme's concerns contact, for a checklist that shows it. */
  concerns?: ConcernsContact | undefined;
  /** For a filled entry: the last wording of items removed from the checklist, to print answers saved under them. */
  retired?: Record<string, string> | undefined;
}

/**
 * A checklist as a printed sheet: programme, title, lines for name, partner and date, real tick
 * boxes and ruled lines to write on (or, for a filled entry, its ticks and notes as text). A page
 * that renders it on its own (a worksheet) hands it the page's `strings`; inside a tool it reads the tool's.
 */
export default function ChecklistSheet({ strings, ...props }: Props & { strings?: Strings | undefined }) {
  return strings ? (
    <I18n strings={strings}>
      <Sheet {...props} />
    </I18n>
  ) : (
    <Sheet {...props} />
  );
}

function Sheet({ checklist, programName, entry, level = 1, concerns, retired }: Props) {
  const t = useT();
  const H = `h${level}` as 'h1' | 'h2';
  const S = `h${level + 1}` as 'h2' | 'h3';
  const lines: [string, string][] = [
    [t('reflection.sheet.name'), ''],
    // A coordinator's sheet is about a cohort, not a partner.
    isForPairs(checklist) ? [t('reflection.sheet.partner'), entry?.partner ?? ''] : [t('reflection.sheet.cohort'), ''],
    [t('reflection.sheet.date'), entry?.date ?? ''],
  ];
  return (
    <article class="sheet">
      <header class="sheet-head">
        {/* The programme's name and the lines to write on are chrome: kept out of the search index and its excerpts. */}
        <p class="sheet-programme" data-pagefind-ignore>
          {programName}
        </p>
        <H class="sheet-title">{checklist.title}</H>
        <div class="sheet-lines" data-pagefind-ignore>
          {lines.map(([label, value]) => (
            <span key={label} class="sheet-line">
              <span class="sheet-line-label">{label}</span>
              <span class="sheet-line-rule">{value}</span>
            </span>
          ))}
        </div>
      </header>
      <p class="sheet-intro">{checklist.intro}</p>
      {checklist.sections.map((s) => (
        <section key={s.title} class="sheet-section" aria-label={level === 1 ? s.title : t('reflection.sheet.section', { checklist: checklist.title, section: s.title })}>
          <S>{s.title}</S>
          <ul class="sheet-items">
            {s.items.map((item) =>
              item.kind === 'tick' ? (
                <li key={item.id}>
                  <span class={`tick-box${entry?.ticks[item.id] ? ' ticked' : ''}`} aria-hidden="true" />
                  <span>
                    {item.text}
                    {entry && <span class="visually-hidden"> {entry.ticks[item.id] ? t('reflection.ticked') : t('reflection.notTicked')}</span>}
                  </span>
                </li>
              ) : (
                <li key={item.id} class="sheet-prompt">
                  <span class="prompt-text">{item.text}</span>
                  {entry?.notes[item.id]?.trim() ? <p class="sheet-answer">{entry.notes[item.id]}</p> : <WritingLines count={item.lines ?? 2} />}
                </li>
              ),
            )}
          </ul>
        </section>
      ))}
      {entry && <EarlierItems items={earlierItems(t, checklist, entry, retired)} level={3} />}
      {concerns && checklist.concernsContact && <ConcernsNote concerns={concerns} id={`sheet-concerns-${level}`} class="sheet-concerns" checklist compact />}
    </article>
  );
}

/**
 * Ruled lines to write on, as the charter's sheet draws them (its own copy: the charter's sheet code
 * is not needed to print an entry).
 */
function WritingLines({ count }: { count: number }) {
  return (
    <span class="write-lines" aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <span key={i} class="write-line" />
      ))}
    </span>
  );
}

/** A journal entry as printed from its page: its date in words and the relationship it is kept for. */
export function EntryPrint({ data, charters, ...rest }: Omit<Props, 'entry' | 'level'> & { data: ReflectionData; charters: readonly CharterDoc[] }) {
  const t = useT();
  const charter = data.charterId ? charters.find((c) => c.id === data.charterId) : undefined;
  return <Sheet {...rest} level={2} entry={{ date: t.date(data.date), ticks: data.ticks, notes: data.notes, partner: charter ? charterTitle(charter) : undefined }} />;
}
