// The network view: a projection from /api/network drawn with sigma.js on a graphology
// graph (positions from the server's layout, colour by class, size by degree), and a
// date range that hides what falls outside it, by the dates the GEXF export carries.
"use strict";

KG.network = function (container, params) {
  const state = { renderer: null };
  const info = KG.el("p", { class: "net-count", id: "net-count" }, KG.t("loading"));
  const legend = KG.el("div", { class: "legend" });
  const stage = KG.el("div", { class: "sigma", id: "sigma" });
  const fromInput = KG.el("input", { type: "range", id: "date-from", min: 0, max: 0, value: 0, "aria-label": KG.t("from") });
  const toInput = KG.el("input", { type: "range", id: "date-to", min: 0, max: 0, value: 0, "aria-label": KG.t("to") });
  const fromLabel = KG.el("span", { class: "date", id: "date-from-label" });
  const toLabel = KG.el("span", { class: "date", id: "date-to-label" });
  const projection = KG.el("select", { id: "projection" },
    KG.el("option", { value: "actor-event" }, "actor – event"), KG.el("option", { value: "actor-actor" }, "actor – actor"));
  projection.value = params.projection || "actor-event";
  projection.addEventListener("change", () => KG.go(Object.assign({}, params, { view: "network", projection: projection.value })));
  container.append(KG.el("div", { class: "net-controls" },
    KG.el("label", {}, "projection ", projection),
    KG.el("label", { class: "range" }, KG.t("from") + " ", fromInput, fromLabel),
    KG.el("label", { class: "range" }, KG.t("to") + " ", toInput, toLabel), info), stage, legend);

  KG.api("network", { projection: projection.value, focus: params.focus || [] }).then((data) => {
    const days = data.days;
    fromInput.max = toInput.max = String(Math.max(0, days.length - 1));
    fromInput.value = "0";
    toInput.value = String(Math.max(0, days.length - 1));
    const graph = new graphology.MultiDirectedGraph();
    for (const n of data.nodes) {
      graph.addNode(n.id, { label: n.label, x: n.x, y: n.y, size: n.focus ? n.size + 3 : n.size, color: n.color,
        first: n.first_date, last: n.last_date, kind: n.kind, cls: n.class });
    }
    data.edges.forEach((e, i) => {
      graph.addEdgeWithKey("e" + i, e.source, e.target, { label: e.label, size: 1 + Math.min(4, Math.log2(1 + e.weight)),
        color: "#b9c0c8", first: e.first_date, last: e.last_date, type: "arrow" });
    });
    const inRange = (a, lo, hi) => (!a.first || a.first <= hi) && (!a.last || a.last >= lo);
    const visible = { nodes: new Set(), edges: 0 };
    const update = () => {
      let lo = days[Math.min(+fromInput.value, +toInput.value)] || "";
      let hi = days[Math.max(+fromInput.value, +toInput.value)] || "9999";
      fromLabel.textContent = lo;
      toLabel.textContent = hi === "9999" ? "" : hi;
      visible.nodes = new Set(graph.filterNodes((n, a) => inRange(a, lo, hi)));
      visible.edges = graph.filterEdges((e, a, s, t) => visible.nodes.has(s) && visible.nodes.has(t) && inRange(a, lo, hi)).length;
      info.textContent = `${visible.nodes.size} / ${graph.order} ${KG.t("nodes")}, ${visible.edges} / ${graph.size} ${KG.t("edges")} ${KG.t("shown")}`;
      info.dataset.nodes = String(visible.nodes.size);
      info.dataset.edges = String(visible.edges);
      if (state.renderer) state.renderer.refresh();
    };
    fromInput.addEventListener("input", update);
    toInput.addEventListener("input", update);
    for (const c of data.classes) {
      legend.append(KG.el("span", { class: "legend-item" }, KG.el("span", { class: "swatch", "data-color": c.color }), c.label));
    }
    legend.querySelectorAll(".swatch").forEach((s) => { s.style.background = s.dataset.color; });
    update();
    try {
      state.renderer = new Sigma(graph, stage, {
        renderEdgeLabels: false, labelRenderedSizeThreshold: 6, defaultEdgeType: "arrow",
        nodeReducer: (n, a) => (visible.nodes.has(n) ? a : Object.assign({}, a, { hidden: true })),
        edgeReducer: (e, a) => {
          const ends = graph.extremities(e);
          const ok = visible.nodes.has(ends[0]) && visible.nodes.has(ends[1]) && inRange(graph.getEdgeAttributes(e),
            days[Math.min(+fromInput.value, +toInput.value)] || "", days[Math.max(+fromInput.value, +toInput.value)] || "9999");
          return ok ? a : Object.assign({}, a, { hidden: true });
        },
      });
      state.renderer.on("clickNode", ({ node }) => {
        const kind = graph.getNodeAttribute(node, "kind");
        if (kind && kind !== "other") KG.go({ view: "entity", iri: node });
      });
      stage.dataset.ready = "1";
    } catch (err) {
      stage.append(KG.message("The graph cannot be drawn here (" + err.message + ")", "error"));
    }
  }).catch((err) => { info.textContent = err.message; info.classList.add("error"); });
  return () => { if (state.renderer) state.renderer.kill(); };
};
