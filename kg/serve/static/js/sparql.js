// The SPARQL editor: CodeMirror 5 with its SPARQL mode, the project's prefixes and the
// named queries as examples; results come from /query (the SPARQL protocol) as a table,
// and as JSON or CSV downloads of the same query.
"use strict";

async function runQuery(text, accept) {
  const res = await fetch("/query", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: accept },
    body: new URLSearchParams({ query: text }).toString(),
  });
  if (!res.ok) throw new Error((await res.text()).trim());
  return res;
}

function resultsTable(json) {
  if (json.boolean !== undefined) return KG.el("p", { class: "message" }, "ASK: " + json.boolean);
  const names = json.head.vars;
  const rows = json.results.bindings;
  if (!rows.length) return KG.message(KG.t("noRows"), "message empty");
  const body = KG.el("tbody");
  for (const b of rows) {
    body.append(KG.el("tr", {}, names.map((n) => {
      const t = b[n];
      if (!t) return KG.el("td");
      if (t.type === "uri" && /^https:\/\/w3id\.org\/geokg\/id\//.test(t.value)) {
        return KG.el("td", {}, KG.link(t.value.replace(/^https:\/\/w3id\.org\/geokg\/id\//, ""), { view: "entity", iri: t.value }, { title: t.value }));
      }
      return KG.el("td", {}, t.value);
    })));
  }
  return KG.el("div", { class: "table-wrap" }, KG.el("p", { class: "caption" }, `${rows.length} ${KG.t("rows")}`),
    KG.el("table", { class: "results", id: "sparql-results" }, KG.el("thead", {}, KG.el("tr", {}, names.map((n) => KG.el("th", {}, n)))), body));
}

function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = KG.el("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

KG.sparql = function (container, params) {
  const area = KG.el("textarea", { id: "sparql-text" });
  const examples = KG.el("select", { id: "sparql-examples" }, KG.el("option", { value: "" }, KG.t("examplesQueries") + "…"));
  const out = KG.el("div", { id: "sparql-out" });
  const run = KG.el("button", { type: "button", id: "sparql-run" }, KG.t("run"));
  const asJson = KG.el("button", { type: "button", id: "sparql-json" }, KG.t("download") + " JSON");
  const asCsv = KG.el("button", { type: "button", id: "sparql-csv" }, KG.t("download") + " CSV");
  const doc = KG.el("p", { class: "caption", id: "sparql-doc" });
  container.append(KG.el("div", { class: "sparql-bar" }, examples, run, asJson, asCsv), doc, area, out);
  const editor = CodeMirror.fromTextArea(area, { mode: "application/sparql-query", lineNumbers: true, viewportMargin: Infinity });
  KG.editor = editor;
  let prefixes = "";
  const text = () => editor.getValue();
  const exec = async () => {
    out.replaceChildren(KG.message(KG.t("loading")));
    try {
      const res = await runQuery(text(), "application/sparql-results+json");
      out.replaceChildren(resultsTable(await res.json()));
    } catch (err) {
      out.replaceChildren(KG.message(err.message, "error"));
    }
  };
  run.addEventListener("click", exec);
  for (const [btn, accept, name] of [[asJson, "application/sparql-results+json", "results.json"], [asCsv, "text/csv", "results.csv"]]) {
    btn.addEventListener("click", async () => {
      try { download(await (await runQuery(text(), accept)).blob(), name); } catch (err) { out.replaceChildren(KG.message(err.message, "error")); }
    });
  }
  KG.api("queries").then((data) => {
    prefixes = Object.entries(data.prefixes).map(([p, iri]) => `PREFIX ${p}: <${iri}>`).join("\n");
    const byName = {};
    for (const q of data.queries) {
      byName[q.name] = q;
      examples.append(KG.el("option", { value: q.name }, q.name));
    }
    examples.addEventListener("change", () => {
      const q = byName[examples.value];
      if (!q) return;
      editor.setValue(q.sparql);
      doc.textContent = `${q.description} — ${q.example}`;
    });
    if (params.query) editor.setValue(params.query);
    else if (!text().trim()) {
      editor.setValue(prefixes + "\n\nSELECT ?statement ?speaker ?quote WHERE {\n  ?statement a gev:Statement ; gev:speaker ?speaker .\n  OPTIONAL { ?statement gev:quote ?quote }\n} LIMIT 20\n");
    }
    if (params.query) exec();
  }).catch((err) => out.replaceChildren(KG.message(err.message, "error")));
};
