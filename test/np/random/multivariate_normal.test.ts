import { afterEach, describe, expect, it, vi } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { random } from "../../../src/np/random";
import type { NDArray } from "../../../src/np/ndarray";

// numpy's RandomState.multivariate_normal values (test/gen/multivariate_normal_fixtures.py),
// compared value for value: the same normals through the same LAPACK singular vectors.
/** Worst relative difference allowed (see the report in linalg_lapack_svd.ts). */
const TOLERANCE = 1e-13;

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

/** Largest |got - want| relative to the case's scale (its largest |value|, at least 1). */
function maxRelativeError(got: NDArray, c: Case): number {
  const scale = Math.max(1, ...c.data.map(Math.abs));
  let worst = 0;
  c.data.forEach((w, i) => (worst = Math.max(worst, Math.abs(got.getFlat(i) - w) / scale)));
  return worst;
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
      expect(maxRelativeError(got, c)).toBeLessThanOrEqual(TOLERANCE);
    });
  }
});
