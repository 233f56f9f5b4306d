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
