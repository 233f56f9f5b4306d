// @ts-check
// The shell replies that are not execution: kernel_info, completion, inspection (Shift+Tab, `x?`)
// and is_complete. kernel_info is answered without TypeScript; the others are the compiler's
// (compiler.js, in its own thread).
"use strict";
const path = require("path");
const tslab = require("./tslab");
const library = require("./library");

const pkg = require(path.join(library.ROOT, "package.json"));

class DeeptsHandler {
  /** @param {import("./executor").CellExecutor} executor */
  constructor(executor) {
    this.executor = executor;
  }

  handleKernel() {
    return {
      status: "ok",
      protocol_version: "5.3",
      implementation: "deepts",
      implementation_version: pkg.version,
      language_info: {
        name: "typescript",
        version: tslab.tsVersion,
        mimetype: "text/typescript",
        file_extension: ".ts",
        pygments_lexer: "typescript",
        // what makes the classic notebook and JupyterLab highlight TypeScript (as tslab sets it)
        codemirror_mode: { mode: "typescript", name: "javascript", typescript: true },
      },
      banner: `deepts ${pkg.version}: TypeScript ${tslab.tsVersion} on Node ${process.version} (tslab ${tslab.version}), with np, nn, data, plot, display, progress, timeit`,
      help_links: [],
      debugger: false, // JupyterLab's debugger panel needs a DAP server this kernel does not have
    };
  }

  /** Completion, answered by the compiler (compiler.js: magics seen as blanks, prefix matches first). */
  handleComplete(req) {
    return this.executor.complete(String(req.code), req.cursor_pos);
  }

  /**
   * Inspection (Shift+Tab, `np.zeros?`): inside a call it documents the called function, and
   * library namespace members get their function's documentation (inspection.js, in the compiler).
   */
  async handleInspect(req) {
    const text = await this.executor.documentation(String(req.code), req.cursor_pos);
    if (!text) return { status: "ok", found: false, data: {}, metadata: {} };
    return { status: "ok", found: true, data: { "text/plain": text }, metadata: {} };
  }

  /** is_complete: "invalid" for code with a syntax error inside (compiler.js). */
  handleIsComplete(req) {
    return this.executor.isComplete(String(req.code));
  }

  close() {
    this.executor.close();
  }
}

module.exports = { DeeptsHandler };
