// The live list: polls the session list and redraws the table; the caption says when it last did.
"use strict";

const body = document.querySelector("#sessions tbody");
const status = document.getElementById("status");

function cell(row, text, className) {
  const td = document.createElement("td");
  td.textContent = text;
  if (className) td.className = className;
  row.appendChild(td);
  return td;
}

function link(parent, href, text, label) {
  const a = document.createElement("a");
  a.href = href;
  a.textContent = text;
  a.setAttribute("aria-label", label);
  parent.appendChild(a);
  parent.appendChild(document.createTextNode(" "));
}

function hue(pressure) {
  return Math.round(120 - Math.min(100, Math.max(0, pressure)) * 1.2);
}

function render(sessions) {
  body.replaceChildren();
  for (const s of sessions) {
    const row = document.createElement("tr");
    const trainee = s.trainee || "(no name)";
    const client = s.personaName || "(not chosen)";
    cell(row, trainee);
    cell(row, client);
    cell(row, s.language);
    cell(row, String(s.turns), "number");
    cell(row, s.state || "-");
    const balloon = cell(row, "");
    if (s.pressure !== null && s.pressure !== undefined) {
      const meter = document.createElement("span");
      meter.className = "meter";
      meter.setAttribute("aria-hidden", "true");
      const fill = document.createElement("span");
      fill.style.width = Math.min(100, s.pressure) + "%";
      fill.style.background = `hsl(${hue(s.pressure)} 70% 45%)`;
      meter.appendChild(fill);
      balloon.appendChild(meter);
      balloon.appendChild(document.createTextNode(
        `${s.pressure} (sustain ${s.sustain}, autonomy ${s.autonomy}, discord ${s.discord})`));
    } else {
      balloon.textContent = "-";
    }
    cell(row, new Date(s.updatedAt).toLocaleString());
    const open = cell(row, "");
    const base = `/instructor/sessions/${encodeURIComponent(s.id)}`;
    if (s.persona) {
      link(open, `${base}/report`, "Report", `Report of ${trainee} with ${client}`);
      link(open, `${base}/projector`, "Projector", `Projector balloon of ${trainee} with ${client}`);
    }
    link(open, `${base}/transcript`, "Transcript", `Transcript of ${trainee} with ${client}`);
    body.appendChild(row);
  }
}

async function refresh() {
  try {
    const response = await fetch("/instructor/api/sessions", { headers: { Accept: "application/json" } });
    if (response.status === 401) {
      location.reload();
      return;
    }
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const sessions = await response.json();
    render(sessions);
    status.textContent = `${sessions.length} session${sessions.length === 1 ? "" : "s"}, updated ${new Date().toLocaleTimeString()}.`;
  } catch (e) {
    status.textContent = `Could not load the sessions (${e.message}); trying again.`;
  }
}

refresh();
setInterval(refresh, 5000);
