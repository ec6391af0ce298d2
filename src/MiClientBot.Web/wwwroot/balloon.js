// The balloon beside the chat, drawn from the bot's mi.state events: its size follows the pressure,
// its three segments the share of each source (sustain, autonomy, discord). The data-* attributes are
// set at once (tests and tools read them); the drawing eases toward them.

const CIRCUMFERENCE = 2 * Math.PI * 25; // the segments are r=25 circles drawn with a 50-wide stroke
const SOURCES = ['sustain', 'autonomy', 'discord'];
const DURATION_MS = 600;

// The balloon's shape, drawn into the page's <svg class="balloon"> (which holds only its title), so the trainee page
// and both projector pages share one drawing.
const SHAPE = `
  <path class="string" d="M100 200 C 92 215, 108 228, 100 248" />
  <g class="body">
    <g class="segments" transform="rotate(-90)">
      <circle class="segment sustain" r="25" />
      <circle class="segment autonomy" r="25" />
      <circle class="segment discord" r="25" />
    </g>
    <circle class="skin" r="50" />
    <ellipse class="shine" cx="-20" cy="-22" rx="9" ry="14" transform="rotate(35 -20 -22)" />
    <path class="knot" d="M-5 51 L5 51 L0 44 Z" />
  </g>`;

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export class Balloon {
  // stateWord: the client's state (the bot's name for it) in the page's language.
  constructor(svg, text, stateWord) {
    this.svg = svg;
    if (!svg.querySelector('.body')) svg.insertAdjacentHTML('beforeend', SHAPE);
    this.text = text;
    this.stateWord = stateWord;
    this.body = svg.querySelector('.body');
    this.string = svg.querySelector('.string');
    this.segments = Object.fromEntries(SOURCES.map((s) => [s, svg.querySelector(`.segment.${s}`)]));
    this.shown = { pressure: 0, sustain: 0, autonomy: 0, discord: 0 };
    this.frame = 0;
    this.draw(this.shown);
  }

  // value: the mi.state event's value {turn, state, resistance: {sustain, autonomy, discord}, pressure, talk}.
  update(value) {
    const r = value.resistance || {};
    const target = {
      pressure: num(value.pressure),
      sustain: num(r.sustain),
      autonomy: num(r.autonomy),
      discord: num(r.discord),
    };
    const before = { ...this.shown };
    const attrs = { pressure: target.pressure, sustain: target.sustain, autonomy: target.autonomy, discord: target.discord };
    for (const [name, v] of Object.entries(attrs)) this.svg.setAttribute(`data-${name}`, String(round(v)));
    this.svg.setAttribute('data-turn', String(value.turn ?? ''));
    this.svg.setAttribute('data-state', String(value.state ?? ''));
    this.describe(target, value);
    this.animate(before, target);
  }

  reset() {
    for (const name of ['pressure', ...SOURCES]) this.svg.setAttribute(`data-${name}`, '0');
    this.svg.setAttribute('data-turn', '');
    this.svg.setAttribute('data-state', '');
    this.animate({ ...this.shown }, { pressure: 0, sustain: 0, autonomy: 0, discord: 0 });
  }

  animate(from, to) {
    cancelAnimationFrame(this.frame);
    if (reducedMotion()) {
      this.draw(to);
      return;
    }
    const start = performance.now();
    const step = (now) => {
      const t = Math.min(1, (now - start) / DURATION_MS);
      const e = 1 - Math.pow(1 - t, 3); // ease out: a quick swell that settles
      const current = {};
      for (const k of Object.keys(to)) current[k] = from[k] + (to[k] - from[k]) * e;
      this.draw(current);
      if (t < 1) this.frame = requestAnimationFrame(step);
    };
    this.frame = requestAnimationFrame(step);
  }

  draw(v) {
    this.shown = v;
    const radius = 28 + 0.62 * Math.max(0, Math.min(100, v.pressure));
    const scale = radius / 50;
    const cy = 112;
    this.body.setAttribute('transform', `translate(100 ${cy}) scale(${scale.toFixed(4)})`);
    const knot = cy + 51 * scale;
    this.string.setAttribute('d', `M100 ${knot.toFixed(1)} C 92 ${(knot + 15).toFixed(1)}, 108 ${(knot + 30).toFixed(1)}, 100 248`);
    const total = SOURCES.reduce((s, k) => s + Math.max(0, v[k]), 0);
    let offset = 0;
    for (const k of SOURCES) {
      const share = total > 0 ? Math.max(0, v[k]) / total : 1 / SOURCES.length;
      const length = share * CIRCUMFERENCE;
      const el = this.segments[k];
      el.setAttribute('stroke-dasharray', `${length.toFixed(3)} ${CIRCUMFERENCE.toFixed(3)}`);
      el.setAttribute('stroke-dashoffset', (-offset).toFixed(3));
      offset += length;
    }
  }

  describe(v, value) {
    const t = this.text;
    const values = { pressure: v.pressure, sustain: v.sustain, autonomy: v.autonomy, discord: v.discord };
    for (const [k, x] of Object.entries(values)) {
      const dd = document.getElementById(`v-${k}`);
      if (dd) dd.textContent = String(Math.round(x));
    }
    const summary = `${t('pressure')} ${Math.round(v.pressure)}: ${t('sustain')} ${Math.round(v.sustain)}, ${t('autonomy')} ${Math.round(v.autonomy)}, ${t('discord')} ${Math.round(v.discord)}`;
    this.svg.querySelector('title').textContent = `${t('balloon')}: ${summary}`;
    const status = document.getElementById('balloon-status');
    if (status) status.textContent = `${t('turn')} ${value.turn ?? 0} · ${value.state ? this.stateWord(String(value.state)) : ''}`;
  }
}

function num(x) {
  const n = Number(x);
  return Number.isFinite(n) ? n : 0;
}

function round(x) {
  return Math.round(x * 10) / 10;
}
