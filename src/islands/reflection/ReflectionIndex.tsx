import type { Strings } from '../../lib/i18n/messages';
import { I18n } from '../shared/i18n';
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { ScheduledChecklist } from '../../lib/checklists/checklist';
import { WHEN, WHEN_LABELS } from '../../lib/checklists/when';
import { dueStatus, localDate, type DueStatus } from '../../lib/checklists/due';
import { formatDate } from '../../lib/format';
import { AUDIENCE_ROUTES } from '../../lib/site';
import { reflections } from '../../stores/persistence';

interface Props {
  /** The page's interface strings: its language, and the reflection part. */
  strings: Strings;
  checklists: Pick<ScheduledChecklist, 'id' | 'title' | 'description' | 'audience' | 'when' | 'repeat'>[];
  base: string;
}

const $entries = reflections.$list;

function statusText(s: DueStatus): string {
  switch (s.state) {
    case 'never':
      return 'Not done yet.';
    case 'one-off-done':
      return `Done on ${formatDate(s.last)}.`;
    case 'not-due':
      return `Last done ${formatDate(s.last)}; next due ${formatDate(s.dueOn)}.`;
    case 'due':
      return `Last done ${formatDate(s.last)}; due now.`;
    case 'overdue':
      return `Last done ${formatDate(s.last)}; it was due on ${formatDate(s.dueOn)}.`;
  }
}

/** The checklists by when to use them, each with when I last did it and whether it is due. */
export default function ReflectionIndex({ strings, ...props }: Props) {
  return (
    <I18n strings={strings}>
      <Checklists {...props} />
    </I18n>
  );
}

function Checklists({ checklists, base }: Omit<Props, 'strings'>) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const entries = useStore($entries);
  const today = mounted ? localDate(new Date()) : '';
  return (
    <div class="reflection-index">
      {WHEN.filter((w) => checklists.some((c) => c.when === w)).map((w) => (
        <section key={w} aria-labelledby={`when-${w}`} class="topic-section">
          <h2 id={`when-${w}`}>{WHEN_LABELS[w]}</h2>
          <ul class="grid">
            {checklists
              .filter((c) => c.when === w)
              .map((c) => {
                const last = entries.filter((e) => e.data.checklistId === c.id).map((e) => e.data.date).sort().at(-1);
                const status = mounted ? dueStatus(c, last, today) : null;
                return (
                  <li key={c.id} class="card">
                    <h3>
                      <a class="stretched" href={`${base}tools/reflection/${c.id}/`}>
                        {c.title}
                      </a>
                    </h3>
                    <p>{c.description}</p>
                    <p class="hint">
                      For {c.audience.map((a) => AUDIENCE_ROUTES[a].plural.toLowerCase()).join(' and ')}
                      {c.repeat ? `, ${c.repeat.label}` : ''}.
                    </p>
                    {/* The line is there from the start (empty until the page knows), so the cards never grow. */}
                    <p class={status ? `due due-${status.state}` : 'due'}>{status ? statusText(status) : '\u00a0'}</p>
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </div>
  );
}
