// The fast paths of x.get / x.set for basic indices (integers, slices, newaxis) and small copies
// (src/np/indexing.ts basicView, the scalar fill in setIndex, copyInto's copy by hand) against the
// general paths they skip: a trailing "..." sends an index through the general planIndex and means
// the same as leaving it out, and an assignment behaves as if its value were copied first (numpy's
// rule; `a[::-1] = a` reverses a).
import { describe, expect, it } from "vitest";
import { np, NDArray } from "../../src";
import { Slice } from "../../src/np/indexing";
import { copyRun } from "../../src/np/dtype";

/** A deterministic generator (the cases must not depend on np.random's state). */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function randomIndex(r: () => number, shape: number[]): (number | string | Slice | null)[] {
  const idx: (number | string | Slice | null)[] = [];
  for (let ax = 0; ax < shape.length; ax++) {
    if (r() < 0.25) break; // fewer indices than axes: the rest are whole
    if (r() < 0.15) idx.push(null);
    const n = shape[ax];
    const pick = r();
    const pos = () => Math.floor(r() * (2 * n + 3)) - n - 1; // in and out of range, negative too
    if (pick < 0.35) idx.push(Math.floor(r() * 2 * n) - n); // in range, negative half the time
    else if (pick < 0.7) {
      const parts = [r() < 0.3 ? "" : String(pos()), r() < 0.3 ? "" : String(pos())];
      if (r() < 0.5) parts.push(String([1, 2, 3, -1, -2][Math.floor(r() * 5)]));
      idx.push(parts.join(":"));
    } else idx.push(new Slice(r() < 0.3 ? null : pos(), r() < 0.3 ? null : pos(), r() < 0.4 ? null : [1, 2, -1, -3][Math.floor(r() * 4)]));
  }
  if (r() < 0.1) idx.push(null);
  return idx;
}

function same(a: NDArray, b: NDArray): void {
  expect(a.shape).toEqual(b.shape);
  expect(a.strides).toEqual(b.strides);
  expect(a.offset).toBe(b.offset);
  expect(a.data).toBe(b.data);
  expect(a.tolist()).toEqual(b.tolist());
}

describe("basic indices take the fast path with the general path's result", () => {
  it("views of 1-, 2- and 3-d arrays (float64 resident and plain, int32, bool) equal those through the general path", () => {
    const r = rng(7);
    const arrays = [
      np.arange(40).astype("float64"),
      np.arange(5),
      np.arange(60).reshape(4, 15).astype("float64"),
      np.arange(24).reshape(2, 3, 4).astype("int32"),
      np.greater(np.arange(12).reshape(3, 4), 5),
      np.arange(60).reshape(5, 12).T, // strided
      np.arange(40).astype("float64").get("::-3"), // offset, negative stride
    ];
    let cases = 0;
    for (const x of arrays) {
      for (let t = 0; t < 300; t++) {
        const idx = randomIndex(r, x.shape);
        let general: NDArray | Error, fast: NDArray | Error;
        try {
          general = x.get(...idx, "...");
        } catch (e) {
          general = e as Error;
        }
        try {
          fast = x.get(...idx);
        } catch (e) {
          fast = e as Error;
        }
        if (general instanceof Error) {
          expect(fast).toBeInstanceOf(Error);
          expect((fast as Error).message).toBe(general.message);
        } else {
          same(fast as NDArray, general);
          cases++;
        }
      }
    }
    expect(cases).toBeGreaterThan(1000);
  });

  it("errors keep numpy's wording", () => {
    const x = np.arange(6).reshape(2, 3);
    expect(() => x.get(0, 1, 2)).toThrow("too many indices for array: array is 2-dimensional, but 3 were indexed");
    expect(() => x.get(5)).toThrow("index 5 is out of bounds for axis 0 with size 2");
    expect(() => x.get(0, -4)).toThrow("index -4 is out of bounds for axis 1 with size 3");
    expect(() => x.get(1.5)).toThrow("only integers, slices");
    expect(() => x.get("1:2:3:4")).toThrow("invalid index '1:2:3:4'");
    expect(() => x.get("a:")).toThrow("slice indices must be integers");
    // a slice string that failed to parse is not remembered as something else
    expect(() => x.get("a:")).toThrow("slice indices must be integers");
    expect(() => x.get(":", "::0")).toThrow("slice step cannot be zero");
  });
});

describe("set with a number writes through the view, cast to the array's dtype", () => {
  it("matches assigning the same value as a 0-d array (the general copy)", () => {
    const r = rng(11);
    for (const dtype of ["float64", "float32", "int64", "int32", "bool"] as const) {
      for (const v of [2.75, -1.5, 0, Number.NaN, Number.POSITIVE_INFINITY, true, false]) {
        for (let t = 0; t < 30; t++) {
          const base = np.arange(24).reshape(2, 3, 4).astype(dtype);
          const idx = randomIndex(r, base.shape);
          const a = base.copy(), b = base.copy();
          let ea: unknown = null, eb: unknown = null;
          try {
            a.set(...idx, v);
          } catch (e) {
            ea = (e as Error).message;
          }
          try {
            b.set(...idx, np.array(v as number));
          } catch (e) {
            eb = (e as Error).message;
          }
          expect(ea).toEqual(eb);
          expect(a.tolist()).toEqual(b.tolist());
        }
      }
    }
  });

  it("fill and a 0-d array", () => {
    const z = np.zeros([3, 20]);
    z.fill(1.25);
    expect(Number(np.sum(z))).toBe(75);
    const s = np.array(3.5);
    s.set(-2);
    expect(s.item()).toBe(-2);
    const w = np.zeros(3).astype("int32");
    w.set(0, 7.9);
    expect(w.tolist()).toEqual([7, 0, 0]);
  });
});

describe("small copies by hand behave as if the value were copied first", () => {
  for (const n of [5, 12, 32, 33, 100]) {
    it(`overlapping views of one array, ${n} elements (plain below 9, WASM-resident from 9)`, () => {
      for (const [dst, src] of [
        ["1:", ":-1"],
        [":-1", "1:"],
        ["2:", ":-2"],
        ["::-1", ":"],
      ] as const) {
        const a = np.arange(n).astype("float64"), b = a.copy();
        a.set(dst, a.get(src));
        b.set(dst, b.get(src).copy());
        expect(a.tolist()).toEqual(b.tolist());
      }
    });
  }

  it("through integer indices too", () => {
    const a = np.arange(6).astype("float64"), b = a.copy();
    a.set([2, 1, 0], a.get(":3"));
    b.set([2, 1, 0], b.get(":3").copy());
    expect(a.tolist()).toEqual(b.tolist());
  });

  it("copyRun on typed arrays that alias one buffer copies as TypedArray.set does", () => {
    for (const n of [3, 10, 32, 40]) {
      for (const [dOff, sOff] of [
        [2, 0],
        [0, 2],
        [1, 0],
        [0, 1],
      ]) {
        const a = Float64Array.from({ length: 50 }, (_, i) => i * 1.5), b = a.slice();
        copyRun(a.subarray(dOff), 0, a.subarray(sOff), 0, n);
        b.subarray(dOff).set(b.subarray(sOff, sOff + n), 0);
        expect(Array.from(a)).toEqual(Array.from(b));
      }
    }
  });

  it("between arrays of different dtypes, and into strided views", () => {
    const a = np.zeros(6);
    a.set("1:4", np.array([1, 2, 3]).astype("int32"));
    a.set("4:", np.array([true, false]));
    expect(a.tolist()).toEqual([0, 1, 2, 3, 1, 0]);
    const f = np.zeros(3).astype("float32");
    f.set(":", np.array([0.1, 0.2, 0.3]));
    expect(f.tolist()).toEqual([Math.fround(0.1), Math.fround(0.2), Math.fround(0.3)]);
    const m = np.zeros([4, 4]);
    m.set(":", 1, np.arange(4).astype("float64"));
    expect(m.get(":", 1).tolist()).toEqual([0, 1, 2, 3]);
    expect(Number(np.sum(m))).toBe(6);
  });
});
