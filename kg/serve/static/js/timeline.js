// The timeline: attacks by day in a country or place, one bar per day stacked by class,
// drawn as SVG elements (no markup from data).
"use strict";

function dayNumber(iso) {
  return Math.round(Date.parse(iso + "T00:00:00Z") / 86400000);
}

function isoOf(n) {
  return new Date(n * 86400000).toISOString().slice(0, 10);
}

KG.timelineChart = function (data) {
  const box = KG.el("div", { class: "timeline", id: "timeline-chart" });
  if (!data.days.length) {
    box.append(KG.message(KG.t("noRows"), "message empty"));
    return box;
  }
  const first = dayNumber(data.days[0].date);
  const last = dayNumber(data.days[data.days.length - 1].date);
  const span = Math.max(1, last - first + 1);
  const W = 900, H = 220, left = 36, bottom = 28, top = 10;
  const max = Math.max(...data.days.map((d) => Object.values(d.counts).reduce((a, b) => a + b, 0)));
  const bar = Math.max(7, Math.min(40, (W - left - 10) / span - 1));
  const x = (n) => left + ((n - first) / span) * (W - left - 10 - bar) + (span === 1 ? (W - left - 10) / 2 - bar / 2 : 0);
  const y = (v) => top + (H - top - bottom) * (1 - v / max);
  const colors = Object.fromEntries(data.classes.map((c) => [c.class, c.color]));
  const labels = Object.fromEntries(data.classes.map((c) => [c.class, c.label]));
  const svg = KG.svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "timeline-svg", role: "img" });
  for (let v = 0; v <= max; v += Math.max(1, Math.ceil(max / 4))) {
    svg.append(KG.svg("line", { x1: left, x2: W - 5, y1: y(v), y2: y(v), class: "grid" }),
      KG.svg("text", { x: left - 6, y: y(v) + 4, class: "axis", "text-anchor": "end" }, String(v)));
  }
  for (const d of data.days) {
    let acc = 0;
    const n = dayNumber(d.date);
    for (const c of data.classes) {
      const count = d.counts[c.class] || 0;
      if (!count) continue;
      const rect = KG.svg("rect", { x: x(n), y: y(acc + count), width: bar, height: y(acc) - y(acc + count),
        fill: colors[c.class], class: "bar", "data-date": d.date, "data-class": c.class, "data-count": count },
      KG.svg("title", {}, `${d.date}: ${count} ${labels[c.class]}`));
      svg.append(rect);
      acc += count;
    }
  }
  const ticks = Math.min(6, span);
  for (let i = 0; i < ticks; i++) {
    const n = first + Math.round((i * (span - 1)) / Math.max(1, ticks - 1));
    const anchor = ticks > 1 && i === 0 ? "start" : ticks > 1 && i === ticks - 1 ? "end" : "middle";
    const at = anchor === "start" ? x(n) : anchor === "end" ? x(n) + bar : x(n) + bar / 2;
    svg.append(KG.svg("text", { x: at, y: H - 8, class: "axis", "text-anchor": anchor }, isoOf(n)));
  }
  box.append(svg);
  const legend = KG.el("div", { class: "legend" });
  for (const c of data.classes) {
    const sw = KG.el("span", { class: "swatch" });
    sw.style.background = c.color;
    legend.append(KG.el("span", { class: "legend-item" }, sw, c.label));
  }
  const undated = Object.entries(data.undated || {}).map(([c, n]) => `${n} ${labels[c] || c}`);
  if (undated.length) legend.append(KG.el("span", { class: "legend-item undated" }, `${KG.t("undated")}: ${undated.join(", ")}`));
  box.append(legend);
  return box;
};
