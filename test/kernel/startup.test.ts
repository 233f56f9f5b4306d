// What makes the kernel start in under a second (issue 13 item 9; the time itself is measured by
// `npm run bench:kernel`, never in a test): it answers Jupyter before TypeScript is loaded, and the
// library's modules compile from one V8 code cache that a changed file never gets stale code from.
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync, utimesSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./helpers";

const node = (script: string, env: NodeJS.ProcessEnv = {}) => {
  const r = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`node -e failed: ${r.stderr}`);
  return r.stdout.trim();
};
const k = (f: string) => JSON.stringify(join(ROOT, "kernel", f));

describe("kernel start-up", () => {
  it("answers kernel_info, and loads the library, without loading TypeScript or tslab", () => {
    const out = node(`
      const { CellExecutor } = require(${k("executor.js")});
      const { DeeptsServer } = require(${k("server.js")});
      const library = require(${k("library.js")});
      const server = new DeeptsServer(new CellExecutor(), "unused.json");
      const info = server.handler.handleKernel();
      library.libraryModule();
      const loaded = Object.keys(require.cache).filter((f) => f.endsWith(".js") && /typescript|[\\\\/]tslab[\\\\/]/.test(f));
      console.log(JSON.stringify({ info, loaded }));`);
    const { info, loaded } = JSON.parse(out);
    expect(loaded).toEqual([]);
    expect(info.language_info.name).toBe("typescript");
    expect(info.language_info.version).toMatch(/^5\.0\.\d+$/);
    expect(info.banner).toContain(`TypeScript ${info.language_info.version}`);
  });

  it("compiles a module tree from the code cache, and never runs stale code after a file changes", () => {
    // a tree of modules like dist/: an index requiring others by relative paths and folders
    const dir = mkdtempSync(join(tmpdir(), "deepts-modcache-"));
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "index.js"), 'exports.value = () => require("./sub/leaf").v + require("./sub").w;\n');
    writeFileSync(join(dir, "sub", "leaf.js"), "exports.v = 1;\n");
    writeFileSync(join(dir, "sub", "index.js"), "exports.w = 10;\n");
    const cacheHome = mkdtempSync(join(tmpdir(), "deepts-cachedir-"));
    const run = () =>
      JSON.parse(
        node(
          `const v8cache = require(${k("v8cache.js")});
           v8cache.cacheModulesUnder(${JSON.stringify(dir)});
           const value = require(${JSON.stringify(join(dir, "index.js"))}).value();
           const stale = v8cache.modules.stale, compiled = v8cache.modules.compiled.length;
           v8cache.save();
           console.log(JSON.stringify({ value, stale, compiled }));`,
          { DEEPTS_CACHE_DIR: cacheHome },
        ),
      );
    expect(run()).toEqual({ value: 11, stale: true, compiled: 3 }); // first start: caches written
    expect(readdirSync(cacheHome).some((f) => f.startsWith("modules-"))).toBe(true);
    expect(run()).toEqual({ value: 11, stale: false, compiled: 3 }); // every module from the cache
    // same length, new content, the same modification time rounded to the second: still seen
    writeFileSync(join(dir, "sub", "leaf.js"), "exports.v = 2;\n");
    const later = new Date(Date.now() + 5000);
    utimesSync(join(dir, "sub", "leaf.js"), later, later);
    expect(run()).toEqual({ value: 12, stale: true, compiled: 3 });
    expect(run()).toEqual({ value: 12, stale: false, compiled: 3 });
  });

  it("keeps an ASCII copy of TypeScript that loads as the real module", () => {
    const cacheHome = mkdtempSync(join(tmpdir(), "deepts-cachedir-"));
    const script = `
      const tslab = require(${k("tslab.js")});
      const ts = tslab.loadTs();
      const v8cache = require(${k("v8cache.js")});
      v8cache.save();
      const sf = ts.createSourceFile("a.ts", "const x: number = 1;", ts.ScriptTarget.Latest);
      console.log(JSON.stringify({ version: ts.version, statements: sf.statements.length, hit: v8cache.loaded[0].hit }));`;
    const first = JSON.parse(node(script, { DEEPTS_CACHE_DIR: cacheHome }));
    expect(first).toEqual({ version: expect.stringMatching(/^5\.0\./), statements: 1, hit: true });
    const files = readdirSync(cacheHome);
    expect(files.some((f) => f.endsWith(".ascii.js"))).toBe(true);
    expect(files.some((f) => f.endsWith(".bin"))).toBe(true);
    const second = JSON.parse(node(script, { DEEPTS_CACHE_DIR: cacheHome }));
    expect(second).toEqual(first);
  });
});
