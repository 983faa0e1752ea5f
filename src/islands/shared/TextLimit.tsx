/** Characters left in a field, shown (and announced) only when the limit is near. */
export function TextLimit({ id, length, max }: { id: string; length: number; max: number }) {
  const left = max - length;
  const near = length >= max * 0.9;
  return (
    <span id={id} class="hint char-count" aria-live="polite">
      {near ? (left > 0 ? `${left.toLocaleString('en-GB')} ${left === 1 ? 'character' : 'characters'} left.` : `This is the longest it can be (${max.toLocaleString('en-GB')} characters).`) : ''}
    </span>
  );
}
