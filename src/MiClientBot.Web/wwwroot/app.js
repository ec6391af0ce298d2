// The page: fetches the clients on offer, gets a Direct Line token from the host, runs Microsoft's Web
// Chat against the host's own Direct Line, and draws the balloon from the bot's mi.state events.
import { Balloon } from './balloon.js';
import { TEXTS, LANGUAGE_NAMES, WEBCHAT_LOCALES } from './texts.js';

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const ACCESS_KEY = 'miclientbot.accessCode';
// Classroom mode (/?class=CODE): the page joins the class instead of offering a client of its own.
const classCode = (params.get('class') || '').trim().slice(0, 12);

let setup = null;
let lang = 'en';
let store = null;
let directLine = null;
let connected = false;
let pendingStart = null;

const t = (key) => (TEXTS[lang] && TEXTS[lang][key]) || TEXTS.en[key] || key;
// The host's words for the client's states (from the reports' table); a state it has no word for shows its name.
const stateWord = (state) => (setup && setup.states && setup.states[lang] && setup.states[lang][state]) || state;
const balloon = new Balloon($('balloon'), t, stateWord);

function applyTexts() {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-text]')) el.textContent = t(el.dataset.text);
  if (classCode) $('class-badge').textContent = `${t('class')} ${classCode.toUpperCase()}`;
  $('report-frame').title = t('report');
}

function notice(message) {
  const el = $('notice');
  el.textContent = message;
  el.hidden = !message;
}

function fillPersonas(preselect) {
  const select = $('pick-persona');
  select.replaceChildren(...setup.personas.map((p) => new Option(`${p.name}, ${(p.summaries && p.summaries[lang]) || p.summary}`, p.id)));
  select.value = setup.personas.some((p) => p.id === preselect) ? preselect : setup.personas[0]?.id;
}

function fillLanguages(preselect) {
  const persona = setup.personas.find((p) => p.id === $('pick-persona').value);
  const codes = persona ? persona.languages : Object.keys(LANGUAGE_NAMES);
  const select = $('pick-lang');
  select.replaceChildren(...codes.map((c) => new Option(LANGUAGE_NAMES[c] || c, c)));
  select.value = codes.includes(preselect) ? preselect : codes[0];
}

function setLanguage(code) {
  if (!TEXTS[code] || code === lang) return;
  lang = code;
  applyTexts();
  if (setup) fillPersonas($('pick-persona').value); // the topics are shown in the page's language
  render();
}

// Starts (or restarts) the role-play with the chosen client and language, as the bot's /start command.
function start(persona, language) {
  setLanguage(language);
  balloon.reset();
  $('report-button').hidden = true;
  send(`/start ${persona} ${language}`);
}

// Joins the class of the address (a name, if given, is shown to the class as initials only).
function joinClass() {
  const name = (params.get('name') || '').trim().slice(0, 60);
  send(`/join ${classCode}${name ? ` ${name}` : ''}`);
}

function send(text) {
  if (!connected) {
    pendingStart = text;
    return;
  }
  store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text } });
  document.querySelector('#webchat input[type=text], #webchat textarea')?.focus();
}

function reportUrlIn(activity) {
  const found = JSON.stringify(activity.attachments || []).match(/https?:\/\/[^"\s]*\/reports\/[A-Za-z0-9._-]+/);
  return found ? found[0] : null;
}

function openReport(url) {
  const path = new URL(url, location.href).pathname; // same origin whatever address the bot named
  $('report-frame').src = path;
  $('report-link').href = path;
  $('report-dialog').showModal();
}

// The bot's welcome offers the client choice as a card and as buttons (for Teams and other channels); on this page the
// pickers above the chat are the one way to choose, so only the welcome's words are shown.
function isClientChoice(activity) {
  return activity.from?.role === 'bot' && (activity.attachments || []).some((a) =>
    a.contentType === 'application/vnd.microsoft.card.adaptive' && (a.content?.body || []).some((b) => b.type === 'Input.ChoiceSet' && b.id === 'persona'));
}

function createStore() {
  return window.WebChat.createStore({}, () => (next) => (action) => {
    if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && isClientChoice(action.payload.activity)) {
      const { attachments, suggestedActions, ...words } = action.payload.activity;
      // In a class the welcome's question (which client?) is not the student's to answer.
      const hidden = classCode ? { channelData: { ...(words.channelData || {}), classHidden: true } } : {};
      action = { ...action, payload: { ...action.payload, activity: { ...words, ...hidden } } };
    }

    if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
      connected = true;
      if (pendingStart) {
        const text = pendingStart;
        pendingStart = null;
        setTimeout(() => store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text } }), 0);
      }
    } else if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
      const activity = action.payload.activity;
      if (activity.type === 'event' && activity.name === 'mi.state' && activity.value) {
        balloon.update(activity.value);
      } else if (activity.type === 'message' && activity.from?.role === 'bot') {
        const url = reportUrlIn(activity);
        if (url) {
          const button = $('report-button');
          button.dataset.url = url;
          button.hidden = false;
        }
      }
    }
    return next(action);
  });
}

// The /start (or /join) command the page sends for the pickers (or the class) is shown as the answer that follows, not as a line of its own.
const activityMiddleware = () => (next) => (...args) => {
  const [{ activity }] = args;
  if (activity.from?.role === 'user' && typeof activity.text === 'string' && /^\/(start|join)\s/.test(activity.text)) return false;
  if (activity.channelData?.classHidden) return false;
  return next(...args);
};

const cardActionMiddleware = () => (next) => (...args) => {
  const [{ cardAction }] = args;
  if (cardAction.type === 'openUrl' && /\/reports\/[A-Za-z0-9._-]+/.test(cardAction.value || '')) {
    openReport(cardAction.value);
    return undefined;
  }
  return next(...args);
};

function render() {
  if (!directLine) return;
  window.WebChat.renderWebChat(
    {
      directLine,
      store,
      locale: WEBCHAT_LOCALES[lang] || 'en-US',
      activityMiddleware,
      cardActionMiddleware,
      styleOptions: {
        hideUploadButton: true,
        sendBoxTextWrap: true,
        bubbleBorderRadius: 10,
        bubbleFromUserBorderRadius: 10,
        bubbleFromUserBackground: '#e5eefb',
        accent: '#0b5cad',
        primaryFont: 'system-ui, sans-serif',
        rootHeight: '100%',
        rootWidth: '100%',
      },
      overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: t('placeholder') },
    },
    $('webchat'),
  );
}

async function getToken() {
  const headers = { 'Content-Type': 'application/json' };
  const code = sessionStorage.getItem(ACCESS_KEY);
  if (setup.accessCode && code) headers.Authorization = `Bearer ${code}`;
  const response = await fetch(`${setup.directLine}/tokens/generate`, { method: 'POST', headers, body: '{}' });
  if (response.status === 401 || response.status === 403) return null;
  if (!response.ok) throw new Error(`tokens/generate answered ${response.status}`);
  return (await response.json()).token;
}

async function connect() {
  const token = await getToken();
  if (!token) {
    if (sessionStorage.getItem(ACCESS_KEY)) notice(t('access-wrong'));
    sessionStorage.removeItem(ACCESS_KEY);
    askForAccessCode();
    return;
  }
  $('access').hidden = true;
  notice('');
  const domain = new URL(setup.directLine, location.href).href;
  directLine = window.WebChat.createDirectLine({ domain, token, webSocket: params.get('ws') !== '0', conversationStartProperties: { locale: WEBCHAT_LOCALES[lang] } });
  store = createStore();
  render();
}

function askForAccessCode() {
  const form = $('access');
  form.hidden = false;
  if ($('notice').hidden) notice(t('access-needed'));
  $('access-code').focus();
}

async function main() {
  applyTexts();
  try {
    setup = await (await fetch('webchat/setup')).json();
  } catch {
    notice(t('no-connection'));
    return;
  }

  const wanted = params.get('persona') || setup.defaultPersona;
  fillPersonas(wanted);
  fillLanguages(params.get('lang') || setup.defaultLanguage);
  lang = TEXTS[$('pick-lang').value] ? $('pick-lang').value : 'en';
  applyTexts();
  fillPersonas(wanted); // again, now with the topics in the page's language

  $('pick-persona').addEventListener('change', () => fillLanguages($('pick-lang').value));
  $('pick-lang').addEventListener('change', () => setLanguage($('pick-lang').value));
  $('setup').addEventListener('submit', (e) => {
    e.preventDefault();
    start($('pick-persona').value, $('pick-lang').value);
  });
  $('access').addEventListener('submit', (e) => {
    e.preventDefault();
    sessionStorage.setItem(ACCESS_KEY, $('access-code').value);
    connect();
  });
  $('report-button').addEventListener('click', () => openReport($('report-button').dataset.url));
  $('report-close').addEventListener('click', () => $('report-dialog').close());
  $('report-dialog').addEventListener('close', () => $('report-button').focus());

  if (!window.WebChat) {
    notice(t('no-webchat'));
    $('start').disabled = true;
    return;
  }

  if (classCode) {
    $('setup').hidden = true;
    $('class-badge').hidden = false;
    joinClass();
  } else if (params.get('persona')) {
    start($('pick-persona').value, $('pick-lang').value);
  }
  await connect();
}

main();
