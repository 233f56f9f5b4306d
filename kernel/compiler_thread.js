// @ts-check
// The kernel's compiler (compiler.js) in a worker thread, started with the process when asked for
// (DEEPTS_COMPILER_THREAD, see threadPays below; off by default): while the main
// thread loads ZeroMQ, answers kernel_info and loads the library, the worker loads TypeScript,
// parses the declarations, compiles the prelude and a throwaway cell (on a second core when there
// is one), so that the first cell mostly waits for nothing. Cells are converted asynchronously
// (the main thread stays free for interrupts and other requests); inspection, completion and
// `@module` cells, which tslab calls synchronously, wait on a SharedArrayBuffer (Atomics.wait).
// This file is both the worker (when not the main thread) and the main thread's client.
"use strict";
const fs = require("fs");
const os = require("os");
const util = require("util");
const { Worker, MessageChannel, isMainThread, parentPort, receiveMessageOnPort, workerData } = require("worker_threads");

/**
 * Whether to compile in a worker thread: off unless asked for. It takes the compiler off the main
 * thread's path (main thread 0.7-1.1 s of CPU to the first result instead of 2.0 s), but costs about
 * 1 s more CPU in all (both threads load TypeScript) and about 80 MB more memory per kernel, and it
 * saves wall time only when a core is idle to run it. "1" on; "auto" on when the load average
 * leaves a core free; anything else off.
 * @param {string | undefined} setting DEEPTS_COMPILER_THREAD
 */
function threadPays(setting = "0") {
  if (setting === "auto") return os.loadavg()[0] + 1 <= os.availableParallelism();
  return setting === "1";
}

/** How long a synchronous call waits for the worker before failing (it may be compiling a cell). */
const SYNC_TIMEOUT_MS = 120_000;

/** Main thread: the worker and the calls waiting for it. */
class CompilerThread {
  constructor() {
    this.flag = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    this.syncPort = port1;
    this.worker = new Worker(__filename, { workerData: { flag: this.flag, port: port2 }, transferList: [port2] });
    // The kernel must not wait for the worker to exit.
    this.worker.unref();
    this.nextId = 1;
    /** @type {Map<number, {resolve: (v: any) => void, reject: (e: Error) => void}>} */
    this.pending = new Map();
    /** @type {Error | null} why the worker is gone */
    this.dead = null;
    this.worker.on("message", ({ id, result, error }) => {
      const p = this.pending.get(id);
      this.pending.delete(id);
      if (p) error ? p.reject(Object.assign(new Error(error.message), { stack: error.stack })) : p.resolve(result);
    });
    const fail = (/** @type {Error} */ e) => {
      this.dead = e;
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    };
    this.worker.on("error", (e) => fail(new Error(`the compiler thread failed: ${e && e.message}`)));
    this.worker.on("exit", (code) => fail(new Error(`the compiler thread exited (code ${code})`)));
  }

  /** Calls `op` of the worker's Compiler; resolves with its result. @param {string} op @param {any[]} args */
  call(op, ...args) {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, op, args });
    });
  }

  /** Calls `op` and blocks until the worker answers (for tslab's synchronous calls). @param {string} op @param {any[]} args */
  callSync(op, ...args) {
    if (this.dead) throw this.dead;
    Atomics.store(this.flag, 0, 0);
    this.syncPort.postMessage({ id: 0, op, args });
    if (Atomics.wait(this.flag, 0, 0, SYNC_TIMEOUT_MS) === "timed-out") throw new Error(`the compiler thread did not answer ${op} in ${SYNC_TIMEOUT_MS / 1000} s`);
    const got = receiveMessageOnPort(this.syncPort);
    if (!got) throw new Error(`the compiler thread lost the answer to ${op}`);
    if (got.message.error) throw new Error(got.message.error.message);
    return got.message.result;
  }

  /** @param {string} decls @param {string} src */
  convert(decls, src) {
    return this.call("convert", decls, src);
  }

  /** The worker keeps its own code cache (see serve). */
  warmedUp() {}

  close() {
    this.worker.terminate();
  }
}

/** Worker: prepares the compiler, then answers requests on both ports, one at a time. */
function serve() {
  // Anything the compiler prints goes to the kernel's stderr, never into a cell's output.
  console.log = console.warn = console.error = (...a) => fs.writeSync(2, `${util.format(...a)}\n`);
  const { Compiler } = require("./compiler");
  const compiler = new Compiler();
  const { flag, port } = workerData;
  const run = ({ id, op, args }) => {
    try {
      return { id, result: /** @type {any} */ (compiler)[op](...args) };
    } catch (e) {
      const err = /** @type {Error} */ (e);
      return { id, error: { message: String(err && err.message), stack: String(err && err.stack) } };
    }
  };
  // Requests that arrive while this runs wait in their ports.
  try {
    compiler.prepare();
  } catch (e) {
    console.error("deepts kernel: preparing the compiler failed:", e);
  }
  parentPort?.on("message", (msg) => parentPort?.postMessage(run(msg)));
  port.on("message", (msg) => {
    port.postMessage(run(msg));
    // Wakes the main thread, blocked in callSync.
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  });
  // The compiler's code is warm now: keep its compiled form for the next start (v8cache.js).
  setTimeout(() => require("./v8cache").save(), 0);
}

if (!isMainThread && workerData && workerData.port) serve();

module.exports = { CompilerThread, threadPays };
