// npm run bench: deepts against numpy, timed in the same run on the same machine.
// Each row is timed like bench/numpy_bench.py: warm-up, then repeats until at least 15 runs and 1 s,
// median reported. Both sides run three times, alternating (numpy, deepts, numpy, ...), and each keeps
// its better median, so a burst of load from other processes hurts neither side more than the other.
// Writes the table to stdout (and, with --write, into bench/README.md between the table markers).
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { np } = require("../dist");
const { wasmStatus } = require("../dist/np/wasm");

const MIN_REPS = 15, MIN_MS = 1000, MAX_REPS = 400;
// numpy and deepts alternate this many times; each keeps its best median
const PASSES = Number(process.env.BENCH_PASSES ?? 3);

function timeit(f) {
  for (let i = 0; i < 3; i++) f();
  const ts = [];
  const start = performance.now();
  while (ts.length < MIN_REPS || (performance.now() - start < MIN_MS && ts.length < MAX_REPS)) {
    const t = performance.now();
    f();
    ts.push(performance.now() - t);
  }
  ts.sort((a, b) => a - b);
  return ts[ts.length >> 1];
}

/** One forward + backward + update pass of the L-layer network, as bench/numpy_bench.py writes it. */
function trainingIteration(layerDims, m) {
  np.random.seed(1);
  const X = np.random.rand(layerDims[0], m);
  const Y = np.greater(np.random.rand(1, m), 0.5).astype("float64");
  const params = {};
  for (let l = 1; l < layerDims.length; l++) {
    params[`W${l}`] = np.divide(np.random.randn(layerDims[l], layerDims[l - 1]), Math.sqrt(layerDims[l - 1]));
    params[`b${l}`] = np.zeros([layerDims[l], 1]);
  }
  const L = layerDims.length - 1;
  const lr = 0.0075;
  return () => {
    const caches = [];
    let A = X;
    for (let l = 1; l < L; l++) {
      const A_prev = A;
      const Z = np.add(np.matmul(params[`W${l}`], A_prev), params[`b${l}`]);
      A = np.maximum(0, Z);
      caches.push([A_prev, Z]);
    }
    const ZL = np.add(np.matmul(params[`W${L}`], A), params[`b${L}`]);
    const AL = np.divide(1, np.add(1, np.exp(np.negative(ZL))));
    caches.push([A, ZL]);
    const cost = -np.sum(np.add(np.multiply(Y, np.log(AL)), np.multiply(np.subtract(1, Y), np.log(np.subtract(1, AL))))) / m;
    const grads = {};
    let dA = np.negative(np.subtract(np.divide(Y, AL), np.divide(np.subtract(1, Y), np.subtract(1, AL))));
    for (let l = L; l >= 1; l--) {
      const [A_prev, Z] = caches[l - 1];
      let dZ;
      if (l === L) {
        const s = np.divide(1, np.add(1, np.exp(np.negative(Z))));
        dZ = np.multiply(np.multiply(dA, s), np.subtract(1, s));
      } else {
        dZ = dA.copy();
        dZ.set(np.lessEqual(Z, 0), 0);
      }
      grads[`dW${l}`] = np.divide(np.matmul(dZ, A_prev.T), m);
      grads[`db${l}`] = np.divide(np.sum(dZ, { axis: 1, keepdims: true }), m);
      dA = np.matmul(params[`W${l}`].T, dZ);
    }
    for (let l = 1; l <= L; l++) {
      params[`W${l}`] = np.subtract(params[`W${l}`], np.multiply(lr, grads[`dW${l}`]));
      params[`b${l}`] = np.subtract(params[`b${l}`], np.multiply(lr, grads[`db${l}`]));
    }
    return cost;
  };
}


function rows() {
  np.random.seed(0);
  const r = {};
  const A = np.random.randn(512, 512), B = np.random.randn(512, 512);
  r["matmul 512³"] = () => np.matmul(A, B);
  const W = np.random.randn(20, 12288), X = np.random.randn(12288, 209);
  r["matmul 20×12288×209"] = () => np.matmul(W, X);
  const C = np.random.randn(1024, 1024), D = np.random.randn(1024, 1024);
  r["matmul 1024³"] = () => np.matmul(C, D);
  const x = np.random.randn(1_000_000), y = np.random.randn(1_000_000);
  r["exp 1e6"] = () => np.exp(x);
  r["a*b 1e6"] = () => np.multiply(x, y);
  const M = np.random.randn(1000, 1000), row = np.random.randn(1, 1000), col = np.random.randn(1000, 1);
  r["(1000,1000)+(1,1000)"] = () => np.add(M, row);
  r["(1000,1000)+(1000,1)"] = () => np.add(M, col);
  r["X.T+X (1000²)"] = () => np.add(M.T, M);
  r["sum axis 0 (1000²)"] = () => np.sum(M, { axis: 0 });
  r["sum axis 1 (1000²)"] = () => np.sum(M, { axis: 1 });
  r["L-layer training iteration"] = trainingIteration([12288, 20, 7, 5, 1], 209);
  // size sweep (issue 12)
  for (const n of SWEEP_DOT) {
    const P = np.random.randn(n, n), Q = np.random.randn(n, n);
    r[`dot ${n}²`] = () => np.dot(P, Q);
  }
  for (const n of SWEEP_N) {
    const u = np.random.randn(n), v = np.random.randn(n);
    r[`add ${n}`] = () => np.add(u, v);
    r[`exp ${n}`] = () => np.exp(u);
    r[`sum ${n}`] = () => np.sum(u);
  }
  // course workloads, written as bench/numpy_bench.py writes them
  r["RNN cell step (hidden 50 vocab 27)"] = rnnStep();
  r["shallow planar net 100 iterations"] = shallow(100);
  r["softmax MNIST 10k 1 epoch batch 64"] = softmaxEpoch();
  return r;
}

const SWEEP_DOT = [4, 8, 16, 32, 64, 100, 128, 256, 512], SWEEP_N = [10, 100, 1000, 10000, 100000];

function rnnStep() {
  np.random.seed(2);
  const Wax = np.random.randn(50, 27), Waa = np.random.randn(50, 50), Wya = np.random.randn(27, 50);
  const ba = np.random.randn(50, 1), by = np.random.randn(27, 1);
  const x = np.zeros([27, 1]), a = np.random.randn(50, 1);
  x.set(3, 0, 1);
  return () => {
    const aNext = np.tanh(np.add(np.add(np.dot(Wax, x), np.dot(Waa, a)), ba));
    const z = np.add(np.dot(Wya, aNext), by);
    const e = np.exp(np.subtract(z, np.max(z)));
    return np.divide(e, np.sum(e));
  };
}

function shallow(iters) {
  np.random.seed(3);
  const X = np.random.randn(2, 400), Y = np.greater(np.random.rand(1, 400), 0.5).astype("float64");
  let W1 = np.multiply(np.random.randn(4, 2), 0.01), b1 = np.zeros([4, 1]);
  let W2 = np.multiply(np.random.randn(1, 4), 0.01), b2 = np.zeros([1, 1]);
  return () => {
    const m = 400;
    for (let i = 0; i < iters; i++) {
      const A1 = np.tanh(np.add(np.dot(W1, X), b1));
      const A2 = np.divide(1, np.add(1, np.exp(np.negative(np.add(np.dot(W2, A1), b2)))));
      const dZ2 = np.subtract(A2, Y);
      const dW2 = np.divide(np.dot(dZ2, A1.T), m);
      const db2 = np.divide(np.sum(dZ2, { axis: 1, keepdims: true }), m);
      const dZ1 = np.multiply(np.dot(W2.T, dZ2), np.subtract(1, np.power(A1, 2)));
      const dW1 = np.divide(np.dot(dZ1, X.T), m);
      const db1 = np.divide(np.sum(dZ1, { axis: 1, keepdims: true }), m);
      [W1, b1, W2, b2] = [np.subtract(W1, np.multiply(1.2, dW1)), np.subtract(b1, np.multiply(1.2, db1)), np.subtract(W2, np.multiply(1.2, dW2)), np.subtract(b2, np.multiply(1.2, db2))];
    }
  };
}

function softmaxEpoch() {
  np.random.seed(4);
  const X = np.random.rand(784, 10000), Y = np.zeros([10, 10000]);
  const labels = np.random.randint(0, 10, 10000);
  for (let j = 0; j < 10000; j++) Y.set(labels.item(j), j, 1);
  let W = np.multiply(np.random.randn(10, 784), 0.01), b = np.zeros([10, 1]);
  return () => {
    for (let s = 0; s < 10000; s += 64) {
      const Xb = X.get(":", `${s}:${s + 64}`), Yb = Y.get(":", `${s}:${s + 64}`);
      const m = Xb.shape[1];
      const Z = np.add(np.dot(W, Xb), b);
      const E = np.exp(np.subtract(Z, np.max(Z, { axis: 0, keepdims: true })));
      const A = np.divide(E, np.sum(E, { axis: 0, keepdims: true }));
      const dZ = np.subtract(A, Yb);
      W = np.subtract(W, np.divide(np.multiply(0.1, np.dot(dZ, Xb.T)), m));
      b = np.subtract(b, np.divide(np.multiply(0.1, np.sum(dZ, { axis: 1, keepdims: true })), m));
    }
  };
}

const TARGET = {
  "matmul 512³": 0.5, "matmul 20×12288×209": 0.5, "matmul 1024³": 0.5, "exp 1e6": 0.8,
  "a*b 1e6": 0.33, "(1000,1000)+(1,1000)": 0.33, "(1000,1000)+(1000,1)": 0.33, "X.T+X (1000²)": 0.33,
  "sum axis 0 (1000²)": 0.33, "sum axis 1 (1000²)": 0.33, "L-layer training iteration": 0.67,
  "RNN cell step (hidden 50 vocab 27)": 0.5, "shallow planar net 100 iterations": 0.5, "softmax MNIST 10k 1 epoch batch 64": 0.5,
};
for (const n of SWEEP_DOT) if (n <= 128) TARGET[`dot ${n}²`] = 0.33;
for (const n of SWEEP_N) for (const op of ["add", "exp", "sum"]) TARGET[`${op} ${n}`] = 0.5;

/**
 * One numpy pass; `coretype` set runs OpenBLAS with that kernel family (Haswell: AVX2, what most
 * laptops have) instead of its default for this CPU (AVX-512 here). Only the bench's own child
 * process gets the variable.
 */
function numpyPass(only, coretype) {
  try {
    const env = { ...process.env };
    delete env.OPENBLAS_CORETYPE;
    if (coretype) env.OPENBLAS_CORETYPE = coretype;
    const out = execFileSync("python3", [join(here, "numpy_bench.py"), only ?? ""], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env });
    return JSON.parse(out.trim().split("\n").pop());
  } catch (e) {
    return { error: String(e.stderr || e.message).trim().split("\n").pop() };
  }
}

const only = process.argv.slice(2).find((a) => !a.startsWith("--"));
const table = rows();
const names = Object.keys(table).filter((n) => !only || only.split(",").includes(n));
const js = {}, py = {}, py2 = {};
let numpyInfo = null;
for (let pass = 0; pass < PASSES; pass++) {
  const p = numpyPass(only);
  if (p.error) numpyInfo = p;
  else {
    numpyInfo = p;
    for (const [n, t] of Object.entries(p.rows)) py[n] = Math.min(py[n] ?? Infinity, t);
    const h = numpyPass(only, "Haswell");
    if (!h.error) for (const [n, t] of Object.entries(h.rows)) py2[n] = Math.min(py2[n] ?? Infinity, t);
  }
  for (const n of names) js[n] = Math.min(js[n] ?? Infinity, timeit(table[n]));
}

/**
 * The WebAssembly f64x2 FMA peak on one core (bench/fma_peak.ts: twelve independent chains, no memory
 * traffic), in GFLOP/s: the ceiling for any WebAssembly matrix product on this machine. Null when the
 * AssemblyScript compiler (a dev dependency) or relaxed SIMD is missing.
 */
async function fmaPeak() {
  try {
    const { default: asc } = await import("assemblyscript/asc");
    let bytes = null;
    const { error } = await asc.main([join(here, "fma_peak.ts"), "-o", "peak.wasm", "-O3", "--runtime", "stub", "--enable", "simd,relaxed-simd"], {
      writeFile(file, contents) {
        if (file.endsWith(".wasm")) bytes = contents;
      },
    });
    if (error || !bytes) return null;
    require("node:v8").setFlagsFromString("--experimental-wasm-relaxed-simd");
    const { fmaPeak: run } = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { abort() {} } }).exports;
    run(1e6, 1);
    let best = 0;
    for (let r = 0; r < 15; r++) {
      const n = 1e7, t = performance.now();
      run(n, r);
      best = Math.max(best, (n * 48) / (performance.now() - t) / 1e6);
    }
    return best;
  } catch {
    return null;
  }
}
const peak = await fmaPeak();

const st = wasmStatus();
const fmt = (t) => (t === undefined ? "–" : t < 0.01 ? t.toFixed(4) : t < 10 ? t.toFixed(3) : t.toFixed(1));
const lines = [];
lines.push(`| op | numpy ms (default: AVX-512) | numpy ms (AVX2) | deepts ms | numpy/deepts | numpy AVX2/deepts | target |`);
lines.push(`|---|---:|---:|---:|---:|---:|---:|`);
for (const n of names) {
  const ratio = py[n] !== undefined ? py[n] / js[n] : undefined, ratio2 = py2[n] !== undefined ? py2[n] / js[n] : undefined;
  const mark = ratio === undefined || TARGET[n] === undefined ? "" : ratio >= TARGET[n] ? " ✓" : " ✗";
  lines.push(`| ${n} | ${fmt(py[n])} | ${fmt(py2[n])} | ${fmt(js[n])} | ${ratio === undefined ? "–" : ratio.toFixed(2)}${mark} | ${ratio2 === undefined ? "–" : ratio2.toFixed(2)} | ${TARGET[n] === undefined ? "–" : `≥ ${TARGET[n]}`} |`);
}
const header = [
  `deepts kernels: ${st.tier}, ${st.threads} thread(s) for big products; WASM heap ${(st.heapBytes / 2 ** 20).toFixed(0)} MiB, ${st.forcedCollections} forced GC(s)`,
  numpyInfo?.error ? `numpy: not available (${numpyInfo.error}); numpy columns skipped` : `numpy ${numpyInfo.numpy} (python3), same machine, same run`,
  `load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(" ")} (${process.env.BENCH_NOTE ?? "shared 2-core machine"})`,
];
const big = "matmul 1024³";
if (peak) {
  let line = `WebAssembly f64x2 FMA peak: ${peak.toFixed(1)} GFLOP/s per core`;
  if (py[big] !== undefined) {
    const numpyRate = (2 * 1024 ** 3) / py[big] / 1e6;
    const cores = st.threads;
    line += `; numpy's ${big} runs at ${numpyRate.toFixed(0)} GFLOP/s, so at that peak on ${cores} core(s) it could reach at most ${((cores * peak) / numpyRate).toFixed(2)}`;
  }
  header.push(line);
}
const text = [...header.map((h) => `${h}  `), "", ...lines].join("\n");
console.log(text);

if (process.argv.includes("--write")) {
  const readme = join(here, "README.md");
  const doc = readFileSync(readme, "utf8");
  const start = "<!-- bench:start -->", end = "<!-- bench:end -->";
  const i = doc.indexOf(start), j = doc.indexOf(end);
  if (i >= 0 && j > i) writeFileSync(readme, `${doc.slice(0, i + start.length)}\n${text}\n${doc.slice(j)}`);
}
