// @ts-check
// The shell replies that are not execution: kernel_info, completion, inspection (Shift+Tab, `x?`)
// and is_complete. tslab's JupyterHandlerImpl gives these too; this one corrects them where Jupyter
// expects more and answers kernel_info without loading TypeScript.
"use strict";
const path = require("path");
const tslab = require("./tslab");
const magics = require("./magics");
const library = require("./library");
const { documentation } = require("./inspection");

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

  /**
   * Completion sees magics as blanks (`%timeit np.ze` completes `np.ze`). tslab offers prefix and
   * substring matches together (`np.zer` → zeros, zerosLike, countNonzero, nonzero); as IPython
   * does, only prefix matches are offered when there are any, substring matches otherwise.
   */
  handleComplete(req) {
    const info = this.executor.complete(magics.blankMagics(req.code), req.cursor_pos);
    const reply = { cursor_start: info.start, cursor_end: info.end, matches: info.candidates, metadata: {}, status: "ok" };
    const typed = String(req.code).slice(reply.cursor_start, req.cursor_pos).toLowerCase();
    if (typed && Array.isArray(reply.matches)) {
      const prefixed = reply.matches.filter((m) => m.toLowerCase().startsWith(typed));
      if (prefixed.length > 0) reply.matches = prefixed;
    }
    return reply;
  }

  /**
   * Inspection (Shift+Tab, `np.zeros?`) sees magics as blanks too; inside a call it documents the
   * called function, and library namespace members get their function's documentation
   * (inspection.js).
   */
  handleInspect(req) {
    const text = documentation(this.executor, magics.blankMagics(req.code), req.cursor_pos);
    if (!text) return { status: "ok", found: false, data: {}, metadata: {} };
    return { status: "ok", found: true, data: { "text/plain": text }, metadata: {} };
  }

  /** tslab says "complete" for any code with a syntax error inside; Jupyter wants "invalid". */
  handleIsComplete(req) {
    let code = req.code;
    try {
      const r = magics.rewrite(code);
      if (r.kind === "help") return { status: "complete" };
      code = r.code;
    } catch {
      return { status: "invalid" };
    }
    const c = tslab.converter.isCompleteCode(code);
    const res = c.completed ? { status: "complete" } : { status: "incomplete", indent: c.indent };
    if (res.status !== "complete") return res;
    const sf = tslab.ts.createSourceFile("cell.ts", code, tslab.ts.ScriptTarget.Latest, false, tslab.ts.ScriptKind.TS);
    return sf.parseDiagnostics && sf.parseDiagnostics.length > 0 ? { status: "invalid" } : res;
  }

  close() {
    this.executor.close();
  }
}

module.exports = { DeeptsHandler };
