// Times the workload on Oxigraph (npm package, in memory), warm runs, union default graph; prints
// "name median_ms mean_ms rows".
import fs from "node:fs";
import zlib from "node:zlib";
import readline from "node:readline";
import oxigraph from "oxigraph";

const [data, queryDir, runs] = [process.argv[2], process.argv[3], Number(process.argv[4] || 5)];
const store = new oxigraph.Store();
const t0 = performance.now();
// Loaded in chunks of lines (one string cannot hold millions of quads); blank nodes become IRIs so that a node
// split across two chunks stays one node. The workload does not test for blank nodes, so answers are unchanged.
let chunk = [];
const lines = readline.createInterface({ input: fs.createReadStream(data).pipe(zlib.createGunzip()), crlfDelay: Infinity });
for await (const line of lines) {
  chunk.push(line.replace(/_:(b\d+)/g, "<urn:x-bnode:$1>"));
  if (chunk.length === 200000) {
    store.load(chunk.join("\n"), { format: "application/n-quads" });
    chunk = [];
  }
}
if (chunk.length) store.load(chunk.join("\n"), { format: "application/n-quads" });
console.error(`oxigraph: loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
for (const file of fs.readdirSync(queryDir).filter((f) => f.endsWith(".rq")).sort()) {
  const text = fs.readFileSync(`${queryDir}/${file}`, "utf8");
  const times = [];
  let rows = 0;
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    const result = store.query(text, { use_default_graph_as_union: true });
    rows = Array.isArray(result) ? result.length : 1;
    if (i > 0) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(`${file.replace(".rq", "")} ${times[Math.floor(times.length / 2)].toFixed(3)} ${mean.toFixed(3)} ${rows}`);
}
