// The instructor's classes: open one for a client and a language, then follow it on the projector. Polls the list.
"use strict";

const $ = (id) => document.getElementById(id);
const LANGUAGES = { en: "English", nb: "Norsk (bokmål)", da: "Dansk" };
let personas = [];

function fillLanguages() {
  const persona = personas.find((p) => p.id === $("class-persona").value);
  const codes = persona ? persona.languages : Object.keys(LANGUAGES);
  $("class-lang").replaceChildren(...codes.map((c) => new Option(LANGUAGES[c] || c, c)));
}

function link(parent, href, text) {
  const a = document.createElement("a");
  a.href = href;
  a.textContent = text;
  parent.append(a, " ");
}

function render(classes) {
  const body = document.querySelector("#classes tbody");
  body.replaceChildren(...classes.map((c) => {
    const row = document.createElement("tr");
    row.dataset.code = c.code;
    for (const text of [c.code, c.personaName, LANGUAGES[c.language] || c.language, String(c.students), String(c.round), c.status]) {
      const td = document.createElement("td");
      td.textContent = text;
      row.append(td);
    }
    const open = document.createElement("td");
    link(open, c.projectorPath, "Projector");
    link(open, c.reportPath, "Report");
    link(open, `${c.reportPath}?format=json`, "JSON");
    link(open, `${c.reportPath}?format=csv`, "CSV");
    const remove = document.createElement("button");
    remove.type = "button";
    remove.textContent = "Delete";
    remove.setAttribute("aria-label", `Delete class ${c.code}`);
    remove.addEventListener("click", async () => {
      await fetch(`/instructor/api/classes/${encodeURIComponent(c.code)}`, { method: "DELETE" });
      refresh();
    });
    open.append(remove);
    row.append(open);
    return row;
  }));
}

async function refresh() {
  try {
    const response = await fetch("/instructor/api/classes", { headers: { Accept: "application/json" } });
    if (response.status === 401) {
      location.reload();
      return;
    }
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    render(await response.json());
  } catch (e) {
    $("status").textContent = `Could not load the classes (${e.message}); trying again.`;
  }
}

async function main() {
  const setup = await (await fetch("/webchat/setup")).json();
  personas = setup.personas;
  $("class-persona").replaceChildren(...personas.map((p) => new Option(`${p.name}, ${p.summary}`, p.id)));
  $("class-persona").value = setup.defaultPersona;
  fillLanguages();
  $("class-persona").addEventListener("change", fillLanguages);
  $("open").addEventListener("submit", async (e) => {
    e.preventDefault();
    const response = await fetch("/instructor/api/classes", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ persona: $("class-persona").value, lang: $("class-lang").value }),
    });
    const answer = await response.json();
    if (!response.ok) {
      $("status").textContent = answer.detail || `HTTP ${response.status}`;
      return;
    }
    $("status").textContent = `Class ${answer.code} is open: students join at ${location.origin}${answer.joinPath}. `;
    link($("status"), answer.projectorPath, `Open the projector of class ${answer.code}`);
    await refresh();
  });
  await refresh();
  setInterval(refresh, 5000);
}

main();
