// Talks to the host's Direct Line endpoint with Microsoft's own client, botframework-directlinejs, in
// polling mode (or over the WebSocket stream with --websocket): gets a token, starts a role-play, says one line and prints what came back as JSON.
// Usage: node talk.mjs [--websocket] http://127.0.0.1:PORT/v3/directline "/start lasse nb" "Hei Lasse, hva bringer deg hit i dag?"
import XMLHttpRequest from 'xhr2';
import WebSocket from 'ws';
import { createRequire } from 'node:module';

// The client is written for browsers: it needs XMLHttpRequest (rxjs ajax) and, for streaming, WebSocket.
globalThis.XMLHttpRequest = XMLHttpRequest;
globalThis.WebSocket = WebSocket;
const { DirectLine, ConnectionStatus } = createRequire(import.meta.url)('botframework-directlinejs');

const args = process.argv.slice(2);
const webSocket = args[0] === '--websocket';
const [domain, ...lines] = webSocket ? args.slice(1) : args;
const TIMEOUT_MS = 20000;

const fail = (message) => {
  console.error(message);
  process.exit(1);
};
setTimeout(() => fail(`no reply within ${TIMEOUT_MS} ms`), TIMEOUT_MS).unref();

const response = await fetch(`${domain}/tokens/generate`, { method: 'POST' });
if (!response.ok) fail(`tokens/generate answered ${response.status}`);
const { token } = await response.json();

const directLine = new DirectLine({ domain, token, webSocket, pollingInterval: 200 });
const seen = [];
directLine.connectionStatus$.subscribe((status) => {
  if (status === ConnectionStatus.FailedToConnect || status === ConnectionStatus.ExpiredToken) fail(`connection status ${status}`);
});

const post = (text, clientActivityID) =>
  new Promise((resolve, reject) =>
    directLine
      .postActivity({ type: 'message', from: { id: 'trainee', name: 'Trainee' }, text, locale: 'nb-NO', channelData: { clientActivityID } })
      .subscribe(resolve, reject));

const waitFor = (predicate) =>
  new Promise((resolve) => {
    const found = seen.find(predicate);
    if (found) return resolve(found);
    const subscription = directLine.activity$.filter(predicate).subscribe((a) => {
      subscription.unsubscribe();
      resolve(a);
    });
  });

directLine.activity$.subscribe((a) => seen.push(a));

const result = { turns: [] };
for (const [i, text] of lines.entries()) {
  const clientActivityID = `talk-${i}`;
  const id = await post(text, clientActivityID);
  const echo = await waitFor((a) => a.channelData?.clientActivityID === clientActivityID);
  const state = await waitFor((a) => a.type === 'event' && a.name === 'mi.state' && a.replyToId === id);
  // The client's words may reach the stream a moment after the balloon event: wait for them too.
  await waitFor((a) => a.type === 'message' && a.replyToId === id);
  const replies = seen.filter((a) => a.type === 'message' && a.replyToId === id);
  result.turns.push({ text, id, echo, replies, state });
}

result.conversationId = directLine.conversationId;
result.watermark = directLine.watermark;
directLine.end();
console.log(JSON.stringify(result));
process.exit(0);
