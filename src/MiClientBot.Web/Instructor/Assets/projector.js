// The projector view of one session: its balloon, big, for role-play in class. The trainee page's own Balloon (same
// shape, same colours from /balloon.css), every word in the session's language from classroom-texts.json. Polls.
import { Balloon } from '/balloon.js';

const id = decodeURIComponent(location.pathname.split('/')[3] || '');
const $ = (x) => document.getElementById(x);

let texts = null;
let words = {};
let states = {};
let balloon = null;
let lastTurn = -1;

const t = (key, ...args) => {
  const text = words[key] ?? (texts && texts.en[key]) ?? key;
  return args.reduce((s, a, i) => s.replace(`{${i}}`, String(a)), text);
};

function start(s) {
  document.documentElement.lang = s.language;
  words = texts[s.language] || texts.en;
  states = states[s.language] || {};
  for (const el of document.querySelectorAll('[data-text]')) el.textContent = t(el.dataset.text);
  balloon = new Balloon($('balloon'), (k) => t(k), (x) => states[x] || x);
}

function draw(s) {
  if (!balloon) start(s);
  const client = s.personaName || '-';
  const title = s.trainee ? t('session-title', s.trainee, client) : t('session-title-anon', client);
  $('who').textContent = title;
  document.title = title;
  $('summary').textContent = s.state ? '' : t('no-roleplay');
  if (s.turns !== lastTurn && s.state) {
    balloon.update({ turn: s.turns, state: s.state, pressure: s.pressure, resistance: { sustain: s.sustain, autonomy: s.autonomy, discord: s.discord } });
    lastTurn = s.turns;
  }
}

async function refresh() {
  try {
    const response = await fetch(`/instructor/api/sessions/${encodeURIComponent(id)}/balloon`, { headers: { Accept: 'application/json' } });
    if (response.status === 401) {
      location.reload();
      return;
    }
    if (response.status === 404) {
      $('summary').textContent = t('session-gone');
      return;
    }
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    draw(await response.json());
  } catch (e) {
    $('summary').textContent = t('no-host', e.message);
  }
}

async function main() {
  texts = await (await fetch('/instructor/assets/classroom-texts.json')).json();
  try {
    states = (await (await fetch('/webchat/setup')).json()).states || {};
  } catch {
    states = {};
  }
  await refresh();
  setInterval(refresh, 2000);
}

main();
