// @ts-check
// Compiling a notebook's cells with the kernel's own machinery (tslab's converter, the kernel's
// magics and line markers), in the grader's process: compiling never runs the student's code, so it
// can happen here, and the sandbox then receives JavaScript only (no compiler to tamper with).
// Declarations carry from cell to cell exactly as in the kernel (kernel/executor.js): a cell that
// compiles adds its declarations, a cell with type errors does not run and adds nothing; and each
// cell gets the kernel's source rewrites (kernel/rewrite.js: `{ q }` of an earlier cell's `q`, ...),
// so a notebook that runs in the kernel runs the same way when graded.
"use strict";
const crypto = require("crypto");
const nodeTypes = require("../kernel/node_types");
const magics = require("../kernel/magics");
const { addLineMarkers, sourceLine } = require("../kernel/sourcemap");
const { rewriteCell, declaredNames } = require("../kernel/rewrite");
const library = require("../kernel/library");

class NotebookCompiler {
  constructor() {
    this.conv = nodeTypes.createConverter();
    this.prelude = library.preludeCode().code;
    /** (declarations so far, cell) → compiled cell: most cells of a class's submissions are the same */
    this.cache = new Map();
    /** declarations text → the names it declares (what the kernel's rewrites need) */
    this.names = new Map();
    this.hits = 0;
    this.misses = 0;
  }

  /** tslab's conversion of `code` after `decls`, from the cache when seen before. */
  convert(decls, code) {
    const key = crypto.createHash("sha256").update(decls).update("\0").update(code).digest("hex");
    const hit = this.cache.get(key);
    if (hit) {
      this.hits++;
      return hit;
    }
    this.misses++;
    const r = this.conv.convert(decls, code);
    const kept = { diagnostics: r.diagnostics.map((d) => ({ messageText: d.messageText, fileName: d.fileName, start: d.start })), declOutput: r.declOutput, output: r.output, hasToplevelAwait: r.hasToplevelAwait };
    if (this.cache.size > 20000) this.cache.delete(this.cache.keys().next().value);
    this.cache.set(key, kept);
    return kept;
  }

  /**
   * Compiles cells in order. Returns, per cell, `{ ok: true, js, async }` or `{ ok: false, message, line }`.
   * @param {string[]} sources
   */
  compile(sources) {
    let decls = "";
    const first = this.convert(decls, this.prelude);
    if (first.diagnostics.length === 0 && typeof first.declOutput === "string") decls = first.declOutput;
    return sources.map((src) => {
      let code = src;
      try {
        const r = magics.rewrite(src);
        if (r.kind !== "code") return { ok: true, js: "", async: false };
        code = r.code;
      } catch (e) {
        return { ok: false, message: `UsageError: ${e.message}`, line: null };
      }
      let names = this.names.get(decls);
      if (!names) {
        if (this.names.size > 2000) this.names.clear();
        this.names.set(decls, (names = declaredNames(decls)));
      }
      const marked = addLineMarkers(rewriteCell(code, names).code).code;
      let r;
      try {
        r = this.convert(decls, marked);
      } catch (e) {
        return { ok: false, message: `the TypeScript compiler failed on this cell: ${e && e.message}`, line: null };
      }
      if (r.diagnostics.length > 0) {
        const d = r.diagnostics[0];
        const text = typeof d.messageText === "string" ? d.messageText : String(d.messageText?.messageText ?? d.messageText);
        return { ok: false, message: `TypeScript: ${text}`, line: d.fileName ? null : d.start.line + 1, count: r.diagnostics.length };
      }
      if (typeof r.declOutput === "string") decls = r.declOutput;
      return { ok: true, js: r.output ?? "", async: !!r.hasToplevelAwait };
    });
  }

  close() {
    this.conv.close();
  }
}

module.exports = { NotebookCompiler, sourceLine };
