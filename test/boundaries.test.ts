// The library's parts meet only at their public faces: a module of one part (src/np, src/nn,
// src/data, src/plot, src/display, src/check) may import another part only through that part's
// index, so each part can change its insides freely. The kernel (kernel/*.js) reaches the library
// only through the built public face, dist/index, and what it exports (setKernel, mimeBundle, ...).
import { describe, it, expect } from "vitest";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

const SRC = join(__dirname, "..", "src");
const KERNEL = join(__dirname, "..", "kernel");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

const partOf = (file: string): string => relative(SRC, file).split(sep)[0];

/** `from "…"` targets of import and export statements (type-only ones too). */
const targets = (code: string): string[] => [...code.matchAll(/(?:import|export)\s[^;]*?from\s+["']([^"']+)["']/g)].map((m) => m[1]);

describe("module boundaries", () => {
  const all = files(SRC);
  it("finds the parts", () => {
    expect(new Set(all.map(partOf).filter((p) => !p.endsWith(".ts")))).toEqual(new Set(["np", "nn", "data", "plot", "display", "check"]));
  });
  it("no module imports another part's internals", () => {
    const bad: string[] = [];
    for (const file of all) {
      for (const t of targets(readFileSync(file, "utf8"))) {
        if (!t.startsWith(".")) continue;
        const target = resolve(dirname(file), t);
        const rel = relative(SRC, target).split(sep);
        const part = rel[0];
        if (part === partOf(file) || rel.length === 1) continue; // same part, or src/index itself
        if (rel.length === 2 && rel[1] === "index") continue; // another part's public face
        if (rel.length === 1 || (rel.length === 2 && rel[1] === "")) continue;
        bad.push(`${relative(SRC, file)} imports ${t}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

/**
 * The library modules a kernel file names: `"../dist/x"` / `"../src/x"` literals and
 * `path.join(DIST | dist | ROOT, "dist", "x", ...)` paths, as "dist/x/..." strings.
 */
function libraryPaths(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/["'`](?:\.\.\/)+((?:dist|src)\/[^"'`]+)["'`]/g)) out.push(m[1]);
  for (const m of code.matchAll(/join\(\s*(?:DIST|dist)\s*,\s*((?:"[^"]*"\s*,?\s*)+)\)/g)) out.push(["dist", ...[...m[1].matchAll(/"([^"]*)"/g)].map((x) => x[1])].join("/"));
  for (const m of code.matchAll(/join\(\s*\w+\s*,\s*"(dist|src)"\s*,\s*((?:"[^"]*"\s*,?\s*)+)\)/g)) out.push([m[1], ...[...m[2].matchAll(/"([^"]*)"/g)].map((x) => x[1])].join("/"));
  return out;
}

describe("the kernel's seam", () => {
  const kernelFiles = readdirSync(KERNEL).filter((f) => f.endsWith(".js"));
  it("kernel/*.js load nothing of the library but dist/index", () => {
    const bad: string[] = [];
    for (const f of kernelFiles) {
      for (const p of libraryPaths(readFileSync(join(KERNEL, f), "utf8"))) {
        if (!/^dist\/index(\.js)?$/.test(p)) bad.push(`kernel/${f} loads ${p}`);
      }
    }
    expect(bad).toEqual([]);
  });
  it("the check sees a deep load (it can fail)", () => {
    expect(libraryPaths(`require(path.join(DIST, "display", "index.js"))`)).toEqual(["dist/display/index.js"]);
    expect(libraryPaths(`require("../dist/np/ndarray")`)).toEqual(["dist/np/ndarray"]);
    expect(libraryPaths(`const sources = [path.join(dist, "index"), path.join(dist, "display", "index")]`)).toEqual(["dist/index", "dist/display/index"]);
  });
  it("the kernel installs its bridge through setKernel, writing no library global itself", () => {
    for (const f of kernelFiles) expect(readFileSync(join(KERNEL, f), "utf8"), f).not.toMatch(/Symbol\.for\(["']deepts\.kernel["']\)|globalThis\)?\.display\s*=/);
    expect(readFileSync(join(KERNEL, "library.js"), "utf8")).toMatch(/lib\.setKernel\(/);
  });
  it("plot finds display through the library, not a global", () => {
    const figure = readFileSync(join(SRC, "plot", "figure.ts"), "utf8");
    expect(figure).not.toMatch(/globalThis[^;]*display/);
    expect(targets(figure)).toContain("../display");
  });
});

describe("file names", () => {
  it("src/ uses one style: snake_case (lower case words joined by _)", () => {
    const bad = files(SRC)
      .map((f) => relative(SRC, f))
      .filter((f) => !f.split(sep).every((part) => /^[a-z0-9]+(_[a-z0-9]+)*(\.ts)?$/.test(part)));
    expect(bad).toEqual([]);
  });
});
