// The explorer's views and router. The address bar holds the view and its parameters
// (/?q=QUESTION answers a question; /?view=entity&iri=… opens a page), so any page is a link.
"use strict";

let cleanup = null;
const OPEN_EVIDENCE_UP_TO = 25; // rows; a longer answer has a button to open them all

function section(title, ...children) {
  return KG.el("section", {}, title ? KG.el("h2", {}, title) : null, ...children);
}

// ---------- Ask ----------

function askView(main, params) {
  const input = KG.el("input", { type: "search", id: "question", name: "q", value: params.q || "",
    placeholder: KG.t("askPlaceholder"), autocomplete: "off", "aria-label": KG.t("ask") });
  const form = KG.el("form", { id: "ask-form", class: "ask" }, input, KG.el("button", { type: "submit" }, KG.t("askButton")));
  const out = KG.el("div", { id: "answer" });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (input.value.trim()) KG.go({ q: input.value.trim() });
  });
  main.append(section(null, form, out));
  if (!params.q) {
    KG.api("examples").then((data) => {
      out.append(section(KG.t("examples"), KG.el("ul", { class: "examples" },
        data.questions.map((q) => KG.el("li", {}, KG.link(q, { q }))))));
    }).catch(() => {});
    input.focus();
    return;
  }
  out.append(KG.message(KG.t("loading")));
  KG.api("ask", { q: params.q }).then((ans) => {
    const details = KG.el("details", { class: "sparql-shown", id: "ran-sparql" },
      KG.el("summary", {}, KG.t("showSparql")), KG.el("pre", {}, "# " + ans.command + "\n" + ans.sparql),
      KG.link("SPARQL editor", { view: "sparql", query: ans.sparql }));
    const focus = [];
    for (const r of ans.rows) for (const t of Object.values(r)) if (t && t.type === "uri" && ans.terms[t.value]) focus.push(t.value);
    const netLink = KG.link(KG.t("openNetwork"), { view: "network", focus: [...new Set(focus)].slice(0, 60) }, { id: "answer-network" });
    const openAll = KG.el("button", { type: "button", id: "open-all-evidence" }, KG.t("allEvidence"));
    openAll.addEventListener("click", () => {
      out.querySelectorAll("tr.row button.evidence-button:not(.open)").forEach((b) => b.click());
    });
    const note = ans.ignored && ans.ignored.length ? KG.message("ignored: " + ans.ignored.join(", "), "message note") : null;
    out.replaceChildren(...[
      KG.el("p", { class: "caption", id: "answer-summary" }, `${ans.rows.length} ${KG.t("rows")} · `,
        KG.el("code", {}, ans.command), " · ", netLink, " · ", openAll),
      note, details, KG.table(ans)].filter(Boolean));
    // a short answer opens with its evidence: each row's sentence, the quote highlighted
    if (ans.rows.length <= OPEN_EVIDENCE_UP_TO) openAll.click();
  }).catch((err) => out.replaceChildren(KG.message(err.message, "error")));
}

// ---------- Entity pages ----------

// A small map: the world outline (vendored, drawn offline) and a dot per point, framed
// around the points; x = longitude, y = -latitude in the outline's own coordinates.
function mapOf(ent) {
  const box = KG.el("div", { class: "map", id: "map" });
  const points = ent.points || [];
  if (!points.length) {
    box.append(KG.message(KG.t("noCoordinates"), "message note"));
    return box;
  }
  const xs = points.map((p) => p.long), ys = points.map((p) => -p.lat);
  const pad = 12;
  let x0 = Math.min(...xs) - pad, x1 = Math.max(...xs) + pad, y0 = Math.min(...ys) - pad, y1 = Math.max(...ys) + pad;
  const w = Math.max(x1 - x0, (y1 - y0) * 1.6), h = w / 1.6;
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  const k = w / 60; // marks keep their size on the screen whatever the frame
  const svg = KG.svg("svg", { viewBox: `${cx - w / 2} ${cy - h / 2} ${w} ${h}`, class: "map-svg", role: "img" },
    KG.svg("rect", { x: -540, y: -270, width: 1080, height: 540, class: "sea" }),
    KG.svg("image", { href: "/static/vendor/world-land.svg", x: -180, y: -90, width: 360, height: 180 }));
  for (const p of points) {
    svg.append(KG.svg("circle", { cx: p.long, cy: -p.lat, r: 0.9 * k, "stroke-width": 0.3 * k, class: "place-dot" },
      KG.svg("title", {}, p.label)),
    KG.svg("text", { x: p.long + 1.4 * k, y: -p.lat + 0.5 * k, "font-size": 2.2 * k, class: "place-name" }, p.label));
  }
  const caption = points.length === 1 && points[0].iri === ent.iri ? `${ent.lat.toFixed(3)}, ${ent.long.toFixed(3)}` : "";
  box.append(svg);
  if (caption) box.append(KG.el("p", { class: "caption" }, caption));
  return box;
}

function entityView(main, params) {
  const box = KG.el("div", { id: "entity" }, KG.message(KG.t("loading")));
  main.append(box);
  KG.api("entity", { iri: params.iri }).then((ent) => {
    const head = KG.el("div", { class: "entity-head" },
      KG.el("h1", { id: "entity-title" }, ent.label),
      KG.el("p", { class: "caption" }, ent.classLabel, ent.countryCode ? " · " + ent.countryCode : "",
        ent.date ? " · " + ent.date : "", " · ", KG.el("code", {}, ent.iri)),
      KG.el("p", { class: "caption" },
        KG.link(KG.t("network"), { view: "network", focus: [ent.iri] }, { id: "entity-network" }),
        (ent.kind === "place" || ent.class === "Country") ? [" · ", KG.link(KG.t("timeline"), { view: "timeline", place: ent.iri })] : null));
    const facts = ent.facts.filter((f) => ent.terms[f.object]);
    const parts = [head];
    if (facts.length) {
      parts.push(section(KG.t("relations"), KG.el("ul", { class: "facts" },
        facts.map((f) => KG.el("li", {}, (f.label || f.relation) + KG.colon(), KG.termCell({ type: "uri", value: f.object }, ent.terms))))));
    }
    if (ent.kind === "place" || ent.class === "Country") parts.push(section(KG.t("map"), mapOf(ent)));
    if (ent.evidence) parts.push(section(KG.t("evidence"), KG.evidence(ent.evidence)));
    for (const t of ent.tables) {
      const slot = KG.el("div");
      parts.push(section(t.title, KG.el("p", { class: "caption" }, KG.el("code", {}, t.command)), slot, KG.table(t)));
      if (t.query === "event_timeline" && t.rows.length) {
        KG.api("timeline", { place: ent.iri }).then((data) => slot.replaceChildren(KG.timelineChart(data))).catch(() => {});
      }
    }
    box.replaceChildren(...parts);
    document.title = ent.label + " — geokg";
  }).catch((err) => box.replaceChildren(KG.message(err.message, "error")));
}

// ---------- Network, timeline, SPARQL ----------

function networkView(main, params) {
  const box = KG.el("div", { id: "network" });
  main.append(section(KG.t("network"), box));
  cleanup = KG.network(box, params);
}

function timelineView(main, params) {
  const input = KG.el("input", { type: "search", id: "timeline-place", value: params.place || "", placeholder: KG.t("timelinePlace") });
  const form = KG.el("form", { class: "ask" }, input, KG.el("button", { type: "submit" }, KG.t("show")));
  const out = KG.el("div", { id: "timeline" });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (input.value.trim()) KG.go({ view: "timeline", place: input.value.trim() });
  });
  main.append(section(KG.t("timeline"), form, out));
  if (!params.place) return;
  out.append(KG.message(KG.t("loading")));
  KG.api("timeline", { place: params.place }).then((data) => {
    out.replaceChildren(KG.el("h2", {}, `${KG.t("placeTimeline")} ${data.label}`),
      KG.el("p", { class: "caption" }, `${data.events} events`), KG.timelineChart(data));
  }).catch((err) => out.replaceChildren(KG.message(err.message, "error")));
}

function sparqlView(main, params) {
  const box = KG.el("div", { id: "sparql" });
  main.append(section("SPARQL", box));
  KG.sparql(box, params);
}

// ---------- router ----------

KG.route = function () {
  const search = new URLSearchParams(location.search);
  const params = { focus: search.getAll("focus") };
  for (const [k, v] of search) if (k !== "focus") params[k] = v;
  const langSelect = document.getElementById("lang");
  if (params.lang && params.lang !== langSelect.value) langSelect.value = params.lang;
  const view = params.view || (params.q ? "ask" : params.iri ? "entity" : "ask");
  if (cleanup) { cleanup(); cleanup = null; }
  const main = document.getElementById("main");
  main.replaceChildren();
  document.title = "geokg explorer";
  document.querySelectorAll("nav a").forEach((a) => a.classList.toggle("active", a.dataset.view === view));
  document.querySelectorAll("nav a").forEach((a) => { a.textContent = KG.t(a.dataset.view) === a.dataset.view ? a.textContent : KG.t(a.dataset.view); });
  ({ ask: askView, entity: entityView, network: networkView, timeline: timelineView, sparql: sparqlView }[view] || askView)(main, params);
};

document.addEventListener("DOMContentLoaded", () => {
  const langSelect = document.getElementById("lang");
  const fromUrl = new URLSearchParams(location.search).get("lang");
  langSelect.value = fromUrl === "fr" || fromUrl === "en" ? fromUrl : "en";
  langSelect.addEventListener("change", () => {
    const search = new URLSearchParams(location.search);
    if (langSelect.value === "en") search.delete("lang"); else search.set("lang", langSelect.value);
    history.replaceState(null, "", "/?" + search.toString());
    KG.route();
  });
  document.querySelectorAll("nav a").forEach((a) => a.addEventListener("click", (e) => {
    e.preventDefault();
    KG.go({ view: a.dataset.view });
  }));
  window.addEventListener("popstate", KG.route);
  KG.route();
});
