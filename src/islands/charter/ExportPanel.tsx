import { useEffect, useRef, useState } from 'preact/hooks';
import { displayTitle } from '../../lib/charter/values';
import type { CharterDoc } from '../../lib/docs/charter-doc';
import { formatDate } from '../../lib/format';
import { downloadText } from '../shared/download';
import type { CharterConfig } from './types';

interface Props {
  config: CharterConfig;
  doc: CharterDoc;
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/(^-|-$)/g, '') || 'charter';

/** Markdown (copy or download) and the calendar file. The exporters load only when asked for. */
export default function ExportPanel({ config, doc }: Props) {
  const [status, setStatus] = useState('');
  const [missing, setMissing] = useState<string[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  async function markdown(): Promise<string> {
    const { charterMarkdown } = await import('../../lib/charter/markdown');
    return charterMarkdown(config.def, doc.data, config.programName, formatDate(new Date()), config.earlierLabels);
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
    downloadText(`${slug(displayTitle(config.def, doc.data))}.md`, await markdown(), 'text/markdown');
    setStatus('Markdown file downloaded.');
  }

  async function calendar() {
    const { charterIcs } = await import('../../lib/charter/ics');
    const r = charterIcs(config.def, doc.data, { id: doc.id, now: new Date(), url: `${location.origin}${location.pathname}?id=${doc.id}` });
    if (!r.ok) {
      setMissing(r.missing);
      setStatus('');
      return;
    }
    setMissing([]);
    downloadText(r.fileName, r.text, 'text/calendar');
    setStatus('Calendar file downloaded. Open it to add the check-ins and the review date to your calendar.');
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
      <p>
        The calendar file adds your regular check-in (from the Rhythm section) and the review date to any calendar app.
      </p>
      <p>
        <button type="button" class="secondary" onClick={() => void calendar()}>
          Download calendar file (.ics)
        </button>
      </p>
      {missing.length > 0 && (
        <div class="notice notice-warn" role="alert">
          <p>To make a calendar file, the Rhythm section needs {missing.join(', ')}.</p>
        </div>
      )}
      <p role="status" class="hint">
        {status}
      </p>
    </section>
  );
}
