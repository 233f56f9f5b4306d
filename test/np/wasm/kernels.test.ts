// The WebAssembly kernels (src/np/wasm) called directly, on both SIMD tiers, single- and
// multi-threaded. Expected values: numpy (test/fixtures/wasm.json) where the fixture can hold them,
// and a plain float64 triple loop for products too big for a fixture.
import { Runtime } from "../../../src/np/wasm";
import * as K from "../../../src/np/wasm/kernels";
import { strided as sv } from "../../../src/np/strided";
import { afterAll, describe, expect, it } from "vitest";
import { fx, dec, decs, fill, spread, same, firstMismatch, close, res, reference, expectProduct, layout, TIERS, runtimes, closeRuntimes } from "./helpers";

afterAll(closeRuntimes);

it("at least the plain SIMD tier is available on this engine", () => {
  expect(TIERS).toContain("simd");
});

for (const tier of TIERS) {
  describe(`${tier} kernels`, () => {
    const rt = new Runtime({ tier, helpers: 0 });
    const rt2 = new Runtime({ tier, helpers: 1, threadAll: true });
    runtimes.push(rt, rt2);

    describe("gemm", () => {
      it("small products equal numpy's (kernel called directly: 1×1, 1×7×1, 3×5×7, 4×4×4, 5×1×9, 33×65×17)", () => {
        for (const { m, k, n, expect: want } of fx.matmul) {
          const a = res(rt, fill(m * k, 20)), b = res(rt, fill(k * n, 21)), c = rt.allocF64(m * n)!;
          c.fill(NaN);
          expect(K.gemm(rt, m, n, k, rt.address(a), k, 1, rt.address(b), n, 1, rt.address(c), n, 1)).toBe(true);
          const w = decs(want);
          expect(firstMismatch(c, w, (g, x) => Math.abs(g - x) <= 1e-12 * Math.max(1, Math.abs(x)) * k)).toBeNull();
        }
      });

      const shapes: [number, number, number][] = [[1, 1, 1], [3, 5, 7], [33, 65, 17], [130, 257, 129], [1, 300, 1], [300, 1, 300], [7, 513, 5], [129, 600, 530], [4, 4, 4], [5, 3, 1]];
      for (const [M, Kd, N] of shapes) {
        it(`${M}×${Kd}×${N} matches a plain loop, edge tiles included`, () => {
          const av = fill(M * Kd, M + Kd), bv = fill(Kd * N, N + 7);
          const a = res(rt, av), b = res(rt, bv), c = rt.allocF64(M * N)!;
          c.fill(NaN);
          K.gemm(rt, M, N, Kd, rt.address(a), Kd, 1, rt.address(b), N, 1, rt.address(c), N, 1);
          expectProduct(c, reference(av, 0, Kd, 1, bv, 0, N, 1, M, Kd, N));
        });
      }

      for (const la of ["row", "col", "slice"] as const)
        for (const lb of ["row", "col", "slice"] as const) {
          it(`A ${la}, B ${lb}: transposed and strided operands are read in place`, () => {
            const [M, Kd, N] = [37, 70, 23];
            const av = fill(M * Kd, 3), bv = fill(Kd * N, 4);
            const A = layout(rt, av, M, Kd, la), B = layout(rt, bv, Kd, N, lb);
            const out = rt.allocF64(M * N + 2)!;
            expect(K.matmul(rt, sv(A.data, A.off, [A.rs, A.cs]), sv(B.data, B.off, [B.rs, B.cs]), M, Kd, N, out, 2)).toBe(true);
            expectProduct(out, reference(A.data, A.off, A.rs, A.cs, B.data, B.off, B.rs, B.cs, M, Kd, N), 2);
          });
        }

      it("writes C through any strides (C transposed)", () => {
        const [M, Kd, N] = [13, 9, 11];
        const av = fill(M * Kd, 5), bv = fill(Kd * N, 6);
        const a = res(rt, av), b = res(rt, bv), c = rt.allocF64(M * N)!;
        expect(K.gemm(rt, M, N, Kd, rt.address(a), Kd, 1, rt.address(b), N, 1, rt.address(c), 1, M)).toBe(true);
        const ref = reference(av, 0, Kd, 1, bv, 0, N, 1, M, Kd, N);
        const ct = new Float64Array(M * N);
        for (let i = 0; i < M; i++) for (let j = 0; j < N; j++) ct[i * N + j] = c[j * M + i];
        expectProduct(ct, ref);
      });

      it("operands outside WASM memory are staged (plain Float64Array, Float32Array, Int32Array, strided)", () => {
        const [M, Kd, N] = [20, 31, 17];
        const av = fill(M * Kd, 8), bv = fill(Kd * N, 9);
        const A = layout(null, av, M, Kd, "slice"), B = layout(null, bv, Kd, N, "col");
        const out = new Float64Array(M * N);
        expect(K.matmul(rt, sv(A.data, A.off, [A.rs, A.cs]), sv(B.data, B.off, [B.rs, B.cs]), M, Kd, N, out, 0)).toBe(true);
        expectProduct(out, reference(A.data, A.off, A.rs, A.cs, B.data, B.off, B.rs, B.cs, M, Kd, N));
        const a32 = Float32Array.from(av), bi = Int32Array.from(bv, (v) => Math.round(v * 100));
        const out2 = rt.allocF64(M * N)!;
        expect(K.matmul(rt, sv(a32, 0, [Kd, 1]), sv(bi, 0, [N, 1]), M, Kd, N, out2, 0)).toBe(true);
        expectProduct(out2, reference(Float64Array.from(a32), 0, Kd, 1, Float64Array.from(bi), 0, N, 1, M, Kd, N));
      });

      it("empty operands: M or N = 0 does nothing, K = 0 gives zeros; tiny products are declined", () => {
        const out = new Float64Array(6).fill(7);
        const z = new Float64Array(0);
        expect(K.matmul(rt, sv(z, 0, [0, 1]), sv(z, 0, [3, 1]), 0, 0, 3, out, 0)).toBe(true);
        expect(Array.from(out)).toEqual([7, 7, 7, 7, 7, 7]);
        expect(K.matmul(rt, sv(z, 0, [0, 1]), sv(z, 0, [3, 1]), 2, 0, 3, out, 0)).toBe(true);
        expect(Array.from(out)).toEqual([0, 0, 0, 0, 0, 0]);
        expect(K.matmul(rt, sv(new Float64Array([2]), 0, [1, 1]), sv(new Float64Array([3]), 0, [1, 1]), 1, 1, 1, out, 0)).toBe(false);
      });

      // cut by depth (20×1200×209, 18×1100×30) and by rows with k in one depth block (1000×20×60,
      // 1001×20×60, 1003×256×30: A transposed, like W1ᵀ·dZ1), each chunk packs its own part of A;
      // M mod 4 ≠ 0 leaves a last strip padded with zeros
      for (const [M, Kd, N] of [[130, 257, 129], [300, 40, 200], [20, 1200, 209], [18, 1100, 30], [1000, 20, 60], [1001, 20, 60], [1003, 256, 30]] as [number, number, number][]) {
        it(`threaded ${M}×${Kd}×${N} (split along ${M <= N ? "N" : "M"}) matches a plain loop`, () => {
          const av = fill(M * Kd, 11), bv = fill(Kd * N, 12);
          // 64 guard cells past C: no chunk may write beyond its rows or columns
          const A = layout(rt2, av, M, Kd, M > 500 ? "col" : "row"), b = res(rt2, bv), c = rt2.allocF64(M * N + 64)!;
          c.fill(NaN);
          K.gemm(rt2, M, N, Kd, rt2.address(A.data), A.rs, A.cs, rt2.address(b), N, 1, rt2.address(c), N, 1);
          expect(rt2.threadPool()).not.toBeNull();
          expectProduct(c, reference(A.data, 0, A.rs, A.cs, bv, 0, N, 1, M, Kd, N));
          expect(Array.from(c.subarray(M * N)).every(Number.isNaN)).toBe(true);
        });
      }

      // Products with a B of at most 128×128 elements, k ≤ 512 and A contiguous along k (A transposed
      // is packed: "A col, B row" above; A·Bᵀ with few rows goes to dot products unless C is wide)
      // read A in place (gemmDirect), and B too when it is row-major, at any row stride or offset
      // (its last N mod 4 columns packed; any other B is packed whole: transposed, strided
      // columns); just past each limit (B of 16385 elements, k = 513) they take the packed path,
      // unless A has at most 16 rows (a softmax layer's W·X on a mini-batch: then up to k = 1023
      // and a B that fits the pack buffer). Edge rows (M mod 4) and columns (N mod 4) included;
      // threaded ones are cut by rows (M ≥ 16) or by columns (8 at a time).
      const directShapes: [number, number, number, number, "row" | "col" | "slice", boolean][] = [
        [64, 64, 64, 0, "row", false], [67, 128, 128, 0, "row", false], [5, 128, 129, 0, "row", false], [9, 512, 32, 0, "row", false],
        [6, 513, 30, 0, "row", false], [31, 33, 127, 0, "row", false], [30, 100, 2, 0, "row", false], [13, 50, 1, 0, "row", false],
        [21, 40, 44, 1, "row", false], [21, 40, 44, 2, "row", false], [70, 20, 21, 0, "col", false], [33, 30, 9, 0, "slice", false],
        [100, 100, 100, 0, "row", true], [130, 128, 126, 0, "row", true], [7, 64, 202, 0, "row", true], [15, 60, 34, 0, "row", true],
        [1000, 20, 209, 0, "row", true], [80, 20, 70, 0, "col", true],
        // A·Bᵀ with a wide C (dZ1·Xᵀ): computed as Cᵀ = B·Aᵀ, C written through its column stride
        [20, 30, 1100, 0, "col", false], [7, 209, 1030, 0, "col", true], [3, 512, 1024, 0, "col", false], [3, 40, 1023, 0, "col", false],
        // few rows, longer k or bigger B (W·X_batch and dZ·X_batchᵀ of softmax regression); 17 rows: packed
        [10, 784, 64, 0, "row", false], [10, 784, 64, 0, "row", true], [10, 64, 784, 0, "row", true], [13, 1000, 37, 1, "row", true], [9, 50, 101, 0, "row", false],
        [16, 1023, 61, 0, "slice", true], [17, 513, 30, 0, "row", false],
      ];
      for (const [M, Kd, N, bOff, lb, threaded] of directShapes) {
        it(`${M}×${Kd}×${N}, B ${lb}${bOff ? ` at offset ${bOff}` : ""}${threaded ? ", threaded" : ""}: A read in place, B in place or packed`, () => {
          const r = threaded ? rt2 : rt;
          const av = fill(M * Kd, 17), bv = fill(Kd * N + bOff, 18);
          const a = res(r, av), c = r.allocF64(M * N)!;
          const B = lb === "row" ? { data: res(r, bv), off: bOff, rs: N, cs: 1 } : layout(r, bv, Kd, N, lb);
          c.fill(NaN);
          const before = r.threadPool()?.stats.chunks ?? 0;
          expect(K.gemm(r, M, N, Kd, r.address(a), Kd, 1, r.address(B.data, B.off), B.rs, B.cs, r.address(c), N, 1)).toBe(true);
          if (threaded) expect(r.threadPool()!.stats.chunks - before).toBeGreaterThanOrEqual(2);
          expectProduct(c, reference(av, 0, Kd, 1, B.data, B.off, B.rs, B.cs, M, Kd, N));
        });
      }

      // strips of 1 or 2 rows run 8 columns at a time (micro2), B in place or packed, C row- or column-major
      for (const [M, Kd, N] of [[1, 37, 19], [2, 64, 16], [5, 30, 27], [6, 200, 41], [10, 17, 8]] as [number, number, number][]) {
        it(`${M}×${Kd}×${N}: a last strip of ${M % 4 || 4} row(s), B in place and packed, C through strides`, () => {
          const av = fill(M * Kd, 23), bv = fill(Kd * N + 1, 24);
          const a = res(rt, av), c = rt.allocF64(M * N)!;
          // B row-major at an odd offset (in place) and column-major (packed whole)
          const bRow = { data: res(rt, bv), off: 1, rs: N, cs: 1 }, bCol = layout(rt, bv.subarray(0, Kd * N), Kd, N, "col");
          for (const B of [bRow, bCol]) {
            for (const colMajorC of [false, true]) {
              c.fill(NaN);
              const [crs, ccs] = colMajorC ? [1, M] : [N, 1];
              rt.k.gemmDirect(0, M, N, Kd, rt.address(a), Kd, 1, rt.address(B.data, B.off), B.rs, B.cs, rt.address(c), crs, ccs, rt.pack);
              const ct = new Float64Array(M * N);
              for (let i = 0; i < M; i++) for (let j = 0; j < N; j++) ct[i * N + j] = c[i * crs + j * ccs];
              expectProduct(ct, reference(av, 0, Kd, 1, B.data, B.off, B.rs, B.cs, M, Kd, N));
            }
          }
        });
      }

      it("the in-place kernel agrees with the packed one (A transposed, C through strides)", () => {
        const [M, Kd, N] = [23, 45, 31];
        const av = fill(M * Kd, 19), bv = fill(Kd * N, 20);
        const a = res(rt, av), b = res(rt, bv), c1 = rt.allocF64(M * N)!, c2 = rt.allocF64(M * N)!;
        // A stored column-major (ars = 1, acs = M), C written column-major
        const at = res(rt, Array.from({ length: M * Kd }, (_, q) => av[(q % M) * Kd + Math.floor(q / M)]));
        rt.k.gemmDirect(0, M, N, Kd, rt.address(at), 1, M, rt.address(b), N, 1, rt.address(c1), 1, M, rt.pack);
        const ap = rt.scratch(rt.k.packedABytes(M, Kd));
        rt.k.packA(M, Kd, rt.address(a), Kd, 1, ap);
        rt.k.gemmPacked(M, 0, M, N, Kd, ap, rt.address(b), N, 1, rt.address(c2), 1, M, rt.pack);
        rt.release(ap);
        // the same fused multiply-adds in the same order: equal bit for bit
        expect(firstMismatch(c1, c2, same)).toBeNull();
      });

      // A·Bᵀ of row-major arrays with few rows (dZ·A_prevᵀ): dot products over contiguous rows (a
      // last strip of 1 or 2 rows 4 columns at a time)
      for (const [M, Kd, N, threaded] of [[1, 1, 1, false], [5, 7, 3, false], [4, 2, 2, false], [64, 1, 9, false], [37, 513, 29, false], [20, 1025, 70, true], [3, 9, 301, true], [64, 300, 16, true], [2, 5, 7, false], [10, 64, 30, false], [10, 64, 784, true]] as [number, number, number, boolean][]) {
        it(`A·Bᵀ by dot products, ${M}×${Kd}×${N}${threaded ? ", threaded" : ""} (odd k, edge rows and columns)`, () => {
          const r = threaded ? rt2 : rt;
          const av = fill(M * Kd, 13), bv = fill(Kd * N, 14);
          const A = layout(r, av, M, Kd, "row"), B = layout(r, bv, Kd, N, "col");
          const c = r.allocF64(M * N)!;
          c.fill(NaN);
          const before = r.threadPool()?.stats.chunks ?? 0;
          expect(K.gemm(r, M, N, Kd, r.address(A.data), A.rs, A.cs, r.address(B.data), B.rs, B.cs, r.address(c), N, 1)).toBe(true);
          if (threaded) expect(r.threadPool()!.stats.chunks).toBeGreaterThan(before);
          expectProduct(c, reference(A.data, 0, A.rs, A.cs, B.data, 0, B.rs, B.cs, M, Kd, N));
        });
      }

      // a small C from a long k (W1·X): ranges of k summed separately, then added up (A row-major
      // or transposed); one thread: no ranges
      for (const [M, Kd, N, la, threads] of [[20, 2049, 209, "row", 2], [3, 5000, 2, "row", 2], [7, 1024, 7, "row", 2], [20, 2049, 209, "col", 2], [9, 1030, 5, "col", 2], [20, 2049, 209, "row", 1], [5, 1300, 6, "row", 1]] as [number, number, number, "row" | "col", number][]) {
        it(`${threads > 1 ? "threaded " : ""}${M}×${Kd}×${N}, A ${la}, ${threads > 1 ? "split along k " : ""}matches a plain loop (C written through strides)`, () => {
          const r = threads > 1 ? rt2 : rt;
          const av = fill(M * Kd, 15), bv = fill(Kd * N, 16);
          const A = layout(r, av, M, Kd, la), b = res(r, bv), c = r.allocF64(M * N)!;
          c.fill(NaN);
          const pool = r.threadPool();
          const before = pool?.stats.chunks ?? 0;
          // C transposed (column-major) so the final sums go through strides
          expect(K.gemm(r, M, N, Kd, r.address(A.data), A.rs, A.cs, r.address(b), N, 1, r.address(c), 1, M)).toBe(true);
          if (threads > 1) expect(pool!.stats.chunks - before).toBeGreaterThanOrEqual(2);
          const ct = new Float64Array(M * N);
          for (let i = 0; i < M; i++) for (let j = 0; j < N; j++) ct[i * N + j] = c[j * M + i];
          expectProduct(ct, reference(A.data, 0, A.rs, A.cs, bv, 0, N, 1, M, Kd, N));
        });
      }
    });

    describe("unary", () => {
      const x = decs(fx.unary.x);
      for (const op of Object.keys(fx.unary.ops)) {
        it(`${op} equals numpy within 1e-12 (edge values: ±0, ±inf, nan, subnormals, overflow limits)`, () => {
          const want = decs(fx.unary.ops[op]);
          const src = res(rt, x), dst = rt.allocF64(x.length)!;
          expect(K.unary(rt, op, sv(src, 0, [1]), dst, [x.length])).toBe(true);
          expect(firstMismatch(dst, want, close)).toBeNull();
        });
      }

      it("exp is within 1 ulp of e^x correctly rounded everywhere, and rounded correctly more often than numpy's", () => {
        const x = decs(fx.exp_rounding.x), exact = decs(fx.exp_rounding.exact);
        const src = res(rt, x), dst = rt.allocF64(x.length)!;
        expect(K.unary(rt, "exp", sv(src, 0, [1]), dst, [x.length])).toBe(true);
        const ulps = (a: number, b: number) => Math.abs(Number(new BigInt64Array(Float64Array.of(a).buffer)[0] - new BigInt64Array(Float64Array.of(b).buffer)[0]));
        let off = 0;
        for (let i = 0; i < x.length; i++) {
          const d = ulps(dst[i], exact[i]);
          if (d > 1) throw new Error(`exp(${x[i]}) = ${dst[i]}, ${d} ulps from ${exact[i]}`);
          off += d;
        }
        // the table's 2^(j/256) as hi + lo: ~1.5 % of results 1 ulp off (numpy 4.3 %, the kernel
        // without lo 26 %, the degree-11 polynomial before it 9.4 %)
        expect(off / x.length).toBeLessThan(Math.min(0.03, fx.exp_rounding.numpy_not_rounded));
      });

      it("big blocks are shared with the helper thread (split along a row, and by rows)", () => {
        const n = 300_001;
        const v = fill(n, 31).map((t) => t * 40);
        const src = res(rt2, v), dst = rt2.allocF64(n)!;
        for (const op of ["exp", "tanh", "log"]) {
          const f = (Math as any)[op];
          expect(K.unary(rt2, op, sv(src, 0, [1]), dst, [n])).toBe(true);
          expect(firstMismatch(dst, v.map(f), close)).toBeNull();
          // (996, 300) inside rows of length 301
          const d2 = rt2.allocF64(996 * 300)!;
          expect(K.unary(rt2, op, sv(src, 1, [301, 1]), d2, [996, 300])).toBe(true);
          expect(firstMismatch(d2, Float64Array.from(d2, (_, i) => f(v[1 + 301 * Math.floor(i / 300) + (i % 300)])), close)).toBeNull();
        }
        expect(rt2.threadPool()).not.toBeNull();
      });

      it("strided and 2-d sources, odd lengths, and plain-array staging for exp/log/tanh", () => {
        const n = 2 * 3 * 37;
        const v = fill(2 * n + 1, 30).map((t) => t * 30);
        const src = res(rt, v);
        for (const op of ["exp", "tanh", "log", "sqrt", "negative"]) {
          const f = op === "negative" ? (t: number) => -t : (Math as any)[op];
          // every other element, as a (6, 37) block of a (6, 74) array
          const dst = rt.allocF64(n)!;
          expect(K.unary(rt, op, sv(src, 1, [74, 2]), dst, [6, 37])).toBe(true);
          const want = Float64Array.from({ length: n }, (_, i) => f(v[1 + 74 * Math.floor(i / 37) + 2 * (i % 37)]));
          expect(firstMismatch(dst, want, close)).toBeNull();
        }
        const plain = v.slice(0, 333), out = new Float64Array(333);
        expect(K.unary(rt, "exp", sv(plain, 0, [1]), out, [333])).toBe(true);
        expect(firstMismatch(out, plain.map(Math.exp), close)).toBeNull();
        // cheap ops on plain arrays are left to TypeScript
        expect(K.unary(rt, "negative", sv(plain, 0, [1]), out, [333])).toBe(false);
        expect(K.unary(rt, "cbrt", sv(src, 0, [1]), rt.allocF64(333)!, [333])).toBe(false);
      });
    });

    describe("binary", () => {
      const special = decs(fx.binary.special);
      const tile = (k: number) => Float64Array.from({ length: special.length * k }, (_, i) => special[i % special.length]);
      // the operands each fixture case describes (see its "note"), as buffer + offset + strides
      type Op = { data: Float64Array; off: number; strides: number[] };
      const c = (rt_: Runtime, v: Float64Array, strides: number[], off = 0): Op => ({ data: res(rt_, v), off, strides });
      const T = (v: Float64Array, rows: number, cols: number): Op => c(rt, v, [1, rows]); // (cols,rows) C-order seen transposed
      const A = () => c(rt, fill(117, 1), [13, 1]);
      const operands: Record<string, () => [Op, Op]> = {
        contiguous: () => [A(), c(rt, fill(117, 2), [13, 1])],
        "row broadcast": () => [A(), c(rt, fill(13, 3), [0, 1])],
        "column broadcast": () => [A(), c(rt, fill(9, 4), [1, 0])],
        "scalar right": () => [A(), { data: Float64Array.of(0.375), off: 0, strides: [0, 0] }],
        "scalar left": () => [{ data: Float64Array.of(-1.25), off: 0, strides: [0, 0] }, A()],
        "transposed left": () => [T(fill(117, 5), 9, 13), A()],
        "transposed right": () => [A(), T(fill(117, 6), 9, 13)],
        "X.T + X": () => [c(rt, fill(121, 7), [1, 11]), c(rt, fill(121, 7), [11, 1])],
        sliced: () => [c(rt, fill(500, 8), [50, 1], 28), c(rt, fill(170, 9), [17, 1])],
        "3-d broadcast": () => [c(rt, fill(75, 10), [25, 0, 1]), c(rt, fill(100, 11), [0, 25, 1])],
        specials: () => {
          const a = tile(12);
          const b = Float64Array.from(a, (_, i) => a[(i - 3 + a.length) % a.length]);
          return [c(rt, a, [1]), c(rt, b, [1])];
        },
      };
      for (const cs of fx.binary.cases as { name: string; shape: number[]; expect: Record<string, Enc[]> }[]) {
        it(`${cs.name}: all six ops equal numpy exactly`, () => {
          const [a, b] = operands[cs.name]();
          for (const [op, want] of Object.entries(cs.expect)) {
            const out = rt.allocF64(want.length)!;
            expect(K.binary(rt, op, sv(a.data, a.off, a.strides), sv(b.data, b.off, b.strides), out, cs.shape)).toBe(true);
            expect(firstMismatch(out, decs(want), same)).toBeNull();
          }
        });
      }

      it("large broadcasts match a plain loop; big non-resident operands are declined", () => {
        const [R, C] = [301, 257];
        const x = res(rt, fill(R * C, 40)), row = res(rt, fill(C, 41)), col = fill(R, 42);
        const out = rt.allocF64(R * C)!;
        expect(K.binary(rt, "divide", sv(x, 0, [C, 1]), sv(col, 0, [1, 0]), out, [R, C])).toBe(true);
        expect(firstMismatch(out, Float64Array.from(out, (_, i) => x[i] / col[Math.floor(i / C)]), same)).toBeNull();
        expect(K.binary(rt, "subtract", sv(row, 0, [0, 1]), sv(x, 0, [C, 1]), out, [R, C])).toBe(true);
        expect(firstMismatch(out, Float64Array.from(out, (_, i) => row[i % C] - x[i]), same)).toBeNull();
        const sq = res(rt, fill(C * C, 43)), o2 = rt.allocF64(C * C)!;
        expect(K.binary(rt, "add", sv(sq, 0, [1, C]), sv(sq, 0, [C, 1]), o2, [C, C])).toBe(true);
        expect(firstMismatch(o2, Float64Array.from(o2, (_, i) => sq[(i % C) * C + Math.floor(i / C)] + sq[i]), same)).toBeNull();
        expect(K.binary(rt, "add", sv(x.slice(), 0, [C, 1]), sv(x, 0, [C, 1]), out, [R, C])).toBe(false);
        expect(K.binary(rt, "add", sv(x, 0, [C, 1]), sv(x, 0, [C, 1]), new Float64Array(R * C), [R, C])).toBe(false);
        expect(K.binary(rt, "power", sv(x, 0, [C, 1]), sv(x, 0, [C, 1]), out, [R, C])).toBe(false);
      });
    });

    describe("sum", () => {
      const S = spread(37 * 300, 12);
      const run = (x: Float64Array, off: number, strides: number[], shape: number[], axes: number[], m: number) => {
        const out = new Float64Array(m);
        expect(K.reduce(rt, "sum", sv(res(rt, x), off, strides), shape, axes, out)).toBe(true);
        return out;
      };
      it("axis 1 (pairwise, like numpy) is bit-identical to numpy", () => {
        expect(firstMismatch(run(S, 0, [300, 1], [37, 300], [1], 37), decs(fx.sum.S_axis1), same)).toBeNull();
      });
      it("axis 0 (row after row, like numpy) is bit-identical to numpy", () => {
        expect(firstMismatch(run(S, 0, [300, 1], [37, 300], [0], 300), decs(fx.sum.S_axis0), same)).toBeNull();
      });
      it("all axes, and a 100003-long vector, are bit-identical to numpy", () => {
        expect(run(S, 0, [300, 1], [37, 300], [0, 1], 1)[0]).toBe(dec(fx.sum.S_all));
        expect(run(spread(100003, 14), 0, [1], [100003], [0], 1)[0]).toBe(dec(fx.sum.V_all));
      });
      it("middle axis of a 3-d array and a transposed view agree with numpy within 1e-12 of Σ|x|", () => {
        const T3 = spread(3 * 130 * 7, 13);
        const got = run(T3, 0, [910, 7, 1], [3, 130, 7], [1], 21), want = decs(fx.sum.T3_axis1);
        const mag = new Float64Array(21);
        for (let i = 0; i < 3; i++) for (let r = 0; r < 130; r++) for (let j = 0; j < 7; j++) mag[i * 7 + j] += Math.abs(T3[i * 910 + r * 7 + j]);
        expect(firstMismatch(got, want, (g, w, i) => Math.abs(g - w) <= 1e-12 * mag[i])).toBeNull();
        const st = run(S, 0, [1, 300], [300, 37], [0], 37), w2 = decs(fx.sum.ST_axis0);
        const m2 = new Float64Array(37);
        for (let i = 0; i < S.length; i++) m2[Math.floor(i / 300)] += Math.abs(S[i]);
        expect(firstMismatch(st, w2, (g, w, i) => Math.abs(g - w) <= 1e-12 * m2[i])).toBeNull();
      });
      // max/min: the TypeScript rule (acc stays if nan or strictly better; so nan wins and the later
      // of equal values wins), which the kernel follows exactly down columns
      const scan = (vals: number[], max: boolean) => vals.reduce((acc, x) => (acc !== acc || (max ? acc > x : acc < x) ? acc : x), max ? -Infinity : Infinity);
      const tricky = (n: number, seed: number) => {
        const v = Array.from(fill(n, seed));
        for (let i = 0; i < n; i += 97) v[i] = NaN;
        for (let i = 5; i < n; i += 41) v[i] = i % 2 ? Infinity : -Infinity;
        for (let i = 11; i < n; i += 13) v[i] = i % 3 ? 0 : -0;
        return Float64Array.from(v);
      };
      for (const op of ["max", "min"] as const) {
        it(`${op} down columns (axis 0) equals a left-to-right scan exactly: nan, ±inf, ±0`, () => {
          const [R, C] = [203, 37];
          const x = tricky(R * C, op === "max" ? 31 : 32);
          const out = new Float64Array(C);
          expect(K.reduce(rt, op, sv(res(rt, x), 0, [C, 1]), [R, C], [0], out)).toBe(true);
          const want = Float64Array.from({ length: C }, (_, c) => scan(Array.from({ length: R }, (_, r) => x[r * C + c]), op === "max"));
          expect(firstMismatch(out, want, same)).toBeNull();
        });
        it(`${op} along rows (axis 1, 3-d middle axis, all) equals a scan up to the sign of a zero`, () => {
          const [R, C] = [29, 301];
          const x = tricky(R * C, op === "max" ? 33 : 34);
          const zeroSign = (g: number, w: number) => same(g, w) || (g === 0 && w === 0);
          const out = new Float64Array(R);
          expect(K.reduce(rt, op, sv(res(rt, x), 0, [C, 1]), [R, C], [1], out)).toBe(true);
          const want = Float64Array.from({ length: R }, (_, r) => scan(Array.from(x.subarray(r * C, (r + 1) * C)), op === "max"));
          expect(firstMismatch(out, want, zeroSign)).toBeNull();
          // rows without nan: the extreme is a real value of the row
          const clean = Float64Array.from(fill(R * C, 35));
          const o2 = new Float64Array(R);
          expect(K.reduce(rt, op, sv(res(rt, clean), 0, [C, 1]), [R, C], [1], o2)).toBe(true);
          for (let r = 0; r < R; r++) expect(o2[r]).toBe((op === "max" ? Math.max : Math.min)(...clean.subarray(r * C, (r + 1) * C)));
          const all = new Float64Array(1);
          expect(K.reduce(rt, op, sv(res(rt, clean), 0, [C, 1]), [R, C], [0, 1], all)).toBe(true);
          expect(all[0]).toBe((op === "max" ? Math.max : Math.min)(...clean));
          const mid = new Float64Array(3 * 7);
          const t3 = Float64Array.from(fill(3 * 50 * 7, 36));
          expect(K.reduce(rt, op, sv(res(rt, t3), 0, [350, 7, 1]), [3, 50, 7], [1], mid)).toBe(true);
          for (let i = 0; i < 3; i++) for (let j = 0; j < 7; j++) expect(mid[i * 7 + j]).toBe(scan(Array.from({ length: 50 }, (_, r) => t3[i * 350 + r * 7 + j]), op === "max"));
        });
      }

      it("declines what it does not cover: non-resident input, tiny or empty arrays", () => {
        expect(K.reduce(rt, "sum", sv(S, 0, [300, 1]), [37, 300], [1], new Float64Array(37))).toBe(false);
        expect(K.reduce(rt, "sum", sv(res(rt, S), 0, [1]), [10], [0], new Float64Array(1))).toBe(false);
        expect(K.reduce(rt, "sum", sv(res(rt, S), 0, [300, 1]), [0, 300], [1], new Float64Array(0))).toBe(false);
      });
    });
  });
}
