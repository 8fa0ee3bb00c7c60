// The timeline above the archive's results: matching cards per week, month
// or year (the worker's buckets, archive-query.js), stacked by institution
// or spokesperson, or two result sets side by side on one axis (a
// comparison). SVG made through the DOM (createElementNS, text as text
// nodes, colours from the page's CSS variables, so it follows the theme).
// Hovering or focusing a period shows its counts; dragging across periods,
// or Shift+arrows then Enter, selects a range, handed to `onRange(from, to)`
// (the From/To filters). The same numbers are a table beside it, for screen
// readers and anyone who wants them exact.

import { h, count, plural } from '../element/dom.js';

const NS = 'http://www.w3.org/2000/svg';
const HEIGHT = 170;
const PAD = { left: 44, right: 8, top: 10, bottom: 26 };

/** An SVG element from data, as dom.js's h() makes HTML ones: attributes set, strings as text nodes. */
function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v != null) el.setAttribute(k, String(v));
  for (const c of children.flat()) if (c != null) el.append(c);
  return el;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ymd = (iso) => iso.split('-').map(Number);

/** A period as a reader says it: "2020", "March 2020", "week of 14 Sep 2020". */
export function periodName(unit, start) {
  const [y, m, d] = ymd(start);
  if (unit === 'year') return String(y);
  if (unit === 'month') return `${MONTHS_LONG[m - 1]} ${y}`;
  return `week of ${d} ${MONTHS[m - 1]} ${y}`;
}

/** The axis label of a period (short): the year where it changes from the label before (`previous`, its start). */
function tick(unit, start, previous) {
  const [y, m, d] = ymd(start);
  if (unit === 'year') return String(y);
  const newYear = !previous || ymd(previous)[0] !== y;
  if (unit === 'month') return newYear ? `${MONTHS[m - 1]} ${y}` : MONTHS[m - 1];
  return newYear ? `${d} ${MONTHS[m - 1]} ${y}` : `${d} ${MONTHS[m - 1]}`;
}

/** 1, 2 or 5 × a power of ten, at least `v`. */
function niceMax(v) {
  if (v <= 1) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 5, 10].map((k) => k * p).find((x) => x >= v);
}

export class Timeline {
  #data = null;
  #labels = null;
  #cols = []; // the bars' numbers of the data shown (#columns), made once a render
  #cursor = -1;
  #anchor = -1;
  #sel = null; // [from, to] bucket indices
  #drag = null;
  #tableOf = null; // the data the table holds

  /** @param host the timeline's <section>; onRange(from, to) with 'YYYY-MM-DD' dates */
  constructor(host, { onRange }) {
    this.host = host;
    this.onRange = onRange;
    this.chart = h('div', { class: 'tl-chart' });
    this.tip = h('div', { class: 'tl-tip', hidden: true, 'aria-hidden': 'true' });
    this.live = h('p', { class: 'sr-only', 'aria-live': 'polite' });
    this.legend = h('ul', { class: 'tl-legend', 'aria-label': 'Legend', hidden: true }); // shown for two series or more
    this.table = h('table', { class: 'tl-table' });
    this.details = h('details', { class: 'tl-numbers' }, h('summary', {}, 'The timeline as a table'), this.table);
    host.append(h('div', { class: 'tl-frame' }, this.chart, this.tip), this.legend, this.live, this.details);
    // The table is filled while it is open, and when it opens: not, closed, on every keystroke.
    this.details.addEventListener('toggle', () => { if (this.details.open && this.#tableOf !== this.#data) this.#fillTable(); });
    // The width comes from layout, read when the layout is done (no layout forced here).
    this.width = 0;
    new ResizeObserver(([entry]) => {
      const width = Math.round(entry.contentRect.width);
      if (width === this.width) return;
      this.width = width;
      if (this.#data) this.#draw();
    }).observe(this.chart);
  }

  /** Shows a timeline (the worker's); `labels` names its result sets when there are several (a comparison). */
  render(data, labels = null) {
    this.#data = data;
    this.#labels = labels;
    this.#cols = this.#columns();
    this.#sel = null;
    this.#cursor = Math.min(this.#cursor, data.starts.length - 1);
    if (this.width) this.#draw(); // else when the first layout says how wide
    if (this.details.open) this.#fillTable();
    const undated = data.sets.reduce((n, set) => n + set.undated, 0);
    this.details.querySelector('summary').textContent = `The timeline as a table${undated ? ` (${plural(undated, 'undated card')} not shown)` : ''}`;
    const columns = this.#cols;
    this.legend.hidden = columns.length < 2;
    this.legend.replaceChildren(...columns.map((c) => h('li', {}, h('span', { class: `tl-swatch ${c.cls}`, 'aria-hidden': 'true' }), c.name)));
  }

  /** Every bar's numbers: per set, per series, per bucket. */
  #columns() {
    const { sets } = this.#data;
    if (sets.length === 1) return sets[0].series.map((sr, k) => ({ name: sr.name, counts: sr.counts, cls: `s${k}`, set: 0 }));
    return sets.map((set, g) => ({ name: this.#labels?.[g] ?? `Set ${g + 1}`, counts: sumSeries(set.series, this.#data.starts.length), cls: `set${g}`, set: g }));
  }

  #draw() {
    const { unit, starts } = this.#data;
    const nb = starts.length;
    const width = Math.max(320, this.width);
    const columns = this.#cols;
    const groups = this.#data.sets.length;
    const totals = Array.from({ length: groups }, (_, g) => new Int32Array(nb));
    for (const c of columns) for (let b = 0; b < nb; b++) totals[c.set][b] += c.counts[b];
    const max = niceMax(Math.max(1, ...totals.map((t) => Math.max(0, ...t))));
    const plotW = width - PAD.left - PAD.right;
    const plotH = HEIGHT - PAD.top - PAD.bottom;
    const bw = nb ? plotW / nb : plotW;
    const y = (v) => PAD.top + plotH * (1 - v / max);
    const svg = s('svg', {
      class: 'tl-svg', width, height: HEIGHT, viewBox: `0 0 ${width} ${HEIGHT}`, tabindex: 0, role: 'group',
      'aria-roledescription': 'timeline',
      'aria-label': nb ? `Cards per ${unit}, ${periodName(unit, starts[0])} to ${periodName(unit, starts[nb - 1])}. Arrow keys move between periods; Shift with arrows selects several; Enter keeps only that range.` : 'No dated card to show.',
    });
    // The half-way line only where it is a whole number of cards (not 2.5 written as 3).
    for (const v of [0, max / 2, max].filter(Number.isInteger)) {
      svg.append(s('line', { class: 'tl-grid', x1: PAD.left, x2: width - PAD.right, y1: y(v), y2: y(v) }),
        s('text', { class: 'tl-axis', x: PAD.left - 6, y: y(v) + 4, 'text-anchor': 'end' }, count(Math.round(v))));
    }
    const step = Math.max(1, Math.ceil(72 / bw));
    const bars = s('g', { class: 'tl-bars' });
    for (let b = 0; b < nb; b++) {
      const x0 = PAD.left + b * bw;
      const g = s('g', { class: 'tl-bucket', 'data-bucket': b, 'data-start': starts[b], 'data-end': this.#data.ends[b], 'data-total': totals.map((t) => t[b]).join(',') });
      const gap = Math.min(2, bw * 0.15);
      const inner = (bw - 2 * gap) / groups;
      const stackTop = new Array(groups).fill(0);
      for (const c of columns) {
        const v = c.counts[b];
        if (!v) continue;
        const x = x0 + gap + c.set * inner;
        g.append(s('rect', { class: `tl-bar ${c.cls}`, x, width: Math.max(1, inner - (groups > 1 ? 1 : 0)), y: y(stackTop[c.set] + v), height: y(stackTop[c.set]) - y(stackTop[c.set] + v), 'data-series': c.name, 'data-count': v }));
        stackTop[c.set] += v;
      }
      g.append(s('rect', { class: 'tl-hit', x: x0, y: PAD.top, width: bw, height: plotH }));
      if (b % step === 0) g.append(s('text', { class: 'tl-axis', x: x0 + bw / 2, y: HEIGHT - 8, 'text-anchor': 'middle' }, tick(unit, starts[b], b ? starts[b - step] : null)));
      bars.append(g);
    }
    this.selection = s('rect', { class: 'tl-selection', y: PAD.top, height: plotH, x: 0, width: 0, visibility: 'hidden' });
    this.focusRing = s('rect', { class: 'tl-focus', y: PAD.top - 2, height: plotH + 4, x: 0, width: 0, visibility: 'hidden' });
    svg.append(bars, this.selection, this.focusRing);
    this.geometry = { bw, nb };
    this.#listen(svg);
    const focused = this.svg && document.activeElement === this.svg;
    this.svg = svg;
    this.chart.replaceChildren(svg);
    if (focused) svg.focus();
    this.#mark();
  }

  #listen(svg) {
    const bucketAt = (event) => {
      const x = event.clientX - svg.getBoundingClientRect().left - PAD.left;
      return Math.max(0, Math.min(this.geometry.nb - 1, Math.floor(x / this.geometry.bw)));
    };
    svg.addEventListener('pointerdown', (e) => {
      if (!this.geometry.nb || e.button !== 0) return;
      svg.setPointerCapture(e.pointerId);
      const b = bucketAt(e);
      this.#drag = b;
      this.#sel = [b, b];
      this.#mark();
    });
    svg.addEventListener('pointermove', (e) => {
      if (!this.geometry.nb) return;
      const b = bucketAt(e);
      if (this.#drag !== null) this.#sel = [Math.min(this.#drag, b), Math.max(this.#drag, b)];
      this.#show(b, e);
      this.#mark();
    });
    svg.addEventListener('pointerup', () => {
      if (this.#drag === null) return;
      this.#drag = null;
      this.#apply();
    });
    svg.addEventListener('pointerleave', () => { if (this.#drag === null) this.tip.hidden = true; });
    svg.addEventListener('focus', () => { if (this.#cursor < 0 && this.geometry.nb) this.#cursor = this.geometry.nb - 1; this.#mark(); this.#show(this.#cursor); });
    svg.addEventListener('blur', () => { this.tip.hidden = true; this.focusRing.setAttribute('visibility', 'hidden'); });
    svg.addEventListener('keydown', (e) => this.#key(e));
  }

  #key(e) {
    const { nb } = this.geometry;
    if (!nb) return;
    const moves = { ArrowLeft: -1, ArrowRight: 1, Home: -nb, End: nb, PageUp: -12, PageDown: 12 };
    if (e.key in moves) {
      e.preventDefault();
      const before = this.#cursor < 0 ? nb - 1 : this.#cursor;
      this.#cursor = Math.max(0, Math.min(nb - 1, before + moves[e.key]));
      if (e.shiftKey) {
        if (this.#anchor < 0 || !this.#sel) this.#anchor = before;
        this.#sel = [Math.min(this.#anchor, this.#cursor), Math.max(this.#anchor, this.#cursor)];
      } else {
        this.#anchor = -1;
      }
      this.#mark();
      this.#show(this.#cursor);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (!this.#sel) this.#sel = [this.#cursor, this.#cursor];
      this.#apply();
    } else if (e.key === 'Escape' && this.#sel) {
      this.#sel = null;
      this.#anchor = -1;
      this.#mark();
    }
  }

  #apply() {
    const [a, b] = this.#sel;
    this.onRange(this.#data.starts[a], this.#data.ends[b]);
  }

  /** Draws the selection and the keyboard's period. */
  #mark() {
    const { bw } = this.geometry;
    const place = (rect, from, to) => {
      rect.setAttribute('x', PAD.left + from * bw);
      rect.setAttribute('width', (to - from + 1) * bw);
      rect.setAttribute('visibility', 'visible');
    };
    if (this.#sel) place(this.selection, ...this.#sel);
    else this.selection.setAttribute('visibility', 'hidden');
    if (this.#cursor >= 0 && document.activeElement === this.svg) place(this.focusRing, this.#cursor, this.#cursor);
  }

  /** The counts of period `b`: in the tip beside it and, for the keyboard, said aloud. */
  #show(b, pointer = null) {
    if (b < 0) return;
    const { unit, starts } = this.#data;
    const lines = this.#cols.filter((c) => c.counts[b]).map((c) => `${c.name}: ${count(c.counts[b])}`);
    const total = this.#cols.reduce((n, c) => n + c.counts[b], 0);
    const head = `${periodName(unit, starts[b])}: ${plural(total, 'card')}`;
    const sel = this.#sel && this.#sel[0] !== this.#sel[1] ? ` (selected: ${periodName(unit, starts[this.#sel[0]])} to ${periodName(unit, starts[this.#sel[1]])})` : '';
    this.tip.replaceChildren(h('strong', {}, head), ...lines.map((l) => h('div', {}, l)));
    this.tip.hidden = false;
    const x = PAD.left + (b + 0.5) * this.geometry.bw;
    this.tip.style.left = `${Math.min(x, this.width - 160)}px`;
    if (!pointer) this.live.textContent = `${head}${lines.length > 1 ? `; ${lines.join(', ')}` : ''}${sel}`;
  }

  #fillTable() {
    const { unit, starts } = this.#data;
    const columns = this.#cols;
    const caption = h('caption', {}, `Cards per ${unit}${this.#labels ? ', the two sets compared' : ''}`);
    const head = h('tr', {}, h('th', { scope: 'col' }, 'Period'), columns.map((c) => h('th', { scope: 'col' }, c.name)), columns.length > 1 && !this.#labels ? h('th', { scope: 'col' }, 'Total') : null);
    const rows = starts.map((start, b) => h('tr', { dataset: { start } },
      h('th', { scope: 'row' }, periodName(unit, start)),
      columns.map((c) => h('td', {}, count(c.counts[b]))),
      columns.length > 1 && !this.#labels ? h('td', {}, count(columns.reduce((n, c) => n + c.counts[b], 0))) : null));
    this.table.replaceChildren(caption, h('thead', {}, head), h('tbody', {}, rows));
    this.#tableOf = this.#data;
  }
}

/** The bucket totals of several series. */
function sumSeries(series, nb) {
  const out = new Int32Array(nb);
  for (const sr of series) for (let b = 0; b < nb; b++) out[b] += sr.counts[b];
  return out;
}
