// @ts-check
// The kernel's TypeScript compiler: tslab's converters for node cells and browser cells (made on
// first use), on the Node types node_types.js chooses, behind one call interface whose arguments
// and results are plain data (no TypeScript objects), so that it can run in a worker thread
// (compiler_thread.js) as well as in the calling thread (the install-time warm-up, kernel/warm.js).
// `prepare` compiles the prelude and then a throwaway cell using the library's types, so that the
// first cell a student runs finds the compiler's code optimised and the declarations bound.
"use strict";
const nodeTypes = require("./node_types");
const library = require("./library");

/** A cell that makes the checker resolve the library's common types (never shown, never run). */
const WARM_CELL = "const deeptsWarmUp = np.zeros([2, 3]).add(1).sum({ axis: 0 });\ndeeptsWarmUp.shape";

class Compiler {
  constructor() {
    /** @type {Record<string, any>} converters by mode, made on first use */
    this.convs = {};
    /** @type {{decls: string, src: string, result: any} | null} the prelude's conversion, made ahead */
    this.ahead = null;
  }

  /** @param {"node" | "browser"} mode */
  conv(mode) {
    return (this.convs[mode] ??= nodeTypes.createConverter({ isBrowser: mode === "browser" }));
  }

  /**
   * tslab's conversion of cell `src` after the declarations `decls`: {output, declOutput,
   * diagnostics, hasToplevelAwait, sideOutputs, lastExpressionVar}.
   * @param {string} decls @param {string} src
   */
  convert(decls, src) {
    const a = this.ahead;
    if (a && a.decls === decls && a.src === src) return a.result;
    return this.conv("node").convert(decls, src);
  }

  /** Quick info at `pos` (plain data), or undefined. @param {"node" | "browser"} mode @param {string} decls @param {string} src @param {number} pos */
  inspect(mode, decls, src, pos) {
    return this.conv(mode).inspect(decls, src, pos);
  }

  /** Completions at `pos`: {start, end, candidates}. @param {"node" | "browser"} mode @param {string} decls @param {string} src @param {number} pos */
  complete(mode, decls, src, pos) {
    const { start, end, candidates } = this.conv(mode).complete(decls, src, pos);
    return { start, end, candidates };
  }

  /** Registers a `/** @module name *\/` cell; returns its diagnostics. @param {"node" | "browser"} mode @param {any[]} args */
  addModule(mode, ...args) {
    return this.conv(mode).addModule(...args);
  }

  /**
   * Builds the node converter, converts the prelude the library's declarations give (kept for the
   * caller's identical request) and a throwaway cell after it. Returns the prelude's code.
   */
  prepare() {
    const conv = this.conv("node");
    const code = library.declaredPreludeCode();
    if (!code) return "";
    const result = conv.convert("", code);
    this.ahead = { decls: "", src: code, result };
    if (result.diagnostics.length === 0 && /\bnp\b/.test(code)) conv.convert(result.declOutput, WARM_CELL, true);
    return code;
  }

  close() {
    for (const c of Object.values(this.convs)) c.close();
    this.convs = {};
  }
}


/** A Compiler in the calling thread, with the interface of CompilerThread (compiler_thread.js). */
class LocalCompiler {
  constructor() {
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

  /** @param {string} decls @param {string} src */
  convert(decls, src) {
    return this.call("convert", decls, src);
  }

  /** Keeps the compiled code of the (now warm) compiler for the next start (v8cache.js). */
  warmedUp() {
    require("./v8cache").save();
  }

  close() {
    this.compiler.close();
  }
}

module.exports = { Compiler, LocalCompiler, WARM_CELL };
