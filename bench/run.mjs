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
  return r;
}

const TARGET = {
  "matmul 512³": 0.5, "matmul 20×12288×209": 0.5, "matmul 1024³": 0.5, "exp 1e6": 0.8,
  "a*b 1e6": 0.33, "(1000,1000)+(1,1000)": 0.33, "(1000,1000)+(1000,1)": 0.33, "X.T+X (1000²)": 0.33,
  "sum axis 0 (1000²)": 0.33, "sum axis 1 (1000²)": 0.33, "L-layer training iteration": 0.5,
};

function numpyPass(only) {
  try {
    const out = execFileSync("python3", [join(here, "numpy_bench.py"), only ?? ""], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    return JSON.parse(out.trim().split("\n").pop());
  } catch (e) {
    return { error: String(e.stderr || e.message).trim().split("\n").pop() };
  }
}

const only = process.argv.slice(2).find((a) => !a.startsWith("--"));
const table = rows();
const names = Object.keys(table).filter((n) => !only || only.split(",").includes(n));
const js = {}, py = {};
let numpyInfo = null;
for (let pass = 0; pass < PASSES; pass++) {
  const p = numpyPass(only);
  if (p.error) numpyInfo = p;
  else {
    numpyInfo = p;
    for (const [n, t] of Object.entries(p.rows)) py[n] = Math.min(py[n] ?? Infinity, t);
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
const fmt = (t) => (t === undefined ? "–" : t < 10 ? t.toFixed(2) : t.toFixed(1));
const lines = [];
lines.push(`| op | numpy ms | deepts ms | numpy/deepts | target |`);
lines.push(`|---|---:|---:|---:|---:|`);
for (const n of names) {
  const ratio = py[n] !== undefined ? py[n] / js[n] : undefined;
  const mark = ratio === undefined ? "" : ratio >= TARGET[n] ? " ✓" : " ✗";
  lines.push(`| ${n} | ${fmt(py[n])} | ${fmt(js[n])} | ${ratio === undefined ? "–" : ratio.toFixed(2)}${mark} | ≥ ${TARGET[n]} |`);
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
