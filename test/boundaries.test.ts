// The library's parts meet only at their public faces: a module of one part (src/np, src/nn,
// src/data, src/plot, src/display, src/check) may import another part only through that part's
// index, so each part can change its insides freely.
import { describe, it, expect } from "vitest";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

const SRC = join(__dirname, "..", "src");

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
