// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useDraft, waitingDrafts } from '../../src/islands/shared/useDraft';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** A field over a stored value; the parent passes a new empty list on every render, as a tool may. */
function Field({ stored, onSave }: { stored: string[] | undefined; onSave: (v: string[], base: string[]) => void }) {
  const [draft, setDraft, flush] = useDraft<string[]>(stored ?? [], onSave);
  return (
    <div>
      <input aria-label="item" value={draft.join(',')} onInput={(e) => setDraft(e.currentTarget.value ? e.currentTarget.value.split(',') : [])} onBlur={flush} />
      <output>{draft.join(',')}</output>
    </div>
  );
}

function Parent({ save }: { save: (v: string[], base: string[]) => void }) {
  const [stored, setStored] = useState<string[] | undefined>(undefined);
  const [, rerender] = useState(0);
  return (
    <>
      <button onClick={() => rerender((n) => n + 1)}>render</button>
      <Field
        stored={stored}
        onSave={(v, base) => {
          save(v, base);
          setStored(v);
        }}
      />
    </>
  );
}

describe('useDraft', () => {
  it('registers one waiting save per field, however often it renders', () => {
    vi.useFakeTimers();
    render(<Parent save={() => undefined} />);
    const input = screen.getByLabelText('item');
    for (let i = 0; i < 30; i++) {
      fireEvent.input(input, { target: { value: `a${i}` } });
      fireEvent.click(screen.getByText('render'));
    }
    expect(waitingDrafts()).toBe(1);
    vi.advanceTimersByTime(400);
    expect(waitingDrafts()).toBe(0);
  });

  it('a render from before a save never puts back the old value (the first goal added stays)', async () => {
    const saves: string[][] = [];
    render(<Parent save={(v) => saves.push(v)} />);
    const input = screen.getByLabelText('item') as HTMLInputElement;
    fireEvent.input(input, { target: { value: 'first goal' } });
    // Save at once (as when focus moves on), before the parent has re-rendered with the stored value.
    fireEvent.blur(input);
    fireEvent.click(screen.getByText('render'));
    await new Promise((r) => setTimeout(r, 50));
    expect(saves).toEqual([['first goal']]);
    expect(input.value).toBe('first goal');
  });

  it('hands the save the stored value the edit began from', async () => {
    const bases: string[][] = [];
    render(<Parent save={(_v, base) => bases.push(base)} />);
    const input = screen.getByLabelText('item');
    fireEvent.input(input, { target: { value: 'a' } });
    await new Promise((r) => setTimeout(r, 400));
    fireEvent.input(input, { target: { value: 'a,b' } });
    await new Promise((r) => setTimeout(r, 400));
    expect(bases).toEqual([[], ['a']]);
  });
});
