import { useEffect, useRef, useState } from 'preact/hooks';
import { calendarMissingText, calendarSettings } from '../../lib/charter/calendar';
import type { FieldDef } from '../../lib/charter/schema';
import { isRealTime } from '../../lib/charter/validate';
import { displayTitle } from '../../lib/charter/values';
import type { CalendarSettings, CharterDoc, FieldValue } from '../../lib/docs/charter-doc';
import { formatDate } from '../../lib/format';
import { isTimeZone } from '../../lib/timezone';
import { charters } from '../../stores/persistence';
import { downloadText } from '../shared/download';
import { flushAllDrafts } from '../shared/useDraft';
import { FieldEditor } from './fields';
import type { CharterConfig } from './types';

interface Props {
  config: CharterConfig;
  doc: CharterDoc;
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/(^-|-$)/g, '') || 'charter';

/** The fields of the calendar settings: not part of the agreement, so they live here. */
const TIME_FIELD: FieldDef = { id: 'time', label: 'First meeting time', kind: 'time', hint: 'The time where you are.' };
const ZONE_FIELD: FieldDef = { id: 'timeZone', label: 'Time zone', kind: 'timezone' };

/** The reader's own time zone: the calendar's zone until they choose another. */
const ownZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Markdown (copy or download) and the calendar file. The exporters load only when asked for. */
export default function ExportPanel({ config, doc }: Props) {
  const [status, setStatus] = useState('');
  const [missing, setMissing] = useState<string[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const settings = calendarSettings(doc.data, ownZone());
  const errors: Record<string, string> = {};
  if (settings.time.trim() && !isRealTime(settings.time.trim())) errors['time'] = `First meeting time: “${settings.time}” is not a time. Use 24-hour HH:MM, for example 17:30.`;
  if (!isTimeZone(settings.timeZone)) errors['timeZone'] = `Time zone: “${settings.timeZone}” is not a time zone. Choose one from the list.`;

  /** Save one calendar setting on the newest stored copy of the charter. */
  const saveSetting = (key: keyof CalendarSettings) => (value: FieldValue) => {
    if (typeof value !== 'string') return;
    charters.update(doc.id, (d) => ({ ...d, calendar: { ...calendarSettings(d, ownZone()), [key]: value } }));
  };

  /** The charter as stored now: a setting saved a moment ago is in it. */
  const current = () => charters.$docs.get()[doc.id] ?? doc;

  async function markdown(): Promise<string> {
    const { charterMarkdown } = await import('../../lib/charter/markdown');
    return charterMarkdown(config.def, current().data, config.programName, formatDate(new Date()), config.concerns, config.earlierLabels);
  }

  async function copyMarkdown() {
    const text = await markdown();
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Markdown copied to the clipboard.');
    } catch {
      setStatus('Your browser did not let the page copy. Download the file instead.');
    }
  }

  async function downloadMarkdown() {
    downloadText(`${slug(displayTitle(config.def, current().data))}.md`, await markdown(), 'text/markdown');
    setStatus('Markdown file downloaded.');
  }

  async function calendar() {
    flushAllDrafts();
    const { charterIcs } = await import('../../lib/charter/ics');
    const r = charterIcs(config.def, current().data, { id: doc.id, now: new Date(), fallbackZone: ownZone(), url: `${location.origin}${location.pathname}?id=${doc.id}` });
    if (!r.ok) {
      setMissing(r.missing);
      setStatus('');
      return;
    }
    setMissing([]);
    downloadText(r.fileName, r.text, 'text/calendar');
    setStatus('Calendar file downloaded. Open it to add the check-ins, the review date and the end date to your calendar.');
  }

  return (
    <section class="tool-panel" aria-labelledby="export-title">
      <h2 id="export-title" tabIndex={-1} ref={heading}>
        Markdown and calendar
      </h2>
      <p>Markdown is plain text with headings: paste it into a document, a wiki or an email.</p>
      <p class="button-row">
        <button type="button" onClick={() => void copyMarkdown()}>
          Copy as Markdown
        </button>
        <button type="button" class="secondary" onClick={() => void downloadMarkdown()}>
          Download .md
        </button>
      </p>
      <h3>Calendar file</h3>
      <p>
        The calendar file adds your regular check-in, from the first meeting date and the rhythm you agreed, and the review and end dates, to any
        calendar app. The time and zone below are yours alone: each of you can make a file in your own time zone.
      </p>
      <div class="calendar-settings">
        <FieldEditor field={TIME_FIELD} id="calendar-time" value={settings.time} onSave={saveSetting('time')} errors={errors} errorKey="time" />
        <FieldEditor field={ZONE_FIELD} id="calendar-zone" value={settings.timeZone} onSave={saveSetting('timeZone')} errors={errors} errorKey="timeZone" />
      </div>
      <p>
        <button type="button" class="secondary" onClick={() => void calendar()}>
          Download calendar file (.ics)
        </button>
      </p>
      {missing.length > 0 && (
        <div class="notice notice-warn" role="alert">
          <p>
            {calendarMissingText(missing)} The date and session length are in the Rhythm section; the time and zone are just above.
          </p>
        </div>
      )}
      <p role="status" class="hint">
        {status}
      </p>
    </section>
  );
}
