import { shapeStr } from "./shape";

/** numpy's broadcasting rule: align trailing axes; sizes must match or be 1. */
export function broadcastShapes(...shapes: (readonly number[])[]): number[] {
  const nd = Math.max(0, ...shapes.map((s) => s.length));
  const out = new Array<number>(nd).fill(1);
  for (const s of shapes) {
    for (let i = 0; i < s.length; i++) {
      const o = nd - s.length + i;
      const d = s[i];
      if (d === out[o] || d === 1) continue;
      if (out[o] === 1) out[o] = d;
      else throw new Error(`operands could not be broadcast together with shapes ${shapes.map(shapeStr).join(" ")} `);
    }
  }
  return out;
}

/** Strides that read an array of `shape`/`strides` as if it had `target` shape (0 on broadcast axes). */
export function broadcastStrides(shape: readonly number[], strides: readonly number[], target: readonly number[]): number[] {
  const out = new Array<number>(target.length).fill(0);
  const off = target.length - shape.length;
  for (let i = 0; i < shape.length; i++) out[off + i] = shape[i] === 1 && target[off + i] !== 1 ? 0 : strides[i];
  return out;
}

/**
 * Merges adjacent axes that every operand walks contiguously, so the inner loop runs as long as possible
 * (e.g. a (1000, 1000) + (1000, 1000) add becomes one loop of 10^6).
 */
export function coalesce(shape: readonly number[], strides: readonly (readonly number[])[]): { shape: number[]; strides: number[][] } {
  const sh: number[] = [];
  const st: number[][] = strides.map(() => []);
  for (let i = 0; i < shape.length; i++) {
    if (shape[i] === 1) continue; // size-1 axes carry no motion
    const last = sh.length - 1;
    if (last >= 0 && strides.every((s, k) => st[k][last] === s[i] * shape[i])) {
      sh[last] *= shape[i];
      strides.forEach((s, k) => (st[k][last] = s[i]));
    } else {
      sh.push(shape[i]);
      strides.forEach((s, k) => st[k].push(s[i]));
    }
  }
  return { shape: sh, strides: st };
}

/** One run of a reduction's layout: kept or reduced axes merged while they step through memory as one. */
export interface ReductionRun {
  red: boolean;
  size: number;
  stride: number;
}

/**
 * The layout of a reduction over `axes`: runs of kept (K) and reduced (R) axes, size-1 axes dropped
 * and neighbours merged when they step through memory as one, with the pattern ("KR" for a sum
 * along contiguous rows, "RK" for one down columns, "R" for all of a contiguous array).
 */
export function reductionRuns(shape: readonly number[], strides: readonly number[], axes: readonly number[]): { runs: ReductionRun[]; kinds: string } {
  const runs: ReductionRun[] = [];
  for (let i = 0; i < shape.length; i++) {
    if (shape[i] === 1) continue;
    const red = axes.includes(i);
    const last = runs[runs.length - 1];
    if (last && last.red === red && last.stride === strides[i] * shape[i]) {
      last.size *= shape[i];
      last.stride = strides[i];
    } else runs.push({ red, size: shape[i], stride: strides[i] });
  }
  return { runs, kinds: runs.map((r) => (r.red ? "R" : "K")).join("") };
}

/**
 * Walks an N-d index space in C order, calling `inner(n, offsets)` once per innermost run of length n.
 * `offsets[k]` is operand k's start offset for that run; operand k advances by strides[k][last] inside it.
 * This one iterator serves every elementwise op, copy and reduction, with the loop body specialised by
 * the caller.
 */
export function forEachRun(
  shape: readonly number[],
  strides: number[][],
  starts: number[],
  inner: (n: number, offsets: number[], innerStrides: number[]) => void,
): void {
  for (const d of shape) if (d === 0) return;
  const c = coalesce(shape, strides);
  const nd = c.shape.length;
  const k = starts.length;
  const offs = starts.slice();
  if (nd === 0) {
    inner(1, offs, new Array<number>(k).fill(0));
    return;
  }
  const n = c.shape[nd - 1];
  const innerStrides = c.strides.map((s) => s[nd - 1]);
  const outer = nd - 1;
  const idx = new Array<number>(outer).fill(0);
  for (;;) {
    inner(n, offs, innerStrides);
    // odometer over the outer axes
    let ax = outer - 1;
    for (; ax >= 0; ax--) {
      idx[ax]++;
      for (let j = 0; j < k; j++) offs[j] += c.strides[j][ax];
      if (idx[ax] < c.shape[ax]) break;
      for (let j = 0; j < k; j++) offs[j] -= c.strides[j][ax] * c.shape[ax];
      idx[ax] = 0;
    }
    if (ax < 0) return;
  }
}
