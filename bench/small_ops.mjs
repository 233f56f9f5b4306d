// The per-call cost of the small and mid-size ops of the course's loops (issue 12), deepts against
// numpy (bench/small_ops.py) in the same run: CPU µs per call (this process's CPU time: the machine
// is shared, and time other processes hold the core is not counted; threads' time would be, but
// these ops stay on one thread), best of batches, and numpy/deepts. `node bench/small_ops.mjs [names]`
// after a build; names separated by semicolons select rows.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { shallowLoop } from "./shallow.mjs";

const here = dirname(fileURLToPath(import.meta.url));
// DEEPTS_DIST: another build to time (e.g. the previous commit's, for before/after in one run)
const { np } = createRequire(import.meta.url)(process.env.DEEPTS_DIST ?? "../dist");

np.random.seed(0);
const A = np.random.randn(4, 400), B = np.random.randn(4, 400), R = np.random.randn(1, 400);
const c = np.random.randn(4, 1), W1 = np.random.randn(4, 2), X = np.random.randn(2, 400);
const W2 = np.random.randn(1, 4), D = np.random.randn(4, 400);

const OPS = {
  "add (4,400)+(4,400)": () => np.add(A, B),
  "tanh (4,400)": () => np.tanh(A),
  "mul 1.2*(4,400)": () => np.multiply(1.2, A),
  "add (1,400)+(1,400)": () => np.add(R, R),
  "exp (1,400)": () => np.exp(R),
  "add (4,1)+(4,400)": () => np.add(c, A),
  "dot (4,2)·(2,400)": () => np.dot(W1, X),
  "dot (1,4)·(4,400)": () => np.dot(W2, A),
  "dot (4,400)·(400,2)ᵀ": () => np.dot(D, X.T),
  "sum (4,400) axis 1 keepdims": () => np.sum(A, { axis: 1, keepdims: true }),
  "sub (4,1)-(4,1)": () => np.subtract(c, c),
};

function perCall(f, n, batches) {
  for (let i = 0; i < n; i++) f();
  let best = Infinity;
  for (let b = 0; b < batches; b++) {
    const t = process.cpuUsage();
    for (let i = 0; i < n; i++) f();
    const u = process.cpuUsage(t);
    best = Math.min(best, (u.user + u.system) / 1e3);
  }
  return (best / n) * 1e3;
}

const only = process.argv[2] ?? "";
const pick = (name) => !only || only.split(";").includes(name);
const py = JSON.parse(execFileSync("python3", [join(here, "small_ops.py"), only], { encoding: "utf8" }));
const js = {};
for (const [name, f] of Object.entries(OPS)) if (pick(name)) js[name] = perCall(f, 2000, 15);
if (pick("shallow iteration")) js["shallow iteration"] = perCall(shallowLoop(np, 10), 20, 30) / 10;
const py2 = JSON.parse(execFileSync("python3", [join(here, "small_ops.py"), only], { encoding: "utf8" }));
console.log("| op | numpy µs | deepts µs | numpy/deepts |\n|---|---:|---:|---:|");
for (const name of Object.keys(js)) {
  const p = Math.min(py[name], py2[name]);
  console.log(`| ${name} | ${p.toFixed(2)} | ${js[name].toFixed(2)} | ${(p / js[name]).toFixed(3)} |`);
}
