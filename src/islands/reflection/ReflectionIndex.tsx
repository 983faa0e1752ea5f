import type { Strings, Translate } from '../../lib/i18n/messages';
import { I18n, useT } from '../shared/i18n';
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { repeatLabel, type ScheduledChecklist } from '../../lib/checklists/checklist';
import { WHEN, WHEN_LABELS } from '../../lib/checklists/when';
import { dueStatus, localDate, type DueStatus } from '../../lib/checklists/due';
import type { Audience } from '../../lib/site';
import { reflections } from '../../stores/persistence';

interface Props {
  /** The page's interface strings: its language, and the reflection part. */
  strings: Strings;
  checklists: Pick<ScheduledChecklist, 'id' | 'title' | 'description' | 'audience' | 'when' | 'repeat'>[];
  base: string;
}

const $entries = reflections.$list;

/** Who a checklist is for, as they are named in a sentence ("For mentors and mentees."). */
const AUDIENCE_PLURALS = {
  mentor: 'reflection.audience.mentor',
  mentee: 'reflection.audience.mentee',
  coordinator: 'reflection.audience.coordinator',
} as const satisfies Record<Audience, string>;

function statusText(t: Translate, s: DueStatus): string {
  switch (s.state) {
    case 'never':
      return t('reflection.index.never');
    case 'one-off-done':
      return t('reflection.index.doneOn', { date: t.date(s.last) });
    case 'not-due':
      return t('reflection.index.notDue', { last: t.date(s.last), due: t.date(s.dueOn) });
    case 'due':
      return t('reflection.index.due', { last: t.date(s.last) });
    case 'overdue':
      return t('reflection.index.overdue', { last: t.date(s.last), due: t.date(s.dueOn) });
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
  const t = useT();
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const entries = useStore($entries);
  const today = mounted ? localDate(new Date()) : '';
  return (
    <div class="reflection-index">
      {WHEN.filter((w) => checklists.some((c) => c.when === w)).map((w) => (
        <section key={w} aria-labelledby={`when-${w}`} class="topic-section">
          <h2 id={`when-${w}`}>{t(WHEN_LABELS[w])}</h2>
          <ul class="grid">
            {checklists
              .filter((c) => c.when === w)
              .map((c) => {
                const last = entries.filter((e) => e.data.checklistId === c.id).map((e) => e.data.date).sort().at(-1);
                const status = mounted ? dueStatus(c, last, today) : null;
                const who = t.list(c.audience.map((a) => t(AUDIENCE_PLURALS[a])));
                return (
                  <li key={c.id} class="card">
                    <h3>
                      <a class="stretched" href={`${base}tools/reflection/${c.id}/`}>
                        {c.title}
                      </a>
                    </h3>
                    <p>{c.description}</p>
                    <p class="hint">{c.repeat ? t('reflection.index.forWhomRepeat', { who, repeat: repeatLabel(t, c.repeat) }) : t('reflection.index.forWhom', { who })}</p>
                    {/* The line is there from the start (empty until the page knows), so the cards never grow. */}
                    <p class={status ? `due due-${status.state}` : 'due'}>{status ? statusText(t, status) : '\u00a0'}</p>
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </div>
  );
}
