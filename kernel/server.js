// @ts-check
// The deepts kernel server: the Jupyter sockets (sockets.js) with shell dispatch and output. Execution lives in execute.js (ExecutePipeline: the queue, stop_on_error
// aborts, the prelude, execute_input/execute_result/error, history, the pager), the other shell
// replies in handler.js (DeeptsHandler: kernel_info, completion, inspection, is_complete). This file
// routes shell messages, answers comm_info/connect/interrupt/shutdown, publishes IOPub messages,
// and installs the display bridge into the library (its exported setKernel; see README.md).
"use strict";
const tslab = require("./tslab");
const { JupyterSockets } = require("./sockets");
const { Message, logError } = require("./wire");
const { StreamRouter } = require("./streams");
const { History } = require("./history");
const library = require("./library");
const { DeeptsHandler } = require("./handler");
const { ExecutePipeline } = require("./execute");

/** Lets the event loop poll the sockets so that messages already sent to us are received. */
const drainSockets = () => new Promise((resolve) => setTimeout(() => setImmediate(resolve), 2));

class DeeptsServer extends JupyterSockets {
  /**
   * @param {import("./executor").CellExecutor} executor
   * @param {string} configPath connection file
   */
  constructor(executor, configPath) {
    super(configPath);
    this.handler = new DeeptsHandler(executor);
    this.executor = executor;
    this.history = new History();
    /** @type {Message | null} the request whose outputs are being produced */
    this.parentMsg = null;
    this.streams = new StreamRouter((name, text) => this.publish("stream", { name, text }));
    /** What library code (display, progress, plot) calls to reach this kernel. */
    this.bridge = {
      publish: (msg, update) => this.publish(update ? "update_display_data" : "display_data", msg),
      clearOutput: (wait) => this.publish("clear_output", { wait: !!wait }),
    };
    this.pipeline = new ExecutePipeline(
      executor,
      {
        publish: (msgType, content) => this.publish(msgType, content),
        publishStatus: (state, parent) => this.publishStatus(state, parent),
        send: (reply, sock) => reply.signAndSend(this.connInfo.key, sock),
        setParent: (msg) => {
          this.parentMsg = msg;
        },
        drainSockets,
        // The library is loaded with the prelude, not before: kernel_info is answered first.
        beforePrelude: () => {
          library.setKernel(this.bridge);
          // tslab's own display API (`require("tslab")` in a cell) reaches this kernel too.
          executor.onTslab = () => {
            tslab.jupyter.lastWriteDisplayData = (data, update) => this.bridge.publish(data, update);
          };
        },
        streams: this.streams,
      },
      this.history,
    );
  }

  async init() {
    await super.init();
    this.streams.install();
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
      this.pipeline.enqueue(sock, msg);
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
      if (type === "complete_request" || type === "inspect_request") await this.pipeline.ensurePrelude();
      let reply;
      try {
        // completion, inspection and is_complete come from the compiler thread: their content is a promise
        const [kind, content] = make();
        reply = [kind, await content];
      } catch (e) {
        reply = [type.replace(/_request$/, "_reply"), { status: "error", ename: "Error", evalue: String(e && e.message), traceback: [] }];
      }
      msg.reply(reply[0], reply[1]).signAndSend(this.connInfo.key, sock);
    } finally {
      this.publishStatus("idle", msg);
    }
    if (type === "shutdown_request") this.shutdown();
  }

  async inspectReply(content) {
    try {
      return await this.handler.handleInspect(content);
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
        this.handler.close();
        this.close();
      } finally {
        process.exit(0);
      }
    }, 100);
  }

  /** Builds the compiler and runs the prelude, once (see ExecutePipeline.ensurePrelude). */
  ensurePrelude() {
    return this.pipeline.ensurePrelude();
  }

  /** Errors thrown later by timers or promises of a cell: shown in the last cell's stderr. */
  reportAsyncError(kind, err) {
    this.pipeline.reportAsyncError(kind, err);
  }
}

module.exports = { DeeptsServer, DeeptsHandler };
