// @ts-check
// Error messages in IPython's layout: the failing cell line with an arrow, the type/message at the
// end. Compile errors (TypeScript diagnostics) and runtime errors (stack frames mapped back to cell
// lines) both become { ename, evalue, traceback }.
"use strict";
const path = require("path");
const util = require("util");
const { ts } = require("./tslab");
const { sourceLine } = require("./sourcemap");
const { operatorMessage } = require("./operators");

const C = {
  red: (s) => `\x1b[0;31m${s}\x1b[0m`,
  green: (s) => `\x1b[0;32m${s}\x1b[0m`,
  cyan: (s) => `\x1b[0;36m${s}\x1b[0m`,
  bold: (s) => `\x1b[1m${s}\x1b[0m`,
};

/** Lines around `line` (1-based) of `source`, with IPython's `---->` arrow on it. */
function context(source, line, around = 2, caret = undefined) {
  const lines = source.split("\n");
  const out = [];
  const from = Math.max(1, line - around);
  const to = Math.min(lines.length, line);
  const width = String(to).length;
  for (let i = from; i <= to; i++) {
    const num = String(i).padStart(width);
    if (i === line) out.push(`${C.green("---->")} ${C.green(num)} ${lines[i - 1]}`);
    else out.push(`      ${C.green(num)} ${lines[i - 1]}`);
  }
  if (caret) out.push(`${" ".repeat(6 + width + 1 + caret.col)}${C.red("^".repeat(Math.max(1, caret.len)))}`);
  return out;
}

/** Where the library is: its types are named as a student writes them, its frames collapsed. */
const LIBRARY_ROOT = path.resolve(__dirname, "..");
const DIST = path.join(LIBRARY_ROOT, "dist");
/** The file that runs cells (executor.js): its frames are below every cell's. */
const RUNNER = path.join(__dirname, "executor.js");
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Library modules that are namespaces a student names (`typeof np`). */
const NAMESPACES = { "np/api": "np", "np/index": "np", "np/linalg_api": "np.linalg", "nn/rnn/index": "nn.rnn", "nn/optimizers": "nn.optimizers" };

/**
 * A diagnostic message with library types named as a student writes them: no absolute paths
 * (`typeof import("/…/dist/np/api")` → `typeof np`, `import("/…/dist/np/ndarray").NDArray` →
 * `np.NDArray`), and a whole namespace's type (`'{ iris: …; digits: …; … }'`) replaced by the name
 * of the object in the cell when the diagnostic is about a member of it.
 * @param {string} text
 * @param {string | undefined} objectName the expression before `.name` at the diagnostic, if any
 */
function studentTypes(text, objectName) {
  const dist = escapeRe(DIST);
  const importRe = new RegExp(`import\\("${dist}/([^"]+?)(?:\\.d\\.ts|\\.js)?"\\)(\\.[\\w$]+)?`, "g");
  let out = text.replace(importRe, (_m, mod, member) => {
    if (member) return member === ".NDArray" ? "np.NDArray" : member.slice(1);
    return NAMESPACES[mod] ?? `import("deepts/${mod}")`;
  });
  // A member missing on a big object type: name the object instead of printing its type.
  if (objectName) out = out.replace(/(on type |to type )'(\{[^']{80,})'/g, (_m, head) => `${head}'typeof ${objectName}'`);
  // Any other very long type: its start and end.
  return out.replace(/'([^'\n]{240,})'/g, (_m, t) => `'${t.slice(0, 160)} … ${t.slice(-40)}'`);
}

/** The object of a property access whose name starts at (line, character) of `source`, if any. */
function objectAt(source, line, character) {
  const sf = ts.createSourceFile("cell.ts", source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const starts = sf.getLineStarts();
  if (line >= starts.length) return undefined;
  const pos = starts[line] + character;
  /** @type {string | undefined} */
  let found;
  const visit = (node) => {
    if (ts.isPropertyAccessExpression(node) && node.name.getStart(sf) === pos) found = node.expression.getText(sf);
    if (!found) ts.forEachChild(node, visit);
  };
  visit(sf);
  return found && found.length <= 60 ? found : undefined;
}

/**
 * A TypeScript compile error, in IPython's layout for a SyntaxError: where, the line with a caret,
 * then one `CompileError: TS…: message` line (chained details indented below it). `diags` are
 * tslab's diagnostics (0-based line/character, already mapped back to the cell's columns); chained
 * messages share a start.
 * @param {any[]} diags
 * @param {string} source the cell as the user typed it
 * @param {string} label e.g. "Cell In[3]"
 */
function compileError(diags, source, label) {
  const groups = [];
  for (const d of diags) {
    const prev = groups[groups.length - 1];
    if (prev && !d.fileName && d.start.offset === prev[0].start.offset && d.end.offset === prev[0].end.offset && d !== prev[0]) prev.push(d);
    else groups.push([d]);
  }
  const tb = [];
  const messages = [];
  for (const g of groups) {
    const d = g[0];
    const line = d.start.line + 1;
    const col = d.start.character;
    const obj = d.fileName ? undefined : objectAt(source, d.start.line, col);
    const texts = g.map((x) => studentTypes(String(x.messageText), obj));
    messages.push(texts);
    if (tb.length) tb.push("");
    const where = d.fileName ? `File ${d.fileName}` : label;
    tb.push(C.cyan(`${where}, line ${line}, column ${col + 1}:`));
    if (!d.fileName) {
      const len = d.end.line === d.start.line ? d.end.character - d.start.character : 1;
      tb.push(...context(source, line, 2, { col, len }));
    }
    tb.push(`${C.red("CompileError")}: TS${d.code}: ${texts.map((t, i) => "  ".repeat(i) + t).join("\n")}`);
  }
  const first = groups[0][0];
  const evalue = `TS${first.code}: ${messages[0].join(" ")}${groups.length > 1 ? ` (and ${groups.length - 1} more)` : ""}`;
  return { ename: "CompileError", evalue, traceback: tb };
}

/** Parses V8 stack lines `    at fn (file:line:col)` / `    at file:line:col`. */
function parseStack(stack) {
  const frames = [];
  for (const l of String(stack).split("\n")) {
    const m = /^\s+at (?:(.*?) \()?(.+?):(\d+):(\d+)\)?$/.exec(l);
    if (m) frames.push({ fn: m[1] ?? "", file: m[2], line: Number(m[3]), col: Number(m[4]) });
  }
  return frames;
}

/**
 * A runtime error. Frames inside cells are shown with the cell's code; frames in library files once
 * each line; node internals and the kernel's own frames are left out.
 * @param {unknown} err
 * @param {(file: string) => {label: string, source: string, compiled: string} | undefined} cellOf
 * @param {Parameters<typeof operatorMessage>[3]} [fix] how operator errors find their operator
 */
function runtimeError(err, cellOf, fix) {
  const isErr = err instanceof Error || (err !== null && typeof err === "object" && "stack" in err && "message" in err);
  if (!isErr) {
    const evalue = util.inspect(err);
    return { ename: "Uncaught", evalue, traceback: [`${C.red("Uncaught")} ${evalue}`] };
  }
  const e = /** @type {Error & {code?: string}} */ (err);
  const interrupted = e.code === "ERR_SCRIPT_EXECUTION_INTERRUPTED" || e.message === "Interrupted asynchronously";
  const ename = interrupted ? "Interrupted" : e.name || "Error";
  const parsed = parseStack(e.stack);
  const evalue = interrupted ? "execution interrupted (the kernel keeps its state)" : operatorMessage(e, parsed, cellOf, fix) ?? String(e.message ?? "");
  const frames = [];
  // Frames inside the library (dist/ or, through source maps, src/) are collapsed into one line
  // per run, as IPython hides its own frames: the student's lines are what matter.
  let hidden = 0;
  const flushHidden = () => {
    if (hidden) frames.push(C.green(`[… ${hidden} frame${hidden === 1 ? "" : "s"} inside the deepts library]`));
    hidden = 0;
  };
  for (const f of parsed) {
    if (f.file.startsWith("node:vm") || f.file === RUNNER) break; // below the cell: kernel machinery
    if (f.file.startsWith("node:") || f.file.startsWith(__dirname)) continue;
    if (f.file.startsWith(path.join(LIBRARY_ROOT, "dist") + path.sep) || f.file.startsWith(path.join(LIBRARY_ROOT, "src") + path.sep)) {
      hidden++;
      continue;
    }
    flushHidden();
    const cell = cellOf(f.file);
    if (cell) {
      // The line after the compiled code is tslab's wrapper call `})(__tslab__.exports, ...)`.
      if (f.line > cell.compiled.split("\n").length) continue;
      const line = sourceLine(cell.compiled, f.line, f.col);
      if (line === undefined) continue;
      const fn = f.fn && !/^(Object\.<anonymous>|exports|<anonymous>)$/.test(f.fn) ? `, in ${f.fn}` : "";
      frames.push([C.cyan(`${cell.label}, line ${line}${fn}`), ...context(cell.source, line)].join("\n"));
    } else {
      frames.push(C.cyan(`File ${f.file}:${f.line}${f.fn ? `, in ${f.fn}` : ""}`));
    }
  }
  flushHidden();
  frames.reverse(); // most recent call last, as IPython prints
  const head = `${C.red("-".repeat(75))}\n${C.red(ename.padEnd(42))}Traceback (most recent call last)`;
  return { ename, evalue, traceback: [head, ...frames, "", `${C.red(ename)}: ${evalue}`] };
}

module.exports = { compileError, runtimeError, parseStack, context, studentTypes };
