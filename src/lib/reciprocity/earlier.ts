/**
 * The earlier questionnaire (version 1, id "reciprocity"), frozen as it was released, so that
 * assessments answered with it keep opening, printing and exporting. It is not content to edit:
 * stored answers mean what these words meant. It is never trended or compared with the current
 * questionnaire. Pure; the tool loads this module only when an earlier assessment is opened.
 *
 * Scoring as it was: an answer of 1–5 is 0–100 (the other way round for a reversed statement);
 * a dimension needs 3 answers. The overall score, the mean of the dimensions scored, is now given
 * only when at least four dimensions have a score (it used to rest on as few as one). Its bands and
 * its give/get balance are no longer shown: the bands were lifted by the stage without saying so,
 * and the balance set statements about oneself against statements about the partner.
 */
import type { Answer, Role } from '../docs/assessment-doc';
import { EARLIER_ID } from './earlier-id';

export const earlier = {
  id: EARLIER_ID,
  title: 'Is this relationship two-way?',
  /** The agree/disagree scale, 1 to 5. */
  scale: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
  notApplicable: 'Not applicable yet',
  minAnswers: 3,
  /** Dimensions with a score before an overall score is given. */
  minDimensions: 4,
  dimensions: [
    { id: 'mutual-value', title: 'Mutual value' },
    { id: 'openness', title: 'Openness and vulnerability' },
    { id: 'advocacy', title: 'From advice to advocacy' },
    { id: 'agency', title: 'The mentee’s agency and the mentor’s questions' },
    { id: 'rhythm', title: 'Rhythm and accountability' },
    { id: 'growth', title: 'Growth on both sides' },
  ],
  /** [id, dimension, reversed, the mentor's statement, the mentee's statement] */
  items: [
    ['mv-1', 'mutual-value', false, 'I learn something new from my mentee in most of our conversations.', 'I learn something new from my mentor in most of our conversations.'],
    ['mv-2', 'mutual-value', false, 'I tell my mentee how things really work at my level of the organisation.', 'I tell my mentor how things really work at my level of the organisation.'],
    ['mv-3', 'mutual-value', false, 'I tell my mentee when something they said has changed how I think or work.', 'I tell my mentor when something they said has changed how I think or work.'],
    ['mv-4', 'mutual-value', false, 'I offer my mentee skills or knowledge they could not easily find elsewhere.', 'I offer my mentor skills or knowledge they could not easily find elsewhere.'],
    ['mv-5', 'mutual-value', false, 'The time I give to mentoring is recognised where it counts, such as in my performance review.', 'The time I give to this relationship is recognised where it counts, such as by my manager.'],
    ['mv-6', 'mutual-value', true, 'I get little from our sessions beyond the satisfaction of helping.', 'I get little from our sessions that I could not find in a book or online.'],
    ['op-1', 'openness', false, 'I tell my mentee when I do not know something, and we work it out together.', 'I tell my mentor honestly when something we agreed did not work.'],
    ['op-2', 'openness', false, 'I talk to my mentee about my own mistakes, not only my successes.', 'I talk to my mentor about my own mistakes, not only my successes.'],
    ['op-3', 'openness', false, 'My mentee gives me honest feedback, even when it is hard to say.', 'My mentor gives me honest feedback, even when it is hard to say.'],
    ['op-4', 'openness', false, 'My mentee is open with me about what they find difficult.', 'My mentor is open with me about what they find difficult.'],
    ['op-5', 'openness', false, 'I feel safe saying what I really think in our conversations.', 'I feel safe saying what I really think in our conversations.'],
    ['op-6', 'openness', true, 'I keep my doubts to myself so that I look capable to my mentee.', 'I keep my doubts to myself so that I look capable to my mentor.'],
    ['ad-1', 'advocacy', false, 'I speak about my mentee’s strengths in meetings they are not part of.', 'I speak about my mentor’s impact in conversations they are not part of.'],
    ['ad-2', 'advocacy', false, 'I recommend my mentee for projects or roles a step beyond their current one.', 'I recommend my mentor for projects, events or groups that could use their experience.'],
    ['ad-3', 'advocacy', false, 'I bring my mentee into meetings where the people who decide will see their work.', 'I bring my mentor into groups or conversations they would not otherwise reach.'],
    ['ad-4', 'advocacy', false, 'My mentee tells other people about the difference my support has made.', 'My mentor tells other people about the quality of my work.'],
    ['ad-5', 'advocacy', false, 'My mentee brings me opportunities, contacts or information I would not have found myself.', 'My mentor brings me opportunities, contacts or information I would not have found myself.'],
    ['ad-6', 'advocacy', true, 'What I get from my mentee rarely goes beyond polite thanks.', 'What I get from my mentor rarely goes beyond friendly advice.'],
    ['ag-1', 'agency', false, 'I ask questions that help my mentee reach their own conclusions.', 'I work out my own view before I ask for my mentor’s.'],
    ['ag-2', 'agency', false, 'When my mentee describes a problem, I resist the urge to solve it for them.', 'When I bring my mentor a problem, I also bring some options of my own.'],
    ['ag-3', 'agency', false, 'I encourage my mentee to try their own approach, even when I would do it differently.', 'I suggest small experiments I can try between sessions to test my ideas.'],
    ['ag-4', 'agency', false, 'My mentee’s questions make me think harder about my own assumptions.', 'My mentor’s questions make me think harder than a straight answer would.'],
    ['ag-5', 'agency', false, 'My mentee brings specific problems they are facing now, rather than general requests for guidance.', 'My mentor helps me work through the specific problem I bring, rather than talking in generalities.'],
    ['ag-6', 'agency', true, 'I tell my mentee what I would do before I ask what they think.', 'I wait for my mentor to tell me what to do.'],
    ['rh-1', 'rhythm', false, 'I do what I said I would do before our next session.', 'I do what I said I would do before our next session.'],
    ['rh-2', 'rhythm', false, 'When my priorities change, I tell my mentee so we can adjust our plans.', 'When my priorities change, I tell my mentor so we can adjust our plans.'],
    ['rh-3', 'rhythm', false, 'My mentee remembers what we discussed last time and builds on it.', 'My mentor remembers what we discussed last time and builds on it.'],
    ['rh-4', 'rhythm', false, 'My mentee holds me to what I said I would do, in a way that helps.', 'My mentor holds me to what I said I would do, in a way that helps.'],
    ['rh-5', 'rhythm', false, 'I leave each session with a clear next step to work on.', 'I leave each session with a clear next step to work on.'],
    ['rh-6', 'rhythm', true, 'I cancel or postpone our sessions more often than I would like.', 'I cancel or postpone our sessions more often than I would like.'],
    ['gr-1', 'growth', false, 'I can name a way I have grown through this relationship in recent months.', 'I can name a way I have grown through this relationship in recent months.'],
    ['gr-2', 'growth', false, 'Explaining my thinking to my mentee makes me clearer about what I actually believe.', 'Explaining my thinking to my mentor makes me clearer about what I actually believe.'],
    ['gr-3', 'growth', false, 'I notice my mentee’s progress and tell them, including small steps.', 'I notice my mentor’s progress and tell them, including small steps.'],
    ['gr-4', 'growth', false, 'I help my mentee with what they want to learn from this relationship.', 'I help my mentor with what they want to learn from this relationship.'],
    ['gr-5', 'growth', false, 'My mentee notices my progress and tells me, including small steps.', 'My mentor notices my progress and tells me, including small steps.'],
    ['gr-6', 'growth', true, 'This relationship rarely stretches me.', 'This relationship rarely stretches me.'],
  ] as const satisfies readonly (readonly [string, string, boolean, string, string])[],
} as const;

export interface EarlierDimension {
  id: string;
  title: string;
  /** 0–100, or null with fewer than `minAnswers` answers. */
  score: number | null;
  answered: number;
  /** Each statement as this role read it, with the answer's label ('' when unanswered). */
  statements: { id: string; text: string; answer: string }[];
}

export interface EarlierResult {
  dimensions: EarlierDimension[];
  /** The mean of the dimensions scored, or null when fewer than `minDimensions` are. */
  overall: number | null;
  answered: number;
  total: number;
}

/** The label of an answer on the earlier scale. */
export const earlierAnswerLabel = (a: Answer | undefined): string => (a === undefined ? '' : a === 'na' ? earlier.notApplicable : earlier.scale[a - 1]!);

/** An earlier assessment's answers, statement by statement, and its scores as the earlier questionnaire worked them out. */
export function scoreEarlier(role: Role, answers: Readonly<Record<string, Answer>>): EarlierResult {
  let answered = 0;
  const dimensions = earlier.dimensions.map((d): EarlierDimension => {
    const items = earlier.items.filter((i) => i[1] === d.id);
    const scores: number[] = [];
    for (const [id, , reverse] of items) {
      const a = answers[id];
      if (a === undefined || a === 'na') continue;
      scores.push((((reverse ? 6 - a : a) - 1) / 4) * 100);
    }
    answered += scores.length;
    const score = scores.length >= earlier.minAnswers ? Math.round(scores.reduce((x, y) => x + y, 0) / scores.length) : null;
    const statements = items.map(([id, , , mentor, mentee]) => ({ id, text: role === 'mentor' ? mentor : mentee, answer: earlierAnswerLabel(answers[id]) }));
    return { id: d.id, title: d.title, score, answered: scores.length, statements };
  });
  const scored = dimensions.filter((d) => d.score !== null).map((d) => d.score!);
  const overall = scored.length >= earlier.minDimensions ? Math.round(scored.reduce((x, y) => x + y, 0) / scored.length) : null;
  return { dimensions, overall, answered, total: earlier.items.length };
}
