// Doctests for deepts, numpy's doctests being the model: every JSDoc `@example` in src/ is run, and
// the output it shows is checked. The convention (also in test/doctest.test.ts):
//
//   @example np.add([1, 2], 1) // → array([2, 3])
//
// - An example is TypeScript with np, nn, data, plot, display, progress, timeit, check and NDArray
//   in scope (the names a notebook has); `await` works. Each example runs on its own.
// - `// → text` after an expression shows its value: `text` must equal what the kernel prints for
//   it (the text/plain of its mime bundle: numpy's repr for an array, `0.5`, `'abc'`), or its
//   String() (numpy's str for an array). A multi-line output continues on the comment lines right
//   after it (`//   [0., 1.]])`). When the expression prints (console.log) and returns nothing, the
//   printed text is compared instead.
// - An example of a class member runs after its class's examples (which define the names the
//   member's example uses, as a docstring's earlier lines do).
// - An example without `// →` must still run without throwing. `// doctest: +SKIP` anywhere in an
//   example leaves it out (for what needs a running kernel or a user's file).
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { format } from "node:util";
import ts from "typescript";

export const SRC = join(__dirname, "..", "..", "src");

/** One `@example` of the source. */
export interface Example {
  /** `np/creation.ts:42` (the line of the declaration it documents). */
  where: string;
  /** The example's code (with the `// →` comments). */
  code: string;
  /** Examples that run before this one, in the same scope (its class's). */
  setup: string[];
}

/** Every `.ts` file under `dir`. */
export function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith(".ts") ? [p] : [];
    });
}

const tagText = (tag: ts.JSDocTag): string => (typeof tag.comment === "string" ? tag.comment : (tag.comment ?? []).map((c) => c.getText()).join(""));

/** The `@example` texts of a node's own JSDoc comments. */
function examplesOf(node: ts.Node): string[] {
  const docs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc ?? [];
  return docs.flatMap((d) => (d.tags ?? []).filter((t) => t.tagName.text === "example").map((t) => tagText(t).trim())).filter((t) => t !== "");
}

/** The examples of one source text (`name` is its path relative to src/). */
export function extractExamples(text: string, name: string): Example[] {
  const sf = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: Example[] = [];
  const visit = (node: ts.Node, setup: string[]) => {
    const own = examplesOf(node);
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    for (const code of own) out.push({ where: `${name}:${line}`, code, setup });
    const inner = ts.isClassDeclaration(node) || ts.isClassExpression(node) ? [...setup, ...own] : setup;
    ts.forEachChild(node, (c) => visit(c, inner));
  };
  visit(sf, []);
  return out;
}

/** Every example of src/. */
export function allExamples(dir = SRC): Example[] {
  return sourceFiles(dir).flatMap((f) => extractExamples(readFileSync(f, "utf8"), relative(dir, f)));
}

/** What an example shows: its code's line index → the expected text. */
export function shownOutputs(code: string): Map<number, string> {
  const lines = code.split("\n");
  const shown = new Map<number, string>();
  for (let i = 0; i < lines.length; i++) {
    const m = /\/\/ →(?: (.*))?$/.exec(lines[i]);
    if (!m) continue;
    const text = [m[1] ?? ""];
    // continuation: whole-line comments right after, up to the next code line or `// →`
    while (i + 1 < lines.length && /^\s*\/\/(?! →)/.test(lines[i + 1]) && !/^\s*\/\/ doctest:/.test(lines[i + 1])) {
      text.push(lines[++i].replace(/^\s*\/\/ ?/, ""));
    }
    shown.set(lines.slice(0, i + 1).findLastIndex((l) => /\/\/ →/.test(l)), text.join("\n"));
  }
  return shown;
}

/**
 * The example as JavaScript: the last expression statement ending on each `// →` line becomes
 * `__show(k, () => (expr))`. Throws when a `// →` line has no expression to show.
 */
export function instrument(code: string): { js: string; expected: string[] } {
  const shown = shownOutputs(code);
  const sf = ts.createSourceFile("example.ts", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const expected: string[] = [];
  const lineOf = (pos: number) => sf.getLineAndCharacterOfPosition(pos).line;
  const statements = sf.statements;
  for (const [line, text] of shown) {
    const st = [...statements].reverse().find((s) => ts.isExpressionStatement(s) && lineOf(s.getEnd()) === line) as ts.ExpressionStatement | undefined;
    if (!st) throw new Error(`line ${line + 1}: \`// →\` follows no expression: ${code.split("\n")[line]}`);
    const expr = st.expression;
    edits.push({ start: expr.getStart(sf), end: expr.getEnd(), text: `__show(${expected.length}, () => (${expr.getText(sf)}))` });
    expected.push(text);
  }
  let src = code;
  for (const e of edits.sort((a, b) => b.start - a.start)) src = src.slice(0, e.start) + e.text + src.slice(e.end);
  const js = ts.transpileModule(src, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None } }).outputText;
  return { js, expected };
}

/** How a shown value compares: the kernel's text/plain, String(value), or what it printed. */
export interface Shown {
  expected: string;
  candidates: string[];
}

const norm = (s: string) =>
  s
    .split("\n")
    .map((l) => l.trimEnd())
    .join("\n")
    .trim();

/** True when `expected` is one of the forms of the actual value. */
export const matches = (s: Shown): boolean => s.candidates.some((c) => norm(c) === norm(s.expected));

/**
 * Runs an example (after its setup) with `scope` in scope; returns each shown output's expected
 * text and the actual forms, and what it printed. Throws what the example throws.
 */
export async function runExample(ex: Example, scope: Record<string, unknown>, textPlain: (v: unknown) => string): Promise<{ shown: Shown[]; printed: string }> {
  const parts = [...ex.setup, ex.code].map(instrument);
  const results: Shown[] = [];
  let printed = "";
  const buffer: string[] = [];
  const show = (expected: string[]) => (k: number, f: () => unknown) => {
    buffer.length = 0;
    const value = f();
    const settle = (v: unknown) => {
      const out = buffer.join("\n");
      const candidates = v === undefined && out !== "" ? [out] : [textPlain(v), String(v)];
      results.push({ expected: expected[k], candidates });
      return v;
    };
    return value instanceof Promise ? value.then(settle) : settle(value);
  };
  const log = console.log;
  console.log = (...args: unknown[]) => {
    const s = format(...args); // what console.log would print
    buffer.push(s);
    printed += s + "\n";
  };
  try {
    // one scope for the setup and the example: a class's examples define names its members use
    const names = Object.keys(scope);
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...a: string[]) => (...v: unknown[]) => Promise<void>;
    const flat = parts.map((p, i) => `__show = __shows[${i}];\n${p.js}`).join("\n");
    const fn = new AsyncFunction(...names, "__shows", `let __show;\n${flat}`);
    const shows = parts.map((p) => show(p.expected));
    // only the example's own shown outputs are checked, not its setup's
    await fn(...names.map((n) => scope[n]), shows);
  } finally {
    console.log = log;
  }
  const own = parts[parts.length - 1].expected.length;
  return { shown: results.slice(results.length - own), printed };
}

// ---- Which public function has an example ----
// The public names are walked at runtime (test/examples_coverage.test.ts); each is looked up here
// along the sources' exports, imports and namespace objects, to the declaration whose JSDoc the
// kernel's inspector shows (an alias such as `export const pow = power` has its own).

const parsed = new Map<string, ts.SourceFile>();
function parse(file: string): ts.SourceFile {
  let sf = parsed.get(file);
  if (!sf) parsed.set(file, (sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)));
  return sf;
}

/** The source file a relative import names (`./x` is x.ts or x/index.ts); undefined for a package. */
function imported(from: ts.SourceFile, spec: ts.Expression | undefined): ts.SourceFile | undefined {
  if (!spec || !ts.isStringLiteral(spec) || !spec.text.startsWith(".")) return undefined;
  const base = join(from.fileName, "..", spec.text);
  for (const f of [`${base}.ts`, join(base, "index.ts")]) {
    try {
      if (statSync(f).isFile()) return parse(f);
    } catch {
      // not this one
    }
  }
  return undefined;
}

const exported = (n: ts.Node) => ts.canHaveModifiers(n) && (ts.getModifiers(n) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
type Named = ts.FunctionDeclaration | ts.ClassDeclaration | ts.InterfaceDeclaration | ts.TypeAliasDeclaration;
const isNamed = (n: ts.Node): n is Named => ts.isFunctionDeclaration(n) || ts.isClassDeclaration(n) || ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n);

/** The declarations of a file's top-level `name` (its overloads, a variable, a class...), exported or not. */
function ownDecls(sf: ts.SourceFile, name: string, onlyExported: boolean): ts.Node[] {
  return sf.statements.flatMap((st): ts.Node[] => {
    if (onlyExported && !exported(st)) return [];
    if (isNamed(st)) return st.name?.text === name ? [st] : [];
    if (ts.isVariableStatement(st)) return st.declarationList.declarations.filter((d) => ts.isIdentifier(d.name) && d.name.text === name);
    return [];
  });
}

/** What a module exports as `name`: declarations, or a module (a source file) for a namespace. */
export function exportDecls(sf: ts.SourceFile, name: string): ts.Node[] {
  const out = ownDecls(sf, name, true);
  for (const st of sf.statements) {
    if (!ts.isExportDeclaration(st)) continue;
    const from = imported(sf, st.moduleSpecifier);
    const clause = st.exportClause;
    if (!clause) {
      if (from) out.push(...exportDecls(from, name)); // export * from
    } else if (ts.isNamespaceExport(clause)) {
      if (clause.name.text === name && from) out.push(from);
    } else {
      for (const el of clause.elements) {
        if (el.name.text !== name) continue;
        const orig = (el.propertyName ?? el.name).text;
        out.push(...(st.moduleSpecifier ? (from ? exportDecls(from, orig) : []) : localDecls(sf, orig)));
      }
    }
  }
  return out;
}

/** What `name` is inside a module: its declarations, or what it imports as `name`. */
function localDecls(sf: ts.SourceFile, name: string): ts.Node[] {
  const out = ownDecls(sf, name, false);
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) || !st.importClause?.namedBindings) continue;
    const from = imported(sf, st.moduleSpecifier);
    if (!from) continue;
    const b = st.importClause.namedBindings;
    if (ts.isNamespaceImport(b)) {
      if (b.name.text === name) out.push(from);
    } else for (const el of b.elements) if (el.name.text === name) out.push(...exportDecls(from, (el.propertyName ?? el.name).text));
  }
  return out;
}

const memberName = (m: ts.Node) => {
  const n = (m as { name?: ts.PropertyName }).name;
  return n && (ts.isIdentifier(n) || ts.isStringLiteral(n) || ts.isPrivateIdentifier(n)) ? n.text : undefined;
};

/** The object literals an initializer builds (`{...}`, or `Object.assign(f, {...})`'s). */
const literals = (e: ts.Expression | undefined): ts.ObjectLiteralExpression[] =>
  !e ? [] : ts.isObjectLiteralExpression(e) ? [e] : ts.isCallExpression(e) ? e.arguments.flatMap(literals) : [];

/** A member of an object literal: the property (the last one wins, as in JS) and what it names. */
function propertyDecls(lit: ts.ObjectLiteralExpression, name: string): ts.Node[] {
  const sf = lit.getSourceFile();
  for (const p of [...lit.properties].reverse()) {
    if (ts.isSpreadAssignment(p)) {
      const found = ts.isIdentifier(p.expression) ? memberDecls(localDecls(sf, p.expression.text), name) : [];
      if (found.length) return found;
    } else if (memberName(p) === name) {
      if (ts.isShorthandPropertyAssignment(p)) return [p, ...localDecls(sf, name)];
      if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.initializer)) return [p, ...localDecls(sf, p.initializer.text)];
      return [p];
    }
  }
  return [];
}

/** The members a type names (`Foo`, `A & B`, `{ ... }`, `typeof x`). */
function typeMembers(t: ts.TypeNode | undefined, name: string): ts.Node[] {
  if (!t) return [];
  const sf = t.getSourceFile();
  if (ts.isTypeReferenceNode(t) && ts.isIdentifier(t.typeName)) return memberDecls(localDecls(sf, t.typeName.text), name);
  if (ts.isIntersectionTypeNode(t)) return t.types.flatMap((u) => typeMembers(u, name));
  if (ts.isTypeLiteralNode(t)) return t.members.filter((m) => memberName(m) === name);
  if (ts.isTypeQueryNode(t) && ts.isIdentifier(t.exprName)) return memberDecls(localDecls(sf, t.exprName.text), name);
  return [];
}

/** The declarations of member `name` of what `nodes` declare (a module, an object, a class, a type). */
export function memberDecls(nodes: ts.Node[], name: string): ts.Node[] {
  return nodes.flatMap((n): ts.Node[] => {
    if (ts.isSourceFile(n)) return exportDecls(n, name);
    if (ts.isVariableDeclaration(n)) return [...literals(n.initializer).flatMap((l) => propertyDecls(l, name)), ...typeMembers(n.type, name)];
    if (ts.isClassDeclaration(n) || ts.isInterfaceDeclaration(n)) {
      const own = (n.members as ts.NodeArray<ts.Node>).filter((m) => memberName(m) === name);
      if (own.length) return own;
      // an inherited member: look in the classes it extends
      const bases = (n.heritageClauses ?? []).filter((h) => h.token === ts.SyntaxKind.ExtendsKeyword).flatMap((h) => [...h.types]);
      return bases.flatMap((t) => (ts.isIdentifier(t.expression) ? memberDecls(localDecls(n.getSourceFile(), t.expression.text), name) : []));
    }
    if (ts.isTypeAliasDeclaration(n)) return typeMembers(n.type, name);
    return [];
  });
}

/** True when a declaration's JSDoc (a variable's is on its statement) has an `@example`. */
export function hasExample(n: ts.Node): boolean {
  return examplesOf(n).length > 0 || (ts.isVariableDeclaration(n) && examplesOf(n.parent.parent).length > 0);
}

/** The declarations of `src/<file>`'s export `name` (a module's exports: `exportDecls(moduleOf(f), n)`). */
export const moduleOf = (file: string): ts.SourceFile => parse(join(SRC, file));

/** A public function: its dotted name, where it is declared, and whether it has an example. */
export interface PublicFunction {
  name: string;
  where: string;
  example: boolean;
}

const whereOf = (nodes: ts.Node[]): string => {
  const n = nodes.find((d) => !ts.isSourceFile(d));
  if (!n) return "?";
  const sf = n.getSourceFile();
  return `${relative(SRC, sf.fileName)}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
};

/**
 * The functions reachable from a runtime namespace `value` (its own enumerable members, and those of
 * the objects it holds: `np.linalg`, `nn.rnn`), each looked up in the declarations `nodes` of `value`.
 */
export function publicFunctions(prefix: string, value: object, nodes: ts.Node[], depth = 3): PublicFunction[] {
  const out: PublicFunction[] = [];
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    const decls = memberDecls(nodes, key);
    const name = `${prefix}.${key}`;
    if (/^[A-Z][A-Z0-9_]*$/.test(key)) continue; // a table of constants (nn.ACTIVATIONS), not a namespace
    if (typeof v === "function") out.push({ name, where: whereOf(decls), example: decls.some(hasExample) });
    else if (v && typeof v === "object" && !Array.isArray(v) && !ArrayBuffer.isView(v) && depth > 1 && decls.length) out.push(...publicFunctions(name, v, decls, depth - 1));
  }
  return out;
}

/** The methods of a class (`NDArray.prototype`'s, not its getters), looked up in its declaration. */
export function classMethods(prefix: string, cls: { prototype: object }, decl: ts.Node[]): PublicFunction[] {
  return Object.getOwnPropertyNames(cls.prototype)
    .filter((k) => k !== "constructor" && typeof Object.getOwnPropertyDescriptor(cls.prototype, k)?.value === "function")
    .sort()
    .map((key) => {
      const decls = memberDecls(decl, key);
      return { name: `${prefix}.${key}`, where: whereOf(decls), example: decls.some(hasExample) };
    });
}
