import type { CharterData, CharterValues } from '../../lib/docs/charter-doc';
import { firstMeetingTime } from '../../lib/charter/calendar';
import { fieldKey } from '../../lib/charter/definition';
import { earlierAnswers } from '../../lib/charter/earlier';
import type { CharterDefinition, FieldDef } from '../../lib/charter/schema';
import { readableValue } from '../../lib/charter/text';
import { goalsValue, isFilled, isVisible, roleText } from '../../lib/charter/values';
import { concernsLabel, concernsLine, optionalSectionNote, otherRoutesParagraph } from '../../lib/concerns';
import type { ConcernsContact } from '../../lib/program-schema';
import type { Strings, Translate } from '../../lib/i18n/messages';
import { I18n, useT } from '../shared/i18n';

interface Props {
  def: CharterDefinition;
  programName: string;
  /** Omit for a blank charter to fill in by hand. */
  values?: CharterValues;
  title?: string;
  /** Heading level of the document title (1 on the printable page, 2 inside a tool). */
  level?: 1 | 2;
  /** The programme's concerns contact, filled in where a section asks for it. */
  concerns?: ConcernsContact | undefined;
  /** Labels of fields removed from the charter, for answers stored under them. */
  earlierLabels?: Record<string, string> | undefined;
  /** The charter's calendar settings: the first meeting's time is shown with its date. */
  calendar?: CharterData['calendar'];
  /** When the two agreed this text, and their names, if they did (printed above the signatures). */
  agreed?: { at: string; mentor: string; mentee: string } | undefined;
  /** The page's strings, where no tool around it gives them (a printable page renders it on its own). */
  strings?: Strings | undefined;
}

/** Ruled lines to write on, for fields left empty on paper. */
export function WritingLines({ count }: { count: number }) {
  return (
    <span class="write-lines" aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <span key={i} class="write-line" />
      ))}
    </span>
  );
}

/** Lines to write on for an empty field: on a blank charter, room for an answer; on a typed one, a line that shows it is empty. */
function linesFor(field: FieldDef, blank: boolean): number {
  if (!blank) return field.kind === 'goals' ? 2 : 1;
  return field.kind === 'textarea' ? 3 : field.kind === 'goals' ? 4 : 1;
}

function FieldOnPaper({ field, value, blank, also = '' }: { field: FieldDef; value: CharterValues[string] | undefined; blank: boolean; /** Shown after the value. */ also?: string }) {
  const t = useT();
  if (field.kind === 'goals') {
    const goals = blank ? [] : goalsValue({ v: value ?? '' }, 'v').filter((g) => g.text.trim() || g.success.trim() || g.milestones.length);
    return (
      <div class="doc-field doc-wide">
        <span class="doc-label">{field.label}</span>
        {goals.length === 0 ? (
          <WritingLines count={linesFor(field, blank)} />
        ) : (
          <ol class="doc-goals">
            {goals.map((g) => (
              <li key={g.id}>
                <span class="doc-text">{g.text || t('charterDoc.document.noGoal')}</span>
                {g.success.trim() && <span class="doc-sub">{t('charterDoc.document.success', { text: g.success })}</span>}
                {g.milestones
                  .filter((m) => m.text.trim() || m.date.trim())
                  .map((m) => (
                    <span key={m.id} class="doc-sub">
                      {m.date ? t('charterDoc.document.milestoneDated', { date: m.date, text: m.text }) : t('charterDoc.document.milestone', { text: m.text })}
                    </span>
                  ))}
              </li>
            ))}
          </ol>
        )}
      </div>
    );
  }
  const own = blank ? '' : readableValue(t, field, value);
  const text = own && also ? `${own}, ${also}` : own;
  const wide = field.kind === 'textarea';
  if (field.kind === 'scale' && !text) {
    return (
      <div class={`doc-field${wide ? ' doc-wide' : ''}`}>
        <span class="doc-label">{field.label}</span>
        <span class="doc-scale">
          {(field.labels ?? []).map((l) => (
            <span key={l} class="doc-choice">
              <span class="tick-box" aria-hidden="true" /> {l}
            </span>
          ))}
        </span>
      </div>
    );
  }
  if (field.kind === 'choice' && !text) {
    return (
      <div class="doc-field">
        <span class="doc-label">{field.label}</span>
        <span class="doc-scale">
          {(field.options ?? []).map((o) => (
            <span key={o.value} class="doc-choice">
              <span class="tick-box" aria-hidden="true" /> {o.label}
            </span>
          ))}
        </span>
      </div>
    );
  }
  return (
    <div class={`doc-field${wide ? ' doc-wide' : ''}`}>
      <span class="doc-label">{field.label}</span>
      {text ? <span class="doc-text">{text}</span> : <WritingLines count={linesFor(field, blank)} />}
    </div>
  );
}

/** Answers stored under fields the charter no longer has, so that nothing written is left off the page. */
function EarlierOnPaper({ def, values, labels, heading: S }: { def: CharterDefinition; values: CharterValues; labels: Record<string, string> | undefined; heading: 'h2' | 'h3' }) {
  const t = useT();
  const earlier = earlierAnswers(t, def, values, labels);
  if (earlier.length === 0) return null;
  return (
    <div class="doc-section doc-earlier">
      <S>{t('charter.earlier.heading')}</S>
      <p class="doc-prompt">{t('charterDoc.document.earlierPrompt')}</p>
      <div class="doc-fields">
        {earlier.map((a) => (
          <div key={a.key} class="doc-field doc-wide">
            <span class="doc-label">{a.label}</span>
            <span class="doc-text">{a.text}</span>
          </div>
        ))}
      </div>
    </div>
  );
}

/**
 * The charter as a document: on paper (print) and in the read-only view of a shared charter.
 * Every value is rendered as text; empty fields become lines to write on; signature lines close it.
 */
export default function CharterDocument({ strings, ...props }: Props) {
  return strings ? (
    <I18n strings={strings}>
      <Document {...props} />
    </I18n>
  ) : (
    <Document {...props} />
  );
}

function Document({ def, programName, values, title, level = 2, concerns, earlierLabels, calendar, agreed }: Omit<Props, 'strings'>) {
  const t = useT();
  const blank = values === undefined;
  const v = values ?? {};
  const at = blank ? '' : firstMeetingTime({ values: v, calendar });
  const H = `h${level}` as 'h1' | 'h2';
  const S = `h${level + 1}` as 'h2' | 'h3';
  const mentor = blank ? '' : roleText(def, v, 'mentor-name');
  const mentee = blank ? '' : roleText(def, v, 'mentee-name');
  return (
    <article class="charter-doc">
      <header class="doc-head">
        <p class="doc-programme">{programName}</p>
        <H class="doc-title">{title ? t('charterDoc.colon.pair', { label: def.title, text: title }) : def.title}</H>
        {blank && <p class="doc-intro">{def.intro}</p>}
      </header>
      {def.sections.map((s) => {
        const later = !blank && s.optional && !s.fields.some((f) => isVisible(s, f, v) && isFilled(v[fieldKey(s, f)]));
        return (
          <div key={s.id} class="doc-section">
            <S>{s.title}</S>
            {blank && <p class="doc-prompt">{s.prompt}</p>}
            {later ? (
              <p class="doc-prompt">{optionalSectionNote(t)}</p>
            ) : (
              <div class="doc-fields">
                {s.fields
                  .filter((f) => (blank ? !f.showWhen : isVisible(s, f, v)))
                  .map((f) => (
                    <FieldOnPaper key={f.id} field={f} value={v[fieldKey(s, f)]} blank={blank} also={f.role === 'first-meeting-date' ? at : ''} />
                  ))}
                {s.concernsContact && concerns && (
                  <div class="doc-field doc-wide doc-concerns">
                    <span class="doc-label">{concernsLabel(t)}</span>
                    <span class="doc-text">
                      {concernsLine(concerns)}. {concerns.confidentiality} {otherRoutesParagraph(t, concerns)}
                    </span>
                  </div>
                )}
              </div>
            )}
          </div>
        );
      })}
      {!blank && <EarlierOnPaper def={def} values={v} labels={earlierLabels} heading={S} />}
      <div class="doc-section doc-signatures">
        <S>{t('charterDoc.document.signatures')}</S>
        <p class="doc-prompt">{t('charterDoc.document.weAgree')}</p>
        {agreed && <p class="doc-agreed">{agreedLine(t, agreed)}</p>}
        <div class="signature-grid">
          {[
            ['mentor', t('charterDoc.document.mentor', { name: mentor })],
            ['mentee', t('charterDoc.document.mentee', { name: mentee })],
          ].map(([role, caption]) => (
            <div key={role} class="signature">
              <span class="sig-line" aria-hidden="true" />
              <span class="sig-caption">{caption}</span>
              <span class="sig-line short" aria-hidden="true" />
              <span class="sig-caption">{t('charterDoc.document.date')}</span>
            </div>
          ))}
        </div>
      </div>
    </article>
  );
}

/** "Agreed on 6 December 2026 by Sam and Jo.", or without names when none was written. */
export function agreedLine(t: Translate, agreed: { at: string; mentor: string; mentee: string }): string {
  const names = [agreed.mentor.trim(), agreed.mentee.trim()].filter(Boolean);
  return names.length ? t('charterDoc.document.agreedOnBy', { date: t.date(agreed.at), names: t.list(names) }) : t('charterDoc.document.agreedOn', { date: t.date(agreed.at) });
}
