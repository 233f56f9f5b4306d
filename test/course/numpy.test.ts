// numpy confirms the reference solutions: test/gen/course/*.py recompute, with numpy on the same
// seeded inputs, the values of the step-by-step exercises' checks (test/fixtures/course/NN-topic.json);
// the recorded reference values (notebooks/.expected/NN-topic.json) must agree within 1e-10.
import { describe, it, expect } from "vitest";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { NDArray } from "../../src/np";
import { decode } from "../../src/check";
import { ROOT } from "./helpers";

const FIXTURES = join(ROOT, "test", "fixtures", "course");
const only = process.env.DEEPTS_COURSE?.split(",").filter(Boolean);
const files = (existsSync(FIXTURES) ? readdirSync(FIXTURES) : []).filter((f) => f.endsWith(".json") && (!only || only.some((p) => f.startsWith(p))));

/** Differences beyond 1e-10 (relative to the value's size, absolute below 1), as messages. */
function differences(got: unknown, want: unknown, path: string, out: string[]): void {
  if (got instanceof NDArray) got = got.tolist();
  if (typeof want === "number") {
    const g = typeof got === "number" ? got : Array.isArray(got) && got.length === 1 ? got[0] : NaN;
    if (!(Math.abs(g - want) <= 1e-10 * Math.max(1, Math.abs(want)) || (Number.isNaN(g) && Number.isNaN(want)))) out.push(`${path}: numpy ${want}, reference ${g}`);
    return;
  }
  if (Array.isArray(want)) {
    if (!Array.isArray(got) || got.length !== want.length) return void out.push(`${path}: numpy has ${want.length} items, reference ${JSON.stringify(got)?.slice(0, 80)}`);
    want.forEach((w, i) => differences(got[i], w, `${path}[${i}]`, out));
    return;
  }
  if (want && typeof want === "object") {
    for (const [k, w] of Object.entries(want)) differences((got as any)?.[k], w, `${path}.${k}`, out);
    return;
  }
  if (got !== want) out.push(`${path}: numpy ${JSON.stringify(want)}, reference ${JSON.stringify(got)}`);
}

it("finds the numpy references (or DEEPTS_COURSE selected notebooks without one)", () => {
  if (!only) expect(files.length).toBeGreaterThan(0);
});

describe.each(files.map((f) => [f] as const))("%s", (file) => {
  const fixture = JSON.parse(readFileSync(join(FIXTURES, file), "utf8"));
  const recording = JSON.parse(readFileSync(join(ROOT, "notebooks", ".expected", file), "utf8"));
  const recorded = new Map<string, unknown>();
  for (const cell of Object.values<any>(recording.checks)) for (const part of [cell.public, cell.hidden]) for (const [id, v] of Object.entries(part)) recorded.set(id, decode(v as any));

  it("has numpy values for checks of the notebook", () => {
    expect(Object.keys(fixture.checks).length).toBeGreaterThan(0);
  });
  it.each(Object.keys(fixture.checks).map((id) => [id] as const))("%s agrees with numpy within 1e-10", (id) => {
    expect(recorded.has(id), `no check "${id}" in the recording`).toBe(true);
    const out: string[] = [];
    differences(recorded.get(id), fixture.checks[id], id, out);
    expect(out.slice(0, 5)).toEqual([]);
  });
});
