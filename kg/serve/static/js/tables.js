// Answer tables and evidence. A table takes the API's {names, rows, terms}: each row maps a
// variable to a SPARQL-JSON term; ``terms`` gives the label and page kind of every node.
"use strict";

const PAGE_KINDS = new Set(["actor", "place", "event", "statement"]);

KG.termCell = function (term, terms, rowLabel) {
  if (!term) return "";
  if (term.type !== "uri") return term.value;
  const info = terms[term.value];
  if (info && PAGE_KINDS.has(info.kind)) {
    // a statement's quote has its own column: its link only needs to say what it is
    const text = info.kind === "statement" && !rowLabel ? KG.t("statement") : rowLabel || info.label;
    return KG.link(text, { view: "entity", iri: term.value }, { class: "entity " + info.kind, title: term.value });
  }
  if (info && info.kind === "article") return KG.articleLink(info.article || { iri: term.value }, info.label);
  return KG.el("span", { class: "iri", title: term.value }, rowLabel || term.value.replace(/^.*[/#]/, ""));
};

// An article's title, with a link to the original when its URL is a web address.
KG.articleLink = function (article, label) {
  const text = label || article.title || article.iri;
  if (article.url && /^https?:\/\//i.test(article.url)) {
    return KG.el("a", { href: article.url, class: "article", rel: "noopener noreferrer", target: "_blank", title: article.iri }, text);
  }
  return KG.el("span", { class: "article", title: article.iri }, text);
};

// The first statement or event IRI of a row: the fact whose evidence the row opens.
function factOf(row, names, terms) {
  for (const kind of ["statement", "event", "item"]) {
    for (const n of names) {
      const t = row[n];
      if (t && t.type === "uri" && terms[t.value] && terms[t.value].kind === (kind === "item" ? "event" : kind)) return t.value;
      if (kind === "item" && n === "item" && t && t.type === "uri" && terms[t.value]) return t.value;
    }
  }
  return null;
}

KG.table = function (data, options) {
  const opts = options || {};
  const names = data.names.filter((n) => !(n.endsWith("Label") && data.names.includes(n.slice(0, -5))));
  if (!data.rows.length) return KG.message(KG.t("noRows"), "message empty");
  const head = KG.el("tr", {}, KG.el("th", {}, ""), names.map((n) => KG.el("th", {}, n)));
  const body = KG.el("tbody");
  data.rows.forEach((row, i) => {
    const fact = factOf(row, data.names, data.terms);
    const tr = KG.el("tr", { class: "row", dataset: { row: String(i) } });
    const cell = KG.el("td", { class: "actions" });
    if (fact) {
      const button = KG.el("button", { type: "button", class: "evidence-button", title: KG.t("evidence") }, KG.t("evidence"));
      button.addEventListener("click", () => KG.toggleEvidence(tr, fact, names.length + 1, button));
      cell.append(button);
    }
    tr.append(cell);
    for (const n of names) {
      const label = row[n + "Label"] && row[n + "Label"].value;
      tr.append(KG.el("td", { class: "col-" + n }, KG.termCell(row[n], data.terms, label)));
    }
    body.append(tr);
  });
  const table = KG.el("table", { class: "results" }, KG.el("thead", {}, head), body);
  return KG.el("div", { class: "table-wrap" }, opts.caption ? KG.el("p", { class: "caption" }, opts.caption) : null, table);
};

KG.toggleEvidence = async function (tr, iri, span, button) {
  const next = tr.nextElementSibling;
  if (next && next.classList.contains("evidence-row")) {
    next.remove();
    button.classList.remove("open");
    return;
  }
  button.classList.add("open");
  const td = KG.el("td", { colspan: span }, KG.message(KG.t("loading")));
  tr.after(KG.el("tr", { class: "evidence-row" }, td));
  try {
    const ev = await KG.api("evidence", { iri });
    td.replaceChildren(KG.evidence(ev));
  } catch (err) {
    td.replaceChildren(KG.message(err.message, "error"));
  }
};

// The sentence with its highlights (offsets into the sentence) as <mark> elements.
KG.markedSentence = function (text, highlights) {
  const p = KG.el("p", { class: "sentence" });
  const marks = (highlights || []).slice().sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let at = 0;
  for (const [s, e] of marks) {
    if (s < at) continue; // overlapping marks: keep the first
    p.append(text.slice(at, s), KG.el("mark", {}, text.slice(s, e)));
    at = e;
  }
  p.append(text.slice(at));
  return p;
};

KG.evidence = function (ev) {
  const box = KG.el("div", { class: "evidence" });
  const facts = ev.facts || {};
  const about = [];
  for (const rel of ["speaker", "about", "location"]) {
    if (facts[rel] && ev.terms[facts[rel]]) about.push(KG.el("span", { class: "fact" }, ((ev.relationLabels || {})[rel] || rel) + KG.colon(),
      KG.termCell({ type: "uri", value: facts[rel] }, ev.terms)));
  }
  box.append(KG.el("p", { class: "evidence-head" },
    KG.link(ev.label, { view: "entity", iri: ev.iri }, { class: "entity " + ev.kind }),
    " · ", ev.classLabel, ev.date ? " · " + ev.date : "", about.length ? " · " : "", about));
  for (const item of ev.items) {
    const a = item.article;
    box.append(KG.el("div", { class: "evidence-item" },
      KG.el("p", { class: "source" },
        KG.articleLink(a),
        a.publisher ? KG.el("span", { class: "publisher" }, " — " + a.publisher) : null,
        a.published ? KG.el("span", { class: "published" }, " — " + a.published) : null,
        KG.el("span", { class: "offsets" }, ` [${item.start}–${item.end}]`)),
      KG.markedSentence(item.sentence, item.highlights)));
  }
  return box;
};
