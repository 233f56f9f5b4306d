// @ts-check
// A precise message for JavaScript arithmetic on an NDArray. The library throws one general
// TypeError (code DEEPTS_NDARRAY_OPERATOR) from NDArray[Symbol.toPrimitive]; V8 reports the
// position of the operator that asked for the conversion, so the kernel finds that operator in the
// compiled cell and names the fix with the student's own operands: `-z` → `np.negative(z) or
// z.neg()`, `z * 2` → `z.mul(2)`, `1 + z` → `np.add(1, z)`.
"use strict";
const { ts } = require("./tslab");

const CODE = "DEEPTS_NDARRAY_OPERATOR";

/** Binary operators: [method, np function]. */
const BINARY = {
  "+": ["add", "np.add"],
  "-": ["sub", "np.subtract"],
  "*": ["mul", "np.multiply"],
  "/": ["div", "np.divide"],
  "**": ["pow", "np.power"],
  "%": ["mod", "np.mod"],
  "<": ["less", "np.less"],
  ">": ["greater", "np.greater"],
  "<=": ["lessEqual", "np.lessEqual"],
  ">=": ["greaterEqual", "np.greaterEqual"],
  "==": ["equal", "np.equal"],
  "!=": ["notEqual", "np.notEqual"],
};
/** Compound assignments and the operator they apply. */
const COMPOUND = { "+=": "+", "-=": "-", "*=": "*", "/=": "/", "**=": "**", "%=": "%" };

/** Math functions np has under the same name (Math.atan → np.arctan). */
const MATH = new Set(["exp", "log", "sqrt", "abs", "tanh", "sin", "cos", "tan", "floor", "ceil", "round", "sign", "log2", "log10", "log1p", "expm1"]);

/** Operand text as the student wrote it: without the kernel's line markers and `exports.` prefixes. */
function clean(node, sf) {
  let text = node.getText(sf).replace(/\/\*@L\d+\*\//g, "").replace(/\bexports\./g, "").trim();
  while (/^\(.*\)$/s.test(text) && ts.isParenthesizedExpression(node)) {
    node = node.expression;
    text = text.slice(1, -1).trim();
  }
  return text;
}

/** Wraps an operand in parentheses when it is not a simple name, call or member chain. */
function atom(text) {
  return /^[\w$.]+(\(.*\))?$/s.test(text) || /^[\w$.]+(\[.*\])?$/s.test(text) ? text : `(${text})`;
}

/**
 * The fix for the operator at (line, col) of compiled code, or undefined.
 * @param {string} compiled the cell's compiled JavaScript
 * @param {number} line 1-based
 * @param {number} col 1-based
 */
function operatorFix(compiled, line, col) {
  const sf = ts.createSourceFile("cell.js", compiled, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const starts = sf.getLineStarts();
  if (line - 1 >= starts.length) return undefined;
  const pos = starts[line - 1] + col - 1;
  /** @type {string | undefined} */
  let found;
  const visit = (node) => {
    if (found || pos < node.getStart(sf) || pos >= node.end) return;
    if (ts.isPrefixUnaryExpression(node) && node.getStart(sf) === pos) {
      const x = clean(node.operand, sf);
      if (node.operator === ts.SyntaxKind.MinusToken) found = `-${atom(x)}: use np.negative(${x}) or ${atom(x)}.neg()`;
      else if (node.operator === ts.SyntaxKind.PlusToken) found = `+${atom(x)}: use ${atom(x)}.item() for a number`;
      if (found) return;
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.getStart(sf) === pos) {
      const callee = clean(node.expression, sf);
      const name = node.expression.name.text;
      const args = node.arguments.map((a) => clean(a, sf)).join(", ");
      if (callee === `Math.${name}`) {
        const np = MATH.has(name) ? `np.${name}` : name === "atan" ? "np.arctan" : undefined;
        if (np) found = `${callee}(${args}): use ${np}(${args})`;
        else if (name === "max" || name === "min") found = `${callee}(${args}): use np.${name}imum(a, b) (elementwise) or np.${name}(x) (the ${name}imum of one array)`;
        if (found) return;
      }
    }
    const op = ts.isBinaryExpression(node) ? node.operatorToken.getText(sf) : "";
    // V8 points at the operator, or at the start of a compound assignment (`w *= 2`).
    if (ts.isBinaryExpression(node) && (node.operatorToken.getStart(sf) === pos || (COMPOUND[op] && node.getStart(sf) === pos))) {
      const base = COMPOUND[op] ?? op.replace(/^(==|!=)=$/, "$1");
      const pair = BINARY[base];
      if (pair) {
        const l = clean(node.left, sf);
        const r = clean(node.right, sf);
        const literal = ts.isNumericLiteral(skipParens(node.left)) || ts.isStringLiteral(skipParens(node.left)) || ts.isNoSubstitutionTemplateLiteral(skipParens(node.left));
        if (base === "+" && ts.isStringLiteralLike(skipParens(node.left))) {
          found = `${l} + ${atom(r)}: for text write \`${l.slice(1, -1)}\${${r}}\` or ${l} + String(${r})`;
        } else {
          const call = literal ? `${pair[1]}(${l}, ${r})` : `${atom(l)}.${pair[0]}(${r})`;
          found = COMPOUND[op] ? `${l} ${op} ${r}: use ${l} = ${call}` : `${atom(l)} ${op} ${atom(r)}: use ${call}`;
        }
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function skipParens(node) {
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  return node;
}

/**
 * A one-line message naming the fix, for an NDArray operator error whose caller is a cell frame.
 * @param {any} err the thrown error
 * @param {{file: string, line: number, col: number}[]} frames its parsed stack, innermost first
 * @param {(file: string) => {compiled: string} | undefined} cellOf
 * @param {(compiled: string, line: number, col: number) => string | null | undefined} fix finds the
 *   operator (operatorFix, or the kernel's call of it in the compiler thread)
 * @returns {string | undefined}
 */
function operatorMessage(err, frames, cellOf, fix = operatorFix) {
  if (!err || err.code !== CODE) return undefined;
  // frames[0] is NDArray[Symbol.toPrimitive]; the next frame holds the operator.
  const caller = frames[1];
  const cell = caller && cellOf(caller.file);
  if (!cell) return undefined;
  let found;
  try {
    found = fix(cell.compiled, caller.line, caller.col);
  } catch {
    return undefined;
  }
  return found ? `JavaScript's operators do not work on an NDArray (it would become NaN). ${found}` : undefined;
}

module.exports = { operatorMessage, operatorFix, CODE };
