// Reads a GEXF file with graphology-gexf (the parser of Gephi Lite) and prints what it
// found as JSON, for tests/export/test_gexf.py. Usage: node read_gexf.js MODULES FILE
// MODULES is the node_modules folder holding graphology and graphology-gexf.
'use strict';
const path = require('path');
const fs = require('fs');
const modules = process.argv[2];
const file = process.argv[3];
const Graph = require(path.join(modules, 'graphology'));
const gexf = require(path.join(modules, 'graphology-gexf'));
// graphology-gexf reads no spells (Gephi Lite has no timeline): collect them from the
// same DOM parser it uses, so the test can compare them too
const {DOMParser} = require(require.resolve('@xmldom/xmldom',
  {paths: [path.join(modules, 'graphology-gexf')]}));

const xml = fs.readFileSync(file, 'utf8');
const graph = gexf.parse(Graph, xml);
const doc = new DOMParser().parseFromString(xml, 'application/xml');
function spellsOf(tag) {
  const out = {};
  const elements = doc.getElementsByTagName(tag);
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i];
    const spells = el.getElementsByTagName('spell');
    if (!spells.length) continue;
    out[el.getAttribute('id')] = Array.from({length: spells.length}, (_, k) =>
      [spells[k].getAttribute('start'), spells[k].getAttribute('end')]);
  }
  return out;
}
const result = {
  type: graph.type,
  multi: graph.multi,
  order: graph.order,
  size: graph.size,
  nodes: graph.mapNodes((id, a) => ({id, ...a})),
  edges: graph.mapEdges((id, a, source, target) => ({id, source, target, ...a})),
  nodeSpells: spellsOf('node'),
  edgeSpells: spellsOf('edge'),
};
process.stdout.write(JSON.stringify(result));
