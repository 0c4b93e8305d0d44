// unsc's classroom pages. Plain JavaScript, embedded in the binary; everything shown comes
// from the JSON API (docs/web.md). No external resources.
"use strict";

// Every word the script writes comes from the server (src/render/labels.rs); `{name}` marks a
// value filled in here.
const LABELS = JSON.parse(document.getElementById("labels").textContent);
function label(key, values) {
  return LABELS[key].replace(/\{(\w+)\}/g, (_, name) => String(values[name]));
}

const CYCLE = ["yes", "no", "abstain", "absent", "not-participating"];
// Colour, letter and word per vote, as in the report: colour is never the only cue.
const STYLE = {
  yes: ["#1b7837", "Y", LABELS["vote-yes"]],
  no: ["#b2182b", "N", LABELS["vote-no"]],
  abstain: ["#e08214", "A", LABELS["vote-abstain"]],
  absent: ["#8c8c8c", "\u2013", LABELS["vote-absent"]],
  "not-participating": ["#8c8c8c", "P", LABELS["vote-not-participating"]],
};

async function api(path, body) {
  const options = body === undefined ? {} : {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  };
  const response = await fetch(path, options);
  const json = await response.json();
  if (!response.ok) {
    throw new Error(json.error ? json.error.message : response.statusText);
  }
  return json;
}

function el(tag, text, attrs) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  return node;
}

function tallyText(t) {
  return `${t.yes}-${t.no}-${t.abstain}`;
}

// ---- The scenario page -------------------------------------------------------------------

function scenarioPage() {
  const app = document.getElementById("app");
  const id = app.dataset.id;
  const seats = Array.from(document.querySelectorAll("#horseshoe .seat"));
  const names = Object.fromEntries(seats.map((s) => [s.dataset.member, s.dataset.name]));
  const baseline = Object.fromEntries(seats.map((s) => [s.dataset.member, s.dataset.vote]));
  const current = Object.assign({}, baseline);
  const record = app.dataset.record ? JSON.parse(app.dataset.record) : null;
  const list = (codes) => (codes.length ? codes.map((c) => names[c] || c).join(", ") : LABELS.none);

  function paintSeat(seat, vote) {
    const [fill, letter, word] = STYLE[vote];
    const permanent = seat.dataset.permanent === "true";
    seat.dataset.vote = vote;
    seat.setAttribute("class", `seat vote-${vote}`);
    seat.querySelector(".seat-disc").setAttribute("fill", fill);
    seat.querySelectorAll("text")[0].textContent = letter;
    const name = label(permanent ? "permanent-seat" : "seat", { name: seat.dataset.name, vote: word });
    seat.querySelector("title").textContent = name;
    seat.setAttribute("aria-label", label("seat-hint", { seat: name }));
    document.getElementById("horseshoe-desc").textContent = seats
      .map((s) => label("seat", { name: s.dataset.name, vote: STYLE[s.dataset.vote][2] }))
      .join("; ");
  }

  // `result` is the run object; `sentences` what the text report writes (`/explain`).
  function show(result, sentences) {
    document.getElementById("verdict").textContent = result.outcome.toUpperCase();
    document.getElementById("tally").textContent = tallyText(result.tally);
    document.getElementById("vetoed-by").textContent =
      result.vetoed_by && result.vetoed_by.length ? label("vetoed-by", { members: list(result.vetoed_by) }) : "";
    document.getElementById("horseshoe-tally").textContent = tallyText(result.tally);
    document.getElementById("horseshoe-outcome").textContent = result.outcome.toUpperCase();
    const rules = document.getElementById("rules");
    rules.replaceChildren(...result.findings.map((f, i) => {
      const item = el("li");
      item.append(el("code", f.rule), ` ${sentences.findings[i]}`);
      item.append(el("small", ` (${f.citation})`));
      return item;
    }));
    document.getElementById("decisive").textContent = sentences.decisive;
    document.getElementById("flip").textContent = sentences.smallest_flip;
    const changed = Object.keys(current).some((c) => current[c] !== baseline[c]);
    document.getElementById("hypothetical").hidden = !changed;
    showRecord();
  }

  function showRecord() {
    const box = document.getElementById("compare");
    const diff = document.getElementById("record-diff");
    if (!box || !diff) return;
    diff.hidden = !box.checked;
    if (!box.checked) return;
    const differences = Object.keys(record).filter((c) => record[c] !== current[c]);
    diff.replaceChildren(el("p", differences.length
      ? label("differs", {
        differences: differences
          .map((c) => label("difference", { name: names[c], recorded: record[c], current: current[c] }))
          .join("; "),
      })
      : LABELS["as-recorded"]));
  }

  async function update() {
    const set = {};
    for (const code of Object.keys(current)) {
      if (current[code] !== baseline[code]) set[code] = current[code];
    }
    try {
      const explained = await api(`/api/scenarios/${encodeURIComponent(id)}/explain`, { set });
      show(explained.run, explained.sentences);
    } catch (error) {
      document.getElementById("verdict").textContent = label("error", { message: error.message });
    }
  }

  function cycle(seat) {
    const code = seat.dataset.member;
    current[code] = CYCLE[(CYCLE.indexOf(current[code]) + 1) % CYCLE.length];
    paintSeat(seat, current[code]);
    update();
  }

  for (const seat of seats) {
    seat.addEventListener("click", () => cycle(seat));
    seat.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        cycle(seat);
      }
    });
  }
  document.getElementById("reset").addEventListener("click", () => {
    for (const seat of seats) {
      current[seat.dataset.member] = baseline[seat.dataset.member];
      paintSeat(seat, baseline[seat.dataset.member]);
    }
    update();
  });
  const box = document.getElementById("compare");
  if (box) box.addEventListener("change", showRecord);

  const odds = document.getElementById("odds");
  if (odds) {
    const simulate = async () => {
      const body = { odds: {} };
      for (const set of odds.querySelectorAll(".member-odds")) {
        const sliders = Array.from(set.querySelectorAll("input"));
        const total = sliders.reduce((sum, s) => sum + Number(s.value), 0) || 1;
        const member = {};
        for (const s of sliders) {
          member[s.dataset.vote] = Number(s.value) / total;
          s.nextElementSibling.textContent = `${Math.round((100 * Number(s.value)) / total)}%`;
        }
        body.odds[set.dataset.member] = member;
      }
      const out = document.getElementById("probabilities");
      try {
        const r = await api(`/api/scenarios/${encodeURIComponent(id)}/simulate?method=exact`, body);
        out.textContent = label("probabilities", {
          adopted: r.p_adopted.toFixed(4),
          vetoed: r.p_vetoed.toFixed(4),
          failed: r.p_failed.toFixed(4),
          method: r.method,
        });
      } catch (error) {
        out.textContent = label("error", { message: error.message });
      }
    };
    odds.addEventListener("input", simulate);
    simulate();
  }
  update();
}

// ---- The exercise page -------------------------------------------------------------------

function exercisePage() {
  const form = document.getElementById("exercise-form");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const body = { mode: form.dataset.mode, votes: {}, drop: data.getAll("drop"), win: data.getAll("win") };
    for (const select of form.querySelectorAll("select")) {
      if (!select.value) continue;
      if (select.name === "outcome") body.outcome = select.value;
      else body.votes[select.name] = select.value;
    }
    const code = (data.get("class") || "").trim();
    if (code) body.class = code;
    try {
      const r = await api(`/api/scenarios/${encodeURIComponent(form.dataset.id)}/exercise`, body);
      document.getElementById("score").textContent = label("score", { points: r.points, max: r.max });
      document.getElementById("feedback").textContent = r.feedback;
    } catch (error) {
      document.getElementById("score").textContent = label("error", { message: error.message });
    }
  });
}

// ---- The teacher view --------------------------------------------------------------------

function teacherPage() {
  const box = document.getElementById("class");
  if (!box) return;
  const refresh = async () => {
    try {
      const r = await api(`/api/classes/${encodeURIComponent(box.dataset.code)}`);
      const total = r.scenarios.reduce((n, s) => n + s.submissions, 0);
      document.getElementById("class-status").textContent =
        label(total === 1 ? "class-one" : "class-many", { code: r.code, total });
      document.getElementById("class-results").replaceChildren(...r.scenarios.map((s) => {
        const section = el("section");
        section.append(el("h2", s.id));
        const outcomes = Object.entries(s.predicted_outcomes).map(([o, n]) => `${o}: ${n}`).join(", ");
        section.append(el("p", label("class-scenario", {
          submissions: s.submissions,
          mean: s.mean_points.toFixed(1),
          outcomes,
          outcome: s.actual_outcome,
        })));
        const wrong = Object.entries(s.wrong_by_member).sort((a, b) => b[1] - a[1]);
        const table = el("table");
        table.append(el("caption", LABELS["wrong-caption"]));
        const head = el("tr");
        head.append(el("th", LABELS.member, { scope: "col" }), el("th", LABELS["wrong-predictions"], { scope: "col" }));
        table.append(head);
        for (const [member, n] of wrong) {
          const row = el("tr");
          row.append(el("td", member), el("td", String(n)));
          table.append(row);
        }
        section.append(table);
        return section;
      }));
    } catch (error) {
      document.getElementById("class-status").textContent = label("error", { message: error.message });
    }
  };
  refresh();
  setInterval(refresh, 3000);
}

// ---- The power page ----------------------------------------------------------------------

function powerPage() {
  const form = document.getElementById("power-form");
  const draw = async () => {
    const data = new FormData(form);
    const query = new URLSearchParams({ council: data.get("council"), rules: data.get("rules") });
    try {
      const r = await api(`/api/power?${query}`);
      document.getElementById("power-title").textContent = label("power-title", { title: r.title });
      const ns = "http://www.w3.org/2000/svg";
      const rowHeight = 34;
      const svg = document.createElementNS(ns, "svg");
      svg.setAttribute("viewBox", `0 0 900 ${rowHeight * r.members.length + 40}`);
      svg.setAttribute("width", "100%");
      svg.setAttribute("role", "img");
      svg.setAttribute("aria-label", LABELS["power-chart"]);
      const max = Math.max(...r.members.map((m) => Math.max(m.shapley_shubik.value, m.banzhaf_normalized.value)), 1e-9);
      r.members.forEach((m, i) => {
        const y = 30 + i * rowHeight;
        const label = document.createElementNS(ns, "text");
        label.setAttribute("x", "110"); label.setAttribute("y", String(y + 18)); label.setAttribute("text-anchor", "end");
        label.textContent = `${m.member}${m.veto ? " \u2605" : ""}`;
        svg.append(label);
        [["shapley_shubik", "bar-ss", 0], ["banzhaf_normalized", "bar-bz", 14]].forEach(([key, cls, dy]) => {
          const bar = document.createElementNS(ns, "rect");
          bar.setAttribute("x", "120"); bar.setAttribute("y", String(y + dy)); bar.setAttribute("height", "12");
          bar.setAttribute("width", String((700 * m[key].value) / max));
          bar.setAttribute("class", cls);
          svg.append(bar);
        });
      });
      const legend = document.createElementNS(ns, "text");
      legend.setAttribute("x", "120"); legend.setAttribute("y", "16");
      legend.textContent = "upper bar: Shapley–Shubik · lower bar (hatched): Banzhaf, normalised · \u2605 veto";
      svg.append(legend);
      document.getElementById("power-chart").replaceChildren(svg);
      const body = document.querySelector("#power-table tbody");
      body.replaceChildren(...r.members.map((m) => {
        const row = el("tr");
        row.append(el("td", m.member), el("td", m.veto ? "yes" : "no"),
          el("td", `${m.shapley_shubik.fraction} \u2248 ${m.shapley_shubik.value.toFixed(5)}`),
          el("td", `${m.banzhaf_normalized.fraction} \u2248 ${m.banzhaf_normalized.value.toFixed(5)}`));
        return row;
      }));
    } catch (error) {
      document.getElementById("power-title").textContent = label("error", { message: error.message });
    }
  };
  form.addEventListener("submit", (event) => { event.preventDefault(); draw(); });
  draw();
}

const PAGES = { scenario: scenarioPage, exercise: exercisePage, teacher: teacherPage, power: powerPage };
const start = PAGES[document.body.dataset.page];
if (start) start();
