// @ts-check
// IPython-style magics, rewritten into TypeScript before tslab sees the cell:
//   %timeit [-n N] [-r R] [-p P] [-o] [-q] statement      (any line)
//   %%timeit [-n N] [-r R] [-p P] [-o] [-q] [setup]        (first line; the rest of the cell is timed)
//   name?  /  ?name                                        (the whole cell: documentation in the pager)
// Rewrites keep every line where it was, so error line numbers stay those of the cell.
"use strict";
const { ts } = require("./tslab");

const HOOK = `(globalThis as any)[Symbol.for("deepts.magic")]`;

/** Parses `-n 10 -r 3 -o stmt` into options and the remaining text. */
function parseOptions(text) {
  /** @type {{number?: number, repeat?: number, precision?: number, returnResult?: boolean, quiet?: boolean}} */
  const opts = {};
  let rest = text.trimStart();
  for (;;) {
    const m = /^-(n|r|p)\s*(\d+)\s*|^-(o|q)(?:\s+|$)|^--\s*/.exec(rest);
    if (!m) break;
    rest = rest.slice(m[0].length);
    if (m[0].startsWith("--")) break;
    if (m[1] === "n") opts.number = Number(m[2]);
    else if (m[1] === "r") opts.repeat = Number(m[2]);
    else if (m[1] === "p") opts.precision = Number(m[2]);
    else if (m[3] === "o") opts.returnResult = true;
    else if (m[3] === "q") opts.quiet = true;
  }
  return { opts, rest };
}

/** `stmt` without a trailing `// comment`, so that code can follow it on the same line. */
function dropLineComment(stmt) {
  const sc = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, stmt);
  let cut = stmt.length;
  for (let k = sc.scan(); k !== ts.SyntaxKind.EndOfFileToken; k = sc.scan()) {
    if (k === ts.SyntaxKind.SingleLineCommentTrivia) cut = Math.min(cut, sc.getTokenPos());
  }
  return stmt.slice(0, cut);
}

class UsageError extends Error {
  constructor(msg) {
    super(msg);
    this.name = "UsageError";
  }
}

/**
 * Rewrites magics in a cell.
 * @param {string} code
 * @returns {{kind: "code", code: string} | {kind: "help", expr: string, detail: boolean}}
 * @throws {UsageError} for unknown magics
 */
function rewrite(code) {
  const help = /^\s*(\?{1,2})?([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)(\?{1,2})?\s*$/.exec(code);
  if (help && (help[1] || help[3]) && !(help[1] && help[3])) {
    return { kind: "help", expr: help[2], detail: (help[1] || help[3]).length === 2 };
  }
  const lines = code.split("\n");
  const cell = /^\s*%%([A-Za-z_]\w*)(.*)$/.exec(lines[0]);
  if (cell) {
    if (cell[1] !== "timeit") throw new UsageError(`Cell magic \`%%${cell[1]}\` not found.`);
    const { opts, rest } = parseOptions(cell[2]);
    const setup = dropLineComment(rest);
    lines[0] = `${HOOK}.timeitCell(() => { ${setup}; return () => {`;
    lines.push(`}; }, ${JSON.stringify(opts)});`);
  }
  for (let i = cell ? 1 : 0; i < lines.length; i++) {
    const m = /^(\s*)%([A-Za-z_]\w*)(?:\s(.*))?$/.exec(lines[i]);
    if (!m) continue;
    if (m[2] !== "timeit") throw new UsageError(`Line magic function \`%${m[2]}\` not found.`);
    const { opts, rest } = parseOptions(m[3] ?? "");
    const stmt = dropLineComment(rest).trim();
    if (!stmt) throw new UsageError("%timeit needs a statement to time, e.g. %timeit np.dot(a, b)");
    lines[i] = `${m[1]}${HOOK}.timeit(() => { ${stmt} }, ${JSON.stringify(opts)});`;
  }
  return { kind: "code", code: lines.join("\n") };
}

/**
 * The cell with magic prefixes (`%timeit -n 10 `, `%%timeit `) and help marks (`?`) blanked out by
 * spaces: what completion and inspection see, so that `%timeit np.ze` completes like `np.ze` and
 * every offset stays where it was.
 * @param {string} code
 */
function blankMagics(code) {
  const blank = (s) => s.replace(/[^\n]/g, " ");
  const lines = code.split("\n").map((line, i) => {
    const m = (i === 0 ? /^(\s*%%[A-Za-z_]\w*)(.*)$/ : /^$/).exec(line) || /^(\s*%[A-Za-z_]\w*)(?=\s|$)(.*)$/.exec(line);
    if (!m) return line;
    const { opts, rest } = parseOptions(m[2]);
    void opts;
    const head = line.length - rest.length;
    return blank(line.slice(0, head)) + rest;
  });
  const out = lines.join("\n");
  const help = /^(\s*)(\?{0,2})([\s\S]*?)(\?{0,2})(\s*)$/.exec(out);
  if (help && (help[2] || help[4]) && !/\n/.test(help[3])) return help[1] + blank(help[2]) + help[3] + blank(help[4]) + help[5];
  return out;
}

module.exports = { rewrite, blankMagics, parseOptions, UsageError };
