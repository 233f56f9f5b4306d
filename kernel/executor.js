// @ts-check
// Runs cells. The compiler (TypeScript, tslab's converter, the source rewrites: compiler.js) works
// in its own thread (compiler_thread.js); this side, on the main thread where np's arrays live,
// holds the declarations carried from cell to cell and runs the compiled code as tslab's executor
// does: each cell wrapped in a function of (exports, require), run with `vm` and `breakOnSigint`,
// its variables kept in one `exports` object, the last expression's value read from it.
// - each compiled cell is named `deepts-cell-N` (`//# sourceURL`), so stack frames say which cell;
// - a cell that fails at run time (or is interrupted) still declares what it defined before
//   failing, as in IPython (its values exist, and later cells can name them);
// - `x?` help, completion and inspection are answered by the compiler with these declarations.
"use strict";
const path = require("path");
const vm = require("vm");
const Module = require("module");
const { LocalCompiler, startCompiler } = require("./compiler_thread");
const { runtimeError } = require("./traceback");

/**
 * @typedef {{ok: true, value?: unknown, hasValue: boolean, help?: {expr: string, page: string | null}}
 *   | {ok: false, ename: string, evalue: string, traceback: string[]}} Outcome
 */

class CellExecutor {
  /** @param {{thread?: boolean}} [opts] thread: false compiles in this thread (warm.js) */
  constructor(opts = {}) {
    this.thread = opts.thread ?? true;
    /** @type {ReturnType<typeof startCompiler> | null} made on first use (start) */
    this._compiler = null;
    /** Declarations of all cells so far (a .d.ts text), what tslab calls prevDecl. */
    this.decls = "";
    /** @type {Map<string, {label: string, source: string, compiled: string}>} cells run, by sourceURL */
    this.cells = new Map();
    /** Side outputs of `@module` cells (file → code) and the modules made from them. */
    this.sideOutputs = new Map();
    /** @type {Map<string, Module>} */
    this.sideModules = new Map();
    /** @type {Record<string, unknown>} the cells' variables */
    this.exports = createExports();
    /** @type {((tslabModule: any) => void) | null} called when a cell requires "tslab" */
    this.onTslab = null;
    this.resetInterrupt();
    // The compiled code reaches `exports` and `require` through this global, as tslab's does.
    /** @type {any} */ (globalThis).__tslab__ = { exports: this.exports, require: this.makeRequire(Module.createRequire(path.join(process.cwd(), "src.js")), process.cwd()) };
  }

  /** The compiler, started on first use: TypeScript loads and the compiler builds in its thread. */
  get compiler() {
    return (this._compiler ??= startCompiler(this.thread));
  }

  /**
   * Starts the compiler now, to prepare while the caller does other work: a compiler thread
   * prepares as soon as it starts; one in this thread is asked to.
   */
  start() {
    if (this._compiler) return;
    if (this.compiler instanceof LocalCompiler) this.compiler.call("prepare").catch(() => {});
  }

  /** True once the compiler has been started. */
  get started() {
    return this._compiler !== null;
  }

  resetInterrupt() {
    this.interruptError = new Error("Interrupted asynchronously");
    /** @type {(e: Error) => void} */
    let reject = () => {};
    /** @type {Promise<never>} */
    this.interrupted = new Promise((_, r) => {
      reject = r;
    });
    this.interrupted.catch(() => {}); // never an unhandled rejection
    this.rejectInterrupted = reject;
  }

  /** Stops waiting for a running cell (an awaited promise, or its compilation). */
  interrupt() {
    this.rejectInterrupted(this.interruptError);
    this.resetInterrupt();
  }

  /**
   * Compiles (in the compiler's thread) and runs one cell, or answers it when it is `x?` help.
   * @param {string} code the cell as typed
   * @param {{name: string, label: string}} cell `name` becomes the sourceURL, `label` heads
   *   tracebacks ("Cell In[3]")
   * @returns {Promise<Outcome>}
   */
  async run(code, cell) {
    /** @type {import("./compiler").Compiled} */
    let c;
    try {
      c = await Promise.race([this.compiler.call("compile", this.decls, code, cell), this.interrupted]);
    } catch (e) {
      return { ok: false, ...this.formatError(e) };
    }
    if (c.kind === "help") return { ok: true, hasValue: false, help: { expr: c.expr, page: c.page } };
    if (c.kind === "error") return { ok: false, ename: c.ename, evalue: c.evalue, traceback: c.traceback };
    for (const out of c.sideOutputs) {
      this.sideModules.delete(out.path);
      this.sideOutputs.set(out.path, out.data);
    }
    // Compiled without errors: its declarations count, even if running it fails.
    this.decls = c.decls;
    if (!c.js) return { ok: true, hasValue: false };
    this.cells.set(cell.name, { label: cell.label, source: code, compiled: c.js });
    try {
      // a function around the code: faster than top-level code, and `let`/`const` can be declared again
      const wrapped = `${c.hasToplevelAwait ? "(async function(exports, require) { " : "(function(exports, require) { "}${c.js}\n})(__tslab__.exports, __tslab__.require)`;
      const ret = vm.runInThisContext(wrapped, { breakOnSigint: true });
      if (c.hasToplevelAwait) await Promise.race([ret, this.interrupted]);
    } catch (e) {
      return { ok: false, ...this.formatError(e) };
    }
    const name = c.lastExpressionVar;
    if (name && this.exports[name] != null) {
      const value = this.exports[name];
      delete this.exports[name];
      return { ok: true, hasValue: true, value };
    }
    return { ok: true, hasValue: false };
  }

  /** Formats an error thrown by a cell (or later by its timers or promises) with cell line numbers. */
  formatError(err) {
    return runtimeError(
      err,
      (file) => this.cells.get(file),
      (compiled, line, col) => this.compiler.callSync("operatorFix", compiled, line, col),
    );
  }

  /** Documentation at `pos` (Shift+Tab, `x?`), or null. @param {string} code @param {number} pos @returns {Promise<string | null>} */
  documentation(code, pos) {
    return this.compiler.call("documentation", this.decls, code, pos);
  }

  /** A complete_reply. @param {string} code @param {number} pos */
  complete(code, pos) {
    return this.compiler.call("complete", this.decls, code, pos);
  }

  /** An is_complete_reply. @param {string} code */
  isComplete(code) {
    return this.compiler.call("isComplete", code);
  }

  /** The variables cells defined. */
  get locals() {
    return this.exports;
  }

  /**
   * `require` for cells: "tslab" is tslab's own module (its display API), `@module` cells' outputs
   * are modules, anything else resolves from `dir`.
   * @param {NodeRequire} req @param {string} dir
   * @returns {NodeRequire}
   */
  makeRequire(req, dir) {
    const fromSideOutputs = (/** @type {string} */ id) => {
      let file = path.join(dir, id);
      if (path.extname(file) === "") file += ".js";
      const cached = this.sideModules.get(file);
      if (cached) return cached.exports;
      const code = this.sideOutputs.get(file);
      if (code === undefined) return null;
      // as Node's loader does for a file
      const mod = /** @type {any} */ (new Module(file, module));
      mod.filename = file;
      mod.paths = /** @type {any} */ (Module)._nodeModulePaths(path.dirname(file));
      mod.require = this.makeRequire(mod.require.bind(mod), path.dirname(file));
      mod._compile(code, file);
      this.sideModules.set(file, mod);
      return mod.exports;
    };
    return new Proxy(req, {
      apply: (_t, thisArg, args) => {
        if (args.length !== 1) return req.apply(thisArg, args);
        if (args[0] === "tslab") {
          const tslabModule = require(require("./tslab").tslabDir);
          if (this.onTslab) this.onTslab(tslabModule);
          return tslabModule;
        }
        return fromSideOutputs(args[0]) ?? req.apply(thisArg, args);
      },
    });
  }

  close() {
    if (this._compiler) this._compiler.close();
  }
}

/**
 * The object cells' variables live in. TypeScript compiles named imports to defineProperty with a
 * getter; as tslab does, the value is stored instead, so an imported name can be assigned again.
 */
function createExports() {
  /** @type {Record<string, unknown>} */
  const target = {};
  return new Proxy(target, {
    defineProperty: (_t, prop, attrs) => {
      if (prop === "__esModule") return true;
      target[/** @type {string} */ (prop)] = attrs.get ? attrs.get() : attrs.value;
      return true;
    },
  });
}

module.exports = { CellExecutor };
