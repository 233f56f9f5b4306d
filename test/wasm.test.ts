// The WebAssembly kernels (src/np/wasm), on both SIMD tiers, single- and multi-threaded.
// Expected values: numpy (test/gen/wasm_fixtures.py -> test/fixtures/wasm.json) where the fixture can
// hold them, and a plain float64 triple loop for products too big for a fixture.
import { execFile, execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as vm from "node:vm";
import { afterAll, describe, expect, it } from "vitest";
import { np } from "../src";
import { Runtime, Tier, bestTier, setWasmEnabled, wasmStatus } from "../src/np/wasm";
import * as K from "../src/np/wasm/kernels";
import { strided as sv } from "../src/np/strided";

type Enc = number | string;
const fx = JSON.parse(readFileSync(join(__dirname, "fixtures", "wasm.json"), "utf8"));
const dec = (v: Enc): number => (v === "nan" ? NaN : v === "inf" ? Infinity : v === "-inf" ? -Infinity : v === "-0" ? -0 : (v as number));
const decs = (a: Enc[]) => Float64Array.from(a, dec);

/** The generator's input formula: ((i·7919 + seed·104729) mod 2001) / 1000 − 1. */
function fill(n: number, seed: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = ((i * 7919 + seed * 104729) % 2001) / 1000 - 1;
  return out;
}

/** The generator's spread(): fill(n, seed) scaled by 2^k, k = rint(30·fill(n, seed + 50)), exact. */
function spread(n: number, seed: number): Float64Array {
  const pow2 = (k: number) => {
    const d = new DataView(new ArrayBuffer(8));
    d.setBigUint64(0, BigInt(k + 1023) << 52n);
    return d.getFloat64(0);
  };
  const rint = (t: number) => (Math.abs(t % 1) === 0.5 ? 2 * Math.round(t / 2) : Math.round(t));
  const f = fill(n, seed), g = fill(n, seed + 50);
  return Float64Array.from(f, (v, i) => v * pow2(rint(g[i] * 30)));
}

/** Same value, NaN equal to NaN, and 0 distinct from -0. */
function same(a: number, b: number): boolean {
  return Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));
}

function firstMismatch(got: ArrayLike<number>, want: ArrayLike<number>, ok: (g: number, w: number, i: number) => boolean): string | null {
  if (got.length !== want.length) return `length ${got.length} != ${want.length}`;
  for (let i = 0; i < want.length; i++) if (!ok(got[i], want[i], i)) return `[${i}] got ${got[i]} want ${want[i]}`;
  return null;
}

/** Within 1e-12 relative; exact for 0, ±inf and nan; subnormal results within two of their steps. */
function close(g: number, w: number): boolean {
  if (same(g, w)) return true;
  if (!Number.isFinite(w) || !Number.isFinite(g)) return false;
  if (w === 0 || g === 0) return Math.abs(g - w) <= 1e-323;
  if (Math.abs(w) < 2.2250738585072014e-308) return Math.abs(g - w) <= 1e-323;
  return Math.abs(g - w) <= 1e-12 * Math.abs(w);
}

/** A resident copy of `values` in rt's memory. */
function res(rt: Runtime, values: ArrayLike<number>): Float64Array {
  const a = rt.allocF64(values.length)!;
  expect(a).not.toBeNull();
  a.set(values);
  return a;
}

/** Plain triple loop: c[i][j] = Σ a(i,k)·b(k,j), and the magnitude Σ |a(i,k)·b(k,j)| for tolerances. */
function reference(a: Float64Array, aOff: number, ars: number, acs: number, b: Float64Array, bOff: number, brs: number, bcs: number, M: number, Kd: number, N: number) {
  const c = new Float64Array(M * N), mag = new Float64Array(M * N);
  for (let i = 0; i < M; i++)
    for (let j = 0; j < N; j++) {
      let s = 0, m = 0;
      for (let k = 0; k < Kd; k++) {
        const p = a[aOff + i * ars + k * acs] * b[bOff + k * brs + j * bcs];
        s += p;
        m += Math.abs(p);
      }
      c[i * N + j] = s;
      mag[i * N + j] = m;
    }
  return { c, mag };
}

function expectProduct(got: ArrayLike<number>, ref: { c: Float64Array; mag: Float64Array }, gotOff = 0) {
  const bad = firstMismatch(Array.from({ length: ref.c.length }, (_, i) => got[gotOff + i]), ref.c, (g, w, i) => Math.abs(g - w) <= 1e-12 * ref.mag[i]);
  expect(bad).toBeNull();
}

/**
 * An M×K operand stored in one of several layouts inside a larger buffer: row-major, transposed
 * (column-major), or a strided slice (every other row, starting at column 3, every second column).
 */
function layout(rt: Runtime | null, values: Float64Array, rows: number, cols: number, kind: "row" | "col" | "slice") {
  if (kind === "row") return { data: rt ? res(rt, values) : values.slice(), off: 0, rs: cols, cs: 1 };
  if (kind === "col") {
    const t = new Float64Array(rows * cols);
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) t[j * rows + i] = values[i * cols + j];
    return { data: rt ? res(rt, t) : t, off: 0, rs: 1, cs: rows };
  }
  const ld = 2 * cols + 5;
  const big = new Float64Array(2 * rows * ld + 8).fill(NaN); // the gaps must never be read
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) big[3 + 2 * i * ld + 2 * j] = values[i * cols + j];
  return { data: rt ? res(rt, big) : big, off: 3, rs: 2 * ld, cs: 2 };
}

const TIERS = (["simd", "relaxed-simd"] as const).filter((t) => bestTier(t) === t);
const runtimes: Runtime[] = [];
afterAll(() => runtimes.forEach((r) => r.close()));

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

      for (const [M, Kd, N] of [[130, 257, 129], [300, 40, 200], [20, 1200, 209], [1000, 20, 60]] as [number, number, number][]) {
        it(`threaded ${M}×${Kd}×${N} (split along ${M <= N ? "N" : "M"}) matches a plain loop`, () => {
          const av = fill(M * Kd, 11), bv = fill(Kd * N, 12);
          const A = layout(rt2, av, M, Kd, M > 500 ? "col" : "row"), b = res(rt2, bv), c = rt2.allocF64(M * N)!;
          c.fill(NaN);
          K.gemm(rt2, M, N, Kd, rt2.address(A.data), A.rs, A.cs, rt2.address(b), N, 1, rt2.address(c), N, 1);
          expect(rt2.threadPool()).not.toBeNull();
          expectProduct(c, reference(A.data, 0, A.rs, A.cs, bv, 0, N, 1, M, Kd, N));
        });
      }

      // A·Bᵀ of row-major arrays with few rows (dZ·A_prevᵀ): dot products over contiguous rows
      for (const [M, Kd, N, threaded] of [[1, 1, 1, false], [5, 7, 3, false], [4, 2, 2, false], [64, 1, 9, false], [37, 513, 29, false], [20, 1025, 70, true], [3, 9, 301, true], [64, 300, 16, true]] as [number, number, number, boolean][]) {
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

      // a small C from a long k (W1·X): ranges of k summed separately, then added up
      for (const [M, Kd, N] of [[20, 2049, 209], [3, 5000, 2], [7, 1024, 7]] as [number, number, number][]) {
        it(`threaded ${M}×${Kd}×${N} split along k matches a plain loop (C written through strides)`, () => {
          const av = fill(M * Kd, 15), bv = fill(Kd * N, 16);
          const a = res(rt2, av), b = res(rt2, bv), c = rt2.allocF64(M * N)!;
          c.fill(NaN);
          const pool = rt2.threadPool()!;
          const before = pool.stats.chunks;
          // C transposed (column-major) so the final sums go through strides
          expect(K.gemm(rt2, M, N, Kd, rt2.address(a), Kd, 1, rt2.address(b), N, 1, rt2.address(c), 1, M)).toBe(true);
          expect(pool.stats.chunks - before).toBeGreaterThanOrEqual(2);
          const ct = new Float64Array(M * N);
          for (let i = 0; i < M; i++) for (let j = 0; j < N; j++) ct[i * N + j] = c[j * M + i];
          expectProduct(ct, reference(av, 0, Kd, 1, bv, 0, N, 1, M, Kd, N));
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

describe("resident heap", () => {
  const tier = TIERS[TIERS.length - 1] as Exclude<Tier, "none">;

  it("reuses freed blocks, zeroes them, coalesces neighbours, and keeps views valid across growth", () => {
    const rt = new Runtime({ tier, helpers: 0 });
    runtimes.push(rt);
    const h = rt.heap;
    const a = h.allocate(1000), b = h.allocate(1000), c = h.allocate(5000);
    expect([a % 64, b - a, c - b]).toEqual([0, 1024, 1024]);
    h.release(a);
    h.release(b); // merges with a
    expect(h.allocate(2048)).toBe(a);
    const v = rt.allocF64(1000)!;
    v.fill(3);
    const before = rt.heap.size;
    const big = rt.allocF64(8_000_000)!; // forces the memory to grow
    expect(rt.heap.size).toBeGreaterThan(before);
    expect(v[999]).toBe(3);
    v[0] = 4;
    expect(new Float64Array(rt.memory.buffer, v.byteOffset, 1)[0]).toBe(4);
    expect(big[7_999_999]).toBe(0);
    // a block handed out again comes back zeroed
    const addr = rt.scratch(4096);
    rt.f64().fill(9, addr / 8, addr / 8 + 512);
    rt.release(addr);
    const w = rt.allocF64(512)!;
    expect(w.byteOffset).toBe(addr);
    expect(w.every((t) => t === 0)).toBe(true);
  });

  it("allocations and releases stopped halfway (interrupted cells) leave consistent bookkeeping", () => {
    const rt = new Runtime({ tier, helpers: 0 });
    runtimes.push(rt);
    const heap = rt.heap;
    const held: number[] = [];
    // a vm timeout terminates the thread wherever it is, as the kernel's interrupt does
    const churn = () => {
      for (let i = 0; ; i++) {
        const a = heap.allocate(64 * (1 + ((i * 7919) % 97)));
        if (a >= 0 && i % 3 === 0) held.push(a);
        else if (a >= 0) heap.release(a);
        if (held.length > 50) heap.release(held.shift()!);
      }
    };
    for (let t = 0; t < 40; t++) {
      expect(() => vm.runInNewContext("churn()", { churn }, { timeout: 2 + (t % 5) })).toThrow(/timed out/);
      // the next call repairs whatever was half done; blocks never overlap
      const a = heap.allocate(4096);
      heap.release(a);
      expect(heap.check()).toBeNull();
    }
    for (const a of held) heap.release(a);
    expect(heap.check()).toBeNull();
  });

  it("scratch left by a kernel call cut short (no finally block ran) is released at the next call", () => {
    const rt = new Runtime({ tier, helpers: 0 });
    runtimes.push(rt);
    const x = rt.allocF64(1000)!, out = rt.allocF64(1000)!;
    const used = rt.heap.used;
    rt.scratch(1 << 20); // what a product stopped mid-way leaves behind (its packed A)
    expect(rt.heap.used).toBeGreaterThan(used);
    expect(K.unary(rt, "exp", sv(x, 0, [1]), out, [1000])).toBe(true);
    expect(rt.heap.used).toBe(used);
  });

  it("frees the blocks of collected arrays inside one synchronous loop (forced collection)", () => {
    const rt = new Runtime({ tier, helpers: 0, maxBytes: 256 << 20, softBytes: 32 << 20 });
    runtimes.push(rt);
    let keep: Float64Array | null = null;
    // 400 × 1 MB of short-lived arrays: far more than the 256 MB cap if nothing were freed
    for (let i = 0; i < 400; i++) {
      const x = rt.allocF64(1 << 17);
      expect(x).not.toBeNull();
      x![0] = i;
      keep = x;
    }
    expect(keep![0]).toBe(399);
    expect(rt.stats.plainFallbacks).toBe(0);
    expect(rt.heap.size).toBeLessThanOrEqual(256 << 20);
    expect(rt.stats.collections).toBeGreaterThan(0);
  });

  it("a subarray keeps its parent's block alive: collections never free memory still viewed", () => {
    const rt = new Runtime({ tier, helpers: 0, maxBytes: 256 << 20, softBytes: 32 << 20 });
    runtimes.push(rt);
    // the parent array becomes unreachable except through its views
    const makeView = () => {
      const parent = rt.allocF64(1 << 16)!;
      parent.fill(5);
      return parent.subarray(10, 20);
    };
    const view = makeView();
    expect(view).toBeInstanceOf(Float64Array);
    expect(view.constructor.name).toBe("Float64Array");
    const deeper = view.subarray(2, 4);
    // churn through far more than the threshold so collections happen and blocks get reused
    for (let i = 0; i < 200; i++) rt.allocF64(1 << 16)!.fill(i);
    expect(rt.stats.collections).toBeGreaterThan(0);
    expect(Array.from(view)).toEqual(new Array(10).fill(5));
    expect(Array.from(deeper)).toEqual([5, 5]);
  });

  it("returns null (plain-array fallback) when the cap is reached by live arrays", () => {
    const rt = new Runtime({ tier, helpers: 0, maxBytes: 64 << 20, softBytes: 16 << 20 });
    runtimes.push(rt);
    const live: Float64Array[] = [];
    let nulls = 0;
    for (let i = 0; i < 12; i++) {
      const x = rt.allocF64(1 << 20); // 8 MB each
      if (x) live.push(x);
      else nulls++;
    }
    expect(live.length).toBeGreaterThan(4);
    expect(nulls).toBeGreaterThan(0);
  });
});

describe("through np, with the kernels and with the TypeScript fallbacks", () => {
  /** An array's values in order (a copy). */
  const vals = (x: any) => Float64Array.from(x.data as Float64Array).subarray(x.offset, x.offset + x.size);
  // the same computations twice in this process: WASM on, then off (DEEPTS_NO_WASM=1 does the same)
  const run = () => {
    np.random.seed(3);
    const W = np.array(np.random.randn(40, 300)), X = np.array(np.random.rand(300, 70)), b = np.array(np.random.randn(40, 1));
    const Z = np.add(np.matmul(W, X), b);
    const A = np.tanh(Z), E = np.exp(np.negative(np.abs(Z))), Lg = np.log(np.add(1, E));
    const dW = np.divide(np.matmul(Z, X.T), 70);
    const s0 = np.sum(Z, { axis: 0 }), s1 = np.sum(Z, { axis: 1, keepdims: true });
    const m = np.maximum(0, np.subtract(Z, np.mean(Z)));
    const mx = np.max(Z, { axis: 0 }), mn = np.min(Z, { axis: 1, keepdims: true });
    return [Z, A, E, Lg, dW, s0, s1, m, mx, mn].map(vals);
  };
  it("np.mean and np.var sum in numpy's order: bit-identical to numpy on values spread over 2^±30", () => {
    const S = np.array(spread(37 * 300, 12)).reshape(37, 300), V = np.array(spread(100003, 14));
    expect(firstMismatch(vals(np.mean(S, { axis: 0 })), decs(fx.sum.S_mean_axis0), same)).toBeNull();
    expect(firstMismatch(vals(np.mean(S, { axis: 1 })), decs(fx.sum.S_mean_axis1), same)).toBeNull();
    expect(np.mean(V)).toBe(dec(fx.sum.V_mean));
    expect(firstMismatch(vals(np.var(S, { axis: 1 })), decs(fx.sum.S_var_axis1), same)).toBeNull();
    expect(firstMismatch(vals(np.std(S, { axis: 0 })), decs(fx.sum.S_std_axis0), same)).toBeNull();
  });

  it("give the same numbers (within 1e-12), and the kernels really ran", () => {
    setWasmEnabled(true);
    const fast = run();
    const st = wasmStatus();
    expect(st.tier).not.toBe("none");
    expect(st.liveBlocks).toBeGreaterThan(0);
    setWasmEnabled(false);
    const slow = run();
    setWasmEnabled(true);
    expect(fast.length).toBe(slow.length);
    for (let k = 0; k < fast.length; k++) {
      const bad = firstMismatch(fast[k], slow[k], (g, w) => Math.abs(g - w) <= 1e-12 * Math.max(1, Math.abs(w)));
      expect(bad, `result ${k}`).toBeNull();
    }
  });
});

describe("interrupted cells (the built package in a child process)", () => {
  const dist = join(__dirname, "..", "dist");
  it.skipIf(!existsSync(join(dist, "index.js")))("a product cut short mid-job leaves the helpers' next jobs right", () => {
    // vm's timeout stops the thread mid-product exactly as the kernel's interrupt (breakOnSigint)
    // does: no finally block runs, and the helper thread is still on its chunk of the old job
    const script = `const vm = require("node:vm"); const { np } = require(${JSON.stringify(dist)});
      const A = np.random.rand(600, 600), B = np.random.rand(600, 600), ref = np.matmul(A, B);
      let bad = 0, cut = 0;
      for (let t = 0; t < 30; t++) {
        try { vm.runInNewContext("for (;;) np.matmul(A, B)", { np, A, B }, { timeout: 20 + (t % 7) }); } catch (e) { if (/timed out/.test(e.message)) cut++; else throw e; }
        const d = np.max(np.abs(np.subtract(np.matmul(A, B), ref)));
        if (!(d < 1e-9)) bad++;
      }
      console.log(JSON.stringify({ bad, cut }));`;
    const r = JSON.parse(execFileSync(process.execPath, ["-e", script], { env: { ...process.env, DEEPTS_WASM_THREADS: "2" } }).toString());
    expect(r.cut).toBe(30);
    expect(r.bad).toBe(0);
  });
});

describe("DEEPTS_NO_WASM=1 (the built package in a child process)", () => {
  const dist = join(__dirname, "..", "dist");
  it.skipIf(!existsSync(join(dist, "index.js")))("turns the kernels and WASM storage off; results are unchanged", () => {
    const script = `const { np } = require(${JSON.stringify(dist)}); const w = require(${JSON.stringify(join(dist, "np/wasm"))});
      const x = np.array(np.linspace(-3, 3, 1000)).reshape(20, 50);
      const y = np.sum(np.exp(np.matmul(x, x.T)), { axis: 1 });
      console.log(JSON.stringify({ tier: w.wasmStatus().tier, blocks: w.wasmStatus().liveBlocks, y: Array.from(y.data) }));`;
    const run = (env: Record<string, string>) => JSON.parse(execFileSync(process.execPath, ["-e", script], { env: { ...process.env, ...env } }).toString());
    const off = run({ DEEPTS_NO_WASM: "1" }), on = run({ DEEPTS_NO_WASM: "" });
    expect(off.tier).toBe("none");
    expect(off.blocks).toBe(0);
    expect(on.tier).not.toBe("none");
    expect(on.blocks).toBeGreaterThan(0);
    expect(firstMismatch(on.y, off.y, (g, w) => Math.abs(g - w) <= 1e-12 * Math.abs(w))).toBeNull();
  });
});

describe("memory stays bounded (the built package in a child process)", () => {
  const dist = join(__dirname, "..", "dist");
  // asynchronous, so the test worker keeps answering vitest while the child runs (a synchronous
  // child of a minute makes vitest's RPC time out on a loaded machine)
  const runChild = (script: string, args: string[] = []) =>
    new Promise<any>((resolve, reject) =>
      execFile(process.execPath, [...args, "-e", script], { env: { ...process.env, DEEPTS_WASM_THREADS: "1" }, maxBuffer: 1 << 20 }, (err, stdout) =>
        err ? reject(err) : resolve(JSON.parse(stdout.toString())),
      ),
    );

  it.skipIf(!existsSync(join(dist, "index.js")))("a million small ops (plain and WASM-resident sizes) grow RSS by less than 100 MB", async () => {
    // results of 5 to 4180 elements (both sides of MIN_RESIDENT = 128), adds, scalar products, exp,
    // sums and small matrix products, nothing kept: only collections free the WASM blocks
    const script = `const { np } = require(${JSON.stringify(dist)}); const w = require(${JSON.stringify(join(dist, "np/wasm"))});
      np.random.seed(0);
      const pairs = [[1, 5], [5, 10], [10, 20], [4, 400], [20, 209]].map(([r, c]) => [np.random.rand(r, c), np.random.rand(r, c)]);
      const W = np.random.rand(20, 20), x = np.random.rand(20, 209);
      const rss0 = process.memoryUsage().rss;
      let peak = rss0, check = 0;
      for (let i = 0; i < 1e6; i++) {
        const [a, b] = pairs[i % 5], k = (i / 5) % 4 | 0;
        const r = k === 0 ? np.add(a, b) : k === 1 ? np.multiply(a, 0.5) : k === 2 ? np.exp(a) : i % 20 === 3 ? np.dot(W, x) : np.sum(a, { axis: 0 });
        if (i % 4999 === 0) { peak = Math.max(peak, process.memoryUsage().rss); check += r.size; }
      }
      const s = w.wasmStatus();
      console.log(JSON.stringify({ grownMb: (peak - rss0) / 2 ** 20, heapMb: s.heapBytes / 2 ** 20, collections: s.forcedCollections, tier: s.tier, check }));`;
    const r = await runChild(script);
    expect(r.tier).not.toBe("none");
    expect(r.check).toBeGreaterThan(0);
    expect(r.grownMb).toBeLessThan(100);
  }, 600_000);

  it.skipIf(!existsSync(join(dist, "index.js")))("a long training loop of a small network leaves the process under 300 MB once idle", async () => {
    // the course's shallow network (4 hidden units, 400 planar points), 10000 iterations, then a
    // full collection: WASM memory never shrinks, so this holds only if it never grew far
    const script = `const { np, nn, data } = require(${JSON.stringify(dist)}); const w = require(${JSON.stringify(join(dist, "np/wasm"))});
      const { X, Y } = data.planar();
      const { parameters, costs } = nn.shallow.nnModel(X, Y, 4, { numIterations: 10000, seed: 3 });
      const acc = nn.accuracy(nn.shallow.predict(parameters, X), Y);
      global.gc();
      setTimeout(() => {
        global.gc();
        const s = w.wasmStatus();
        console.log(JSON.stringify({ rssMb: process.memoryUsage().rss / 2 ** 20, heapMb: s.heapBytes / 2 ** 20, collections: s.forcedCollections, acc, last: costs[costs.length - 1] }));
      }, 100);`;
    const r = await runChild(script, ["--expose-gc"]);
    expect(r.acc).toBeGreaterThan(0.85);
    expect(r.rssMb).toBeLessThan(300);
  }, 600_000);
});
