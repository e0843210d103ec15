// Checks archtei's JSON-LD with jsonld.js, the reference JSON-LD 1.1 processor, without
// network access: each input is expanded and converted to N-Quads in safe mode (any term
// the context does not define, any value that would be dropped, is an error).
//
// Usage: node jsonld_check.mjs OUT_DIR FILE...
// For each FILE writes OUT_DIR/<name>.nq (the N-Quads) and OUT_DIR/<name>.quads.json
// ([subject, predicate, object, datatype] rows, blank nodes as "_:..."). Exits 1 on the
// first file jsonld.js rejects, naming it.
import fs from 'node:fs';
import path from 'node:path';
import jsonld from 'jsonld';

const refuseRemote = async (url) => {
  throw new Error(`refused to load ${url}: the JSON-LD must carry its context`);
};
const options = { documentLoader: refuseRemote, safe: true };

const [outDir, ...files] = process.argv.slice(2);
if (!outDir || files.length === 0) {
  console.error('usage: node jsonld_check.mjs OUT_DIR FILE...');
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });

for (const file of files) {
  try {
    const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    const expanded = await jsonld.expand(doc, options);
    if (expanded.length === 0) throw new Error('expands to nothing');
    const nquads = await jsonld.toRDF(doc, { ...options, format: 'application/n-quads' });
    const dataset = await jsonld.toRDF(doc, options);
    const rows = dataset.map((q) => [
      q.subject.termType === 'BlankNode' ? `_:${q.subject.value}` : q.subject.value,
      q.predicate.value,
      q.object.termType === 'BlankNode' ? `_:${q.object.value}` : q.object.value,
      q.object.termType === 'Literal' ? q.object.datatype.value : '',
    ]);
    const name = path.basename(file);
    fs.writeFileSync(path.join(outDir, `${name}.nq`), nquads);
    fs.writeFileSync(path.join(outDir, `${name}.quads.json`), JSON.stringify(rows));
  } catch (e) {
    console.error(`${file}: jsonld.js: ${e.message}${e.details ? ' ' + JSON.stringify(e.details) : ''}`);
    process.exit(1);
  }
}
