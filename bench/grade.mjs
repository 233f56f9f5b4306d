// Throughput of `deepts grade` (a benchmark, not a test): 200 synthetic submissions of notebook 01
// (right, wrong and broken answers), graded with --jobs <cores>, then the time per submission broken
// down into compiling, sandbox start and running.
//
//   node bench/grade.mjs [--n 200] [--jobs 2] [--write]   (--write puts the table in bench/README.md)
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { buildVersions, loadCourse, storedRecording } from "../course/release.mjs";
import { nbg, text } from "../course/format.mjs";
import { main } from "../grader/cli.mjs";
import { readResults } from "../grader/report.mjs";

const argv = process.argv.slice(2);
const opt = (name, d) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : d);
const N = Number(opt("--n", 200));
const JOBS = Number(opt("--jobs", cpus().length));

const course = loadCourse().find((c) => c.file.endsWith("01-activations.ipynb"));
const { student, instructor } = buildVersions(course.nb, course.exercises, storedRecording(course.file, course.nb));
const correct = (name) => text(instructor.cells.find((c) => nbg(c).grade_id === `01-${name}`)).split("\n").filter((l) => !/BEGIN SOLUTION|END SOLUTION/.test(l)).join("\n");
const sig = { basicSigmoid: "x: number): number", sigmoid: "z: NDArray): NDArray", sigmoidDerivative: "z: NDArray): NDArray", relu: "z: NDArray): NDArray", tanhDerivative: "z: NDArray): NDArray" };
const wrong = {
  basicSigmoid: "return 1 / (1 + Math.exp(x));",
  sigmoid: "return np.divide(1, np.add(1, np.exp(z)));",
  sigmoidDerivative: "return z.mul(np.subtract(1, z));",
  relu: "return np.minimum(0, z);",
  tanhDerivative: "return np.subtract(1, np.tanh(z));",
};
const names = Object.keys(sig);

/** Submission k: mostly right, some wrong answers, some broken (a throw, a type error, a hang). */
function submission(k) {
  const nb = structuredClone(student);
  const set = (name, body) => (nb.cells.find((c) => nbg(c).grade_id === `01-${name}`).source = body);
  for (const n of names) set(n, correct(n));
  const kind = k % 10;
  const n = names[k % names.length];
  if (kind >= 6 && kind <= 8) set(n, `function ${n}(${sig[n]} {\n  ${wrong[n]}\n}`);
  if (kind === 9 && k % 3 === 0) set(n, `function ${n}(${sig[n]} {\n  throw new Error("todo");\n}`);
  if (kind === 9 && k % 3 === 1) set(n, `function ${n}(${sig[n]} {\n  return "oops" * 2;\n}`);
  if (kind === 9 && k % 3 === 2 && k % 40 === 29) set(n, `function ${n}(${sig[n]} {\n  while (true) {}\n}`);
  return nb;
}

const dir = mkdtempSync(join(tmpdir(), "deepts-bench-grade-"));
for (let k = 0; k < N; k++) {
  mkdirSync(join(dir, "class", `s${String(k).padStart(3, "0")}`), { recursive: true });
  writeFileSync(join(dir, "class", `s${String(k).padStart(3, "0")}`, "01-activations.ipynb"), JSON.stringify(submission(k)));
}
const t0 = Date.now();
await main(["grade", join(dir, "class"), "--out", join(dir, "out"), "--jobs", String(JOBS), "--timeout", "10"]);
const wall = (Date.now() - t0) / 1000;
const results = readResults(join(dir, "out"));
const mean = (f) => results.reduce((s, r) => s + f(r), 0) / results.length;
const rows = [
  ["compile (tslab's converter, in the worker, cached across submissions)", mean((r) => r.ms.compile) / 1000],
  ["sandbox start (node, library load, freezing)", mean((r) => r.ms.start) / 1000],
  ["execution (cells, checks, encoding)", mean((r) => r.ms.run) / 1000],
  ["whole submission (incl. comparison, writing outputs)", mean((r) => r.seconds)],
];
const scores = results.reduce((m, r) => ((m[r.score] = (m[r.score] ?? 0) + 1), m), {});
const table = [
  `${N} submissions of notebook 01, --jobs ${JOBS}, on ${cpus().length} cores (${cpus()[0]?.model ?? "?"}): **${wall.toFixed(0)} s** wall (${(wall / N).toFixed(2)} s per submission; target ≤ 180 s)`,
  "",
  "| per submission (mean, one worker) | seconds |",
  "|---|---|",
  ...rows.map(([k, v]) => `| ${k} | ${Number(v).toFixed(2)} |`),
  "",
  `Scores: ${Object.entries(scores).sort((a, b) => Number(b[0]) - Number(a[0])).map(([s, n]) => `${n}× ${s}/7`).join(", ")}; sandboxes per submission: ${mean((r) => r.ms.runs).toFixed(2)}.`,
].join("\n");
console.log("\n" + table);
if (argv.includes("--write")) {
  const readme = join(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "README.md");
  const text0 = readFileSync(readme, "utf8");
  const head = "## Grading throughput (`node bench/grade.mjs`)";
  const section = `${head}\n\n${table}\n`;
  const at = text0.indexOf(head);
  writeFileSync(readme, at >= 0 ? text0.slice(0, at) + section + text0.slice(text0.indexOf("\n## ", at + head.length) >= 0 ? text0.indexOf("\n## ", at + head.length) + 1 : text0.length) : text0.trimEnd() + "\n\n" + section);
}
rmSync(dir, { recursive: true, force: true });
