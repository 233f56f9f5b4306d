// Kernel benchmark (not a test): time from starting the deepts kernel process to the first cell's
// result, and the round trip of a simple cell, over ZeroMQ as Jupyter talks to it.
//   node bench/kernel.mjs [--starts 3] [--trips 30] [--steps 5000]
// The kernel runs with the kernelspec's Node flags (KERNEL_NODE_FLAGS in scripts/kernel-install.mjs).
// For investigations: KFLAGS="--flag ..." passes more Node flags to the kernel (later ones win), KPROF=<dir> writes a CPU
// profile of each kernel process there, KCWD=<dir> starts the kernel in another folder.
// Targets: start → first result < 1 s (issue 13 item 9; ipykernel's own start, measured alongside
// when the .venv has it: each deepts start is followed by an ipykernel start running
// `import numpy as np; np.ones(3)`), simple cell ≤ 100 ms (issue 4). tslab alone: ~3.5 s, ~100 ms.
// Then idle memory (issue 13 item 8): the kernel's RSS once idle after a long training loop written
// as a student writes it (5,000 gradient-descent steps of a 5-unit network on 300 points); limit 300 MB.
import { execFileSync, spawn } from "node:child_process";
import { createHmac, randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { KERNEL_NODE_FLAGS } from "../scripts/kernel-install.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const zmq = require("zeromq");

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const STARTS = arg("--starts", 3);
const STEPS = arg("--steps", 5000);
const TRIPS = arg("--trips", 30);

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const DELIM = Buffer.from("<IDS|MSG>");

class Client {
  constructor(conn) {
    this.conn = conn;
    this.session = randomBytes(8).toString("hex");
    this.shell = new zmq.Dealer();
    this.control = new zmq.Dealer();
    this.shell.connect(`tcp://127.0.0.1:${conn.shell_port}`);
    this.control.connect(`tcp://127.0.0.1:${conn.control_port}`);
  }
  message(type, content) {
    const header = { msg_id: randomBytes(16).toString("hex"), username: "bench", session: this.session, date: new Date().toISOString(), msg_type: type, version: "5.3" };
    const parts = [header, {}, {}, content].map((x) => Buffer.from(JSON.stringify(x)));
    const h = createHmac("sha256", this.conn.key);
    for (const p of parts) h.update(p);
    return { id: header.msg_id, frames: [DELIM, Buffer.from(h.digest("hex")), ...parts] };
  }
  async request(sock, type, content) {
    const m = this.message(type, content);
    await sock.send(m.frames);
    for (;;) {
      const frames = await sock.receive();
      const d = frames.findIndex((f) => f.equals(DELIM));
      const parent = JSON.parse(frames[d + 3].toString());
      if (parent.msg_id === m.id) return JSON.parse(frames[d + 5].toString());
    }
  }
  execute(code) {
    return this.request(this.shell, "execute_request", { code, silent: false, store_history: true, user_expressions: {}, allow_stdin: false, stop_on_error: true });
  }
  close() {
    this.shell.close();
    this.control.close();
  }
}

/** How to start ipykernel with numpy (the .venv's ipykernel, python3's numpy), or null. */
function ipykernelCommand() {
  const py = join(root, ".venv", "bin", "python");
  try {
    const site = execFileSync("python3", ["-c", "import numpy, os; print(os.path.dirname(os.path.dirname(numpy.__file__)))"], { encoding: "utf8" }).trim();
    execFileSync(py, ["-c", "import ipykernel"], { env: { ...process.env, PYTHONPATH: site } });
    return { argv: [py, "-m", "ipykernel_launcher"], env: { ...process.env, PYTHONPATH: site }, cell: "import numpy as np\nnp.ones(3)" };
  } catch {
    return null;
  }
}

/** Starts a kernel (deepts unless `other` says otherwise) and runs its first cell. */
async function startKernel(other = null) {
  const ports = await Promise.all([0, 1, 2, 3, 4].map(() => freePort()));
  const conn = { transport: "tcp", ip: "127.0.0.1", shell_port: ports[0], iopub_port: ports[1], stdin_port: ports[2], control_port: ports[3], hb_port: ports[4], key: randomBytes(16).toString("hex"), signature_scheme: "hmac-sha256" };
  const dir = mkdtempSync(join(tmpdir(), "deepts-bench-"));
  const file = join(dir, "kernel.json");
  writeFileSync(file, JSON.stringify(conn));
  const t0 = performance.now();
  const proc = other
    ? spawn(other.argv[0], [...other.argv.slice(1), "-f", file], { cwd: join(root, "notebooks"), env: other.env, stdio: "ignore" })
    : spawn(process.execPath, [...KERNEL_NODE_FLAGS, ...(process.env.KFLAGS ? process.env.KFLAGS.split(" ") : []), ...(process.env.KPROF ? ["--cpu-prof", "--cpu-prof-dir=" + process.env.KPROF] : []), join(root, "kernel", "launch.js"), "--config-path", file], { cwd: process.env.KCWD ?? join(root, "notebooks"), stdio: ["ignore", "ignore", "inherit"] });
  // a kernel that dies would leave the requests below waiting forever
  proc.on("exit", (code, signal) => {
    if (!proc.stopping) {
      console.error(`the ${other ? "ipykernel" : "deepts"} kernel exited unexpectedly (code ${code}, signal ${signal})`);
      process.exit(1);
    }
  });
  const client = new Client(conn);
  await client.request(client.shell, "kernel_info_request", {});
  const readyMs = performance.now() - t0;
  const first = await client.execute(other ? other.cell : "np.ones(3)");
  if (first.status !== "ok") throw new Error(`first cell failed: ${JSON.stringify(first)}`);
  const startMs = performance.now() - t0;
  return { proc, client, readyMs, startMs, cpuMs: cpuMsOf(proc.pid) };
}

/** Resident memory of a process in MB, from /proc (Linux; else null). */
function rssMbOf(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** A student's shallow network (2 → 5 tanh → 1 sigmoid) trained by plain gradient descent. */
const TRAINING_CELL = (steps) => `
np.random.seed(1);
const Xm = np.random.randn(2, 300);
const Ym = np.greater(np.sum(Xm.mul(Xm), { axis: 0, keepdims: true }), 2).astype("float64");
let W1 = np.random.randn(5, 2).mul(0.01), b1 = np.zeros([5, 1]), W2 = np.random.randn(1, 5).mul(0.01), b2 = np.zeros([1, 1]);
for (let i = 0; i < ${steps}; i++) {
  const A1 = np.tanh(np.dot(W1, Xm).add(b1));
  const A2 = np.divide(1, np.add(1, np.exp(np.dot(W2, A1).add(b2).neg())));
  const dZ2 = A2.sub(Ym);
  const dW2 = np.dot(dZ2, A1.T).div(300), db2 = np.sum(dZ2, { axis: 1, keepdims: true }).div(300);
  const dZ1 = np.dot(W2.T, dZ2).mul(np.subtract(1, np.power(A1, 2)));
  const dW1 = np.dot(dZ1, Xm.T).div(300), db1 = np.sum(dZ1, { axis: 1, keepdims: true }).div(300);
  W1 = W1.sub(dW1.mul(1.2)); b1 = b1.sub(db1.mul(1.2)); W2 = W2.sub(dW2.mul(1.2)); b2 = b2.sub(db2.mul(1.2));
}
W2.shape`;

/**
 * CPU time (user + system) a process has used so far, in ms, from /proc (Linux; else null). On a
 * shared machine wall time to the first result depends on the load; this does much less.
 */
function cpuMsOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
    return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

async function stop({ proc, client }) {
  proc.stopping = true;
  await client.request(client.control, "shutdown_request", { restart: false });
  client.close();
  await new Promise((r) => (proc.exitCode !== null ? r() : proc.on("exit", r)));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

const ipykernel = ipykernelCommand();
const ipyStarts = [];
const starts = [];
const readies = [];
const cpus = [];
let trips = [];
let npTrips = [];
const memory = { start: null, after: null, idle: null, trainS: 0 };
/** np.add of 10,000 elements in a loop inside the kernel (issue 12): µs per call and the forced collections. */
let addLoop = null;
const ADD_LOOP_CELL = (file) => `
{
  const W = require(${JSON.stringify(join(root, "dist", "np", "wasm"))});
  const u = np.random.randn(10000), v = np.random.randn(10000);
  for (let i = 0; i < 2000; i++) np.add(u, v);
  const s0 = W.wasmStatus(), t = performance.now();
  for (let i = 0; i < 20000; i++) np.add(u, v);
  const ms = performance.now() - t, s = W.wasmStatus();
  require("fs").writeFileSync(${JSON.stringify(file)}, JSON.stringify({ us: ms / 20, collections: s.forcedCollections - s0.forcedCollections, collectionMs: s.collectionMs - s0.collectionMs, ms }));
}`;
function numpyAddLoopUs() {
  try {
    const code = "import numpy as np, time\nu=np.random.randn(10000); v=np.random.randn(10000)\nfor _ in range(2000): np.add(u, v)\nt=time.perf_counter()\nfor _ in range(20000): np.add(u, v)\nprint((time.perf_counter()-t)/20000*1e6)";
    return Number(execFileSync("python3", ["-c", code], { encoding: "utf8" }).trim());
  } catch {
    return null;
  }
}
for (let i = 0; i < STARTS; i++) {
  const k = await startKernel();
  starts.push(k.startMs);
  cpus.push(k.cpuMs);
  readies.push(k.readyMs);
  if (i === STARTS - 1) {
    await k.client.execute("1 + 1"); // warm
    for (let j = 0; j < TRIPS; j++) {
      const t = performance.now();
      await k.client.execute("1 + 1");
      trips.push(performance.now() - t);
    }
    for (let j = 0; j < TRIPS; j++) {
      const t = performance.now();
      await k.client.execute("np.arange(6).reshape(2, 3).sum({ axis: 0 })");
      npTrips.push(performance.now() - t);
    }
    memory.start = rssMbOf(k.proc.pid);
    const t = performance.now();
    const r = await k.client.execute(TRAINING_CELL(STEPS));
    if (r.status !== "ok") throw new Error(`training cell failed: ${JSON.stringify(r)}`);
    memory.trainS = (performance.now() - t) / 1000;
    memory.after = rssMbOf(k.proc.pid);
    await new Promise((res) => setTimeout(res, 5000));
    memory.idle = rssMbOf(k.proc.pid);
    const file = join(mkdtempSync(join(tmpdir(), "deepts-bench-")), "add-loop.json");
    const a = await k.client.execute(ADD_LOOP_CELL(file));
    if (a.status !== "ok") throw new Error(`add loop cell failed: ${JSON.stringify(a)}`);
    addLoop = { ...JSON.parse(readFileSync(file, "utf8")), numpyUs: numpyAddLoopUs() };
  }
  await stop(k);
  if (ipykernel) {
    const py = await startKernel(ipykernel);
    ipyStarts.push(py.startMs);
    await stop(py);
  }
}

const fmt = (ms) => `${ms.toFixed(0)} ms`;
console.log(`kernel start → first result: median ${fmt(median(starts))} of ${STARTS} (${starts.map(fmt).join(", ")})   target < 1000 ms`);
if (ipykernel) console.log(`ipykernel start → first result (import numpy as np; np.ones(3)), alternating with the above: median ${fmt(median(ipyStarts))} (${ipyStarts.map(fmt).join(", ")})`);
else console.log("ipykernel start: not measured (needs the .venv's ipykernel and python3's numpy)");
if (cpus.every((c) => c !== null)) console.log(`kernel CPU time to first result: median ${fmt(median(cpus))} (${cpus.map(fmt).join(", ")}): less sensitive than wall time to other work on a shared machine`);
console.log(`kernel start → kernel_info reply (JupyterLab shows it ready): median ${fmt(median(readies))}`);
console.log(`cell round trip "1 + 1": median ${fmt(median(trips))}, p90 ${fmt(pct(trips, 0.9))} over ${TRIPS}   target ≤ 100 ms`);
console.log(`cell round trip with np: median ${fmt(median(npTrips))}, p90 ${fmt(pct(npTrips, 0.9))} over ${TRIPS}`);
const mb = (x) => (x === null ? "?" : `${x.toFixed(0)} MB`);
console.log(`idle memory: RSS ${mb(memory.start)} before, ${mb(memory.after)} right after ${STEPS} training steps (${memory.trainS.toFixed(1)} s), ${mb(memory.idle)} idle 5 s later   limit < 300 MB`);
if (addLoop) console.log(`np.add of 10,000 elements in a loop in the kernel: ${addLoop.us.toFixed(1)} µs per call${addLoop.numpyUs ? ` (numpy ${addLoop.numpyUs.toFixed(1)} µs)` : ""}; ${addLoop.collections} forced collections took ${addLoop.collectionMs.toFixed(0)} of ${addLoop.ms.toFixed(0)} ms (${(addLoop.collectionMs / Math.max(1, addLoop.collections)).toFixed(1)} ms each)`);
console.log(JSON.stringify({ bench: "kernel", memory, addLoop, startMedianMs: median(starts), starts, ipykernelStartMedianMs: ipykernel ? median(ipyStarts) : null, ipyStarts, cpuMedianMs: cpus.every((c) => c !== null) ? median(cpus) : null, readyMedianMs: median(readies), tripMedianMs: median(trips), tripP90Ms: pct(trips, 0.9), npTripMedianMs: median(npTrips) }));
