// Shared by the WebAssembly kernel tests (test/np/wasm/*.test.ts): numpy's answers
// (test/gen/wasm_fixtures.py -> test/fixtures/wasm.json), the generator's inputs, comparisons, a
// plain float64 triple loop for products too big for a fixture, operand layouts, the SIMD tiers.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { Runtime, bestTier } from "../../../src/np/wasm";

export type Enc = number | string;
export const fx = JSON.parse(readFileSync(join(__dirname, "..", "..", "fixtures", "wasm.json"), "utf8"));
export const dec = (v: Enc): number => (v === "nan" ? NaN : v === "inf" ? Infinity : v === "-inf" ? -Infinity : v === "-0" ? -0 : (v as number));
export const decs = (a: Enc[]) => Float64Array.from(a, dec);

/** The generator's input formula: ((i·7919 + seed·104729) mod 2001) / 1000 − 1. */
export function fill(n: number, seed: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = ((i * 7919 + seed * 104729) % 2001) / 1000 - 1;
  return out;
}

/** The generator's spread(): fill(n, seed) scaled by 2^k, k = rint(30·fill(n, seed + 50)), exact. */
export function spread(n: number, seed: number): Float64Array {
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
export function same(a: number, b: number): boolean {
  return Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));
}

export function firstMismatch(got: ArrayLike<number>, want: ArrayLike<number>, ok: (g: number, w: number, i: number) => boolean): string | null {
  if (got.length !== want.length) return `length ${got.length} != ${want.length}`;
  for (let i = 0; i < want.length; i++) if (!ok(got[i], want[i], i)) return `[${i}] got ${got[i]} want ${want[i]}`;
  return null;
}

/** Within 1e-12 relative; exact for 0, ±inf and nan; subnormal results within two of their steps. */
export function close(g: number, w: number): boolean {
  if (same(g, w)) return true;
  if (!Number.isFinite(w) || !Number.isFinite(g)) return false;
  if (w === 0 || g === 0) return Math.abs(g - w) <= 1e-323;
  if (Math.abs(w) < 2.2250738585072014e-308) return Math.abs(g - w) <= 1e-323;
  return Math.abs(g - w) <= 1e-12 * Math.abs(w);
}

/** A resident copy of `values` in rt's memory. */
export function res(rt: Runtime, values: ArrayLike<number>): Float64Array {
  const a = rt.allocF64(values.length)!;
  expect(a).not.toBeNull();
  a.set(values);
  return a;
}

/** Plain triple loop: c[i][j] = Σ a(i,k)·b(k,j), and the magnitude Σ |a(i,k)·b(k,j)| for tolerances. */
export function reference(a: Float64Array, aOff: number, ars: number, acs: number, b: Float64Array, bOff: number, brs: number, bcs: number, M: number, Kd: number, N: number) {
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

export function expectProduct(got: ArrayLike<number>, ref: { c: Float64Array; mag: Float64Array }, gotOff = 0) {
  const bad = firstMismatch(Array.from({ length: ref.c.length }, (_, i) => got[gotOff + i]), ref.c, (g, w, i) => Math.abs(g - w) <= 1e-12 * ref.mag[i]);
  expect(bad).toBeNull();
}

/**
 * An M×K operand stored in one of several layouts inside a larger buffer: row-major, transposed
 * (column-major), or a strided slice (every other row, starting at column 3, every second column).
 */
export function layout(rt: Runtime | null, values: Float64Array, rows: number, cols: number, kind: "row" | "col" | "slice") {
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

export const TIERS = (["simd", "relaxed-simd"] as const).filter((t) => bestTier(t) === t);
/** Runtimes a test file made; each file closes its own: afterAll(closeRuntimes). */
export const runtimes: Runtime[] = [];
export const closeRuntimes = (): void => runtimes.splice(0).forEach((r) => r.close());
