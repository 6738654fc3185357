// Small DOM helpers shared by the explorer's views. Every text from the store goes into
// the page through textContent (el's string children), never as markup: an article that
// quotes "<script>" shows those characters.
"use strict";
window.KG = window.KG || {};

KG.el = function (tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "on") for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
    else if (k === "dataset") Object.assign(node.dataset, v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false || c === "") continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
};

KG.svg = function (tag, attrs, ...children) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v !== undefined && v !== null) node.setAttribute(k, String(v));
  for (const c of children.flat()) if (c !== undefined && c !== null) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
};

KG.lang = function () {
  return document.getElementById("lang").value;
};

// The explorer's own URLs: /?view=NAME&key=value…, kept in the address bar so that every
// page (an answer, an entity, a network) is a link that can be shared.
KG.href = function (params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") {
    if (Array.isArray(v)) v.forEach((x) => p.append(k, x)); else p.set(k, v);
  }
  const lang = KG.lang();
  if (lang !== "en") p.set("lang", lang);
  return "/?" + p.toString();
};

KG.go = function (params) {
  history.pushState(null, "", KG.href(params));
  KG.route();
};

// An <a> that navigates inside the explorer without reloading the page.
KG.link = function (text, params, attrs) {
  return KG.el("a", Object.assign({ href: KG.href(params), on: { click: (e) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    KG.go(params);
  } } }, attrs || {}), text);
};

KG.api = async function (name, params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (Array.isArray(v)) v.forEach((x) => p.append(k, x)); else if (v !== undefined && v !== null) p.set(k, v);
  }
  p.set("lang", KG.lang());
  const res = await fetch("/api/" + name + "?" + p.toString(), { headers: { Accept: "application/json" } });
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
};

KG.t = function (key) {
  const words = KG.WORDS[KG.lang()] || KG.WORDS.en;
  return words[key] || KG.WORDS.en[key] || key;
};

KG.WORDS = {
  en: {
    ask: "Ask", askPlaceholder: "Ask a question in English or French", askButton: "Ask", showSparql: "Show the SPARQL",
    evidence: "Evidence", noRows: "No rows.", loading: "Loading…", network: "Network", timeline: "Timeline",
    examples: "Questions it can answer", openNetwork: "See the network of this answer", rows: "rows",
    from: "from", to: "to", shown: "shown", nodes: "nodes", edges: "edges", placeTimeline: "Attacks by day in",
    timelinePlace: "Country or place (name, ISO code)", show: "Show", undated: "undated", run: "Run",
    download: "Download", examplesQueries: "Named queries", map: "Map", noCoordinates: "no coordinates in the graph",
    relations: "In the graph", statement: "statement", allEvidence: "Open all evidence", article: "Article", published: "published", openArticle: "open the article",
  },
  fr: {
    ask: "Question", askPlaceholder: "Posez une question en français ou en anglais", askButton: "Demander",
    showSparql: "Voir le SPARQL", evidence: "Preuve", noRows: "Aucune ligne.", loading: "Chargement…",
    network: "Réseau", timeline: "Chronologie", examples: "Questions possibles", openNetwork: "Voir le réseau de cette réponse",
    rows: "lignes", from: "du", to: "au", shown: "affichés", nodes: "nœuds", edges: "liens",
    placeTimeline: "Attaques par jour :", timelinePlace: "Pays ou lieu (nom, code ISO)", show: "Afficher",
    undated: "sans date", run: "Exécuter", download: "Télécharger", examplesQueries: "Requêtes nommées", map: "Carte",
    noCoordinates: "pas de coordonnées dans le graphe", relations: "Dans le graphe", statement: "déclaration", allEvidence: "Ouvrir toutes les preuves", article: "Article",
    published: "publié le", openArticle: "ouvrir l'article",
  },
};

KG.message = function (text, cls) {
  return KG.el("p", { class: cls || "message" }, text);
};

// "label: value" in English, "label : value" in French typography.
KG.colon = function () {
  return KG.lang() === "fr" ? " : " : ": ";
};
