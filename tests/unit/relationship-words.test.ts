/**
 * What My mentoring's panels say about a relationship's dates, in French and Spanish as in English:
 * the uncomfortable days of relationship-dates.test.ts (a review today, the day after, two days ahead,
 * overdue by one day and by many, two relationships side by side), through the functions the panels
 * use (src/lib/relationship/panel-words.ts). Counts of days, weeks and sessions take each language's
 * plural forms ("dans 1 jour", "dans 2 jours"; "dentro de 1 día", "dentro de 2 días").
 */
import { describe, expect, it } from 'vitest';
import { roleKey } from '../../src/lib/charter/definition';
import type { CharterDoc } from '../../src/lib/docs/charter-doc';
import type { SessionDoc } from '../../src/lib/docs/session-doc';
import type { Translate } from '../../src/lib/i18n/messages';
import { dueWords, factsWords, goalProgressWords, nextSessionWords } from '../../src/lib/relationship/panel-words';
import { panels, type Panel } from '../../src/lib/relationship/panels';
import { rhythmOf } from '../../src/lib/relationship/schedule';
import { goalHistory, newSession } from '../../src/lib/relationship/sessions';
import { enT, tIn } from '../helpers/strings';
import { charterDefinition } from './helpers/charter-def';
import { everyWeeks } from '../../src/lib/checklists/checklist';

const def = charterDefinition();
const key = (role: Parameters<typeof roleKey>[1]) => roleKey(def, role)!;
function charter(values: Record<string, string>, id = 'c1', updatedAt = '2026-01-05T10:00:00.000Z'): CharterDoc {
  const keyed = Object.fromEntries(Object.entries(values).map(([role, v]) => [key(role as Parameters<typeof roleKey>[1]), v]));
  return { id, type: 'charter', v: 2, createdAt: '2026-01-05T10:00:00.000Z', updatedAt, data: { title: '', values: keyed, revisions: [] } } as unknown as CharterDoc;
}
const both: ('mentor' | 'mentee')[] = ['mentor', 'mentee'];
const cadence = { weeks: 2, label: everyWeeks(2), cadence: true as const };
const checklists = [
  { id: 'before', title: 'Before a session', when: 'before-session' as const, repeat: cadence, audience: both },
  { id: 'after', title: 'After a session', when: 'after-session' as const, repeat: cadence, audience: both },
  { id: 'closing', title: 'Closing well', when: 'end' as const, audience: both },
];

const languages = { en: enT, fr: tIn('fr'), es: tIn('es') };
type Lang = keyof typeof languages;

/**
 * A panel's sentences as the page shows them: the facts at the top, "Next session", and each
 * checklist with its due state. Where the charter stands between the two (the charter's own words)
 * is left out.
 */
function says(t: Translate, p: Panel): string[] {
  const next = nextSessionWords(t, p);
  return [
    ...factsWords(t, { ...p, handover: undefined }),
    t(next.k, { ...next.params, ...(next.when !== undefined ? { when: next.when } : {}) }),
    ...p.due.map((d) => t('mentoring.due.item', { checklist: d.checklist.title, state: dueWords(t, d.status) })),
  ];
}
const seen = (t: Translate, now: string, charters: CharterDoc[]) =>
  panels({ def, checklists, charters, assessments: [], reflections: [], sessions: [], now: new Date(`${now}T09:00:00Z`), timeZone: 'UTC', programRhythm: rhythmOf('fortnightly'), t });

const names = { 'mentee-name': 'Amara', 'mentor-name': 'Tomasz' };
// Every two weeks on Tuesdays from 3 March 2026 to 23 June, as in relationship-dates.test.ts.
const pair = (extra: Record<string, string> = {}) => charter({ ...names, cadence: 'fortnightly', 'first-meeting-date': '2026-03-03', 'start-date': '2026-03-03', 'end-date': '2026-06-23', ...extra });
// Every three weeks from Saturday 28 February, no end: the second of two relationships.
const jo = () => charter({ 'mentee-name': 'Jo', cadence: 'every-n-weeks', 'cadence-weeks': '3', 'first-meeting-date': '2026-02-28' }, 'c2', '2026-01-04T10:00:00.000Z');

interface Row {
  name: string;
  now: string;
  charters: () => CharterDoc[];
  /** Each panel's sentences, in each language. */
  says: Record<Lang, string[][]>;
}

const rows: Row[] = [
  {
    name: 'the review today, on a session day',
    now: '2026-03-17',
    charters: () => [pair({ 'review-date': '2026-03-17' })],
    says: {
      en: [
        [
          'Amara and Tomasz.',
          '3 of 13 charter sections written.',
          'Review today, 17 March 2026.',
          'Agreed to end on 23 June 2026.',
          'You meet every two weeks.',
          '17 March 2026 (the last was 3 March 2026).',
          'After a session: Overdue since 3 March 2026',
          'Before a session: Due 17 March 2026',
          'Closing well: Next due 9 June 2026',
        ],
      ],
      fr: [
        [
          'Amara et Tomasz.',
          'Sections de la charte rédigées\u00a0: 3 sur 13.',
          'Point d’étape aujourd’hui, le 17 mars 2026.',
          'Fin convenue le 23 juin 2026.',
          'Vous vous voyez toutes les deux semaines.',
          '17 mars 2026 (la dernière a eu lieu le 3 mars 2026).',
          'After a session\u00a0: En retard depuis le 3 mars 2026',
          'Before a session\u00a0: À faire pour le 17 mars 2026',
          'Closing well\u00a0: Prochaine échéance le 9 juin 2026',
        ],
      ],
      es: [
        [
          'Amara y Tomasz.',
          'Secciones de la carta escritas: 3 de 13.',
          'Revisión hoy, 17 de marzo de 2026.',
          'Acordaron terminar el 23 de junio de 2026.',
          'Se reúnen cada dos semanas.',
          '17 de marzo de 2026 (la última fue el 3 de marzo de 2026).',
          'After a session: Atrasada desde el 3 de marzo de 2026',
          'Before a session: Para el 17 de marzo de 2026',
          'Closing well: La próxima, el 9 de junio de 2026',
        ],
      ],
    },
  },
  {
    name: 'the review the day after',
    now: '2026-03-18',
    charters: () => [pair({ 'review-date': '2026-03-19' })],
    says: {
      en: [
        [
          'Amara and Tomasz.',
          '3 of 13 charter sections written.',
          'Review on 19 March 2026, in 1 day.',
          'Agreed to end on 23 June 2026.',
          'You meet every two weeks.',
          '31 March 2026 (the last was 17 March 2026).',
          'After a session: Due 17 March 2026',
          'Before a session: Next due 31 March 2026',
          'Closing well: Next due 9 June 2026',
        ],
      ],
      fr: [
        [
          'Amara et Tomasz.',
          'Sections de la charte rédigées\u00a0: 3 sur 13.',
          'Point d’étape le 19 mars 2026, dans 1 jour.',
          'Fin convenue le 23 juin 2026.',
          'Vous vous voyez toutes les deux semaines.',
          '31 mars 2026 (la dernière a eu lieu le 17 mars 2026).',
          'After a session\u00a0: À faire pour le 17 mars 2026',
          'Before a session\u00a0: Prochaine échéance le 31 mars 2026',
          'Closing well\u00a0: Prochaine échéance le 9 juin 2026',
        ],
      ],
      es: [
        [
          'Amara y Tomasz.',
          'Secciones de la carta escritas: 3 de 13.',
          'Revisión el 19 de marzo de 2026, dentro de 1 día.',
          'Acordaron terminar el 23 de junio de 2026.',
          'Se reúnen cada dos semanas.',
          '31 de marzo de 2026 (la última fue el 17 de marzo de 2026).',
          'After a session: Para el 17 de marzo de 2026',
          'Before a session: La próxima, el 31 de marzo de 2026',
          'Closing well: La próxima, el 9 de junio de 2026',
        ],
      ],
    },
  },
  {
    name: 'the review in two days',
    now: '2026-03-18',
    charters: () => [pair({ 'review-date': '2026-03-20' })],
    says: {
      en: [
        [
          'Amara and Tomasz.',
          '3 of 13 charter sections written.',
          'Review on 20 March 2026, in 2 days.',
          'Agreed to end on 23 June 2026.',
          'You meet every two weeks.',
          '31 March 2026 (the last was 17 March 2026).',
          'After a session: Due 17 March 2026',
          'Before a session: Next due 31 March 2026',
          'Closing well: Next due 9 June 2026',
        ],
      ],
      fr: [
        [
          'Amara et Tomasz.',
          'Sections de la charte rédigées\u00a0: 3 sur 13.',
          'Point d’étape le 20 mars 2026, dans 2 jours.',
          'Fin convenue le 23 juin 2026.',
          'Vous vous voyez toutes les deux semaines.',
          '31 mars 2026 (la dernière a eu lieu le 17 mars 2026).',
          'After a session\u00a0: À faire pour le 17 mars 2026',
          'Before a session\u00a0: Prochaine échéance le 31 mars 2026',
          'Closing well\u00a0: Prochaine échéance le 9 juin 2026',
        ],
      ],
      es: [
        [
          'Amara y Tomasz.',
          'Secciones de la carta escritas: 3 de 13.',
          'Revisión el 20 de marzo de 2026, dentro de 2 días.',
          'Acordaron terminar el 23 de junio de 2026.',
          'Se reúnen cada dos semanas.',
          '31 de marzo de 2026 (la última fue el 17 de marzo de 2026).',
          'After a session: Para el 17 de marzo de 2026',
          'Before a session: La próxima, el 31 de marzo de 2026',
          'Closing well: La próxima, el 9 de junio de 2026',
        ],
      ],
    },
  },
  {
    name: 'the review and the end overdue by one day',
    now: '2026-03-18',
    charters: () => [pair({ 'review-date': '2026-03-17', 'end-date': '2026-03-17' })],
    says: {
      en: [
        [
          'Amara and Tomasz.',
          '3 of 13 charter sections written.',
          'The review was due on 17 March 2026.',
          'Agreed to end on 17 March 2026, now past.',
          'You meet every two weeks.',
          'The end date you agreed, 17 March 2026, has passed, so no more sessions are scheduled. To go on meeting, change the end date in the charter.',
          'Closing well: Overdue since 17 March 2026',
        ],
      ],
      fr: [
        [
          'Amara et Tomasz.',
          'Sections de la charte rédigées\u00a0: 3 sur 13.',
          'Le point d’étape était prévu le 17 mars 2026.',
          'Fin convenue le 17 mars 2026, date maintenant passée.',
          'Vous vous voyez toutes les deux semaines.',
          'La date de fin convenue, le 17 mars 2026, est passée\u00a0; aucune autre séance n’est donc prévue. Pour continuer à vous voir, changez la date de fin dans la charte.',
          'Closing well\u00a0: En retard depuis le 17 mars 2026',
        ],
      ],
      es: [
        [
          'Amara y Tomasz.',
          'Secciones de la carta escritas: 3 de 13.',
          'La revisión estaba prevista para el 17 de marzo de 2026.',
          'Acordaron terminar el 17 de marzo de 2026, fecha que ya pasó.',
          'Se reúnen cada dos semanas.',
          'La fecha de fin que acordaron, el 17 de marzo de 2026, ya pasó, así que no hay más sesiones previstas. Para seguir reuniéndose, cambien la fecha de fin en la carta.',
          'Closing well: Atrasada desde el 17 de marzo de 2026',
        ],
      ],
    },
  },
  {
    name: 'the review and the end overdue by many days, monthly on the last Saturday',
    now: '2026-03-18',
    charters: () => [charter({ ...names, cadence: 'monthly', 'first-meeting-date': '2026-01-31', 'start-date': '2026-01-05', 'end-date': '2026-01-31', 'review-date': '2026-02-01' })],
    says: {
      en: [
        [
          'Amara and Tomasz.',
          '3 of 13 charter sections written.',
          'The review was due on 1 February 2026.',
          'Agreed to end on 31 January 2026, now past.',
          'You meet every month, on the last Saturday.',
          'The end date you agreed, 31 January 2026, has passed, so no more sessions are scheduled. To go on meeting, change the end date in the charter.',
          'Closing well: Overdue since 31 January 2026',
        ],
      ],
      fr: [
        [
          'Amara et Tomasz.',
          'Sections de la charte rédigées\u00a0: 3 sur 13.',
          'Le point d’étape était prévu le 1 février 2026.',
          'Fin convenue le 31 janvier 2026, date maintenant passée.',
          'Vous vous voyez tous les mois, le dernier samedi.',
          'La date de fin convenue, le 31 janvier 2026, est passée\u00a0; aucune autre séance n’est donc prévue. Pour continuer à vous voir, changez la date de fin dans la charte.',
          'Closing well\u00a0: En retard depuis le 31 janvier 2026',
        ],
      ],
      es: [
        [
          'Amara y Tomasz.',
          'Secciones de la carta escritas: 3 de 13.',
          'La revisión estaba prevista para el 1 de febrero de 2026.',
          'Acordaron terminar el 31 de enero de 2026, fecha que ya pasó.',
          'Se reúnen cada mes, el último sábado.',
          'La fecha de fin que acordaron, el 31 de enero de 2026, ya pasó, así que no hay más sesiones previstas. Para seguir reuniéndose, cambien la fecha de fin en la carta.',
          'Closing well: Atrasada desde el 31 de enero de 2026',
        ],
      ],
    },
  },
  {
    name: 'two relationships, each with its own dates and rhythm',
    now: '2026-03-18',
    charters: () => [pair(), jo()],
    says: {
      en: [
        [
          'Amara and Tomasz.',
          '2 of 13 charter sections written.',
          'Agreed to end on 23 June 2026.',
          'You meet every two weeks.',
          '31 March 2026 (the last was 17 March 2026).',
          'After a session: Due 17 March 2026',
          'Before a session: Next due 31 March 2026',
          'Closing well: Next due 9 June 2026',
        ],
        [
          'Jo.',
          '2 of 13 charter sections written.',
          'You meet every 3 weeks.',
          '21 March 2026 (the last was 28 February 2026).',
          'After a session: Overdue since 28 February 2026',
          'Before a session: Due 21 March 2026',
        ],
      ],
      fr: [
        [
          'Amara et Tomasz.',
          'Sections de la charte rédigées\u00a0: 2 sur 13.',
          'Fin convenue le 23 juin 2026.',
          'Vous vous voyez toutes les deux semaines.',
          '31 mars 2026 (la dernière a eu lieu le 17 mars 2026).',
          'After a session\u00a0: À faire pour le 17 mars 2026',
          'Before a session\u00a0: Prochaine échéance le 31 mars 2026',
          'Closing well\u00a0: Prochaine échéance le 9 juin 2026',
        ],
        [
          'Jo.',
          'Sections de la charte rédigées\u00a0: 2 sur 13.',
          'Vous vous voyez toutes les 3 semaines.',
          '21 mars 2026 (la dernière a eu lieu le 28 février 2026).',
          'After a session\u00a0: En retard depuis le 28 février 2026',
          'Before a session\u00a0: À faire pour le 21 mars 2026',
        ],
      ],
      es: [
        [
          'Amara y Tomasz.',
          'Secciones de la carta escritas: 2 de 13.',
          'Acordaron terminar el 23 de junio de 2026.',
          'Se reúnen cada dos semanas.',
          '31 de marzo de 2026 (la última fue el 17 de marzo de 2026).',
          'After a session: Para el 17 de marzo de 2026',
          'Before a session: La próxima, el 31 de marzo de 2026',
          'Closing well: La próxima, el 9 de junio de 2026',
        ],
        [
          'Jo.',
          'Secciones de la carta escritas: 2 de 13.',
          'Se reúnen cada 3 semanas.',
          '21 de marzo de 2026 (la última fue el 28 de febrero de 2026).',
          'After a session: Atrasada desde el 28 de febrero de 2026',
          'Before a session: Para el 21 de marzo de 2026',
        ],
      ],
    },
  },
];

describe('My mentoring’s words for a relationship’s dates, in each language', () => {
  it.each(rows.flatMap((row) => (Object.keys(languages) as Lang[]).map((lang) => ({ ...row, lang }))))('$name ($lang)', (row) => {
    const t = languages[row.lang];
    expect(seen(t, row.now, row.charters()).map((p) => says(t, p))).toEqual(row.says[row.lang]);
  });
});

describe('two relationships side by side', () => {
  it.each(Object.keys(languages) as Lang[])('each panel names its checklists with its own relationship (%s)', (lang) => {
    const t = languages[lang];
    const labels = seen(t, '2026-03-18', [pair(), jo()]).map((p) => p.due.map((d) => t('mentoring.due.itemLabel', { checklist: d.checklist.title, title: p.title })));
    expect(labels).toEqual(
      {
        en: [
          ['After a session for Amara & Tomasz', 'Before a session for Amara & Tomasz', 'Closing well for Amara & Tomasz'],
          ['After a session for Jo', 'Before a session for Jo'],
        ],
        fr: [
          ['After a session pour «\u00a0Amara & Tomasz\u00a0»', 'Before a session pour «\u00a0Amara & Tomasz\u00a0»', 'Closing well pour «\u00a0Amara & Tomasz\u00a0»'],
          ['After a session pour «\u00a0Jo\u00a0»', 'Before a session pour «\u00a0Jo\u00a0»'],
        ],
        es: [
          ['After a session de «Amara & Tomasz»', 'Before a session de «Amara & Tomasz»', 'Closing well de «Amara & Tomasz»'],
          ['After a session de «Jo»', 'Before a session de «Jo»'],
        ],
      }[lang],
    );
  });
});

describe('how far a goal has moved, in how many sessions', () => {
  const session = (date: string, goals: [string, 'moved' | 'done' | 'stuck'][]): SessionDoc =>
    ({ id: `s-${date}`, type: 'session', v: 1, createdAt: `${date}T10:00:00.000Z`, updatedAt: `${date}T10:00:00.000Z`, data: { ...newSession(date, 'c1'), goals: goals.map(([goalId, progress]) => ({ goalId, progress, note: '' })) } }) as unknown as SessionDoc;
  const list = [session('2026-03-03', [['g1', 'moved'], ['g2', 'moved']]), session('2026-03-17', [['g2', 'done'], ['g3', 'stuck']]), session('2026-03-31', [['g3', 'stuck']])];
  it.each([
    ['en', ['(moving, 1 session)', '(done, 2 sessions)', '(stuck, 2 sessions)', '(not noted in a session yet)']],
    ['fr', ['(en progrès, 1 séance)', '(atteint, 2 séances)', '(bloqué, 2 séances)', '(pas encore noté dans une séance)']],
    ['es', ['(avanzando, 1 sesión)', '(logrado, 2 sesiones)', '(estancado, 2 sesiones)', '(aún no anotado en ninguna sesión)']],
  ] as const)('%s', (lang, expected) => {
    const t = languages[lang];
    expect(['g1', 'g2', 'g3', 'g4'].map((id) => goalProgressWords(t, goalHistory(list, id)))).toEqual(expected);
  });
});
