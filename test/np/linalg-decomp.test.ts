// numpy-generated cases for np.linalg's factorisations (test/gen/np_breadth_fixtures.py -> test/fixtures/np/linalg-decomp.json).
// Tolerances are stated per case in the fixtures (see g_linalg's docstring). numpy documents the sign of
// each eigenvector and singular-vector pair as arbitrary, and eig's eigenvalues in no order: both sides
// are brought to one canonical form before comparing (eigenvalues ascending for eig, each vector's
// largest-magnitude component positive, a singular pair's signs flipped together).
import { describe, expect, it } from "vitest";
import { np, NDArray } from "../../src";
import { runFixtures } from "./fixture-runner";
import type { ArraySpec, Canon, Expect } from "./fixture-runner";

const SPECIAL: Record<string, number> = { nan: NaN, inf: Infinity, "-inf": -Infinity, "-0": -0 };
type Mat = { dtype: string; shape: number[]; data: number[] };

const fromSpec = (s: ArraySpec): Mat => ({ dtype: s.dtype, shape: s.shape, data: (s.data ?? []).map((v) => (typeof v === "string" ? SPECIAL[v] : (v as number))) });
const fromArr = (x: NDArray): Mat => ({ dtype: x.dtype, shape: [...x.shape], data: (x.flatten().tolist() as number[]).map(Number) });
const toSpec = (m: Mat): ArraySpec => ({ dtype: m.dtype, shape: m.shape, data: m.data });
const toArr = (m: Mat): NDArray => np.array(m.data, { dtype: m.dtype as any }).reshape(m.shape);

/** Per matrix of a stack (last two axes r×c): the sign making column j's largest-|.| entry positive (first of near-equal ones). */
function columnSigns(m: Mat, r: number, c: number, base: number, cols: number): number[] {
  return Array.from({ length: cols }, (_, j) => {
    let best = -1, sgn = 1;
    for (let i = 0; i < r; i++) {
      const v = m.data[base + i * c + j];
      if (Math.abs(v) > best + 1e-9) (best = Math.abs(v)), (sgn = v < 0 ? -1 : 1);
    }
    return sgn;
  });
}

/** Canonical eigenpairs: optional ascending sort of the eigenvalues (eig), then column signs. */
function canonEig(w: Mat, V: Mat | null, sortVals: boolean): [Mat, Mat | null] {
  const n = w.shape[w.shape.length - 1];
  const batches = n ? w.data.length / n : 0;
  const w2 = { ...w, data: [...w.data] }, V2 = V && { ...V, data: [...V.data] };
  for (let b = 0; b < batches; b++) {
    const order = Array.from({ length: n }, (_, i) => i);
    if (sortVals) order.sort((i, j) => w.data[b * n + i] - w.data[b * n + j]);
    order.forEach((src, dst) => (w2.data[b * n + dst] = w.data[b * n + src]));
    if (V && V2) {
      order.forEach((src, dst) => {
        for (let i = 0; i < n; i++) V2.data[b * n * n + i * n + dst] = V.data[b * n * n + i * n + src];
      });
      const sg = columnSigns(V2, n, n, b * n * n, n);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) V2.data[b * n * n + i * n + j] *= sg[j];
    }
  }
  return [w2, V2];
}

/** Canonical SVD: U's columns sign-normalised, the matching rows of Vh flipped with them. */
function canonSvd(U: Mat, S: Mat, Vh: Mat): [Mat, Mat, Mat] {
  const [m, uc] = U.shape.slice(-2), [vr, n] = Vh.shape.slice(-2);
  const k = S.shape[S.shape.length - 1];
  const batches = U.data.length / (m * uc);
  const U2 = { ...U, data: [...U.data] }, Vh2 = { ...Vh, data: [...Vh.data] };
  for (let b = 0; b < batches; b++) {
    const sg = columnSigns(U, m, uc, b * m * uc, uc);
    for (let j = 0; j < uc; j++) for (let i = 0; i < m; i++) U2.data[b * m * uc + i * uc + j] *= sg[j];
    // rows of Vh beyond k pair with no column of U: normalise them on their own
    const VhT = { ...Vh, data: Vh.data } as Mat;
    for (let j = 0; j < vr; j++) {
      let s = j < k ? sg[j] : 1;
      if (j >= k) {
        let best = -1;
        for (let i = 0; i < n; i++) {
          const v = VhT.data[b * vr * n + j * n + i];
          if (Math.abs(v) > best + 1e-9) (best = Math.abs(v)), (s = v < 0 ? -1 : 1);
        }
      }
      for (let i = 0; i < n; i++) Vh2.data[b * vr * n + j * n + i] *= s;
    }
  }
  return [U2, S, Vh2];
}

const canon: Canon = (c, got, want) => {
  const call = c.call;
  if (!want.arrays && !want.array) return { got, expect: want };
  if (call === "linalg.eigvals") {
    const [w] = canonEig(fromSpec(want.array!), null, true), [g] = canonEig(fromArr(got), null, true);
    return { got: toArr(g), expect: { array: toSpec(w) } };
  }
  if (call === "linalg.eig" || call === "linalg.eigh") {
    const sortVals = call === "linalg.eig";
    const [w, V] = canonEig(fromSpec(want.arrays![0]), fromSpec(want.arrays![1]), sortVals);
    const [gw, gV] = canonEig(fromArr(got[0]), fromArr(got[1]), sortVals);
    return { got: [toArr(gw), toArr(gV!)], expect: { arrays: [toSpec(w), toSpec(V!)] } as Expect };
  }
  if (call === "linalg.svd" && want.arrays) {
    const e = canonSvd(fromSpec(want.arrays[0]), fromSpec(want.arrays[1]), fromSpec(want.arrays[2]));
    const g = canonSvd(fromArr(got[0]), fromArr(got[1]), fromArr(got[2]));
    return { got: g.map(toArr), expect: { arrays: e.map(toSpec) } as Expect };
  }
  return { got, expect: want };
};

runFixtures("linalg-decomp", () => true, canon);

describe("np.linalg beyond numpy's real results", () => {
  it("eig of a matrix with complex eigenvalues says complex results are not supported", () => {
    expect(() => np.linalg.eig([[0, -1], [1, 0]])).toThrow(/complex results are not supported/);
    expect(() => np.linalg.eigvals([[2, 1, 0], [1, 3, 1], [0.5, 0, 1]])).toThrow(/complex results are not supported/);
  });
  it("svd with full matrices reconstructs a wide matrix and its Vh is orthogonal (rtol 1e-12)", () => {
    np.random.seed(3);
    const A = np.random.randn(3, 5);
    const [U, S, Vh] = np.linalg.svd(A);
    const Sm = np.zeros([3, 5]);
    for (let i = 0; i < 3; i++) Sm.set(i, i, S.item(i));
    expect(np.allclose(np.matmul(np.matmul(U, Sm), Vh), A, { rtol: 1e-12, atol: 1e-12 })).toBe(true);
    expect(np.allclose(np.matmul(Vh, Vh.T), np.eye(5), { atol: 1e-12 })).toBe(true);
  });
  it("LinAlgError is the error's name", () => {
    try {
      np.linalg.inv([[1, 2], [2, 4]]);
    } catch (e) {
      expect((e as Error).name).toBe("LinAlgError");
      expect((e as Error).message).toBe("Singular matrix");
    }
  });
});
