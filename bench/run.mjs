// npm run bench: deepts against numpy, timed in the same run on the same machine.
// Each row is timed like bench/numpy_bench.py: warm-up, then repeats until at least 15 runs and 1 s,
// median reported (a row whose first run takes 1 s or more, a whole training epoch, is timed by that
// one run). Both sides run three times, alternating (numpy, deepts, numpy, ...), and each keeps
// its better median, so a burst of load from other processes hurts neither side more than the other.
// Writes the table to stdout (and, with --write, into bench/README.md between the table markers), and
// when the size sweep ran, its plot to bench/sizes.html and bench/sizes.png (bench/sizes_plot.mjs).
//
//   node bench/run.mjs [--only GROUPS-OR-ROWS] [--quick] [--write]
//   --only table|sweep|workloads, or row names, comma-separated (a bare first argument means the same)
//   --quick    one pass, 5 runs and 0.2 s per row: to check that rows work, not to quote numbers
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { charRnnEpoch, irisPerceptron, softmaxEpoch } from "./course_workloads.mjs";
import { sizesFigure, writeSizesPlot } from "./sizes_plot.mjs";
import { shallowLoop } from "./shallow.mjs";
import { L_LAYER, ceilingLines, productFlops, withCachedProducts } from "./ceilings.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const lib = require("../dist");
const { np, plot } = lib;
const { wasmStatus } = require("../dist/np/wasm");
const { backend } = require("../dist/np/backend");

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  return args[i].includes("=") ? args[i].slice(name.length + 1) : args[i + 1] && !args[i + 1].startsWith("--") ? args[i + 1] : "";
};
// --quick reaches numpy_bench.py through the environment
if (args.includes("--quick")) process.env.BENCH_QUICK = "1";
const QUICK = process.env.BENCH_QUICK === "1";
const MIN_REPS = QUICK ? 5 : 15, MIN_MS = QUICK ? 200 : 1000, MAX_REPS = 400;
// numpy and deepts alternate this many times; each keeps its best median
const PASSES = Number(process.env.BENCH_PASSES ?? (QUICK ? 1 : 3));
// a row whose first run takes this long is timed by that run alone (numpy_bench.py: LONG_SECONDS)
const LONG_MS = 1000;

/** Median ms of f, and what its last run returned (a workload's checksum). */
function timeit(f) {
  let t = performance.now();
  let value = f();
  const first = performance.now() - t;
  if (first >= LONG_MS) return { ms: first, value };
  for (let i = 0; i < 2; i++) f();
  const ts = [];
  const start = performance.now();
  while (ts.length < MIN_REPS || (performance.now() - start < MIN_MS && ts.length < MAX_REPS)) {
    t = performance.now();
    value = f();
    ts.push(performance.now() - t);
  }
  ts.sort((a, b) => a - b);
  return { ms: ts[ts.length >> 1], value };
}

/**
 * Rows whose call takes under LOOP_BELOW_MS are also timed as a loop, as a notebook's loop calls them:
 * back to back for LOOP_MS, three times, the median of the three means. Unlike the median of single
 * calls, a mean includes what memory management costs per call: the forced collections that free
 * WASM blocks (one per 30-48 MiB allocated), cold memory. Measured in one pass, numpy the same way
 * (numpy_bench.py: BENCH_LOOP=1).
 */
const LOOP_BELOW_MS = 1, LOOP_MS = QUICK ? 50 : 250;
function loopMean(f) {
  const means = [];
  for (let w = 0; w < 3; w++) {
    let n = 0;
    const start = performance.now();
    while (performance.now() - start < LOOP_MS) {
      for (let i = 0; i < 10; i++) f();
      n += 10;
    }
    means.push((performance.now() - start) / n);
  }
  means.sort((a, b) => a - b);
  return means[1];
}

/** One forward + backward + update pass of the L-layer network, as bench/numpy_bench.py writes it. */
function trainingIteration(layerDims, m, np = lib.np) {
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


/** The main table: big products, elementwise ops, broadcasts, reductions, the L-layer iteration. */
function tableRows() {
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
  r["L-layer training iteration"] = trainingIteration(L_LAYER.dims, L_LAYER.m);
  return r;
}

/** The size sweep (issue 12): square np.dot, and add/exp/sum of 1-D arrays. */
function sweepRows() {
  np.random.seed(5);
  const r = {};
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
  return r;
}

/**
 * Course workloads, written as bench/numpy_bench.py writes them. The last two run from their initial
 * state every time and return a checksum that must match numpy's (see CHECK_RTOL).
 */
function workloadRows() {
  return {
    "RNN cell step (hidden 50 vocab 27)": rnnStep(),
    "shallow planar net 100 iterations": shallowLoop(np, 100),
    "softmax MNIST 10k 1 epoch batch 64": softmaxEpoch(lib),
    "Iris perceptron 10 epochs": irisPerceptron(lib),
    "char RNN first names 1 epoch (hidden 50, vocab 28)": charRnnEpoch(lib),
  };
}

const GROUPS = { table: tableRows, sweep: sweepRows, workloads: workloadRows };

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

const TARGET = {
  "matmul 512³": 0.5, "matmul 20×12288×209": 0.5, "matmul 1024³": 0.5, "exp 1e6": 0.8,
  "a*b 1e6": 0.33, "(1000,1000)+(1,1000)": 0.33, "(1000,1000)+(1000,1)": 0.33, "X.T+X (1000²)": 0.33,
  "sum axis 0 (1000²)": 0.33, "sum axis 1 (1000²)": 0.33, "L-layer training iteration": 0.67,
  "RNN cell step (hidden 50 vocab 27)": 0.5, "shallow planar net 100 iterations": 0.5, "softmax MNIST 10k 1 epoch batch 64": 0.5,
  "Iris perceptron 10 epochs": 0.5, "char RNN first names 1 epoch (hidden 50, vocab 28)": 0.5,
};
for (const n of SWEEP_DOT) if (n <= 128) TARGET[`dot ${n}²`] = 0.33;
for (const n of SWEEP_N) for (const op of ["add", "exp", "sum"]) TARGET[`${op} ${n}`] = 0.5;

/**
 * One numpy pass; `coretype` set runs OpenBLAS with that kernel family (Haswell: AVX2, what most
 * laptops have) instead of its default for this CPU (AVX-512 here). Only the bench's own child
 * process gets the variable.
 */
function numpyPass(only, coretype, loops = false) {
  try {
    const env = { ...process.env };
    if (loops) env.BENCH_LOOP = "1";
    delete env.OPENBLAS_CORETYPE;
    if (coretype) env.OPENBLAS_CORETYPE = coretype;
    const out = execFileSync("python3", [join(here, "numpy_bench.py"), only ? JSON.stringify(only) : ""], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env, maxBuffer: 1 << 24 });
    return JSON.parse(out.trim().split("\n").pop());
  } catch (e) {
    return { error: String(e.stderr || e.message).trim().split("\n").pop() };
  }
}

/**
 * The rows to run: all, or those `spec` names (comma-separated group names or row names; a row name
 * may itself hold commas, as "(1000,1000)+(1,1000)" does). Builds only the groups it needs.
 */
function selectRows(spec) {
  // pieces keep their spaces until a whole name is put back together ("…(hidden 50, vocab 28)")
  const pieces = spec ? spec.split(",") : Object.keys(GROUPS);
  const groupsOnly = pieces.every((p) => p.trim() in GROUPS);
  const groups = Object.fromEntries((groupsOnly ? pieces.map((p) => p.trim()) : Object.keys(GROUPS)).map((g) => [g, GROUPS[g]()]));
  const built = Object.assign({}, ...Object.values(groups));
  if (groupsOnly) return { table: built, names: Object.keys(built), partial: !!spec };
  const names = [];
  let acc = "";
  for (const p of pieces) {
    acc = acc ? `${acc},${p}` : p.trimStart();
    const name = acc.trim();
    if (name in groups) names.push(...Object.keys(groups[name]));
    else if (name in built) names.push(name);
    else continue;
    acc = "";
  }
  if (acc) throw new Error(`--only: no group or row named ${JSON.stringify(acc)} (groups: ${Object.keys(GROUPS).join(", ")}; rows: ${Object.keys(built).join(" | ")})`);
  return { table: built, names: [...new Set(names)], partial: true };
}

// Workloads that return a checksum (a plain array of numbers) must agree with numpy's to this
// relative difference, or the bench stops: a faster deepts that computes something else is no result.
const CHECK_RTOL = 1e-9;
const relDiff = (a, b) => (a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)));

/** Largest relative difference per checked row between deepts and each numpy run; throws beyond CHECK_RTOL. */
function compareChecks(jsChecks, numpyChecks) {
  const worst = {};
  for (const [label, checks] of Object.entries(numpyChecks)) {
    for (const [n, ref] of Object.entries(checks)) {
      const ours = jsChecks[n];
      if (ours === undefined) continue;
      const d = ours.length === ref.length ? Math.max(...ours.map((v, i) => relDiff(v, ref[i]))) : Infinity;
      if (!(d <= CHECK_RTOL)) {
        throw new Error(`CHECKSUM MISMATCH in "${n}": deepts ${JSON.stringify(ours)} vs ${label} ${JSON.stringify(ref)} (relative difference ${d.toExponential(2)} > ${CHECK_RTOL})`);
      }
      worst[n] = Math.max(worst[n] ?? 0, d);
    }
  }
  return worst;
}

const spec = flag("--only") || args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--only");
const { table, names, partial } = selectRows(spec);
if (partial && args.includes("--write")) throw new Error("--write puts the whole table into bench/README.md: run it without --only");
const js = {}, py = {}, py2 = {}, jsLoop = {}, pyLoop = {};
const jsChecks = {}, numpyChecks = {};
let numpyInfo = null, checkDiffs = {};
for (let pass = 0; pass < PASSES; pass++) {
  const p = numpyPass(partial ? names : null, undefined, pass === 0);
  if (p.error) numpyInfo = p;
  else {
    numpyInfo = p;
    for (const [n, t] of Object.entries(p.rows)) py[n] = Math.min(py[n] ?? Infinity, t);
    Object.assign(pyLoop, p.loops ?? {});
    numpyChecks["numpy"] = p.checks;
    const h = numpyPass(partial ? names : null, "Haswell");
    if (!h.error) {
      for (const [n, t] of Object.entries(h.rows)) py2[n] = Math.min(py2[n] ?? Infinity, t);
      numpyChecks["numpy AVX2"] = h.checks;
    }
  }
  for (const n of names) {
    // The memory the next arrays take is touched first, as the kernel does while idle (np's
    // warmMemory; a fresh page costs ~17 µs here): rows measure the ops, not the first touch.
    while (!lib.warmMemory(50));
    const { ms, value } = timeit(table[n]);
    js[n] = Math.min(js[n] ?? Infinity, ms);
    if (Array.isArray(value)) jsChecks[n] = value;
    if (pass === 0 && ms < LOOP_BELOW_MS) jsLoop[n] = loopMean(table[n]);
  }
  checkDiffs = compareChecks(jsChecks, numpyChecks);
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
const big = "matmul 1024³";
// the peak puts the products' ratios in context: measured when the big one runs or a product misses
const missedProduct = names.some((n) => productFlops(n) !== undefined && TARGET[n] !== undefined && py[n] !== undefined && py[n] / js[n] < TARGET[n]);
const peak = names.includes(big) || missedProduct ? await fmaPeak() : null;
// the L-layer iteration without its products: np.matmul answering from a cache (bench/ceilings.mjs)
const iterationRest = () => timeit(trainingIteration(L_LAYER.dims, L_LAYER.m, withCachedProducts(np))).ms;
const ceilings = numpyInfo?.error ? [] : ceilingLines({ np, backend, timeit, names, py, js, target: TARGET, peak, threads: wasmStatus().threads, iterationRest });

const st = wasmStatus();
const fmt = (t) => (t === undefined ? "–" : t < 0.01 ? t.toFixed(4) : t < 10 ? t.toFixed(3) : t.toFixed(1));
const lines = [];
lines.push(`| op | numpy ms (default: AVX-512) | numpy ms (AVX2) | deepts ms | numpy/deepts | numpy AVX2/deepts | target | in a loop: numpy / deepts µs, ratio |`);
lines.push(`|---|---:|---:|---:|---:|---:|---:|---:|`);
for (const n of names) {
  const ratio = py[n] !== undefined ? py[n] / js[n] : undefined, ratio2 = py2[n] !== undefined ? py2[n] / js[n] : undefined;
  const mark = ratio === undefined || TARGET[n] === undefined ? "" : ratio >= TARGET[n] ? " ✓" : " ✗";
  const loop = pyLoop[n] !== undefined && jsLoop[n] !== undefined ? `${(pyLoop[n] * 1000).toPrecision(3)} / ${(jsLoop[n] * 1000).toPrecision(3)}, ${(pyLoop[n] / jsLoop[n]).toFixed(2)}` : "–";
  lines.push(`| ${n} | ${fmt(py[n])} | ${fmt(py2[n])} | ${fmt(js[n])} | ${ratio === undefined ? "–" : ratio.toFixed(2)}${mark} | ${ratio2 === undefined ? "–" : ratio2.toFixed(2)} | ${TARGET[n] === undefined ? "–" : `≥ ${TARGET[n]}`} | ${loop} |`);
}
const header = [
  `deepts kernels: ${st.tier}, ${st.threads} thread(s) for big products; WASM heap ${(st.heapBytes / 2 ** 20).toFixed(0)} MiB (touched by warmMemory before the rows, as the kernel does while idle), ${st.forcedCollections} forced GC(s)`,
  numpyInfo?.error ? `numpy: not available (${numpyInfo.error}); numpy columns skipped` : `numpy ${numpyInfo.numpy} (python3), same machine, same run`,
  `load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(" ")} (${process.env.BENCH_NOTE ?? "shared 2-core machine"})`,
];
if (QUICK) header.push(`--quick: ${PASSES} pass(es), ${MIN_REPS} runs / ${MIN_MS} ms per row: a check that the rows work, not numbers to quote`);
for (const [n, d] of Object.entries(checkDiffs)) {
  header.push(`checksum of ${n}: deepts [${jsChecks[n].map((v) => v.toPrecision(12)).join(", ")}], same as numpy's to ${d.toExponential(1)} (relative; limit ${CHECK_RTOL})`);
}
if (peak) {
  let line = `WebAssembly f64x2 FMA peak: ${peak.toFixed(1)} GFLOP/s per core`;
  if (py[big] !== undefined) {
    const numpyRate = (2 * 1024 ** 3) / py[big] / 1e6;
    const cores = st.threads;
    line += `; numpy's ${big} runs at ${numpyRate.toFixed(0)} GFLOP/s, so at that peak on ${cores} core(s) it could reach at most ${((cores * peak) / numpyRate).toFixed(2)}`;
  }
  header.push(line);
}
const limits = ceilings.length ? ["", "Rows below their target, against what WebAssembly allows in this run (bench/ceilings.mjs):", "", ...ceilings] : [];
const text = [...header.map((h) => `${h}  `), "", ...lines, ...limits].join("\n");
console.log(text);

// the plot shows the whole sweep: a run of some of its rows leaves the last one in place
const sweepNames = [...SWEEP_DOT.map((n) => `dot ${n}²`), ...SWEEP_N.flatMap((n) => ["add", "exp", "sum"].map((op) => `${op} ${n}`))];
if (sweepNames.every((n) => names.includes(n)) && !numpyInfo?.error) {
  const ratios = { default: {}, avx2: {} };
  for (const n of names) {
    if (py[n] !== undefined) ratios.default[n] = py[n] / js[n];
    if (py2[n] !== undefined) ratios.avx2[n] = py2[n] / js[n];
  }
  const when = `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, load average ${loadavg()[0].toFixed(1)}${QUICK ? ", --quick" : ""}`;
  const fig = sizesFigure(plot, { dotSizes: SWEEP_DOT, elementwiseSizes: SWEEP_N, ratios, note: `numpy ${numpyInfo.numpy}, same machine, same run (${when})` });
  for (const line of await writeSizesPlot(fig, here)) console.log(line);
}

if (process.argv.includes("--write")) {
  const readme = join(here, "README.md");
  const doc = readFileSync(readme, "utf8");
  const start = "<!-- bench:start -->", end = "<!-- bench:end -->";
  const i = doc.indexOf(start), j = doc.indexOf(end);
  if (i >= 0 && j > i) writeFileSync(readme, `${doc.slice(0, i + start.length)}\n${text}\n${doc.slice(j)}`);
}
