// The kernel's compiler reads declaration files without their JSDoc (kernel/declarations.js, a
// fifth of the start-up), and Shift+Tab still shows every piece of documentation it showed when
// the compiler read them whole.
import { describe, it, expect } from "vitest";
import { createRequire } from "node:module";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./helpers";

const req = createRequire(import.meta.url);
const { stripJSDoc } = req(join(ROOT, "kernel", "declarations.js"));

// Cursor positions where a student asks for documentation: library functions inside a call, library
// namespace members, NDArray methods, a method inherited from a base class in another file, the
// ES lib (lib.es5.d.ts and the later files that extend its interfaces) and Node's globals.
const PROBES: [string, number?][] = [
  ["np.zeros("],
  ["np.linalg.svd("],
  ["data.planar"],
  ["nn.sigmoid("],
  ["plot.line"],
  ["const a = np.ones(3); a.reshape"],
  ["const ppn = new nn.Perceptron({ eta: 0.1, epochs: 2 }); ppn.predict"],
  ["const ppn = new nn.Perceptron({ eta: 0.1, epochs: 2 }); ppn.train("],
  ["Math.max("],
  ["[1, 2].map("],
  ["[1, 2].at("],
  ["console.log"],
  ["setTimeout("],
];

/** Runs the prelude in a fresh kernel process and returns what the inspector shows at each probe. */
function inspectAll(env: NodeJS.ProcessEnv): { docs: string[]; stripped: [string, string][] } {
  const script = `
    const { CellExecutor } = require(${JSON.stringify(join(ROOT, "kernel", "executor.js"))});
    const library = require(${JSON.stringify(join(ROOT, "kernel", "library.js"))});
    const { stripped } = require(${JSON.stringify(join(ROOT, "kernel", "declarations.js"))});
    (async () => {
      const ex = new CellExecutor({ thread: false }); // this thread's compiler, to read what it stripped
      const out = await ex.run(library.preludeCode().code, { name: "prelude", label: "prelude" });
      if (!out.ok) throw new Error(out.evalue);
      const probes = ${JSON.stringify(PROBES)};
      const docs = probes.map(([code, pos]) => ex.compiler.callSync("documentation", ex.decls, code, pos ?? code.length));
      process.stdout.write(JSON.stringify({ docs, stripped: [...stripped] }));
      process.exit(0);
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const r = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`inspection script failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

describe("declaration files without JSDoc", () => {
  it("stripJSDoc blanks /** */ comments in place and leaves everything else", () => {
    const src = 'interface A {\r\n  /** doc with "quotes"\n   * @example a.b // → 1\n   */\n  b: "/** not a comment */";\n  /* plain */ c: 1; // line /** */\n}\n';
    const out = stripJSDoc(src);
    expect(out.length).toBe(src.length);
    expect(out.split("\n").length).toBe(src.split("\n").length);
    expect(out).not.toContain("doc with");
    expect(out).not.toContain("@example");
    expect(out).toContain('b: "/** not a comment */";');
    expect(out).toContain("/* plain */ c: 1; // line /** */");
    expect(out).toContain("\r\n");
    for (let i = 0; i < src.length; i++) if (out[i] !== " ") expect(out[i]).toBe(src[i]);
    expect(stripJSDoc("/**/ x")).toBe("/**/ x");
  });

  it("every declaration file a kernel reads (ES lib, the library, small and full Node types) strips to the same syntax tree", () => {
    const script = `
      const { CellExecutor } = require(${JSON.stringify(join(ROOT, "kernel", "executor.js"))});
      const library = require(${JSON.stringify(join(ROOT, "kernel", "library.js"))});
      const d = require(${JSON.stringify(join(ROOT, "kernel", "declarations.js"))});
      const { ts } = require(${JSON.stringify(join(ROOT, "kernel", "tslab.js"))});
      const fs = require("fs");
      const kids = (x) => { const o = []; ts.forEachChild(x, (c) => { o.push(c); }); return o; };
      const same = (x, y) => {
        if (x.kind !== y.kind || x.pos !== y.pos || x.end !== y.end) return false;
        const p = kids(x), q = kids(y);
        return p.length === q.length && p.every((c, i) => same(c, q[i]));
      };
      (async () => {
        const out = await new CellExecutor({ thread: false }).run(library.preludeCode().code, { name: "prelude", label: "prelude" });
        if (!out.ok) throw new Error(out.evalue);
        const files = [...new Set(d.stripped.values())];
        const differ = files.filter((f) => {
          const text = fs.readFileSync(f, "utf8");
          return !same(ts.createSourceFile(f, d.stripJSDoc(text), ts.ScriptTarget.Latest), ts.createSourceFile(f, text, ts.ScriptTarget.Latest));
        });
        process.stdout.write(JSON.stringify({ files: files.length, differ }));
        process.exit(0);
      })().catch((e) => { console.error(e); process.exit(1); });`;
    for (const env of [{}, { DEEPTS_FULL_NODE_TYPES: "1" }]) {
      const r = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env } });
      if (r.status !== 0) throw new Error(r.stderr);
      const { files, differ } = JSON.parse(r.stdout);
      expect(files).toBeGreaterThan(env.DEEPTS_FULL_NODE_TYPES ? 250 : 150);
      expect(differ).toEqual([]);
    }
  });

  it("the compiler reads them stripped, and Shift+Tab shows the same documentation as from the whole files", () => {
    const stripped = inspectAll({});
    const whole = inspectAll({ DEEPTS_KEEP_JSDOC: "1" });
    const files = stripped.stripped.map(([, file]) => file);
    expect(files).toContain(join(ROOT, "dist", "index.d.ts"));
    expect(files).toContain(join(ROOT, "kernel", "types", "node", "index.d.ts"));
    expect(files.some((f) => f.endsWith("lib.es5.d.ts"))).toBe(true);
    expect(whole.stripped).toEqual([]);
    for (let i = 0; i < PROBES.length; i++) expect([PROBES[i][0], stripped.docs[i]]).toEqual([PROBES[i][0], whole.docs[i]]);
    // and there is documentation to compare (a probe that found none would prove nothing); the
    // kernel's small set of Node globals (kernel/types/node) has signatures only
    const undocumented = ["console.log", "setTimeout("];
    const withText = (i: number) => stripped.docs[i].split("\n\n").length > 1;
    expect(PROBES.map((p, i) => [p[0], withText(i)])).toEqual(PROBES.map((p) => [p[0], !undocumented.includes(p[0])]));
  });
});
