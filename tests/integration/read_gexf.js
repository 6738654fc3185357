// Parse a GEXF document from standard input with graphology-gexf (the parser Gephi Lite
// uses) and print what it read as JSON: graph type, order, size, and every node and edge
// with its attributes. Run with NODE_PATH pointing at a node_modules that holds
// graphology and graphology-gexf.
const {parse} = require('graphology-gexf');
const Graph = require('graphology');

let xml = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { xml += chunk; });
process.stdin.on('end', () => {
  const graph = parse(Graph, xml);
  const out = {
    type: graph.type,
    multi: graph.multi,
    order: graph.order,
    size: graph.size,
    meta: graph.getAttributes(),
    nodes: graph.mapNodes((key, attributes) => ({key, attributes})),
    edges: graph.mapEdges((key, attributes, source, target) => ({key, source, target, attributes})),
  };
  process.stdout.write(JSON.stringify(out));
});
