// @ts-check
// Cell line numbers for runtime errors. tslab compiles a cell twice (TS → ESM → CommonJS) without
// source maps, so before compiling we put a comment `/*@L<n>*/` in front of the first syntax node of
// each line; TypeScript keeps comments, and a stack frame's line in the compiled code is mapped back
// through the nearest marker.
"use strict";
const { ts } = require("./tslab");

const MARK = /\/\*@L(\d+)\*\//g;

/**
 * Inserts line markers into `src`. Returns the new code and, per source line (0-based), the column
 * where a marker was inserted and its length (to shift diagnostic columns back).
 * @param {string} src
 */
function addLineMarkers(src) {
  const sf = ts.createSourceFile("cell.ts", src, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  /** @type {Map<number, number>} line → position of its first node */
  const firsts = new Map();
  const lineStarts = sf.getLineStarts();
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.JsxText || node.kind === ts.SyntaxKind.EndOfFileToken) return;
    const pos = node.getStart(sf);
    const { line } = sf.getLineAndCharacterOfPosition(pos);
    if (!firsts.has(line) && /^[ \t]*$/.test(src.slice(lineStarts[line], pos))) firsts.set(line, pos);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(sf, visit);
  const inserts = [...firsts.entries()].sort((a, b) => a[1] - b[1]);
  /** @type {Map<number, {col: number, len: number}[]>} */
  const shifts = new Map();
  let out = "";
  let last = 0;
  for (const [line, pos] of inserts) {
    const mark = `/*@L${line + 1}*/`;
    out += src.slice(last, pos) + mark;
    last = pos;
    shifts.set(line, [{ col: pos - lineStarts[line], len: mark.length }]);
  }
  out += src.slice(last);
  return { code: out, shifts };
}

/**
 * The 1-based cell line of a position in compiled code, or undefined.
 * @param {string} compiled the CommonJS code tslab ran
 * @param {number} line 1-based line in `compiled`
 * @param {number} col 1-based column
 */
function sourceLine(compiled, line, col) {
  const lines = compiled.split("\n");
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const found = [...lines[i].matchAll(MARK)];
    if (found.length === 0) continue;
    if (i === line - 1) {
      // Several markers on one line: the last one that starts before the error column.
      const before = found.filter((m) => (m.index ?? 0) < col);
      return Number((before.length ? before[before.length - 1] : found[0])[1]);
    }
    return Number(found[found.length - 1][1]);
  }
  return undefined;
}

/**
 * Undoes the column shifts of text inserted into a line (markers, rewrites) for a diagnostic:
 * `shifts` holds per 0-based line the insertions (column before inserting, length) in column
 * order; a character inside inserted text maps to where it was inserted.
 * @param {Map<number, {col: number, len: number}[]>} shifts
 * @param {number} line
 * @param {number} character
 */
function unshiftColumn(shifts, line, character) {
  let moved = 0;
  for (const s of shifts.get(line) ?? []) {
    const start = s.col + moved;
    if (character < start) break;
    if (character < start + s.len) return s.col;
    moved += s.len;
  }
  return character - moved;
}

module.exports = { addLineMarkers, sourceLine, unshiftColumn };
