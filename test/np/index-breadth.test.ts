// numpy-generated cases for issue 15's indexing, searching, creation, shape and reduction breadth
// (test/gen/np_index_fixtures.py -> test/fixtures/np/<group>.json and sharing.json).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { np, NDArray } from "../../src/np";
import { runFixtures, fixtureFunctions, type Case, type Expect } from "./fixture-runner";

// The JavaScript counterparts of the generator's Fn arguments, by name.
Object.assign(fixtureFunctions, {
  add: np.add,
  multiply: np.multiply,
  equal: np.equal,
  negative: np.negative,
  triu: np.triu,
  tril: np.tril,
  max: (v: NDArray) => np.max(v),
  sort: (v: NDArray) => np.sort(v),
  diag: (v: NDArray) => np.diag(v),
  cumsum: (v: NDArray) => np.cumsum(v),
  mean: (v: NDArray) => np.mean(v),
  sum: (v: NDArray) => np.sum(v),
  times10: (v: NDArray) => v.mul(10),
  sumAxis: (a: NDArray, ax: number) => np.sum(a, { axis: ax }),
  sumKeep: (a: NDArray, ax: number) => np.sum(a, { axis: ax, keepdims: true }),
  maxAxis: (a: NDArray, ax: number) => np.max(a, { axis: ax }),
  ravel: (a: NDArray) => np.ravel(a),
});

/**
 * numpy leaves the order of elements between the kth positions of partition/argpartition
 * unspecified (its tests check the partition property), so both answers are brought to a canonical
 * form: each run between consecutive kth positions sorted, argpartition's indices first turned into
 * the values they pick. Equal canonical forms mean the same kth values with everything smaller
 * before and larger after.
 */
function canonPartition(c: Case, got: any, want: Expect): { got: any; expect: Expect } {
  if (!/(^|\.)(arg)?partition$/.test(c.call.replace("inplace:", "")) || !want.array) return { got, expect: want };
  const arg = /argpartition/.test(c.call);
  const x0 = np.array((c.args[0] as any).array.data.map((v: any) => (v === "nan" ? NaN : v)), { dtype: (c.args[0] as any).array.dtype }).reshape((c.args[0] as any).array.shape);
  const rawAxis: any = c.kwargs?.axis ?? (typeof c.args[2] === "number" ? c.args[2] : undefined);
  const axisOpt = (rawAxis !== null && typeof rawAxis === "object" ? null : rawAxis) as number | null | undefined; // {"null": true} is None
  const x = axisOpt === null || x0.ndim === 0 ? x0.reshape(-1) : x0;
  const axis = axisOpt === null || axisOpt === undefined ? -1 : axisOpt;
  const n = x.shape.at(axis)!;
  const ks = (typeof c.args[1] === "number" ? [c.args[1]] : (c.args[1] as number[])).map((k) => (k < 0 ? k + n : k)).sort((p, q) => p - q);
  const canon = (r: NDArray): NDArray => {
    let v = arg ? np.takeAlongAxis(x, r, { axis }) : r;
    v = np.moveaxis(v, axis, -1).copy();
    const rows = v.size / n;
    const bounds = [0, ...ks.flatMap((k) => [k, k + 1]), n];
    for (let r0 = 0; r0 < rows; r0++)
      for (let b = 0; b + 1 < bounds.length; b++) {
        const seg = Array.from(v.data.subarray(r0 * n + bounds[b], r0 * n + bounds[b + 1])).sort((p, q) => (p !== p ? 1 : q !== q ? -1 : p - q));
        v.data.set(seg, r0 * n + bounds[b]);
      }
    return v;
  };
  const wantArr = np.array(want.array.data!.map((v: any) => (v === "nan" ? NaN : v === "inf" ? Infinity : v === "-inf" ? -Infinity : v)), { dtype: want.array.dtype }).reshape(want.array.shape);
  const w = canon(wantArr);
  const g = got instanceof NDArray ? canon(got) : got;
  if (got instanceof NDArray) expect(got.dtype, "dtype").toBe(want.array.dtype);
  return { got: g, expect: { array: { dtype: w.dtype, shape: [...w.shape], data: Array.from(w.data, (v) => (w.dtype === "bool" ? v !== 0 : Number.isNaN(v) ? "nan" : v)) as any } } };
}

/** numpy 2's unique_values returns the distinct values in an unspecified (hash) order: both sorted. */
function canonUnique(c: Case, got: any, want: Expect): { got: any; expect: Expect } {
  if (c.call !== "uniqueValues" || !want.array || !(got instanceof NDArray)) return { got, expect: want };
  const key = (v: any) => (v === "nan" || Number.isNaN(v) ? Infinity : v);
  const data = [...want.array.data!].sort((p: any, q: any) => key(p) - key(q) || (p === "nan" ? 1 : q === "nan" ? -1 : 0));
  return { got: np.sort(got), expect: { array: { ...want.array, data } } };
}

for (const group of ["searching", "selecting", "index-grids", "triangles", "sequences", "joining", "cumulative", "nan-quantiles", "unique-sets", "predicates", "apply", "windows", "float-parts", "conversions", "ndarray-more", "views"])
  runFixtures(group, () => true, group === "searching" ? canonPartition : group === "unique-sets" ? canonUnique : undefined);

describe("np fixtures: sharing (numpy's may_share_memory / shares_memory on views of one array)", () => {
  const fx = JSON.parse(readFileSync(join(__dirname, "..", "fixtures", "np", "sharing.json"), "utf8"));
  const base = np.arange(fx.base.arange).reshape(fx.base.shape);
  const build = (steps: string[][]): NDArray =>
    steps.reduce((x: NDArray, [op, ...idx]) => (op === "T" ? x.T : op === "copy" ? x.copy() : x.get(...idx.map((s) => (/^-?\d+$/.test(s) ? Number(s) : s)))), base);
  for (const c of fx.cases as { name: string; a: string[][]; b: string[][]; may: boolean; shares: boolean }[])
    it(c.name, () => {
      const a = build(c.a), b = build(c.b);
      expect(np.mayShareMemory(a, b), "mayShareMemory").toBe(c.may);
      expect(np.sharesMemory(a, b), "sharesMemory").toBe(c.shares);
    });
});
