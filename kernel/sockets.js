// @ts-check
// The five ZeroMQ sockets of a Jupyter kernel (shell, control, stdin, IOPub, heartbeat) bound from
// the connection file, with their receive loops. Shell and control messages go to
// handleShellMessage (server.js); the heartbeat echoes. It needs neither TypeScript nor tslab, so a
// starting kernel is reachable before the compiler is loaded.
"use strict";
const fs = require("fs");
const { logError } = require("./wire");

class JupyterSockets {
  /** @param {string} configPath connection file */
  constructor(configPath) {
    this.configPath = configPath;
    /** @type {any} the connection file's contents */
    this.connInfo = null;
    /** @type {any} */ this.iopub = null;
    /** @type {any} */ this.shell = null;
    /** @type {any} */ this.control = null;
    /** @type {any} */ this.stdin = null;
    /** @type {any} */ this.hb = null;
  }

  /** Binds the sockets and starts receiving. */
  async init() {
    const c = (this.connInfo = JSON.parse(fs.readFileSync(this.configPath, "utf8")));
    const zmq = require("zeromq");
    this.iopub = new zmq.Publisher();
    this.shell = new zmq.Router();
    this.control = new zmq.Router();
    this.stdin = new zmq.Router();
    this.hb = new zmq.Reply();
    // PUB/ROUTER sends never block; with sendTimeout 0 zeromq.js always sends synchronously, so
    // output produced by a long synchronous loop is not refused as "busy writing".
    for (const s of [this.iopub, this.shell, this.control]) s.sendTimeout = 0;
    const addr = (port) => `${c.transport}://${c.ip}:${port}`;
    await Promise.all([
      this.iopub.bind(addr(c.iopub_port)),
      this.shell.bind(addr(c.shell_port)),
      this.control.bind(addr(c.control_port)),
      this.stdin.bind(addr(c.stdin_port)),
      this.hb.bind(addr(c.hb_port)),
    ]);
    this.receive(this.shell, (frames) => this.handleShellMessage(this.shell, ...frames));
    this.receive(this.control, (frames) => this.handleShellMessage(this.control, ...frames));
    this.receive(this.hb, (frames) => this.hb.send(frames));
  }

  /** Calls `onMessage` for each message `sock` receives, until it is closed. */
  async receive(sock, onMessage) {
    try {
      for await (const frames of sock) onMessage(frames);
    } catch (e) {
      if (!sock.closed) logError("receive loop ended:", e);
    }
  }

  /**
   * One shell or control message (subclasses answer it).
   * @param {any} _sock @param {Buffer[]} _frames
   */
  async handleShellMessage(_sock, ..._frames) {}

  close() {
    for (const s of [this.iopub, this.shell, this.control, this.stdin, this.hb]) if (s && !s.closed) s.close();
  }
}

module.exports = { JupyterSockets };
