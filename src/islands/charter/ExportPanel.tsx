import { useEffect, useRef, useState } from 'preact/hooks';
import { calendarMissingText, calendarSettings } from '../../lib/charter/calendar';
import type { FieldDef } from '../../lib/charter/schema';
import { isRealTime } from '../../lib/charter/validate';
import { displayTitle } from '../../lib/charter/values';
import type { CalendarSettings, CharterDoc, FieldValue } from '../../lib/docs/charter-doc';
import { isTimeZone } from '../../lib/timezone';
import { charters } from '../../stores/persistence';
import { downloadText } from '../shared/download';
import { flushAllDrafts } from '../shared/useDraft';
import { FieldEditor } from './fields';
import { useT } from '../shared/i18n';
import type { CharterConfig } from './types';

interface Props {
  config: CharterConfig;
  doc: CharterDoc;
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/(^-|-$)/g, '');

/** The reader's own time zone: the calendar's zone until they choose another. */
const ownZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Markdown (copy or download) and the calendar file. The exporters load only when asked for. */
export default function ExportPanel({ config, doc }: Props) {
  const t = useT();
  /** The fields of the calendar settings: not part of the agreement, so they live here. */
  const timeField: FieldDef = { id: 'time', label: t('charterDoc.export.time'), kind: 'time', hint: t('charterDoc.export.timeHint') };
  const zoneField: FieldDef = { id: 'timeZone', label: t('charterDoc.export.zone'), kind: 'timezone' };
  const [status, setStatus] = useState('');
  const [missing, setMissing] = useState<string[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const settings = calendarSettings(doc.data, ownZone());
  const errors: Record<string, string> = {};
  if (settings.time.trim() && !isRealTime(settings.time.trim())) errors['time'] = t('charterDoc.export.timeInvalid', { value: settings.time });
  if (!isTimeZone(settings.timeZone)) errors['timeZone'] = t('charterDoc.export.zoneInvalid', { value: settings.timeZone });

  /** Save one calendar setting on the newest stored copy of the charter. */
  const saveSetting = (key: keyof CalendarSettings) => (value: FieldValue) => {
    if (typeof value !== 'string') return;
    charters.update(doc.id, (d) => ({ ...d, calendar: { ...calendarSettings(d, ownZone()), [key]: value } }));
  };

  /** The charter as stored now: a setting saved a moment ago is in it. */
  const current = () => charters.$docs.get()[doc.id] ?? doc;

  async function markdown(): Promise<string> {
    const { charterMarkdown } = await import('../../lib/charter/markdown');
    return charterMarkdown(t, config.def, current().data, config.programName, t.date(new Date()), config.concerns, config.earlierLabels);
  }

  async function copyMarkdown() {
    const text = await markdown();
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('charterDoc.export.copied'));
    } catch {
      setStatus(t('charterDoc.export.copyRefused'));
    }
  }

  async function downloadMarkdown() {
    downloadText(`${slug(displayTitle(config.def, current().data, t)) || t('charterDoc.export.fileFallback')}.md`, await markdown(), 'text/markdown');
    setStatus(t('charterDoc.export.downloaded'));
  }

  async function calendar() {
    flushAllDrafts();
    const { charterIcs } = await import('../../lib/charter/ics');
    const r = charterIcs(t, config.def, current().data, { id: doc.id, now: new Date(), fallbackZone: ownZone(), url: `${location.origin}${location.pathname}?id=${doc.id}` });
    if (!r.ok) {
      setMissing(r.missing);
      setStatus('');
      return;
    }
    setMissing([]);
    downloadText(r.fileName, r.text, 'text/calendar');
    setStatus(t('charterDoc.export.calendarDownloaded'));
  }

  return (
    <section class="tool-panel" aria-labelledby="export-title">
      <h2 id="export-title" tabIndex={-1} ref={heading}>
        {t('charterDoc.export.title')}
      </h2>
      <p>{t('charterDoc.export.intro')}</p>
      <p class="button-row">
        <button type="button" onClick={() => void copyMarkdown()}>
          {t('charterDoc.export.copy')}
        </button>
        <button type="button" class="secondary" onClick={() => void downloadMarkdown()}>
          {t('charterDoc.export.download')}
        </button>
      </p>
      <h3>{t('charterDoc.export.calendarTitle')}</h3>
      <p>{t('charterDoc.export.calendarIntro')}</p>
      <div class="calendar-settings">
        <FieldEditor field={timeField} id="calendar-time" value={settings.time} onSave={saveSetting('time')} errors={errors} errorKey="time" />
        <FieldEditor field={zoneField} id="calendar-zone" value={settings.timeZone} onSave={saveSetting('timeZone')} errors={errors} errorKey="timeZone" />
      </div>
      <p>
        <button type="button" class="secondary" onClick={() => void calendar()}>
          {t('charterDoc.export.calendarButton')}
        </button>
      </p>
      {missing.length > 0 && (
        <div class="notice notice-warn" role="alert">
          <p>{t('charterDoc.export.missingHere', { missing: calendarMissingText(missing, t) })}</p>
        </div>
      )}
      <p role="status" class="hint">
        {status}
      </p>
    </section>
  );
}
