import { describe, expect, it } from 'vitest';
import { undoRun } from '../../src/islands/shared/undo-delete';

describe('undoRun: deletes or ticks in a row are undone together', () => {
  it('starts a run when the status line offers no Undo, or an Undo of another kind', () => {
    const done: string[] = [];
    for (const status of [null, { text: 'Renamed.' }, { text: 'Cleared.', restore: () => done.push('other') }]) {
      const undo = undoRun(status, () => done.push('a'));
      expect(undo.run).toHaveLength(1);
      undo();
    }
    expect(done).toEqual(['a', 'a', 'a']);
  });

  it('adds to the run the status line still offers, and one Undo puts back all of it, in order', () => {
    const done: string[] = [];
    const first = undoRun(null, () => done.push('first'));
    const second = undoRun({ text: 'Deleted “A”.', restore: first }, () => done.push('second'));
    const third = undoRun({ text: 'Deleted “B”.', restore: second }, () => done.push('third'));
    expect(third.run).toHaveLength(3);
    third();
    expect(done).toEqual(['first', 'second', 'third']);
  });

  it('ends the run once something else was said (a status line without the run’s Undo)', () => {
    const first = undoRun(null, () => undefined);
    undoRun({ text: 'Deleted “A”.', restore: first }, () => undefined);
    expect(undoRun({ text: 'Restored.' }, () => undefined).run).toHaveLength(1);
  });
});
