#!/usr/bin/env bash
# Vendors the explorer's browser libraries into kg/serve/static/vendor/ from the npm
# registry (built files and licences only), and redraws the world map. To update one,
# change its version below, run this script from the repository root, look at the
# explorer (make test runs the browser tests) and commit kg/serve/static/vendor/.
set -euo pipefail
SIGMA=3.0.3 GRAPHOLOGY=0.26.0 CODEMIRROR=5.65.21 WORLD_ATLAS=2.0.2 TOPOJSON_CLIENT=3.1.0
root="$(pwd)"
out="$root/kg/serve/static/vendor"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm init -y >/dev/null
npm install --silent --no-audit --no-fund "sigma@$SIGMA" "graphology@$GRAPHOLOGY" "codemirror@$CODEMIRROR" \
    "world-atlas@$WORLD_ATLAS" "topojson-client@$TOPOJSON_CLIENT"
m=node_modules
mkdir -p "$out/codemirror"
cp $m/sigma/dist/sigma.min.js "$out/sigma.min.js"
cp $m/sigma/LICENSE.txt "$out/sigma.LICENSE.txt"
cp $m/graphology/dist/graphology.umd.min.js "$out/graphology.umd.min.js"
cp $m/graphology/LICENSE.txt "$out/graphology.LICENSE.txt"
cp $m/codemirror/lib/codemirror.js $m/codemirror/lib/codemirror.css $m/codemirror/mode/sparql/sparql.js "$out/codemirror/"
cp $m/codemirror/LICENSE "$out/codemirror/LICENSE"
cp $m/world-atlas/LICENSE "$out/world-atlas.LICENSE"
node "$root/tools/world_map.mjs" > "$out/world-land.svg"
printf 'sigma %s\ngraphology %s\ncodemirror %s\nworld-atlas %s (drawn with topojson-client %s)\n' \
    "$SIGMA" "$GRAPHOLOGY" "$CODEMIRROR" "$WORLD_ATLAS" "$TOPOJSON_CLIENT" > "$out/VERSIONS"
echo "vendored into $out:"; cat "$out/VERSIONS"
