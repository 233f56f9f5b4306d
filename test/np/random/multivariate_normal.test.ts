import { afterEach, describe, expect, it, vi } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { random } from "../../../src/np/random";
import type { NDArray } from "../../../src/np/ndarray";

// numpy's RandomState.multivariate_normal values (test/gen/multivariate_normal_fixtures.py),
// compared bit for bit: the same normals through the same LAPACK singular vectors and np.dot's
// rounding.
type Case = {
  kind: string;
  seed: number;
  mean: number[];
  cov: number[][];
  size: number | number[] | null;
  warned: boolean;
  shape: number[];
  data: number[];
};
const fixture = JSON.parse(readFileSync(join(__dirname, "..", "..", "fixtures", "multivariate_normal.json"), "utf8")) as { cases: Case[] };

/** Indices where got and want differ (not the same double), and the largest relative difference there. */
function differences(got: NDArray, c: Case): { at: number[]; worst: number } {
  const at: number[] = [];
  let worst = 0;
  const scale = Math.max(1, ...c.data.map(Math.abs));
  c.data.forEach((w, i) => {
    if (Object.is(got.getFlat(i), w)) return;
    at.push(i);
    worst = Math.max(worst, Math.abs(got.getFlat(i) - w) / scale);
  });
  return { at, worst };
}

describe("multivariateNormal equals numpy's values", () => {
  afterEach(() => vi.restoreAllMocks());

  it("covers dimensions 1-10 and every kind of covariance", () => {
    expect(new Set(fixture.cases.map((c) => c.cov.length))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    const kinds = new Set(fixture.cases.map((c) => c.kind.replace(/\d+$/, "")));
    for (const k of ["spd", "rank", "integer", "diagonal ties", "negative", "not PSD", "student"]) expect(kinds.has(k), k).toBe(true);
  });

  for (const c of fixture.cases) {
    it(`${c.kind} ${c.cov.length}×${c.cov.length}, seed ${c.seed}, size ${JSON.stringify(c.size)}`, () => {
      const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
      random.seed(c.seed);
      const got = c.size === null ? random.multivariateNormal(c.mean, c.cov) : random.multivariateNormal(c.mean, c.cov, c.size);
      expect(got.shape).toEqual(c.shape);
      expect(warn.mock.calls.length > 0).toBe(c.warned);
      const { at, worst } = differences(got, c);
      expect(at, `values differ at ${at} (worst relative difference ${worst})`).toEqual([]);
    });
  }
});
