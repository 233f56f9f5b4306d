// @ts-check
// The execute pipeline: execute_request messages queued and run one at a time; the prelude built
// once before the first cell; execute_input, execute_result, error and execute_reply; stop_on_error
// aborting only what the client sent before it could see the error; history; the pager (`x?`).
// It knows the server only through the Outlet below (server.js holds the sockets and dispatch).
"use strict";
const library = require("./library");
const { logError } = require("./wire");

/**
 * What the pipeline needs from the server that owns the sockets.
 * @typedef {object} Outlet
 * @property {(msgType: string, content: any) => void} publish an IOPub message parented to the current request
 * @property {(state: string, parent: import("./wire").Message) => void} publishStatus
 * @property {(reply: import("./wire").Message, sock: any) => void} send signs a reply and sends it on a shell socket
 * @property {(msg: import("./wire").Message | null) => void} setParent the request whose outputs come next
 * @property {() => Promise<void>} drainSockets lets the receive loop take in what is already waiting
 * @property {() => void} beforePrelude called once, before the prelude runs (the server installs its display bridge)
 * @property {import("./streams").StreamRouter} streams
 */

class ExecutePipeline {
  /**
   * @param {import("./executor").CellExecutor} executor
   * @param {Outlet} outlet
   * @param {import("./history").History} history
   */
  constructor(executor, outlet, history) {
    this.executor = executor;
    this.outlet = outlet;
    this.history = history;
    this.streams = outlet.streams;
    this.executionCount = 0;
    this.silentCount = 0;
    /** @type {{sock: any, msg: import("./wire").Message}[]} execute requests waiting for their turn */
    this.queue = [];
    this.running = false;
    this.aborting = false;
    /** @type {Promise<void> | null} */
    this.ready = null;
    this.preludeProblems = /** @type {string[]} */ ([]);
  }

  /** Takes an execute_request: queued behind the running cell, or aborted while aborting. */
  enqueue(sock, msg) {
    if (this.aborting) {
      this.abort(sock, msg);
      return;
    }
    this.queue.push({ sock, msg });
    if (!this.running) this.drain();
  }

  async drain() {
    this.running = true;
    try {
      while (this.queue.length > 0) {
        const next = /** @type {{sock: any, msg: import("./wire").Message}} */ (this.queue.shift());
        await this.execute(next.sock, next.msg);
      }
    } finally {
      this.running = false;
    }
  }

  /** Replies "aborted" to an execute request that will not run (an earlier cell failed). */
  abort(sock, msg) {
    this.outlet.publishStatus("busy", msg);
    const reply = msg.reply("execute_reply", { status: "aborted", execution_count: this.executionCount });
    reply.metadata = { status: "aborted" };
    this.outlet.send(reply, sock);
    this.outlet.publishStatus("idle", msg);
  }

  /**
   * Runs the prelude, once (its problems are shown in the first cell's stderr). Started as soon as
   * the sockets are bound: the compiler thread loads TypeScript and builds the compiler while this
   * thread loads the library, and between steps the sockets are served, so kernel_info is answered
   * while the kernel gets ready.
   */
  ensurePrelude() {
    if (this.ready) return this.ready;
    this.ready = (async () => {
      const step = () => this.outlet.drainSockets();
      this.executor.start();
      await step();
      this.outlet.beforePrelude();
      await step();
      const { code, problems } = library.preludeCode();
      this.preludeProblems = problems;
      if (!code) return;
      const out = await this.executor.run(code, { name: "deepts-prelude", label: "deepts prelude" });
      if (!out.ok) this.preludeProblems.push(`the prelude failed: ${out.evalue}`);
      // Stack frames of modules loaded from now on point into their sources (TypeScript, when they
      // have source maps). Not before: mapping the library's 220 files cost ~40 ms of the start,
      // and tracebacks collapse the library's frames anyway.
      process.setSourceMapsEnabled(true);
      library.warmMemoryWhileIdle();
      // The library's modules are compiled now: keep their code for the next start.
      setTimeout(() => require("./v8cache").save(), 0);
    })().catch((e) => {
      this.preludeProblems.push(`the prelude failed: ${e && e.message}`);
    });
    return this.ready;
  }

  async execute(sock, msg) {
    const { code = "", silent = false, stop_on_error = true } = msg.content;
    const storeHistory = silent ? false : msg.content.store_history !== false;
    this.outlet.setParent(msg);
    this.outlet.publishStatus("busy", msg);
    if (storeHistory) this.executionCount++;
    const count = this.executionCount;
    let replied = false;
    try {
      if (!silent) this.outlet.publish("execute_input", { code, execution_count: count });
      const { content, output } = await this.runCell(code, count, silent, storeHistory);
      if (content.status === "error" && stop_on_error && !silent) {
        // Abort what the client sent before it could see this error (ipykernel's semantics): let
        // the receive loop take in what is already waiting in the socket, abort all of it, then
        // reply. Requests sent after the reply run normally.
        this.aborting = true;
        await this.outlet.drainSockets();
        for (const q of this.queue.splice(0)) this.abort(q.sock, q.msg);
        this.aborting = false;
      }
      const reply = msg.reply("execute_reply", content);
      reply.metadata = { status: content.status };
      this.outlet.send(reply, sock);
      replied = true;
      if (storeHistory) this.history.add(count, code, output);
    } catch (e) {
      // A kernel bug, not the cell's: still answer, so the frontend does not wait forever.
      logError("execute failed:", e);
      this.aborting = false;
      if (!replied) {
        const evalue = String(e && /** @type {Error} */ (e).message);
        this.outlet.send(msg.reply("execute_reply", { status: "error", execution_count: count, ename: "KernelError", evalue, traceback: [evalue] }), sock);
      }
    } finally {
      this.outlet.publishStatus("idle", msg);
      if (this.ready) library.warmMemoryWhileIdle();
    }
  }

  /**
   * Runs one cell (or its help/magic form), publishing its outputs; returns the reply content and
   * the text of its result (for history).
   */
  async runCell(code, count, silent, storeHistory) {
    await this.ensurePrelude();
    if (this.preludeProblems.length) {
      this.streams.write("stderr", this.preludeProblems.map((p) => `deepts: ${p}\n`).join(""));
      this.preludeProblems = [];
    }
    const payload = [];
    const name = storeHistory ? `deepts-cell-${count}` : `deepts-cell-s${++this.silentCount}`;
    const label = storeHistory ? `Cell In[${count}]` : "Cell";
    let outcome = await this.executor.run(code, { name, label });
    if (outcome.ok && outcome.help) {
      const { expr, page } = outcome.help;
      if (page) payload.push({ source: "page", data: { "text/plain": page }, start: 0 });
      else this.streams.write("stdout", `Object \`${expr}\` not found.\n`);
    }
    let output = null;
    if (outcome.ok) {
      if (outcome.hasValue && !silent) {
        try {
          const data = library.mimeBundle(outcome.value);
          output = typeof data["text/plain"] === "string" ? data["text/plain"] : null;
          this.outlet.publish("execute_result", { execution_count: count, data, metadata: {} });
        } catch (e) {
          outcome = { ok: false, ...this.executor.formatError(e) };
        }
      }
    }
    this.streams.flush();
    if (outcome.ok) return { content: { status: "ok", execution_count: count, payload, user_expressions: {} }, output };
    const { ename, evalue, traceback } = outcome;
    this.outlet.publish("error", { ename, evalue, traceback });
    return { content: { status: "error", execution_count: count, ename, evalue, traceback, user_expressions: {}, payload: [] }, output };
  }

  /** Errors thrown later by timers or promises of a cell: shown in the last cell's stderr. */
  reportAsyncError(kind, err) {
    const { traceback } = this.executor.formatError(err);
    this.streams.write("stderr", `${kind}:\n${traceback.join("\n")}\n`);
  }
}

module.exports = { ExecutePipeline };
