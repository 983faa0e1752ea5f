/**
 * WCAG 2.2 checks that axe does not make, measured in the browser on the pages people use, with
 * data stored: reflow at 320 CSS px (1.4.10), target size (2.5.8), Windows high contrast
 * (forced-colors), reduced motion, and text spacing (1.4.12).
 *
 * Each check runs in the page and returns what fails, named, so a failure says which element and
 * by how much.
 */
import type { Page } from '@playwright/test';
import { builtPages, expect, test } from './fixtures';
import { fixtureDoc, fixtureDocs, seed, type Doc } from './helpers';

const [charter, assessment, reflection] = fixtureDocs();
const session = fixtureDoc('session.v1.json');
/** A completed assessment of the current questionnaire: its results have the bar chart. */
const completed = fixtureDoc('assessment.v1.questionnaire-3.json');
/** The same, still being answered: opening it opens the questionnaire. */
const draft: Doc = (() => {
  const doc = structuredClone(completed);
  doc.id = 'd7r3a5f1t9q2u4e6';
  const data = doc.data as { status: string; completedAt?: string; answers: Record<string, unknown> };
  data.status = 'draft';
  delete data.completedAt;
  data.answers = Object.fromEntries(Object.entries(data.answers).slice(0, 6));
  return doc;
})();
const stored = [charter!, assessment!, reflection!, session, completed, draft];

const guide = builtPages().find((p) => /^\/guides\/(?!for\/)[^/]+\/$/.test(p))!;
const worksheet = '/worksheets/reciprocity-mentor/';
const reflectionTool = `/tools/reflection/${(reflection!.data as { checklistId: string }).checklistId}/`;

interface Target {
  path: string;
  /** What shows once the page has everything it will show. */
  shows?: (page: Page) => ReturnType<Page['locator']>;
}

const backupReminder = (page: Page) => page.getByText('that are only in this browser').first();
const PAGES: Target[] = [
  { path: '/' },
  { path: guide },
  { path: '/guides/' },
  { path: '/search/?q=charter', shows: (page) => page.getByRole('list', { name: 'Search results' }).getByRole('link').first() },
  { path: '/my-data/', shows: backupReminder },
  { path: '/my-mentoring/', shows: backupReminder },
  { path: `/my-mentoring/?id=${session.id}`, shows: (page) => page.getByLabel(/^Private note/) },
  { path: '/tools/charter/', shows: backupReminder },
  { path: `/tools/charter/?id=${charter!.id}`, shows: (page) => page.getByLabel('Our purpose') },
  { path: '/tools/reciprocity/', shows: backupReminder },
  { path: `/tools/reciprocity/?id=${completed.id}`, shows: (page) => page.locator('svg.chart') },
  { path: `/tools/reciprocity/?id=${draft.id}`, shows: (page) => page.locator('fieldset.statement').first() },
  { path: reflectionTool, shows: (page) => page.locator('#journal-title') },
  { path: worksheet },
];

/** Open a page with the fixtures stored, and wait until it shows all it will: islands hydrated, parts loaded. */
async function open(page: Page, target: Target): Promise<void> {
  await seed(page.context(), stored);
  await page.goto(target.path);
  await page.waitForLoadState('load');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.getByText(/^\s*(Loading|Opening|Scoring)\b[^]*…/)).toHaveCount(0);
  if (target.shows) await expect(target.shows(page)).toBeVisible();
}

// ---------------------------------------------------------------------------------------------
// Checks that run in the page. Each is self-contained (it is serialised into the page) and
// returns a list of offenders, each named by its tag, id or class, and text.

/** 1.4.10: the page does not scroll sideways, and nothing but code, pre and tables is wider than the viewport. */
function reflowProblems(): string[] {
  const name = (el: Element) => {
    const id = el.id ? `#${el.id}` : '';
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${el.tagName.toLowerCase()}${id}${cls}> “${text}”`;
  };
  const root = document.documentElement;
  const width = root.clientWidth;
  const out: string[] = [];
  if (root.scrollWidth > width) out.push(`the page scrolls sideways: scrollWidth ${root.scrollWidth} > clientWidth ${width}`);
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('pre, code, table')) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (getComputedStyle(el).visibility === 'hidden') continue;
    // Off the page on purpose (a skip link until it is focused).
    if (r.bottom < 0) continue;
    if (r.right > width + 1 || r.left < -1) out.push(`${name(el)} spans ${Math.round(r.left)}–${Math.round(r.right)} px of ${width}`);
  }
  return out;
}

/**
 * Text cut off by its box: elements that hide or clip their overflow but have more content than
 * room, and buttons whose text runs outside them.
 */
function clippedProblems(): string[] {
  const name = (el: Element) => {
    const id = el.id ? `#${el.id}` : '';
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${el.tagName.toLowerCase()}${id}${cls}> “${text}”`;
  };
  const out: string[] = [];
  for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden') continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    // Hidden for sight on purpose (read by screen readers only): 1 px and clipped.
    if (r.width <= 1 && r.height <= 1) continue;
    // A text field scrolls its own value: a long value is not cut off.
    if (el.matches('input, textarea, select')) continue;
    const clips = [cs.overflowX, cs.overflowY].some((o) => o === 'hidden' || o === 'clip');
    const isButton = el.matches('button, .button, [role="button"]');
    if (!clips && !isButton) continue;
    // A box that scrolls shows the rest when scrolled: only hidden or clipped overflow is lost.
    const clipsX = isButton || cs.overflowX === 'hidden' || cs.overflowX === 'clip';
    const clipsY = isButton || cs.overflowY === 'hidden' || cs.overflowY === 'clip';
    if (clipsX && el.scrollWidth > el.clientWidth + 1) out.push(`${name(el)} cuts its content sideways: ${el.scrollWidth} > ${el.clientWidth} px`);
    if (clipsY && el.scrollHeight > el.clientHeight + 1) out.push(`${name(el)} cuts its content at the bottom: ${el.scrollHeight} > ${el.clientHeight} px`);
    if (isButton) {
      // Text that overflows a button visibly (overflow: visible) is not in scrollWidth: compare the
      // boxes of its words with the button's, leaving out words hidden for sight (read by screen readers).
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let runsOut = '';
      for (let node = walker.nextNode(); node && !runsOut; node = walker.nextNode()) {
        let hidden = false;
        for (let p = node.parentElement; p && p !== el; p = p.parentElement) {
          const pr = p.getBoundingClientRect();
          if (pr.width <= 1 || pr.height <= 1) hidden = true;
        }
        if (hidden) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const t of range.getClientRects()) {
          if (t.width === 0) continue;
          if (t.left < r.left - 1 || t.right > r.right + 1 || t.top < r.top - 1 || t.bottom > r.bottom + 1) {
            runsOut = `${name(el)}: its text runs outside it (${Math.round(t.left)}–${Math.round(t.right)} × ${Math.round(t.top)}–${Math.round(t.bottom)} in ${Math.round(r.left)}–${Math.round(r.right)} × ${Math.round(r.top)}–${Math.round(r.bottom)})`;
            break;
          }
        }
      }
      if (runsOut) out.push(runsOut);
    }
  }
  return out;
}

/**
 * 2.5.8 (AA): every visible button, link, checkbox, radio, select and summary is at least 24 × 24
 * CSS px, or no other target comes within a 24 px circle centred on it (the spacing exception).
 * Links inline in running text are exempt: a link whose block holds other words beside it.
 * An input hidden for sight is measured by its label (what a person presses); a link stretched
 * over its card (an absolutely placed ::after) by the card.
 */
function targetSizeProblems(): string[] {
  const MIN = 24;
  const label = (el: Element) =>
    (el.getAttribute('aria-label') ?? ((el as HTMLElement).innerText || (el as HTMLInputElement).labels?.[0]?.innerText || el.getAttribute('title') || '')).trim().replace(/\s+/g, ' ').slice(0, 50);
  const blockOf = (el: Element): Element => {
    let p = el.parentElement!;
    while (p.parentElement && /^(inline|contents)$/.test(getComputedStyle(p).display)) p = p.parentElement;
    return p;
  };
  const inlineInText = (a: Element) => {
    if (getComputedStyle(a).display !== 'inline') return false;
    const block = blockOf(a);
    const own = (a.textContent ?? '').trim();
    const all = (block.textContent ?? '').trim();
    // Other words (letters or digits) in the same block: the link sits in running text.
    return /[\p{L}\p{N}]/u.test(all.replace(own, ''));
  };
  const rectOf = (el: Element): DOMRect => {
    if (el instanceof HTMLInputElement && el.labels?.[0] && el.getBoundingClientRect().width <= 1) return el.labels[0].getBoundingClientRect();
    const after = getComputedStyle(el, '::after');
    if (after.content !== 'none' && after.position === 'absolute' && (el as HTMLElement).offsetParent) return (el as HTMLElement).offsetParent!.getBoundingClientRect();
    return el.getBoundingClientRect();
  };
  const visible = (el: Element) => {
    const cs = getComputedStyle(el);
    if (cs.visibility === 'hidden' || cs.display === 'none') return false;
    const r = rectOf(el);
    return r.width > 1 && r.height > 1 && r.bottom > 0 && r.right > 0;
  };
  const all = [...document.querySelectorAll('button, a[href], input[type="checkbox"], input[type="radio"], select, summary')].filter(visible);
  const targets = all.map((el) => ({ el, r: rectOf(el), exempt: el.matches('a') && inlineInText(el) }));
  const small = (t: (typeof targets)[number]) => t.r.width < MIN - 0.5 || t.r.height < MIN - 0.5;
  const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
  const distanceToRect = (p: { x: number; y: number }, r: DOMRect) => Math.hypot(Math.max(r.left - p.x, 0, p.x - r.right), Math.max(r.top - p.y, 0, p.y - r.bottom));
  const out: string[] = [];
  for (const t of targets) {
    if (t.exempt || !small(t)) continue;
    const c = centre(t.r);
    const crowding = targets.filter((o) => {
      if (o === t || o.el.contains(t.el) || t.el.contains(o.el)) return false;
      // The circle may not touch another target, nor the circle of another small target.
      return distanceToRect(c, o.r) < MIN / 2 - 0.5 || (small(o) && !o.exempt && Math.hypot(c.x - centre(o.r).x, c.y - centre(o.r).y) < MIN - 0.5);
    });
    if (crowding.length) {
      out.push(`<${t.el.tagName.toLowerCase()}> “${label(t.el)}” is ${t.r.width.toFixed(1)} × ${t.r.height.toFixed(1)} px, and a 24 px circle on it touches “${label(crowding[0]!.el)}” or its circle`);
    }
  }
  return out;
}

/** Transitions, animations and smooth scrolling longer than 0.01 s, on any element or its ::before / ::after. */
function motionProblems(): string[] {
  const seconds = (list: string) => Math.max(...list.split(',').map((d) => (d.trim().endsWith('ms') ? parseFloat(d) / 1000 : parseFloat(d))));
  const out: string[] = [];
  for (const el of [document.documentElement, ...document.querySelectorAll('*')]) {
    for (const pseudo of [null, '::before', '::after']) {
      const cs = getComputedStyle(el, pseudo);
      const where = `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}>${pseudo ?? ''}`;
      if (cs.transitionProperty !== 'none' && seconds(cs.transitionDuration) > 0.01) out.push(`${where}: transition ${cs.transitionProperty} ${cs.transitionDuration}`);
      if (cs.animationName !== 'none' && seconds(cs.animationDuration) > 0.01) out.push(`${where}: animation ${cs.animationName} ${cs.animationDuration}`);
      if (!pseudo && cs.scrollBehavior === 'smooth') out.push(`${where}: scroll-behavior smooth`);
    }
  }
  for (const a of document.getAnimations()) {
    const d = Number(a.effect?.getTiming().duration ?? 0);
    if (d > 10) out.push(`a running animation of ${d} ms on ${(a.effect as KeyframeEffect | null)?.target?.tagName ?? 'the page'}`);
  }
  return out;
}

/**
 * Under forced colours: every visible button and input keeps a border all round (a button drawn as
 * a link instead must be in the link colour, underlined), and every chart bar, chart text and key
 * is drawn in system colours, the two series told apart.
 */
function forcedColourProblems(): string[] {
  const out: string[] = [];
  if (!matchMedia('(forced-colors: active)').matches) return ['forced colours are not active'];
  // What each system colour resolves to here.
  const probe = document.createElement('span');
  probe.style.setProperty('forced-color-adjust', 'none');
  document.body.append(probe);
  const system: Record<string, string> = {};
  for (const c of ['Canvas', 'CanvasText', 'LinkText', 'VisitedText', 'ActiveText', 'ButtonFace', 'ButtonText', 'ButtonBorder', 'Field', 'FieldText', 'Highlight', 'HighlightText', 'SelectedItem', 'SelectedItemText', 'Mark', 'MarkText', 'GrayText', 'AccentColor', 'AccentColorText']) {
    probe.style.color = c;
    system[getComputedStyle(probe).color] ??= c;
  }
  probe.remove();
  const name = (el: Element) => `<${el.tagName.toLowerCase()}${el.getAttribute('type') ? ` type=${el.getAttribute('type')}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}> “${(el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? '').trim().slice(0, 40)}”`;

  for (const el of document.querySelectorAll<HTMLElement>('button, input:not([type="hidden"]), select, textarea')) {
    const cs = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    if (cs.visibility === 'hidden' || r.width <= 1 || r.height <= 1) continue;
    const sides = ['Top', 'Right', 'Bottom', 'Left'] as const;
    const bordered = sides.every((s) => cs.getPropertyValue(`border-${s.toLowerCase()}-style`) !== 'none' && parseFloat(cs.getPropertyValue(`border-${s.toLowerCase()}-width`)) > 0);
    const outlined = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
    const asLink = el.matches('button') && system[cs.color] === 'LinkText' && cs.textDecorationLine.includes('underline');
    // A checkbox or radio with the platform's appearance is drawn by the browser, in system colours.
    const native = el.matches('input[type="checkbox"], input[type="radio"]') && cs.appearance !== 'none';
    if (!bordered && !outlined && !asLink && !native) out.push(`${name(el)} has no border, no outline and is not drawn as a link (border ${cs.borderStyle} ${cs.borderWidth}, colour ${system[cs.color] ?? cs.color})`);
  }

  const paint = (el: Element) => {
    const cs = getComputedStyle(el);
    return { fill: cs.fill, stroke: cs.stroke, strokeWidth: parseFloat(cs.strokeWidth) };
  };
  const charts = [...document.querySelectorAll('svg.chart')];
  for (const chart of charts) {
    for (const text of chart.querySelectorAll('text')) {
      const { fill } = paint(text);
      if (!system[fill] || system[fill] === 'Canvas') out.push(`chart text “${text.textContent}” is filled with ${fill}, not a system text colour`);
    }
    const looks = new Map<string, string>();
    for (const bar of chart.querySelectorAll('.chart-bar')) {
      const { fill, stroke, strokeWidth } = paint(bar);
      const fillSystem = fill === 'none' ? 'none' : system[fill];
      const strokeSystem = stroke === 'none' || strokeWidth === 0 ? 'none' : system[stroke];
      if (!fillSystem || !strokeSystem) out.push(`a chart bar (${bar.getAttribute('class')}) is drawn in ${fill} / ${stroke}, not in system colours`);
      else if ((fillSystem === 'Canvas' || fillSystem === 'none') && (strokeSystem === 'none' || strokeSystem === 'Canvas')) out.push(`a chart bar (${bar.getAttribute('class')}) does not show against the page: fill ${fillSystem}, stroke ${strokeSystem}`);
      const series = [...bar.classList].find((c) => c.startsWith('series-')) ?? '';
      looks.set(series, `${fillSystem} ${strokeSystem}`);
    }
    if (new Set(looks.values()).size < looks.size) out.push(`the chart's series look the same: ${[...looks].map(([s, l]) => `${s}: ${l}`).join('; ')}`);
    for (const grid of chart.querySelectorAll('.chart-grid')) {
      const { stroke } = paint(grid);
      if (!system[stroke]) out.push(`a chart grid line is drawn in ${stroke}, not a system colour`);
    }
  }
  for (const line of document.querySelectorAll('svg.sparkline polyline')) {
    if (!system[paint(line).stroke]) out.push(`a trend line is drawn in ${paint(line).stroke}, not a system colour`);
  }
  for (const dot of document.querySelectorAll('svg.sparkline circle')) {
    if (!system[paint(dot).fill]) out.push(`a trend line's point is filled with ${paint(dot).fill}, not a system colour`);
  }
  // The page you are on, marked in the navigation by a tint (gone under forced colours): an outline,
  // a border or an underline the other links lack marks it instead.
  const mark = (a: Element) => {
    const cs = getComputedStyle(a);
    return [cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0, cs.borderBottomStyle !== 'none' && parseFloat(cs.borderBottomWidth) > 0, cs.textDecorationLine].join(' ');
  };
  const current = document.querySelector('.site-nav a[aria-current]');
  const other = document.querySelector('.site-nav a:not([aria-current])');
  if (current && other && mark(current) === mark(other)) out.push(`the current page's link in the navigation looks like the others (${mark(current)})`);
  // The key next to a chart: each swatch shows (a system-colour fill or border), and they differ.
  const keys = [...document.querySelectorAll<HTMLElement>('.chart-key .key')];
  const keyLooks = keys.map((k) => {
    const cs = getComputedStyle(k);
    const bg = system[cs.backgroundColor] ?? (cs.backgroundColor === 'rgba(0, 0, 0, 0)' ? 'none' : cs.backgroundColor);
    const border = cs.borderTopStyle !== 'none' && parseFloat(cs.borderTopWidth) > 0 ? (system[cs.borderTopColor] ?? cs.borderTopColor) : 'none';
    if ((bg === 'none' || bg === 'Canvas') && (border === 'none' || border === 'Canvas')) out.push(`the chart key ${k.className} does not show: background ${bg}, border ${border}`);
    return `${bg} ${border}`;
  });
  if (new Set(keyLooks).size < keyLooks.length) out.push(`the chart key's swatches look the same: ${keyLooks.join('; ')}`);
  return out;
}

/**
 * Focus by keyboard each kind of focusable element on the page (the first of each tag, type and
 * class): focus the element before it, press Tab, and check that what took focus shows an outline
 * (its own, or its card's for a link stretched over a card).
 */
async function focusProblems(page: Page): Promise<{ focused: number; problems: string[] }> {
  const kinds = await page.evaluate(() => {
    const tabbable = [...document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]')].filter((el) => {
      const r = el.getBoundingClientRect();
      return el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    });
    tabbable.forEach((el, i) => el.setAttribute('data-tab-order', String(i)));
    const seen = new Set<string>();
    const first: number[] = [];
    tabbable.forEach((el, i) => {
      const kind = `${el.tagName} ${el.getAttribute('type') ?? ''} ${el.className}`;
      if (!seen.has(kind)) first.push(i);
      seen.add(kind);
    });
    return first;
  });
  const problems: string[] = [];
  let focused = 0;
  for (const i of kinds) {
    if (i === 0) await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    else await page.locator(`[data-tab-order="${i - 1}"]`).focus();
    await page.keyboard.press('Tab');
    const result = await page.evaluate((wanted) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return `Tab from element ${wanted - 1} focused nothing`;
      const rings = [el, el.parentElement, el.parentElement?.parentElement, el.parentElement?.parentElement?.parentElement].filter((x): x is HTMLElement => !!x);
      const ring = rings.find((x) => {
        const cs = getComputedStyle(x);
        return cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
      });
      return ring ? 'ok' : `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> “${(el.getAttribute('aria-label') ?? el.innerText ?? '').trim().slice(0, 40)}” shows no outline when focused by Tab`;
    }, i);
    if (result === 'ok') focused++;
    else problems.push(result);
  }
  return { focused, problems };
}

/** The WCAG text-spacing bookmarklet's style. */
const SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

/**
 * Apply the text-spacing style as a reader's bookmarklet would. A constructed style sheet, not a
 * <style>, so the page's Content-Security-Policy stays on.
 */
async function spaceText(page: Page): Promise<void> {
  await page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, SPACING);
  expect(await page.evaluate(() => getComputedStyle(document.body).letterSpacing)).not.toBe('normal');
}

// ---------------------------------------------------------------------------------------------
// Each page is opened twice, on a phone and on a desktop, and every check for that size runs on
// the one page (opening it is what takes the time). Each check is a step; a failing one does not
// stop the others.

test.describe('at 320 CSS px', () => {
  // A phone, and 1280 × 1024 at 400 % zoom: 320 × 256 CSS px.
  test.use({ viewport: { width: 320, height: 256 } });
  for (const target of PAGES) {
    test(`${target.path}: reflow (1.4.10), target size (2.5.8), text spacing (1.4.12)`, async ({ page }) => {
      await open(page, target);
      await test.step('reflow: no sideways scrolling, nothing wider than the viewport, nothing cut off', async () => {
        expect.soft(await page.evaluate(reflowProblems), 'reflow').toEqual([]);
        expect.soft(await page.evaluate(clippedProblems), 'clipped at 320 px').toEqual([]);
      });
      await test.step('target size: every control 24 × 24 px or spaced apart', async () => {
        expect.soft(await page.evaluate(targetSizeProblems), 'target size on a phone').toEqual([]);
      });
      await test.step('text spacing: nothing cut off, no sideways scrolling', async () => {
        await spaceText(page);
        expect.soft(await page.evaluate(clippedProblems), 'clipped with text spacing').toEqual([]);
        expect.soft(await page.evaluate(reflowProblems), 'reflow with text spacing').toEqual([]);
      });
    });
  }

  test('on a phone the answer scale reads in order, one choice per line', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await open(page, { path: `/tools/reciprocity/?id=${draft.id}`, shows: (p) => p.locator('fieldset.statement').first() });
    // Phones from the smallest to the largest, upright.
    for (const width of [320, 360, 390, 430]) {
      await page.setViewportSize({ width, height: 800 });
      const layouts = await page.locator('fieldset.statement').evaluateAll((sets) =>
        sets.map((set) =>
          [...set.querySelectorAll('label.choice')].map((c) => {
            const r = c.getBoundingClientRect();
            return { text: (c.textContent ?? '').trim(), value: c.querySelector('input')!.value, top: r.top, bottom: r.bottom, left: r.left };
          }),
        ),
      );
      expect(layouts.length).toBeGreaterThan(10);
      for (const choices of layouts) {
        // The five points of the scale, then “does not apply”, in the scale's order in the DOM.
        expect(choices.map((c) => c.value)).toEqual(['1', '2', '3', '4', '5', 'na']);
        for (let i = 1; i < choices.length; i++) {
          const [before, now] = [choices[i - 1]!, choices[i]!];
          expect(now.top, `at ${width} px, “${now.text}” starts below “${before.text}”`).toBeGreaterThanOrEqual(before.bottom - 1);
          expect(Math.abs(now.left - before.left), `at ${width} px, “${now.text}” lines up under “${before.text}”`).toBeLessThan(1);
        }
      }
    }
  });
});

test.describe('on a desktop', () => {
  test.use({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  for (const target of PAGES) {
    test(`${target.path}: target size (2.5.8), reduced motion, forced colours, text spacing (1.4.12)`, async ({ page }) => {
      await open(page, target);
      await test.step('target size: every control 24 × 24 px or spaced apart', async () => {
        expect.soft(await page.evaluate(targetSizeProblems), 'target size on a desktop').toEqual([]);
      });
      await test.step('reduced motion: no transition or animation, no smooth scrolling', async () => {
        expect.soft(await page.evaluate(motionProblems), 'motion with reduced motion asked for').toEqual([]);
      });
      await test.step('forced colours: controls keep their borders, charts their colours, and focus shows', async () => {
        await page.emulateMedia({ forcedColors: 'active' });
        expect.soft(await page.evaluate(forcedColourProblems), 'forced colours').toEqual([]);
        const focus = await focusProblems(page);
        expect.soft(focus.focused, 'kinds of element focused by Tab').toBeGreaterThanOrEqual(2);
        expect.soft(focus.problems, 'focus under forced colours').toEqual([]);
        // The dark high-contrast themes (white on black) as well.
        await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
        expect.soft(await page.evaluate(forcedColourProblems), 'forced colours, dark').toEqual([]);
        await page.emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
      });
      await test.step('text spacing: nothing cut off', async () => {
        await spaceText(page);
        expect.soft(await page.evaluate(clippedProblems), 'clipped with text spacing').toEqual([]);
      });
    });
  }

  test('without the preference for reduced motion the page scrolls smoothly: the check above sees the preference', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await open(page, PAGES[0]!);
    expect(await page.evaluate(motionProblems)).toContain('<html>: scroll-behavior smooth');
  });
});
