// Writes the explorer's world map: Natural Earth land at 1:110m (from the world-atlas npm
// package) as one SVG path in an equirectangular projection, x = longitude, y = -latitude,
// so that a place is drawn at (long, -lat) in the same viewBox (-180 -90 360 180).
// Usage (from a folder where world-atlas and topojson-client are installed):
//   node world_map.mjs > kg/serve/static/vendor/world-land.svg
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
const require = createRequire(process.cwd() + "/");
const topojson = require("topojson-client");
const topo = JSON.parse(readFileSync(require.resolve("world-atlas/land-110m.json"), "utf8"));
const land = topojson.feature(topo, topo.objects.land);
const r = (v) => Math.round(v * 10) / 10;
let d = "";
for (const f of land.features) {
  const polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const poly of polys) for (const ring of poly) {
    d += "M" + ring.map(([x, y]) => `${r(x)},${r(-y)}`).join("L") + "Z";
  }
}
process.stdout.write(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="-180 -90 360 180"><!-- Natural Earth land 1:110m (public domain) via world-atlas 2.0.2 (ISC) --><path fill="#dfe6d8" stroke="#9aa58f" stroke-width="0.2" d="${d}"/></svg>\n`);
