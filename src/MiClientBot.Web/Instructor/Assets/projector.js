// The projector view: one session's balloon, big, for role-play in class. Polls a small JSON endpoint.
"use strict";

const id = location.pathname.split("/")[3];
const $ = (x) => document.getElementById(x);
let lastTurn = -1;

function hue(pressure) {
  return Math.round(120 - Math.min(100, Math.max(0, pressure)) * 1.2);
}

function draw(s) {
  const pressure = s.pressure ?? 0;
  const rx = 50 + pressure * 1.2;
  const ry = rx * 1.15;
  const color = `hsl(${hue(pressure)} 70% 45%)`;
  const body = $("balloon-body");
  body.setAttribute("rx", rx);
  body.setAttribute("ry", ry);
  body.setAttribute("cy", 300 - ry);
  body.setAttribute("fill", color);
  $("balloon-knot").setAttribute("fill", color);
  $("balloon-pressure").textContent = s.pressure === null ? "-" : String(Math.round(pressure));
  $("balloon-pressure").setAttribute("y", 300 - ry + 12);
  for (const source of ["sustain", "autonomy", "discord"]) {
    $(`bar-${source}`).setAttribute("width", Math.round((s[source] ?? 0) * 0.8));
  }

  const client = s.personaName || "the client";
  $("who").textContent = s.trainee ? `${s.trainee} with ${client}` : `Conversation with ${client}`;
  const words = s.state
    ? `Turn ${s.turns}, ${s.state}. Balloon ${pressure} of 100: sustain ${s.sustain}, autonomy ${s.autonomy}, discord ${s.discord}.`
    : "No role-play has started yet.";
  $("summary").textContent = words;
  $("balloon-title").textContent = words;
  if (s.turns !== lastTurn) {
    $("announce").textContent = words;
    lastTurn = s.turns;
  }
}

async function refresh() {
  try {
    const response = await fetch(`/instructor/api/sessions/${encodeURIComponent(id)}/balloon`, { headers: { Accept: "application/json" } });
    if (response.status === 401) {
      location.reload();
      return;
    }
    if (response.status === 404) {
      $("summary").textContent = "This session is gone (deleted by the trainee or by the retention sweep).";
      return;
    }
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    draw(await response.json());
  } catch (e) {
    $("summary").textContent = `Waiting for the host (${e.message}).`;
  }
}

refresh();
setInterval(refresh, 2000);
