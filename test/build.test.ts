// The built package: loadable with require() (how tslab loads code) and import, and its .d.ts
// type-checks under TypeScript 5.0 (the compiler tslab embeds).
import { describe, it, expect } from "vitest";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "..");
const require = createRequire(import.meta.url);

describe("build output", () => {
  it("exists (npm test builds first)", () => {
    expect(existsSync(join(root, "dist/index.js"))).toBe(true);
    expect(existsSync(join(root, "dist/index.d.ts"))).toBe(true);
  });

  it("loads with require()", () => {
    const out = execFileSync(process.execPath, ["-e", `const { np } = require(${JSON.stringify(root)}); console.log(String(np.arange(3).add(1)))`]).toString();
    expect(out.trim()).toBe("[1 2 3]");
  });

  it("loads with import", () => {
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", `import { np } from ${JSON.stringify(join(root, "dist/index.mjs"))}; console.log(String(np.ones(2)))`]).toString();
    expect(out.trim()).toBe("[1. 1.]");
  });

  it("resolves by package name through the exports map", () => {
    const dir = mkdtempSync(join(tmpdir(), "deepts-pkg-"));
    mkdirSync(join(dir, "node_modules"));
    symlinkSync(root, join(dir, "node_modules/deepts"), "dir");
    const script = `const { np } = require("deepts"); import("deepts").then((m) => console.log(String(np.zeros(1)), String(m.np.eye(1))));`;
    const out = execFileSync(process.execPath, ["-e", script], { cwd: dir }).toString();
    expect(out.trim()).toBe("[0.] [[1.]]");
  });

  it("type-checks a user program under TypeScript 5.0 (strict)", () => {
    const dir = mkdtempSync(join(tmpdir(), "deepts-ts50-"));
    const file = join(dir, "user.ts");
    writeFileSync(
      file,
      `import { np, NDArray } from ${JSON.stringify(join(root, "dist"))};
const x: NDArray = np.array([[1, 2], [3, 4]]);
const total: number = np.sum(x);
const rows: NDArray = np.sum(x, { axis: 1, keepdims: true });
const col: NDArray = x.get(":", 0);
const v: number = np.linalg.norm(x);
x.set(x.less(2), 0);
console.log(total, rows, col, v);
`,
    );
    const tsc = require.resolve("typescript50/bin/tsc");
    const out = (() => {
      try {
        return execFileSync(process.execPath, [tsc, "--noEmit", "--strict", "--target", "es2022", "--module", "commonjs", "--moduleResolution", "node", "--types", "node", "--typeRoots", join(root, "node_modules/@types"), file]).toString();
      } catch (e: any) {
        return e.stdout.toString() + e.stderr.toString();
      }
    })();
    expect(out).toBe("");
    expect(require("typescript50/package.json").version).toBe("5.0.4");
  });
});
