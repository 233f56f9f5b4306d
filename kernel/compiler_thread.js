// @ts-check
// The kernel's compiler (compiler.js) in a worker thread, and the main thread's two ways to call it:
// `call` (a promise: compiling cells, completion, inspection) and `callSync` (blocks on a
// SharedArrayBuffer until the worker answers: the operator fix a runtime error's message names,
// which is formatted synchronously). The worker starts loading TypeScript and building the
// compiler at once, on the second core while the main thread loads the library; calls that arrive
// meanwhile wait for it. `LocalCompiler` has the same interface in the calling thread (the
// install-time warm-up, and a fallback when no worker can start).
// This file is both the worker (when not the main thread) and the main thread's client.
"use strict";
const fs = require("fs");
const util = require("util");
const { Worker, MessageChannel, isMainThread, parentPort, receiveMessageOnPort, workerData } = require("worker_threads");

/** How long a synchronous call waits for the worker (it may be compiling a cell) before failing. */
const SYNC_TIMEOUT_MS = 60_000;

/** @param {unknown} e */
const errorData = (e) => ({ message: String(e && /** @type {Error} */ (e).message), stack: String(e && /** @type {Error} */ (e).stack) });
/** @param {{message: string, stack: string}} d */
const errorFrom = (d) => Object.assign(new Error(d.message), { stack: d.stack });

/** Main thread: the worker and the calls waiting for it. */
class CompilerThread {
  constructor() {
    this.flag = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    this.syncPort = port1;
    // (what the worker prints goes to fd 2 directly: see serve)
    this.worker = new Worker(__filename, { workerData: { flag: this.flag, port: port2 }, transferList: [port2] });
    // the kernel never waits for the worker to exit
    this.worker.unref();
    this.nextId = 1;
    /** @type {Map<number, {resolve: (v: any) => void, reject: (e: Error) => void}>} */
    this.pending = new Map();
    /** @type {Error | null} why the worker is gone */
    this.dead = null;
    this.worker.on("message", ({ id, result, error }) => {
      const p = this.pending.get(id);
      this.pending.delete(id);
      if (p) error ? p.reject(errorFrom(error)) : p.resolve(result);
    });
    const fail = (/** @type {Error} */ e) => {
      this.dead ??= e;
      for (const p of this.pending.values()) p.reject(this.dead);
      this.pending.clear();
    };
    this.worker.on("error", (e) => fail(new Error(`the compiler thread failed: ${e && e.message}`)));
    this.worker.on("exit", (code) => fail(new Error(`the compiler thread exited (code ${code})`)));
  }

  /** Calls `op` of the worker's Compiler. @param {string} op @param {any[]} args @returns {Promise<any>} */
  call(op, ...args) {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, op, args });
    });
  }

  /** Calls `op` and blocks until the worker answers. @param {string} op @param {any[]} args */
  callSync(op, ...args) {
    if (this.dead) throw this.dead;
    Atomics.store(this.flag, 0, 0);
    this.syncPort.postMessage({ id: 0, op, args });
    if (Atomics.wait(this.flag, 0, 0, SYNC_TIMEOUT_MS) === "timed-out") throw new Error(`the compiler thread did not answer ${op} in ${SYNC_TIMEOUT_MS / 1000} s`);
    const got = receiveMessageOnPort(this.syncPort);
    if (!got) throw new Error(`the compiler thread lost the answer to ${op}`);
    if (got.message.error) throw errorFrom(got.message.error);
    return got.message.result;
  }

  close() {
    void this.worker.terminate();
  }
}

/** A Compiler in the calling thread, with CompilerThread's interface. */
class LocalCompiler {
  constructor() {
    const { Compiler } = require("./compiler");
    this.compiler = new Compiler();
  }

  /** @param {string} op @param {any[]} args */
  callSync(op, ...args) {
    return /** @type {any} */ (this.compiler)[op](...args);
  }

  /** @param {string} op @param {any[]} args */
  async call(op, ...args) {
    return this.callSync(op, ...args);
  }

  close() {
    this.compiler.close();
  }
}

/** A compiler in a worker thread, or in this thread when a worker cannot start. */
function startCompiler(thread = true) {
  if (thread) {
    try {
      return new CompilerThread();
    } catch {
      // no worker threads here: compile in this thread
    }
  }
  return new LocalCompiler();
}

/** Worker: builds the compiler, then answers requests on both ports, one at a time. */
function serve() {
  // anything the compiler prints goes to the kernel's stderr, never into a cell's output
  console.log = console.warn = console.error = (...a) => fs.writeSync(2, `${util.format(...a)}\n`);
  const { Compiler } = require("./compiler");
  const compiler = new Compiler();
  const { flag, port } = workerData;
  let saved = false;
  const run = ({ id, op, args }) => {
    try {
      return { id, result: /** @type {any} */ (compiler)[op](...args) };
    } catch (e) {
      return { id, error: errorData(e) };
    } finally {
      if (op === "compile" && !saved) {
        // the compiler's code is warm after the first cell (the prelude): keep it for the next start
        saved = true;
        setTimeout(() => require("./v8cache").save(), 0);
      }
    }
  };
  // requests that arrive while this runs wait in their ports
  try {
    compiler.prepare();
  } catch (e) {
    console.error("deepts kernel: preparing the compiler failed:", e);
  }
  parentPort?.on("message", (msg) => parentPort?.postMessage(run(msg)));
  port.on("message", (msg) => {
    port.postMessage(run(msg));
    // wakes the main thread, blocked in callSync
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  });
}

if (!isMainThread && workerData && workerData.port) serve();

module.exports = { CompilerThread, LocalCompiler, startCompiler };
