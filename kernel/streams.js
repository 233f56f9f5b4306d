// @ts-check
// stdout/stderr of cells → `stream` messages on IOPub. Writes are batched (a tight loop printing
// thousands of lines sends a few messages, not thousands), and flushed before any other output so
// that text and displays keep their order. While synchronous code runs, timers cannot fire, so a
// write also flushes when the buffer is older than FLUSH_MS.
"use strict";
const { TextDecoder } = require("util");

const FLUSH_MS = 50;
const MAX_BUFFER = 64 * 1024;

class StreamRouter {
  /** @param {(name: "stdout" | "stderr", text: string) => void} send */
  constructor(send) {
    this.send = send;
    /** @type {{name: "stdout" | "stderr", text: string}[]} */
    this.buffer = [];
    this.size = 0;
    this.firstWrite = 0;
    this.scheduled = false;
    this.decoder = new TextDecoder();
    this.installed = false;
  }

  /** Replaces process.stdout/stderr.write for the whole kernel process (as ipykernel does). */
  install() {
    if (this.installed) return;
    this.installed = true;
    for (const name of /** @type {const} */ (["stdout", "stderr"])) {
      const stream = process[name];
      stream.write = /** @type {any} */ ((chunk, encoding, cb) => {
        const text = typeof chunk === "string" ? chunk : this.decoder.decode(chunk);
        this.write(name, text);
        const done = typeof encoding === "function" ? encoding : cb;
        if (typeof done === "function") process.nextTick(done);
        return true;
      });
    }
  }

  /** @param {"stdout" | "stderr"} name @param {string} text */
  write(name, text) {
    if (text === "") return;
    const last = this.buffer[this.buffer.length - 1];
    if (last && last.name === name) last.text += text;
    else this.buffer.push({ name, text });
    if (this.size === 0) this.firstWrite = Date.now();
    this.size += text.length;
    if (this.size > MAX_BUFFER || Date.now() - this.firstWrite >= FLUSH_MS) this.flush();
    else if (!this.scheduled) {
      this.scheduled = true;
      setTimeout(() => {
        this.scheduled = false;
        this.flush();
      }, FLUSH_MS).unref();
    }
  }

  /** Sends everything buffered, in order. */
  flush() {
    const parts = this.buffer;
    this.buffer = [];
    this.size = 0;
    for (const p of parts) this.send(p.name, p.text);
  }
}

module.exports = { StreamRouter };
