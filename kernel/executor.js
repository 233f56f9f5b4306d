// @ts-check
// Runs cells with tslab's own executor and converter, observing them instead of changing them:
// - the converter is wrapped so each compiled cell gets a `//# sourceURL=deepts-cell-N` name (stack
//   frames then say which cell) and its diagnostics are kept as objects;
// - the executor's `console` argument receives the last expression's value (tslab calls
//   console.log(value)) and thrown errors (console.error(e)) instead of printing them;
// - the declarations carried from cell to cell are kept here, so that a cell that fails at run
//   time (or is interrupted) still declares what it defined before failing, as in IPython
//   (tslab would forget them: their values exist, but later cells could not name them).
"use strict";
const tslab = require("./tslab");
const nodeTypes = require("./node_types");
const { addLineMarkers, unshiftColumn } = require("./sourcemap");
const { rewriteCell, declaredNames } = require("./rewrite");
const { compileError, runtimeError } = require("./traceback");

/**
 * @typedef {{ok: true, value?: unknown, hasValue: boolean, warnings: string[]}
 *   | {ok: false, ename: string, evalue: string, traceback: string[]}} Outcome
 */

class CellExecutor {
  constructor() {
    /** @type {any} */
    this.lastConversion = null;
    /** @type {string | null} */
    this.cellName = null;
    /** @type {Map<string, {label: string, source: string, compiled: string}>} */
    this.cells = new Map();
    this.capture = { hasValue: false, value: /** @type {unknown} */ (undefined), thrown: /** @type {unknown[]} */ ([]) };
    this.pendingCell = /** @type {{label: string, source: string} | null} */ (null);

    /** Declarations of all cells so far (a .d.ts text), what tslab calls prevDecl. */
    this.decls = "";
    /** Names `decls` declares (for rewriteCell), and the decls they were read from. */
    this.prevNames = new Set();
    this.namesOf = "";
    /** @type {any} tslab's executor, made on first use (building the compiler takes a second) */
    this._inner = null;
  }

  /** tslab's executor over an observed converter (created on first use). */
  get inner() {
    if (!this._inner) this._inner = this.createInner();
    return this._inner;
  }

  /** True once the TypeScript compiler has been built. */
  get started() {
    return this._inner !== null;
  }

  createInner() {
    // On the small set of Node types first (kernel/node_types.js).
    const node = nodeTypes.createConverter();
    /** @type {any} */
    let browser = null;
    const self = this;
    const observed = {
      convert(_prevDecl, src) {
        const r = node.convert(self.decls, src);
        self.lastConversion = r;
        if (r.output && self.cellName && self.pendingCell) {
          r.output += `\n//# sourceURL=${self.cellName}`;
          self.cells.set(self.cellName, { ...self.pendingCell, compiled: r.output });
        }
        return r;
      },
      inspect: (_prevDecl, src, pos) => node.inspect(self.decls, src, pos),
      complete: (_prevDecl, src, pos) => node.complete(self.decls, src, pos),
      addModule: (...a) => node.addModule(...a),
      close: () => node.close(),
    };
    const convs = {
      node: observed,
      get browser() {
        if (!browser) browser = nodeTypes.createConverter({ isBrowser: true });
        return browser;
      },
      close() {
        node.close();
        if (browser) browser.close();
      },
    };
    const console = {
      log: (value) => {
        this.capture.hasValue = true;
        this.capture.value = value;
      },
      error: (...args) => {
        // One argument: a thrown value. Several: a formatted diagnostic (we read the objects instead).
        if (args.length === 1) this.capture.thrown.push(args[0]);
      },
    };
    return tslab.executor.createExecutor(process.cwd(), convs, console);
  }

  /**
   * Compiles and runs one cell.
   * @param {string} source code as typed (magics already rewritten)
   * @param {{name: string, label: string, original?: string}} cell `name` becomes the sourceURL,
   *   `label` heads tracebacks ("Cell In[3]"), `original` is the text shown in tracebacks
   * @returns {Promise<Outcome>}
   */
  async run(source, cell) {
    if (this.namesOf !== this.decls) {
      this.prevNames = declaredNames(this.decls);
      this.namesOf = this.decls;
    }
    const rewritten = rewriteCell(source, this.prevNames);
    const { code, shifts } = addLineMarkers(rewritten.code);
    // Diagnostic columns: back through the markers, then through the rewrites.
    const unshift = (line, ch) => unshiftColumn(rewritten.shifts, line, unshiftColumn(shifts, line, ch));
    this.capture = { hasValue: false, value: undefined, thrown: [] };
    this.lastConversion = null;
    this.cellName = cell.name;
    this.pendingCell = { label: cell.label, source: cell.original ?? source };
    let ok;
    try {
      ok = await this.inner.execute(code);
    } catch (e) {
      // tslab's converter throws on internal failures; report them like runtime errors.
      this.capture.thrown.push(e);
      ok = false;
    } finally {
      this.cellName = null;
      this.pendingCell = null;
    }
    const conv = this.lastConversion;
    const diags = conv && conv.diagnostics ? conv.diagnostics : [];
    // Compiled without errors: its declarations count, even if running it failed.
    if (conv && diags.length === 0 && typeof conv.declOutput === "string") this.decls = conv.declOutput;
    if (ok) {
      // Modules (`/** @module m */` cells) register even with errors; show those as warnings.
      const warnings = diags.map((d) => `${d.start.line + 1}:${d.start.character + 1} - ${d.messageText}`);
      return { ok: true, hasValue: this.capture.hasValue, value: this.capture.value, warnings };
    }
    if (diags.length > 0) {
      const mapped = diags.map((d) => ({
        ...d,
        start: { ...d.start, character: d.fileName ? d.start.character : unshift(d.start.line, d.start.character) },
        end: { ...d.end, character: d.fileName ? d.end.character : unshift(d.end.line, d.end.character) },
      }));
      return { ok: false, ...compileError(mapped, cell.original ?? source, cell.label) };
    }
    const thrown = this.capture.thrown.length ? this.capture.thrown[0] : new Error("the cell failed without an error value");
    return { ok: false, ...runtimeError(thrown, (file) => this.cells.get(file)) };
  }

  /** Formats an error thrown outside a cell run (timers, promises) with cell line numbers. */
  formatError(err) {
    return runtimeError(err, (file) => this.cells.get(file));
  }

  /** tslab's quick info at `pos` (hover / Shift-Tab docs), or undefined. */
  inspect(code, pos) {
    return this.inner.inspect(code, pos);
  }

  /** tslab's completions at `pos`: {start, end, candidates}. */
  complete(code, pos) {
    return this.inner.complete(code, pos);
  }

  /** Stops a running cell: rejects tslab's interrupt promise (async cells). */
  interrupt() {
    if (this._inner) this._inner.interrupt();
  }

  /** The variables cells defined (tslab keeps them in an `exports` object). */
  get locals() {
    return this.inner.locals;
  }

  close() {
    if (this._inner) this._inner.close();
  }
}

module.exports = { CellExecutor };
