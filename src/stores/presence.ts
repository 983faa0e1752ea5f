/**
 * Where this browser's visitor stands, for the home page, which runs no tool: whether anything is
 * stored, and the charters kept here, newest first. Part of the storage layer with persistence.ts:
 * it only reads, and never writes.
 *
 * `whereYouAre` runs as the home page's inline script (its source is written into the page at build
 * time, see src/pages/index.astro), so the page loads no script file and nothing moves as it shows:
 * it must stay self-contained (no imports, nothing from outside the function) and small.
 */

/** What the home page's script is given at build time. */
export interface HomeOptions {
  /** This deployment's document key prefix ("tandem:doc:"). */
  prefix: string;
  /** The keys of the charter's two name fields, to name a charter without a title ("Jo & Sam"). */
  mentee: string;
  mentor: string;
  /** The charter builder's address. */
  charter: string;
  /** What a charter with neither a title nor names is called, in the page's language ("Untitled charter"). */
  untitled: string;
}

/**
 * Fill the home page's "Welcome back" list (#where-you-are) with each charter kept here, and show it
 * once anything is stored; it takes the place of "Just matched? Start here" once a charter is kept. Anything unreadable is skipped: the
 * list only links to the tools, which say what is wrong.
 */
export function whereYouAre(o: HomeOptions): void {
  const found: { id: string; title: string; at: string }[] = [];
  let any = false;
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i) ?? '';
      if (key.indexOf(o.prefix) !== 0) continue;
      any = true;
      if (key.indexOf(`${o.prefix}charter:`) !== 0) continue;
      try {
        const doc = JSON.parse(localStorage.getItem(key) ?? '');
        const values = doc.data.values;
        const name = (k: string) => (typeof values[k] === 'string' ? values[k].trim() : '');
        const own = typeof doc.data.title === 'string' ? doc.data.title.trim() : '';
        const title = own || [name(o.mentee), name(o.mentor)].filter(Boolean).join(' & ') || o.untitled;
        if (typeof doc.id === 'string') found.push({ id: doc.id, title, at: String(doc.updatedAt) });
      } catch {
        // an unreadable charter: the charter builder says what is wrong with it
      }
    }
  } catch {
    // storage disabled: nothing stored
  }
  if (!any) return;
  const back = document.getElementById('welcome-back');
  const start = document.getElementById('just-matched');
  const list = document.getElementById('where-you-are');
  const intro = document.getElementById('where-you-are-intro');
  if (!back || !start || !list || !intro) return;
  found.sort((a, b) => (a.at < b.at ? 1 : -1));
  for (const c of found) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = `${o.charter}?id=${encodeURIComponent(c.id)}`;
    a.textContent = c.title;
    li.append(a);
    list.append(li);
  }
  // Without a charter (only entries or sessions kept), the first steps still show: the charter is the next one.
  list.hidden = intro.hidden = found.length === 0;
  back.hidden = false;
  start.hidden = found.length > 0;
}
