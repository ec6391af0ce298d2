// The classroom wall: the client's line, the class's balloon (the trainee page's own Balloon, so colours and shape are
// one), the join code and the round's replies grouped by what they are, each with the change it would make. The
// instructor picks one here. Polls the class once a second; every word comes from classroom-texts.json in the class's language.
import { Balloon } from '/balloon.js';

const code = decodeURIComponent(location.pathname.split('/')[3] || '');
const api = `/instructor/api/classes/${encodeURIComponent(code)}`;
const $ = (id) => document.getElementById(id);
const SOURCES = ['sustain', 'autonomy', 'discord'];

let texts = null;
let words = {};
let states = {};
let balloon = null;
let lastFeed = '';
let lastRound = -1;

const t = (key, ...args) => {
  const text = words[key] ?? (texts && texts.en[key]) ?? key;
  return args.reduce((s, a, i) => s.replace(`{${i}}`, String(a)), text);
};

function signed(x) {
  const n = Math.round(x * 10) / 10;
  return n > 0 ? `+${n}` : n < 0 ? `\u2212${Math.abs(n)}` : '\u00b10';
}

function applyTexts(feed) {
  document.documentElement.lang = feed.language;
  words = texts[feed.language] || texts.en;
  for (const el of document.querySelectorAll('[data-text]')) el.textContent = t(el.dataset.text);
  document.title = t('title', feed.personaName);
  $('title').textContent = t('title', feed.personaName);
  $('join-at').textContent = t('join-at', `${location.host}/?class=${feed.code}`);
  $('code-label').textContent = `\u00b7 ${t('code')}:`;
  $('students-label').textContent = t('students');
  $('report-json').href = `/instructor/classes/${encodeURIComponent(feed.code)}/report`;
  $('report-csv').href = `/instructor/classes/${encodeURIComponent(feed.code)}/report?format=csv`;
  balloon = new Balloon($('balloon'), (k) => t(k), (s) => states[s] || s);
}

function deltaChips(delta) {
  const box = document.createElement('p');
  box.className = 'delta';
  for (const source of SOURCES) {
    const chip = document.createElement('span');
    chip.className = `chip ${source}`;
    chip.dataset.source = source;
    const swatch = document.createElement('i');
    swatch.className = `swatch ${source}`;
    swatch.setAttribute('aria-hidden', 'true');
    chip.append(swatch, `${t(source)} ${signed(delta[source])}`);
    box.append(chip);
  }
  const pressure = document.createElement('span');
  pressure.className = `chip pressure ${delta.pressure > 0 ? 'up' : delta.pressure < 0 ? 'down' : ''}`;
  pressure.dataset.source = 'pressure';
  pressure.textContent = `${t('pressure')} ${signed(delta.pressure)}`;
  box.append(pressure);
  return box;
}

function replyCard(reply, open) {
  const card = document.createElement('article');
  card.className = 'reply';
  card.dataset.id = reply.id;
  card.dataset.code = reply.code;
  const said = document.createElement('p');
  said.className = 'words';
  said.textContent = reply.text;
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = `${reply.student} \u00b7 ${reply.codeLabel}`;
  card.append(said, meta, deltaChips(reply.delta));
  if (open) {
    const pick = document.createElement('button');
    pick.type = 'button';
    pick.className = 'pick';
    pick.textContent = t('pick');
    pick.setAttribute('aria-label', `${t('pick')}: ${reply.student}`);
    pick.addEventListener('click', () => choose(reply.id, pick));
    card.append(pick);
  }
  return card;
}

function draw(feed) {
  $('code').textContent = feed.code;
  $('students').textContent = String(feed.students);
  const round = feed.round;
  $('round').textContent = t('round', round.number);
  $('client-line').textContent = round.clientLine;
  $('drill').hidden = !round.helper;
  $('drill-scene').textContent = round.scene || '';
  $('drill-helper').textContent = round.helper || '';
  if (round.number !== lastRound) {
    balloon.update(round.balloon);
    lastRound = round.number;
  }

  $('waiting').hidden = round.replyCount > 0 || !round.open;
  const groups = round.groups.map((g) => {
    const section = document.createElement('section');
    section.className = `group ${g.group}`;
    section.dataset.group = g.group;
    const heading = document.createElement('h3');
    heading.textContent = `${g.label} (${g.replies.length})`;
    section.append(heading, ...g.replies.map((r) => replyCard(r, round.open)));
    return section;
  });
  $('groups').replaceChildren(...groups);
  // A full room: smaller cards in more columns, and the spread over the groups at a glance above them.
  $('groups').classList.toggle('many', round.replyCount > 8);
  $('spread').replaceChildren(...round.groups.map((g) => {
    const item = document.createElement('span');
    item.className = `spread-item ${g.group}`;
    item.textContent = `${g.label}: ${g.replies.length}`;
    return item;
  }));

  $('moves').replaceChildren(...feed.moves.map((m) => {
    const li = document.createElement('li');
    li.textContent = `${t('round', m.round)}: ${m.text} (${m.codeLabel}) \u2192 ${m.clientAnswer}`;
    return li;
  }));
  $('end').hidden = feed.status !== 'open';
  $('next-drill').hidden = feed.status === 'gone';
  $('notice').textContent = feed.status === 'open' ? '' : t('class-ended');
}

async function choose(id, button) {
  button.disabled = true;
  const response = await fetch(`${api}/pick`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ reply: id }),
  });
  if (response.ok) {
    show(await response.json());
  } else {
    const problem = await response.json().catch(() => ({}));
    $('notice').textContent = problem.detail || `HTTP ${response.status}`;
    button.disabled = false;
  }
}

function show(feed) {
  const json = JSON.stringify(feed);
  if (json === lastFeed) return;
  if (!balloon) applyTexts(feed);
  lastFeed = json;
  draw(feed);
}

async function refresh() {
  try {
    const response = await fetch(api, { headers: { Accept: 'application/json' } });
    if (response.status === 401) {
      location.reload();
      return;
    }
    if (response.status === 404) {
      $('notice').textContent = t('class-gone');
      return;
    }
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    show(await response.json());
  } catch (e) {
    $('notice').textContent = t('no-host', e.message);
  }
}

async function main() {
  texts = await (await fetch('/instructor/assets/classroom-texts.json')).json();
  try {
    const setup = await (await fetch('/webchat/setup')).json();
    states = setup.states || {};
  } catch {
    states = {};
  }
  const feed = await fetch(api, { headers: { Accept: 'application/json' } });
  if (feed.ok) {
    const first = await feed.json();
    states = states[first.language] || {};
    show(first);
  } else {
    $('notice').textContent = feed.status === 404 ? t('class-gone') : t('no-host', `HTTP ${feed.status}`);
  }
  $('end').addEventListener('click', async () => {
    const response = await fetch(`${api}/end`, { method: 'POST' });
    if (response.ok) show(await response.json());
  });
  $('next-drill').addEventListener('click', async () => {
    const response = await fetch(`${api}/drill`, { method: 'POST' });
    if (response.ok) {
      show(await response.json());
    } else {
      const problem = await response.json().catch(() => ({}));
      $('notice').textContent = problem.detail || `HTTP ${response.status}`;
    }
  });
  setInterval(refresh, 1000);
}

main();
