/**
 * Undo in a session record: a removed action goes back where it stood, once; a goal's progress and
 * note come back as they were after "Not this time"; an action ticked done can be opened again.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Action, SessionData } from '../../src/lib/docs/session-doc';
import { markActionDone, newSession, removeAction, restoreAction, restoreGoalNote, setGoalProgress } from '../../src/lib/relationship/sessions';

const action = (id: string, text = `Do ${id}`): Action => ({ id, who: 'mentee', text, done: false });
const withActions = (ids: string[]): SessionData => ({ ...newSession('2026-11-03'), actions: ids.map((id) => action(id)) });

describe('undo in a session record', () => {
  it('a removed action comes back in its place, and Undo twice adds it once', () => {
    const before = withActions(['a', 'b', 'c']);
    const { data, removed } = removeAction(before, 'b');
    expect(data.actions.map((a) => a.id)).toEqual(['a', 'c']);
    expect(removed).toEqual({ action: before.actions[1], index: 1 });
    const back = restoreAction(data, removed!);
    expect(back).toEqual(before);
    expect(restoreAction(back, removed!)).toEqual(before);
  });

  it('removing an action that is no longer there changes nothing', () => {
    const before = withActions(['a']);
    expect(removeAction(before, 'zz')).toEqual({ data: before, removed: null });
  });

  it('an action removed and restored after others were removed lands at most at the end', () => {
    const { data, removed } = removeAction(withActions(['a', 'b', 'c']), 'c');
    const shorter = removeAction(data, 'a').data;
    expect(restoreAction(shorter, removed!).actions.map((a) => a.id)).toEqual(['b', 'c']);
  });

  it('“Not this time” clears a goal’s progress and note; Undo puts both back', () => {
    const moved = setGoalProgress(newSession('2026-11-03'), 'g1', 'moved', 'Drafted the plan.');
    const note = moved.goals[0]!;
    const cleared = setGoalProgress(moved, 'g1', null);
    expect(cleared.goals).toEqual([]);
    expect(restoreGoalNote(cleared, note).goals).toEqual([{ goalId: 'g1', progress: 'moved', note: 'Drafted the plan.' }]);
  });

  it('an action ticked done can be opened again', () => {
    const done = markActionDone(withActions(['a']), 'a');
    expect(done.actions[0]!.done).toBe(true);
    expect(markActionDone(done, 'a', false).actions[0]!.done).toBe(false);
  });

  it('any sequence of removals undone in reverse order gives back the record as it was', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z]{1,4}$/), { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { maxLength: 8 }), (ids, picks) => {
        const start = withActions(ids);
        let data = start;
        const undo: Parameters<typeof restoreAction>[1][] = [];
        for (const p of picks) {
          if (data.actions.length === 0) break;
          const r = removeAction(data, data.actions[p % data.actions.length]!.id);
          data = r.data;
          undo.push(r.removed!);
        }
        for (const r of undo.reverse()) data = restoreAction(data, r);
        expect(data).toEqual(start);
      }),
    );
  });
});

describe('undo never overwrites what was chosen since', () => {
  it('“Not this time” undone after another choice for the goal changes nothing', () => {
    const moved = setGoalProgress(newSession('2026-11-03'), 'g1', 'moved', 'Had a chat.');
    const note = moved.goals[0]!;
    const stuck = setGoalProgress(setGoalProgress(moved, 'g1', null), 'g1', 'stuck', 'New note.');
    expect(restoreGoalNote(stuck, note)).toEqual(stuck);
  });

  it('two removals undone together, the last first, come back in their places', () => {
    const start = withActions(['a', 'b', 'c', 'd']);
    const first = removeAction(start, 'b');
    const second = removeAction(first.data, 'c');
    const back = [first.removed!, second.removed!].reduceRight((x, r) => restoreAction(x, r), second.data);
    expect(back).toEqual(start);
  });
});
