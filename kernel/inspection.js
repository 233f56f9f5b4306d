// @ts-check
// Shift+Tab and `name?` documentation, as IPython gives it. Over tslab's quick info this adds:
// - inside a call (`np.zeros(|`, `np.zeros([2, 3], |`), the documentation of the called function
//   (quick info alone finds nothing at a `(` or `,`);
// - for members of the library's object namespaces (`data.planar`, `nn.sigmoid`, `plot.line`),
//   whose declarations are `planar: typeof planar` without documentation of their own, the
//   documentation of the function they are: found by reading the library's .d.ts files and asking
//   the compiler about an import of that function;
// - a plain layout: signature, description, parameters, examples (no `(alias)`/`import x` lines).
"use strict";
const fs = require("fs");
const path = require("path");
const { ts } = require("./tslab");
const library = require("./library");
const { studentTypes } = require("./traceback");

/**
 * The innermost call around `pos` whose argument list holds the cursor: the end of its callee, or
 * undefined. `np.zeros(|` and `np.zeros([2, 3], |` give the end of `np.zeros`.
 * @param {string} code
 * @param {number} pos
 */
function calleeEndAt(code, pos) {
  const sf = ts.createSourceFile("cell.ts", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  /** @type {number | undefined} */
  let found;
  const visit = (node) => {
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments) {
      const open = node.arguments.pos; // just after `(`
      const closed = node.end > node.arguments.end && code[node.end - 1] === ")";
      if (pos >= open && (pos < node.end || !closed)) found = node.expression.end;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** @type {Map<string, Map<string, {name: string, from: string}>>} namespace → member → import */
const memberCache = new Map();

/**
 * For a prelude name declared as an object of `member: typeof local` (data, nn, plot), where each
 * member's function comes from: member → { name exported by that module, absolute module path }.
 * @param {string} ns e.g. "data"
 */
function namespaceMembers(ns) {
  const cached = memberCache.get(ns);
  if (cached) return cached;
  /** @type {Map<string, {name: string, from: string}>} */
  const members = new Map();
  memberCache.set(ns, members);
  const file = path.join(library.DIST, ns, "index.d.ts");
  let text;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return members;
  }
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  /** @type {Map<string, {name: string, from: string}>} local name → import */
  const imports = new Map();
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) || !st.importClause || !ts.isStringLiteral(st.moduleSpecifier)) continue;
    const from = path.resolve(path.dirname(file), st.moduleSpecifier.text);
    const b = st.importClause.namedBindings;
    if (b && ts.isNamedImports(b)) for (const el of b.elements) imports.set(el.name.text, { name: (el.propertyName ?? el.name).text, from });
  }
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) {
      if (!ts.isIdentifier(d.name) || d.name.text !== ns || !d.type || !ts.isTypeLiteralNode(d.type)) continue;
      for (const m of d.type.members) {
        if (!ts.isPropertySignature(m) || !m.type || !ts.isTypeQueryNode(m.type) || !ts.isIdentifier(m.type.exprName)) continue;
        const imp = imports.get(m.type.exprName.text);
        if (imp && m.name && ts.isIdentifier(m.name)) members.set(m.name.text, imp);
      }
    }
  }
  // Members spread in from whole modules (`...activations`) are inlined in the .d.ts: find the
  // module that exports a function, class or constant of that name.
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const f = path.join(dir, e.name);
      if (e.isDirectory()) walk(f);
      else if (e.name.endsWith(".d.ts") && f !== file) {
        const src = fs.readFileSync(f, "utf8");
        for (const m of src.matchAll(/^export declare (?:const|let|function|class) ([\w$]+)/gm)) {
          if (!members.has(m[1])) members.set(m[1], { name: m[1], from: f.slice(0, -".d.ts".length) });
        }
      }
    }
  };
  try {
    walk(path.dirname(file));
  } catch {
    // documentation only: a missing folder just means less of it
  }
  return members;
}

/** The `ns.member` access that `pos` is on, when `ns` is a plain name: [ns, member], else undefined. */
function memberAt(code, pos) {
  const sf = ts.createSourceFile("cell.ts", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  /** @type {[string, string] | undefined} */
  let found;
  const visit = (node) => {
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && pos >= node.name.getStart(sf) && pos <= node.name.end) {
      found = [node.expression.text, node.name.text];
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Text of JSDoc display parts. */
const partsText = (parts) => (parts || []).map((p) => p.text).join("");

/**
 * Quick info as IPython-like text: the signature, the description, parameters, examples.
 * @param {any} info a ts.QuickInfo
 */
function formatQuickInfo(info) {
  let signature = studentTypes(partsText(info.displayParts).replace(/^\(alias\) /, ""), undefined);
  // An alias's quick info ends with `export zeros` / `import data`: the name again.
  signature = signature.replace(/\n(export|import) [\w$]+$/, "");
  const out = [signature];
  const doc = partsText(info.documentation).trim();
  if (doc) out.push("", doc);
  const params = [];
  const examples = [];
  const other = [];
  for (const tag of info.tags || []) {
    const text = partsText(tag.text).trim();
    if (tag.name === "param") params.push(`  ${text.replace(/^(\S+)\s*/, "$1: ").replace(/: $/, "")}`);
    else if (tag.name === "example") examples.push(text.split("\n").map((l) => `  ${l}`).join("\n"));
    else if (text) other.push(`@${tag.name} ${text}`);
    else other.push(`@${tag.name}`);
  }
  if (params.length) out.push("", "Parameters:", ...params);
  if (examples.length) out.push("", examples.length > 1 ? "Examples:" : "Example:", ...examples);
  if (other.length) out.push("", ...other);
  return out.join("\n");
}

/**
 * Documentation at `pos` of `code`, as text, or null.
 * @param {{inspect(code: string, pos: number): any, decls: string}} executor
 * @param {string} code
 * @param {number} pos
 */
function documentation(executor, code, pos) {
  let info = executor.inspect(code, pos);
  let at = pos;
  if (!info) {
    // Inside a call's parentheses: the called function.
    const end = calleeEndAt(code, pos);
    if (end !== undefined) {
      info = executor.inspect(code, end);
      at = end;
    }
  }
  if (!info) return null;
  if (info.kind === "property" && !partsText(info.documentation).trim()) {
    const better = namespaceMemberInfo(executor, code, at);
    if (better) info = better;
  }
  return formatQuickInfo(info);
}

/** Quick info of the function a library namespace member is (`data.planar` → planar), or undefined. */
function namespaceMemberInfo(executor, code, pos) {
  const access = memberAt(code, pos);
  if (!access) return undefined;
  const [ns, member] = access;
  if (!library.PRELUDE_NAMES.includes(ns)) return undefined;
  // Only while the name is still the library's (a cell may have redefined it).
  const prelude = new RegExp(`^import \\{[^}]*\\b${ns}\\b[^}]*\\} from ${JSON.stringify(path.join(library.DIST, "index"))}`, "m");
  if (!prelude.test(executor.decls)) return undefined;
  const imp = namespaceMembers(ns).get(member);
  if (!imp) return undefined;
  const probe = `import { ${imp.name === member ? member : `${imp.name} as ${member}`} } from ${JSON.stringify(imp.from)};\n${member}`;
  return executor.inspect(probe, probe.length) ?? undefined;
}

module.exports = { documentation, formatQuickInfo, calleeEndAt, namespaceMembers };
