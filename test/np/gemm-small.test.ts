// Small matrix products run in TypeScript (gemmSmall, register-blocked, operands read in place) up
// to SMALL_GEMM multiply-adds, and through the backend (or the plain loop) above. Both sides of the
// boundary, edge blocks (M odd, N not a multiple of 4), strided and transposed operands, other
// dtypes, and numpy's nan/inf propagation. Runs in both vitest projects (with and without WASM).
import { describe, expect, it } from "vitest";
import { np } from "../../src";
import { SMALL_GEMM, gemmSmall } from "../../src/np/linalg";
import { strided } from "../../src/np/strided";

/** c[i][j] = Σ_k a[i,k]·b[k,j] summed in k order (what gemmSmall does, bit for bit). */
function reference(a: ArrayLike<number>, ao: number, ar: number, ac: number, b: ArrayLike<number>, bo: number, br: number, bc: number, M: number, K: number, N: number) {
  const c = new Float64Array(M * N);
  for (let i = 0; i < M; i++)
    for (let j = 0; j < N; j++) {
      let s = 0;
      for (let k = 0; k < K; k++) s += a[ao + i * ar + k * ac] * b[bo + k * br + j * bc];
      c[i * N + j] = s;
    }
  return c;
}

const fill = (n: number, seed: number) => Float64Array.from({ length: n }, (_, i) => ((i * 7919 + seed * 104729) % 2001) / 1000 - 1);

describe("gemmSmall", () => {
  const dims = [1, 2, 3, 4, 5, 7, 8, 9];
  it("equals the k-ordered reference exactly for every M, K, N in 1..9 (edge rows and columns)", () => {
    for (const M of dims)
      for (const K of dims)
        for (const N of dims) {
          const a = fill(M * K, M + K), b = fill(K * N, K + N), c = new Float64Array(M * N);
          gemmSmall(strided(a, 0, [K, 1]), strided(b, 0, [N, 1]), M, K, N, c);
          expect(Array.from(c), `${M}×${K}×${N}`).toEqual(Array.from(reference(a, 0, K, 1, b, 0, N, 1, M, K, N)));
        }
  });

  it("reads transposed, sliced and offset operands in place, and other element types", () => {
    const M = 7, K = 6, N = 5;
    const at = fill(K * M + 3, 1), bs = fill(K * 2 * N * 2 + 5, 2);
    // A transposed (column-major) from offset 3; B every other row and column from offset 5
    const c = new Float64Array(M * N);
    gemmSmall(strided(at, 3, [1, M]), strided(bs, 5, [4 * N, 2]), M, K, N, c);
    expect(Array.from(c)).toEqual(Array.from(reference(at, 3, 1, M, bs, 5, 4 * N, 2, M, K, N)));
    const ai = Int32Array.from({ length: M * K }, (_, i) => (i % 7) - 3), bf = Float32Array.from(fill(K * N, 4));
    const c2 = new Float64Array(M * N);
    gemmSmall(strided(ai, 0, [K, 1]), strided(bf, 0, [N, 1]), M, K, N, c2);
    expect(Array.from(c2)).toEqual(Array.from(reference(ai, 0, K, 1, bf, 0, N, 1, M, K, N)));
  });
});

describe("np.dot on both sides of SMALL_GEMM", () => {
  // shapes with M·K·N just at and just above the boundary (square, vector-like and long-k)
  const side = Math.floor(Math.cbrt(SMALL_GEMM));
  const shapes: [number, number, number][] = [
    [side, side, side], [side, side, side + 1], [side + 1, side + 1, side + 1],
    [1, SMALL_GEMM, 1], [1, SMALL_GEMM + 1, 1], [SMALL_GEMM / 64, 64, 1], [SMALL_GEMM / 64 + 1, 64, 1],
    [50, 50, 1], [4, 2, 400], [1, 4, 400], [4, 400, 2], [27, 50, 1], [64, 64, 64],
  ];
  for (const [M, K, N] of shapes) {
    it(`${M}×${K}×${N} (${M * K * N <= SMALL_GEMM ? "TypeScript" : "backend"}) equals the float64 reference within 1e-12`, () => {
      const a = fill(M * K, M), b = fill(K * N, N);
      const want = reference(a, 0, K, 1, b, 0, N, 1, M, K, N);
      const A = np.array(a).reshape(M, K), B = np.array(b).reshape(K, N);
      for (const got of [np.dot(A, B), np.matmul(A, B), np.dot(np.array(A.T.copy()).T, B)]) {
        expect(got.shape).toEqual([M, N]);
        const g = got.data as Float64Array;
        for (let i = 0; i < want.length; i++) expect(Math.abs(g[got.offset + i] - want[i])).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want[i])));
      }
    });
  }

  it("nan and inf propagate as in numpy (0·inf is nan)", () => {
    const r = np.dot(np.array([[0, 1], [2, 3]]), np.array([[Infinity, 1], [1, NaN]]));
    expect(Array.from(r.data as Float64Array)).toEqual([NaN, NaN, Infinity, NaN]);
  });
});
