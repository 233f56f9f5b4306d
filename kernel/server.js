// @ts-check
// The deepts kernel server: tslab's ZmqServer (sockets, heartbeat, receive loops) and
// JupyterHandlerImpl (completion, inspection, is_complete), subclassed to fill in what tslab lacks:
// kernel_info status, execute_input, execute_result with mime bundles, error messages with
// ename/evalue/traceback, stop_on_error that only aborts requests already sent, history, pager,
// comm_info/connect/interrupt replies, clear_output and updatable displays, and a clean shutdown.
"use strict";
const path = require("path");
const tslab = require("./tslab");
const { Message, logError } = require("./wire");
const { StreamRouter } = require("./streams");
const { History } = require("./history");
const magics = require("./magics");
const library = require("./library");
const { documentation } = require("./inspection");

const pkg = require(path.join(library.ROOT, "package.json"));

/** Lets the event loop poll the sockets so that messages already sent to us are received. */
const drainSockets = () => new Promise((resolve) => setTimeout(() => setImmediate(resolve), 2));

class DeeptsHandler extends tslab.jupyter.JupyterHandlerImpl {
  /** @param {import("./executor").CellExecutor} executor */
  constructor(executor) {
    super(executor, false);
  }

  handleKernel() {
    const info = super.handleKernel();
    return {
      ...info,
      status: "ok",
      implementation: "deepts",
      implementation_version: pkg.version,
      language_info: { ...info.language_info, version: tslab.ts.version, pygments_lexer: "typescript" },
      banner: `deepts ${pkg.version}: TypeScript ${tslab.ts.version} on Node ${process.version} (tslab ${tslab.version}), with np, nn, data, plot, display, progress, timeit`,
      help_links: [],
      debugger: false, // JupyterLab's debugger panel needs a DAP server this kernel does not have
    };
  }

  /**
   * Completion sees magics as blanks (`%timeit np.ze` completes `np.ze`). tslab offers prefix and
   * substring matches together (`np.zer` → zeros, zerosLike, countNonzero, nonzero); as IPython
   * does, only prefix matches are offered when there are any, substring matches otherwise.
   */
  handleComplete(req) {
    const reply = super.handleComplete({ ...req, code: magics.blankMagics(req.code) });
    const typed = String(req.code).slice(reply.cursor_start, req.cursor_pos).toLowerCase();
    if (typed && Array.isArray(reply.matches)) {
      const prefixed = reply.matches.filter((m) => m.toLowerCase().startsWith(typed));
      if (prefixed.length > 0) reply.matches = prefixed;
    }
    return reply;
  }

  /**
   * Inspection (Shift+Tab, `np.zeros?`) sees magics as blanks too; inside a call it documents the
   * called function, and library namespace members get their function's documentation
   * (inspection.js).
   */
  handleInspect(req) {
    const text = documentation(this.executor, magics.blankMagics(req.code), req.cursor_pos);
    if (!text) return { status: "ok", found: false, data: {}, metadata: {} };
    return { status: "ok", found: true, data: { "text/plain": text }, metadata: {} };
  }

  /** tslab says "complete" for any code with a syntax error inside; Jupyter wants "invalid". */
  handleIsComplete(req) {
    let code = req.code;
    try {
      const r = magics.rewrite(code);
      if (r.kind === "help") return { status: "complete" };
      code = r.code;
    } catch {
      return { status: "invalid" };
    }
    const res = super.handleIsComplete({ code });
    if (res.status !== "complete") return res;
    const sf = tslab.ts.createSourceFile("cell.ts", code, tslab.ts.ScriptTarget.Latest, false, tslab.ts.ScriptKind.TS);
    return sf.parseDiagnostics && sf.parseDiagnostics.length > 0 ? { status: "invalid" } : res;
  }
}

class DeeptsServer extends tslab.jupyter.ZmqServer {
  /**
   * @param {import("./executor").CellExecutor} executor
   * @param {string} configPath connection file
   */
  constructor(executor, configPath) {
    super(new DeeptsHandler(executor), configPath);
    this.executor = executor;
    this.history = new History();
    this.executionCount = 0;
    this.silentCount = 0;
    /** @type {{sock: any, msg: Message}[]} execute requests waiting for their turn */
    this.queue = [];
    this.running = false;
    this.aborting = false;
    /** @type {Message | null} the request whose outputs are being produced */
    this.parentMsg = null;
    this.streams = new StreamRouter((name, text) => this.publish("stream", { name, text }));
    /** @type {Promise<void> | null} */
    this.ready = null;
    /** @type {NodeJS.Timeout | undefined} */
    this.preludeTimer = undefined;
    this.preludeProblems = /** @type {string[]} */ ([]);
  }

  async init() {
    await super.init();
    // PUB/ROUTER sends never block; with sendTimeout 0 zeromq.js always sends synchronously, so
    // output produced by a long synchronous loop is not refused as "busy writing".
    for (const s of [this.iopub, this.shell, this.control]) s.sendTimeout = 0;
    this.streams.install();
    this.installBridge();
  }

  /** Sends an IOPub message parented to the current request (after any buffered text). */
  publish(msgType, content, parent = this.parentMsg) {
    if (!parent || !this.iopub) return;
    if (msgType !== "stream") this.streams.flush();
    parent.reply(msgType, content).signAndSend(this.connInfo.key, this.iopub);
  }

  publishStatus(state, parent) {
    this.streams.flush();
    parent.reply("status", { execution_state: state }).signAndSend(this.connInfo.key, this.iopub);
  }

  /** Lets library code (display, progress, plot) and tslab's own display API reach this kernel. */
  installBridge() {
    const bridge = {
      publish: (msg, update) => this.publish(update ? "update_display_data" : "display_data", msg),
      clearOutput: (wait) => this.publish("clear_output", { wait: !!wait }),
    };
    /** @type {any} */ (globalThis)[Symbol.for("deepts.kernel")] = bridge;
    tslab.jupyter.lastWriteDisplayData = (data, update) => bridge.publish(data, update);
    const lib = library.displayModule();
    if (lib && typeof lib.display === "function" && !("display" in globalThis)) {
      // plot's Figure.show() looks for a global display.
      /** @type {any} */ (globalThis).display = lib.display;
    }
  }

  async handleShellMessage(sock, ...frames) {
    let msg;
    try {
      msg = Message.fromRaw(this.connInfo.key, frames);
    } catch (e) {
      logError("dropped a message:", e);
      return;
    }
    const type = msg.header.msg_type;
    if (type === "execute_request") {
      this.enqueue(sock, msg);
      return;
    }
    const replies = {
      kernel_info_request: () => ["kernel_info_reply", this.handler.handleKernel()],
      is_complete_request: () => ["is_complete_reply", this.handler.handleIsComplete(msg.content)],
      inspect_request: () => ["inspect_reply", this.inspectReply(msg.content)],
      complete_request: () => ["complete_reply", this.handler.handleComplete(msg.content)],
      history_request: () => ["history_reply", this.history.reply(msg.content)],
      comm_info_request: () => ["comm_info_reply", { status: "ok", comms: {} }],
      connect_request: () => ["connect_reply", this.connectReply()],
      interrupt_request: () => {
        this.executor.interrupt();
        return ["interrupt_reply", { status: "ok" }];
      },
      shutdown_request: () => ["shutdown_reply", { status: "ok", restart: !!msg.content.restart }],
    };
    const make = replies[type];
    if (!make) {
      if (!type.startsWith("comm_")) logError(`unknown message type: ${type}`);
      return;
    }
    this.publishStatus("busy", msg);
    try {
      // Completion and inspection must know the preloaded names.
      if (type === "complete_request" || type === "inspect_request") await this.ensurePrelude();
      let reply;
      try {
        reply = make();
      } catch (e) {
        reply = [type.replace(/_request$/, "_reply"), { status: "error", ename: "Error", evalue: String(e && e.message), traceback: [] }];
      }
      msg.reply(reply[0], reply[1]).signAndSend(this.connInfo.key, sock);
    } finally {
      this.publishStatus("idle", msg);
    }
    if (type === "shutdown_request") this.shutdown();
    // Clients repeat kernel_info until IOPub answers too; once they are quiet for a moment, build
    // the compiler (it holds the thread for a second or two).
    if (type === "kernel_info_request" && !this.ready) {
      clearTimeout(this.preludeTimer);
      this.preludeTimer = setTimeout(() => this.ensurePrelude(), 300);
    }
  }

  inspectReply(content) {
    try {
      return this.handler.handleInspect(content);
    } catch {
      return { status: "ok", found: false, data: {}, metadata: {} };
    }
  }

  connectReply() {
    const c = this.connInfo;
    return { status: "ok", shell_port: c.shell_port, iopub_port: c.iopub_port, stdin_port: c.stdin_port, control_port: c.control_port, hb_port: c.hb_port };
  }

  shutdown() {
    // Give ZeroMQ a moment to deliver the reply, then leave (tslab's converter keeps file watchers).
    setTimeout(() => {
      try {
        this.close();
      } finally {
        process.exit(0);
      }
    }, 100);
  }

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
        const next = /** @type {{sock: any, msg: Message}} */ (this.queue.shift());
        await this.execute(next.sock, next.msg);
      }
    } finally {
      this.running = false;
    }
  }

  /** Replies "aborted" to an execute request that will not run (an earlier cell failed). */
  abort(sock, msg) {
    this.publishStatus("busy", msg);
    const reply = msg.reply("execute_reply", { status: "aborted", execution_count: this.executionCount });
    reply.metadata = { status: "aborted" };
    reply.signAndSend(this.connInfo.key, sock);
    this.publishStatus("idle", msg);
  }

  /**
   * Builds the compiler and runs the prelude, once (its problems are shown in the first cell's
   * stderr). Started when the client's kernel_info requests pause (so that Jupyter sees the kernel
   * alive first), by the first execute_request, or two seconds after start, whichever comes first.
   */
  ensurePrelude() {
    if (this.ready) return this.ready;
    this.ready = (async () => {
      const { code, problems } = library.preludeCode();
      this.preludeProblems = problems;
      if (!code) return;
      const out = await this.executor.run(code, { name: "deepts-prelude", label: "deepts prelude" });
      if (!out.ok) this.preludeProblems.push(`the prelude failed: ${out.evalue}`);
      // The compiler is warm now: keep its compiled code for the next start.
      setTimeout(() => require("./v8cache").save(), 0);
    })().catch((e) => {
      this.preludeProblems.push(`the prelude failed: ${e && e.message}`);
    });
    return this.ready;
  }

  async execute(sock, msg) {
    const { code = "", silent = false, stop_on_error = true } = msg.content;
    const storeHistory = silent ? false : msg.content.store_history !== false;
    this.parentMsg = msg;
    this.publishStatus("busy", msg);
    if (storeHistory) this.executionCount++;
    const count = this.executionCount;
    let replied = false;
    try {
      if (!silent) this.publish("execute_input", { code, execution_count: count });
      const { content, output } = await this.runCell(code, count, silent, storeHistory);
      if (content.status === "error" && stop_on_error && !silent) {
        // Abort what the client sent before it could see this error (ipykernel's semantics): let
        // the receive loop take in what is already waiting in the socket, abort all of it, then
        // reply. Requests sent after the reply run normally.
        this.aborting = true;
        await drainSockets();
        for (const q of this.queue.splice(0)) this.abort(q.sock, q.msg);
        this.aborting = false;
      }
      const reply = msg.reply("execute_reply", content);
      reply.metadata = { status: content.status };
      reply.signAndSend(this.connInfo.key, sock);
      replied = true;
      if (storeHistory) this.history.add(count, code, output);
    } catch (e) {
      // A kernel bug, not the cell's: still answer, so the frontend does not wait forever.
      logError("execute failed:", e);
      this.aborting = false;
      if (!replied) {
        const evalue = String(e && /** @type {Error} */ (e).message);
        msg.reply("execute_reply", { status: "error", execution_count: count, ename: "KernelError", evalue, traceback: [evalue] }).signAndSend(this.connInfo.key, sock);
      }
    } finally {
      this.publishStatus("idle", msg);
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
    let outcome;
    try {
      const r = magics.rewrite(code);
      if (r.kind === "help") {
        const page = this.help(r.expr);
        if (page) payload.push({ source: "page", data: { "text/plain": page }, start: 0 });
        else this.streams.write("stdout", `Object \`${r.expr}\` not found.\n`);
        outcome = { ok: true, hasValue: false, warnings: [] };
      } else {
        const name = storeHistory ? `deepts-cell-${count}` : `deepts-cell-s${++this.silentCount}`;
        const label = storeHistory ? `Cell In[${count}]` : "Cell";
        outcome = await this.executor.run(r.code, { name, label, original: code });
      }
    } catch (e) {
      const err = /** @type {Error} */ (e);
      const ename = err.name === "UsageError" ? "UsageError" : "Error";
      outcome = { ok: false, ename, evalue: err.message, traceback: [`\x1b[0;31m${ename}\x1b[0m: ${err.message}`] };
    }
    let output = null;
    if (outcome.ok) {
      if (outcome.warnings.length) this.streams.write("stderr", outcome.warnings.join("\n") + "\n");
      if (outcome.hasValue && !silent) {
        try {
          const data = library.mimeBundle(outcome.value);
          output = typeof data["text/plain"] === "string" ? data["text/plain"] : null;
          this.publish("execute_result", { execution_count: count, data, metadata: {} });
        } catch (e) {
          outcome = { ok: false, ...this.executor.formatError(e) };
        }
      }
    }
    this.streams.flush();
    if (outcome.ok) return { content: { status: "ok", execution_count: count, payload, user_expressions: {} }, output };
    const { ename, evalue, traceback } = outcome;
    this.publish("error", { ename, evalue, traceback });
    return { content: { status: "error", execution_count: count, ename, evalue, traceback, user_expressions: {}, payload: [] }, output };
  }

  /** The documentation of `expr` (its type and JSDoc) for `expr?`, or null. */
  help(expr) {
    return documentation(this.executor, expr, expr.length);
  }

  /** Errors thrown later by timers or promises of a cell: shown in the last cell's stderr. */
  reportAsyncError(kind, err) {
    const { traceback } = this.executor.formatError(err);
    this.streams.write("stderr", `${kind}:\n${traceback.join("\n")}\n`);
  }
}

module.exports = { DeeptsServer, DeeptsHandler };
