import { useEffect, useRef } from 'preact/hooks';
import type { Answer, Role, Stage } from '../../lib/docs/assessment-doc';
import { earlier, scoreEarlier } from '../../lib/reciprocity/earlier';
import { go } from '../shared/route';
import { useT } from '../shared/i18n';
import { AS_ROLE, STAGE_LABEL, YOUR_ROLE, capitalise } from './labels';
import type { ReciprocityConfig } from './types';

interface Props {
  config: ReciprocityConfig;
  /** Whose answers: mine (a stored assessment) or a partner's (from a link, with their first name). */
  who: { mine: true; status: 'draft' | 'complete' } | { mine: false; name: string };
  role: Role;
  stage: Stage;
  date: string;
  answers: Readonly<Record<string, Answer>>;
}

/**
 * An assessment answered with the earlier questionnaire (version 1), read-only: its scores as that
 * questionnaire worked them out, and, for one's own, every statement with its answer. This view,
 * and the earlier questionnaire's statements, load only when one is opened (see ./lazy.tsx).
 */
export default function Earlier({ config, who, role, stage, date, answers }: Props) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Take focus unless something on this view has it (route.ts may have put it on the page's title while this view loaded).
    if (document.activeElement === document.body || !document.activeElement?.isConnected || document.activeElement.matches('#main h1')) heading.current?.focus();
  }, []);

  // The partner by name, or as "your mentor".
  const partner = who.mine ? '' : who.name.trim() || t(YOUR_ROLE[role]);
  const title = who.mine ? t('reciprocity.earlier.titleMine') : capitalise(t('reciprocity.earlier.titleTheirs', { who: partner }));
  const r = scoreEarlier(role, answers);
  const meta = { asRole: t(AS_ROLE[role]), stage: STAGE_LABEL(config.instrument, stage).toLowerCase(), date: t.date(date) };
  const counts = { answered: r.answered, total: r.total };

  return (
    <div class="results earlier">
      <div class="print-header" aria-hidden="true">
        <span>{t('reciprocity.earlier.printTitle', { title: earlier.title })}</span>
        <span>{meta.date}</span>
      </div>
      <h2 id="results-title" tabIndex={-1} ref={heading}>
        {title}
      </h2>
      <p class="meta-line">{capitalise(who.mine && who.status === 'draft' ? t('reciprocity.earlier.metaDraft', meta) : t('reciprocity.earlier.meta', meta))}</p>
      <div class="notice earlier-note">
        <p>
          <strong>{t('reciprocity.earlier.label')}</strong> {t('reciprocity.earlier.note')}
        </p>
        {!who.mine && <p>{t('reciprocity.earlier.toCompare', { who: partner })}</p>}
      </div>
      <p class="framing">{config.instrument.framing}</p>

      <section aria-labelledby="earlier-overall">
        <h3 id="earlier-overall">{t('reciprocity.earlier.scores')}</h3>
        <p>{r.overall === null ? t('reciprocity.earlier.overallNone', { ...counts, needed: earlier.minDimensions }) : t('reciprocity.earlier.overall', { ...counts, score: r.overall })}</p>
        <table class="data-table">
          <caption class="visually-hidden">{t('reciprocity.earlier.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reciprocity.dimension')}</th>
              <th scope="col">{t('reciprocity.earlier.scoreColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {r.dimensions.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.title}</th>
                <td>{d.score ?? t('reciprocity.earlier.tooFew', { answered: d.answered, total: d.statements.length })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {who.mine && (
        <section aria-labelledby="earlier-answers">
          <h3 id="earlier-answers">{t('reciprocity.earlier.answers')}</h3>
          {r.dimensions.map((d) => (
            <div key={d.id} class="earlier-dimension">
              <h4>{d.title}</h4>
              <ul class="earlier-answers">
                {d.statements.map((s) => (
                  <li key={s.id}>
                    {s.text} <strong>{s.answer || t('reciprocity.earlier.notAnswered')}</strong>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}

      <p class="button-row no-print">
        <button type="button" class="secondary" onClick={() => window.print()}>
          {t('reciprocity.earlier.print')}
        </button>
        <a class="button secondary" href={location.pathname} onClick={(e) => go(e, null)}>
          {who.mine ? t('reciprocity.takeCurrent') : t('reciprocity.back')}
        </a>
      </p>
    </div>
  );
}
