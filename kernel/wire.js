// @ts-check
// Jupyter wire-protocol messages (v5.3): parse and verify a multipart ZeroMQ message, build replies,
// sign and send. tslab keeps its message class private, so the kernel has this small one.
"use strict";
const { createHmac, randomBytes, timingSafeEqual } = require("crypto");

const DELIM = Buffer.from("<IDS|MSG>");
const PROTOCOL_VERSION = "5.3";

/** HMAC-SHA256 hex digest of the message parts (empty when the key is empty). */
function sign(key, parts) {
  if (!key) return "";
  const h = createHmac("sha256", key);
  for (const p of parts) h.update(p);
  return h.digest("hex");
}

class Message {
  constructor() {
    /** @type {Buffer[]} routing identities */
    this.identity = [];
    /** @type {any} */ this.header = {};
    /** @type {any} */ this.parent = {};
    /** @type {any} */ this.metadata = {};
    /** @type {any} */ this.content = {};
    /** @type {Buffer[]} */ this.buffers = [];
  }

  /** Parses [ids..., DELIM, hmac, header, parent, metadata, content, buffers...]; throws on a bad signature. */
  static fromRaw(key, raw) {
    const m = new Message();
    const d = raw.findIndex((b) => b.equals(DELIM));
    if (d < 0) throw new Error("message missing delimiter");
    m.identity = raw.slice(0, d);
    const hmac = raw[d + 1].toString();
    const parts = raw.slice(d + 2, d + 6);
    const want = sign(key, parts);
    if (key && (hmac.length !== want.length || !timingSafeEqual(Buffer.from(hmac), Buffer.from(want)))) {
      throw new Error("invalid message signature");
    }
    m.header = JSON.parse(parts[0].toString());
    m.parent = JSON.parse(parts[1].toString());
    m.metadata = JSON.parse(parts[2].toString());
    m.content = JSON.parse(parts[3].toString());
    m.buffers = raw.slice(d + 6);
    return m;
  }

  /** A new message of `msgType` whose parent is this one (same routing identities). */
  reply(msgType, content = {}) {
    const r = new Message();
    r.identity = this.identity;
    r.header = {
      msg_id: randomBytes(16).toString("hex"),
      username: this.header.username ?? "kernel",
      session: this.header.session ?? "",
      date: new Date().toISOString(),
      msg_type: msgType,
      version: PROTOCOL_VERSION,
    };
    r.parent = this.header;
    r.metadata = {};
    r.content = content;
    return r;
  }

  /** Serialises, signs and sends on `sock`. Errors (closed socket) are reported, not thrown. */
  signAndSend(key, sock) {
    const bodies = [this.header, this.parent, this.metadata, this.content].map((x) => Buffer.from(JSON.stringify(x)));
    const frames = [...this.identity, DELIM, Buffer.from(sign(key, bodies)), ...bodies, ...this.buffers];
    try {
      const p = sock.send(frames);
      if (p && typeof p.catch === "function") p.catch((e) => logError("send failed:", e));
    } catch (e) {
      logError("send failed:", e);
    }
  }
}

/** Writes to the kernel's real stderr (the Jupyter server log), not to a notebook cell. */
let rawStderrWrite = process.stderr.write.bind(process.stderr);
function logError(...args) {
  const text = args.map((a) => (typeof a === "string" ? a : require("util").inspect(a))).join(" ");
  rawStderrWrite(`[deepts kernel] ${text}\n`);
}

module.exports = { Message, PROTOCOL_VERSION, DELIM, sign, logError };
