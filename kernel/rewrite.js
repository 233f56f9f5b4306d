// @ts-check
// Source rewrites that work around tslab's declaration rewriting, applied to a cell before tslab
// compiles it. tslab turns every identifier whose symbol was declared by an earlier cell into
// `exports.<name>`, by asking the checker for the identifier's symbol. Two places get it wrong:
// - a shorthand property `{ q }`: the checker answers with the new object's property, so `q` stays
//   a bare name that does not exist at run time (ReferenceError). Written `{ q: q }`, the value is
//   an ordinary identifier and is rewritten like any other;
// - the property name in a destructuring `const { a: x } = o`: the checker answers with the
//   property `a` of o's type, declared by an earlier cell, and tslab emits `{ exports.a: x }`
//   (a SyntaxError). Written `{ "a": x }` it is no identifier, so tslab leaves it alone.
// And `export const x = 1` clashes with the `export { ... }` tslab appends for every cell name:
// the modifier is blanked out (every top-level name is kept for later cells anyway).
// Lines never change; insertions are returned per line so diagnostics can be mapped back.
"use strict";
const { ts } = require("./tslab");

/**
 * The top-level names a declarations text (tslab's prevDecl) declares.
 * @param {string} decls
 * @returns {Set<string>}
 */
function declaredNames(decls) {
  const names = new Set();
  if (!decls) return names;
  const sf = ts.createSourceFile("decls.d.ts", decls, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const addBinding = (name) => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else for (const el of name.elements) if (!ts.isOmittedExpression(el)) addBinding(el.name);
  };
  for (const st of sf.statements) {
    if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations) addBinding(d.name);
    else if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st) || ts.isEnumDeclaration(st)) && st.name) names.add(st.name.text);
    else if (ts.isImportDeclaration(st) && st.importClause) {
      const c = st.importClause;
      if (c.name) names.add(c.name.text);
      const b = c.namedBindings;
      if (b && ts.isNamespaceImport(b)) names.add(b.name.text);
      else if (b) for (const el of b.elements) names.add(el.name.text);
    }
  }
  return names;
}

/**
 * Rewrites a cell (see the file comment).
 * @param {string} src the cell, magics already rewritten
 * @param {Set<string>} prevNames names declared by earlier cells
 * @returns {{code: string, shifts: Map<number, {col: number, len: number}[]>}} shifts: per 0-based
 *   line, the insertions (column in `src`, length), in column order
 */
function rewriteCell(src, prevNames) {
  /** @type {{pos: number, insert?: string, blank?: number}[]} */
  const edits = [];
  const sf = ts.createSourceFile("cell.ts", src, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const visit = (node) => {
    if (ts.isShorthandPropertyAssignment(node) && prevNames.has(node.name.text)) {
      edits.push({ pos: node.name.getStart(sf), insert: `${node.name.text}: ` });
    } else if (ts.isBindingElement(node) && node.propertyName && ts.isIdentifier(node.propertyName)) {
      edits.push({ pos: node.propertyName.getStart(sf), insert: '"' }, { pos: node.propertyName.end, insert: '"' });
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(sf, visit);
  for (const st of sf.statements) {
    const mods = ts.canHaveModifiers(st) ? ts.getModifiers(st) : undefined;
    const exp = mods && mods.find((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    const isDefault = mods && mods.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
    if (exp && !isDefault) edits.push({ pos: exp.getStart(sf), blank: exp.end - exp.getStart(sf) });
  }
  /** @type {Map<number, {col: number, len: number}[]>} */
  const shifts = new Map();
  if (edits.length === 0) return { code: src, shifts };
  edits.sort((a, b) => a.pos - b.pos);
  let out = "";
  let last = 0;
  for (const e of edits) {
    out += src.slice(last, e.pos);
    if (e.blank !== undefined) {
      out += " ".repeat(e.blank);
      last = e.pos + e.blank;
      continue;
    }
    out += e.insert;
    last = e.pos;
    const { line, character } = sf.getLineAndCharacterOfPosition(e.pos);
    const list = shifts.get(line) ?? [];
    list.push({ col: character, len: /** @type {string} */ (e.insert).length });
    shifts.set(line, list);
  }
  out += src.slice(last);
  return { code: out, shifts };
}

module.exports = { rewriteCell, declaredNames };
