// @ts-check
// Everything the kernel does with TypeScript, behind calls whose arguments and results are plain
// data: compiling a cell (magics, source rewrites, line markers, tslab's converter, compile errors
// in IPython's layout), `x?` help, completion, inspection, is_complete, and the operator fix named
// in runtime errors. It runs in a worker thread (compiler_thread.js), so that the TypeScript
// compiler's ~40 MB of program and checker live in their own heap: every full collection of the
// main thread, which frees the WebAssembly memory of dead arrays, marks that heap, and with the
// compiler in it a student's loop of `np.add` on 10,000 elements took 56 µs per call instead of 15
// (issue 12). The declarations carried from cell to cell are the caller's (the main thread knows
// whether a cell ran); this side only caches what it derives from them.
"use strict";
const tslab = require("./tslab");
const nodeTypes = require("./node_types");
const magics = require("./magics");
const { addLineMarkers, unshiftColumn } = require("./sourcemap");
const { rewriteCell, declaredNames } = require("./rewrite");
const { compileError } = require("./traceback");
const { documentation } = require("./inspection");
const { operatorFix } = require("./operators");

/**
 * What compiling a cell gives:
 * - `help`: the cell is `x?`; `page` is the documentation of `expr`, or null when it is unknown;
 * - `error`: a compile error (or a magic's usage error), formatted;
 * - `run`: `js` to run (null for module and browser cells, which have nothing to run), the
 *   declarations the cell leaves (`decls`), and what tslab's executor needs to run it.
 * @typedef {{kind: "help", expr: string, page: string | null}
 *   | {kind: "error", ename: string, evalue: string, traceback: string[]}
 *   | {kind: "run", js: string | null, decls: string, hasToplevelAwait: boolean, lastExpressionVar: string | undefined,
 *      sideOutputs: {path: string, data: string}[]}} Compiled
 */

class Compiler {
  constructor() {
    /** @type {any} tslab converters for node cells and browser cells, made on first use */
    this.node = null;
    this.browser = null;
    /** declaredNames of the last declarations seen, and those declarations */
    this.prevNames = new Set();
    this.namesOf = "";
  }

  /** The converter for node cells (building it parses the ES lib and the Node types: ~0.3 s). */
  get conv() {
    return (this.node ??= nodeTypes.createConverter());
  }

  /** Loads TypeScript and builds the converter, ahead of the first cell. */
  prepare() {
    void this.conv;
    return true;
  }

  /**
   * Compiles one cell after the declarations `decls` of the cells before it.
   * @param {string} decls
   * @param {string} code the cell as typed
   * @param {{name: string, label: string}} cell `name` becomes the sourceURL, `label` heads errors
   * @returns {Compiled}
   */
  compile(decls, code, cell) {
    let r;
    try {
      r = magics.rewrite(code);
    } catch (e) {
      const err = /** @type {Error} */ (e);
      const ename = err.name === "UsageError" ? "UsageError" : "Error";
      return { kind: "error", ename, evalue: err.message, traceback: [`\x1b[0;31m${ename}\x1b[0m: ${err.message}`] };
    }
    if (r.kind === "help") return { kind: "help", expr: r.expr, page: this.documentation(decls, r.expr, r.expr.length) };
    const source = r.code;
    const meta = tslab.metadata.getCodeMetadata(source);
    if (meta.module || meta.mode === "browser") {
      // tslab registers `@module` cells (errors and all) and runs nothing for browser cells
      if (meta.module) (meta.mode === "browser" ? this.browserConv : this.conv).addModule(meta.module, source, meta);
      return { kind: "run", js: null, decls, hasToplevelAwait: false, lastExpressionVar: undefined, sideOutputs: [] };
    }
    if (this.namesOf !== decls) {
      this.prevNames = declaredNames(decls);
      this.namesOf = decls;
    }
    const rewritten = rewriteCell(source, this.prevNames);
    const marked = addLineMarkers(rewritten.code);
    const conv = this.conv.convert(decls, marked.code);
    const diags = conv.diagnostics ?? [];
    if (diags.length > 0) {
      // columns back through the markers, then through the rewrites
      const unshift = (line, ch) => unshiftColumn(rewritten.shifts, line, unshiftColumn(marked.shifts, line, ch));
      const mapped = diags.map((d) => ({
        ...d,
        start: { ...d.start, character: d.fileName ? d.start.character : unshift(d.start.line, d.start.character) },
        end: { ...d.end, character: d.fileName ? d.end.character : unshift(d.end.line, d.end.character) },
      }));
      return { kind: "error", ...compileError(mapped, code, cell.label) };
    }
    return {
      kind: "run",
      js: conv.output ? `${conv.output}\n//# sourceURL=${cell.name}` : null,
      decls: typeof conv.declOutput === "string" ? conv.declOutput : decls,
      hasToplevelAwait: !!conv.hasToplevelAwait,
      lastExpressionVar: conv.lastExpressionVar,
      sideOutputs: (conv.sideOutputs ?? []).map((o) => ({ path: o.path, data: o.data })),
    };
  }

  /** The converter for `// @mode browser` module cells. */
  get browserConv() {
    return (this.browser ??= nodeTypes.createConverter({ isBrowser: true }));
  }

  /** A view of the compiler for inspection.js: tslab's quick info after `decls`. @param {string} decls */
  after(decls) {
    return { decls, inspect: (/** @type {string} */ src, /** @type {number} */ pos) => this.convFor(src).inspect(decls, src, pos) };
  }

  /** @param {string} src */
  convFor(src) {
    return tslab.metadata.getCodeMetadata(src).mode === "browser" ? this.browserConv : this.conv;
  }

  /**
   * Documentation at `pos` (Shift+Tab, `x?`), magics seen as blanks; null when there is none.
   * @param {string} decls @param {string} code @param {number} pos
   */
  documentation(decls, code, pos) {
    return documentation(this.after(decls), magics.blankMagics(code), pos);
  }

  /**
   * A complete_reply. Magics are seen as blanks (`%timeit np.ze` completes `np.ze`). tslab offers
   * prefix and substring matches together (`np.zer` → zeros, zerosLike, countNonzero, nonzero); as
   * IPython does, only prefix matches are offered when there are any, substring matches otherwise.
   * @param {string} decls @param {string} code @param {number} pos
   */
  complete(decls, code, pos) {
    const blanked = magics.blankMagics(code);
    const info = this.convFor(blanked).complete(decls, blanked, pos);
    const reply = { cursor_start: info.start, cursor_end: info.end, matches: info.candidates, metadata: {}, status: "ok" };
    const typed = String(code).slice(reply.cursor_start, pos).toLowerCase();
    if (typed && Array.isArray(reply.matches)) {
      const prefixed = reply.matches.filter((/** @type {string} */ m) => m.toLowerCase().startsWith(typed));
      if (prefixed.length > 0) reply.matches = prefixed;
    }
    return reply;
  }

  /**
   * An is_complete_reply. tslab says "complete" for any code with a syntax error inside; Jupyter
   * wants "invalid".
   * @param {string} code
   */
  isComplete(code) {
    try {
      const r = magics.rewrite(code);
      if (r.kind === "help") return { status: "complete" };
      code = r.code;
    } catch {
      return { status: "invalid" };
    }
    const c = tslab.converter.isCompleteCode(code);
    if (!c.completed) return { status: "incomplete", indent: c.indent };
    const ts = tslab.ts;
    const sf = ts.createSourceFile("cell.ts", code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    return sf.parseDiagnostics && sf.parseDiagnostics.length > 0 ? { status: "invalid" } : { status: "complete" };
  }

  /** operators.js's fix for an NDArray operator error at (line, col) of a compiled cell. @param {string} compiled @param {number} line @param {number} col */
  operatorFix(compiled, line, col) {
    return operatorFix(compiled, line, col) ?? null;
  }

  /** Whether the compiler is still on the small set of Node types (node_types.js; a test asks). */
  usingSmallTypes() {
    return nodeTypes.usingSmall();
  }

  close() {
    if (this.node) this.node.close();
    if (this.browser) this.browser.close();
    this.node = this.browser = null;
  }
}

module.exports = { Compiler };
