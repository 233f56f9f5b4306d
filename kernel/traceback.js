// @ts-check
// Error messages in IPython's layout: the failing cell line with an arrow, the type/message at the
// end. Compile errors (TypeScript diagnostics) and runtime errors (stack frames mapped back to cell
// lines) both become { ename, evalue, traceback }.
"use strict";
const util = require("util");
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

/**
 * A TypeScript compile error. `diags` are tslab's diagnostics (0-based line/character, already
 * mapped back to the cell's columns); chained messages share a start and are indented.
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
  for (const g of groups) {
    const d = g[0];
    const line = d.start.line + 1;
    const col = d.start.character;
    const where = d.fileName ? `File ${d.fileName}` : label;
    tb.push(C.cyan(`${where}, line ${line}, column ${col + 1}:`));
    if (!d.fileName) {
      const len = d.end.line === d.start.line ? d.end.character - d.start.character : 1;
      tb.push(...context(source, line, 2, { col, len }));
    }
    tb.push(`${C.red(`TS${d.code}`)}: ${g.map((x, i) => "  ".repeat(i) + x.messageText).join("\n")}`);
    tb.push("");
  }
  const first = groups[0][0];
  const evalue = `TS${first.code}: ${groups[0].map((x) => x.messageText).join(" ")}${groups.length > 1 ? ` (and ${groups.length - 1} more)` : ""}`;
  return { ename: "CompileError", evalue, traceback: [...tb, `${C.red("CompileError")}: ${evalue}`] };
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
 */
function runtimeError(err, cellOf) {
  const isErr = err instanceof Error || (err !== null && typeof err === "object" && "stack" in err && "message" in err);
  if (!isErr) {
    const evalue = util.inspect(err);
    return { ename: "Uncaught", evalue, traceback: [`${C.red("Uncaught")} ${evalue}`] };
  }
  const e = /** @type {Error & {code?: string}} */ (err);
  const interrupted = e.code === "ERR_SCRIPT_EXECUTION_INTERRUPTED" || e.message === "Interrupted asynchronously";
  const ename = interrupted ? "Interrupted" : e.name || "Error";
  const parsed = parseStack(e.stack);
  const evalue = interrupted ? "execution interrupted (the kernel keeps its state)" : operatorMessage(e, parsed, cellOf) ?? String(e.message ?? "");
  const frames = [];
  for (const f of parsed) {
    if (f.file.startsWith("node:vm") || f.file.includes("/tslab/dist/")) break; // below the cell: kernel machinery
    if (f.file.startsWith("node:") || f.file.startsWith(__dirname)) continue;
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
  frames.reverse(); // most recent call last, as IPython prints
  const head = `${C.red("-".repeat(75))}\n${C.red(ename.padEnd(42))}Traceback (most recent call last)`;
  return { ename, evalue, traceback: [head, ...frames, "", `${C.red(ename)}: ${evalue}`] };
}

module.exports = { compileError, runtimeError, parseStack, context };
