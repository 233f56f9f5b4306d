import { NDArray, ArrayLike, copyInto } from "./ndarray";
import { alloc } from "./storage";
import { broadcastShapes, broadcastStrides, forEachRun } from "./broadcast";
import { cStrides, sizeOf, shapeStr } from "./shape";
import { castValue } from "./dtype";
import { asarray } from "./creation";

/**
 * A slice `start:stop:step`; any part may be null, as in Python. Strings like "1:" parse to this.
 * @example np.arange(10).get(new np.Slice(1, null, 3)) // → array([1, 4, 7])
 */
export class Slice {
  constructor(readonly start: number | null = null, readonly stop: number | null = null, readonly step: number | null = null) {}
  /** Python's slice.indices(n): concrete start, step and length for an axis of size n. */
  indices(n: number): { start: number; step: number; length: number } {
    const step = this.step ?? 1;
    if (step === 0) throw new Error("slice step cannot be zero");
    const clamp = (v: number | null, dflt: number, lo: number, hi: number) => {
      if (v === null) return dflt;
      const w = v < 0 ? v + n : v;
      return Math.min(Math.max(w, lo), hi);
    };
    const start = step > 0 ? clamp(this.start, 0, 0, n) : clamp(this.start, n - 1, -1, n - 1);
    const stop = step > 0 ? clamp(this.stop, n, 0, n) : clamp(this.stop, -1, -1, n - 1);
    const length = Math.max(0, Math.ceil((stop - start) / step));
    return { start, step, length };
  }
}

/**
 * One index of `x.get(...)`: an integer; a slice string ("1:", ":", "::-1", "2:5:2"); "..." (ellipsis);
 * null (numpy's newaxis); a Slice; a bool mask or integer array (NDArray or JS array).
 */
export type Index = number | string | null | Slice | NDArray | readonly number[] | readonly boolean[];

const ELLIPSIS = Symbol("...");
type Parsed = number | Slice | null | typeof ELLIPSIS | NDArray;

/**
 * Parsed slice strings: a loop indexes with the same few ("1:", ":", "0:100") over and over, and
 * parsing one cost more than the rest of a `get` (Slices are immutable, so one serves every call).
 */
const parsedSlices = new Map<string, Slice | typeof ELLIPSIS>();
const PARSED_SLICES_MAX = 1024;

function parseSliceString(s: string): Slice | typeof ELLIPSIS {
  let p = parsedSlices.get(s);
  if (p === undefined) {
    p = parseSliceText(s);
    if (parsedSlices.size < PARSED_SLICES_MAX) parsedSlices.set(s, p);
  }
  return p;
}

function parseSliceText(s: string): Slice | typeof ELLIPSIS {
  const t = s.trim();
  if (t === "...") return ELLIPSIS;
  const parts = t.split(":");
  if (parts.length < 2 || parts.length > 3) throw new Error(`invalid index '${s}': use an integer, a slice like "1:" or "::2", "...", or null`);
  const num = (p: string) => {
    if (p.trim() === "") return null;
    const v = Number(p);
    if (!Number.isInteger(v)) throw new Error(`invalid slice '${s}': slice indices must be integers`);
    return v;
  };
  return new Slice(num(parts[0]), num(parts[1]), parts.length === 3 ? num(parts[2]) : null);
}

function parse(i: Index): Parsed {
  if (i === null || i === undefined) return null;
  if (typeof i === "number") {
    if (!Number.isInteger(i)) throw new Error("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices");
    return i;
  }
  if (typeof i === "string") return parseSliceString(i);
  if (i instanceof Slice) return i;
  const a = asarray(i as ArrayLike);
  if (Array.isArray(i) && i.length === 0) return a.astype("int64");
  if (a.dtype === "float64" || a.dtype === "float32") throw new Error("arrays used as indices must be of integer (or boolean) type");
  return a;
}

function consumes(p: Parsed): number {
  if (p === null || p === ELLIPSIS) return 0;
  if (p instanceof NDArray && p.dtype === "bool") return Math.max(p.ndim, 1);
  return 1;
}

function checkInt(i: number, n: number, axis: number): number {
  if (i < -n || i >= n) throw new RangeError(`index ${i} is out of bounds for axis ${axis} with size ${n}`);
  return i < 0 ? i + n : i;
}

interface Plan {
  /** The basic-indexing view (advanced axes kept whole). */
  view: NDArray;
  /** Advanced indices: view axis and integer array (already broadcast). */
  adv: { axis: number; idx: NDArray }[];
}

/**
 * The view for an index of integers, slices (strings or Slice) and newaxis only, or null for
 * anything else (an ellipsis, arrays, too many indices, a non-integer or out-of-bounds number, a zero
 * step), which the general planIndex handles with its checks, in numpy's order, and messages. The
 * common `X.get(i)`, `w.get("1:")` in a loop: one pass, no intermediate lists (0.4 -> 0.04-0.06 µs
 * per get).
 */
function basicView(x: NDArray, index: Index[]): NDArray | null {
  const nd = x.shape.length;
  const shape: number[] = [], strides: number[] = [];
  let offset = x.offset, ax = 0;
  for (let k = 0; k < index.length; k++) {
    const i = index[k];
    if (i === null || i === undefined) {
      shape.push(1);
      strides.push(0);
      continue;
    }
    if (ax >= nd) return null;
    const n = x.shape[ax];
    if (typeof i === "number") {
      if (!Number.isInteger(i) || i < -n || i >= n) return null;
      offset += (i < 0 ? i + n : i) * x.strides[ax];
    } else {
      const sl = typeof i === "string" ? parseSliceString(i) : i instanceof Slice ? i : null;
      if (sl === null || sl === ELLIPSIS || sl.step === 0) return null;
      const { start, step, length } = sl.indices(n);
      if (length > 0) offset += start * x.strides[ax];
      shape.push(length);
      strides.push(x.strides[ax] * step);
    }
    ax++;
  }
  for (; ax < nd; ax++) {
    shape.push(x.shape[ax]);
    strides.push(x.strides[ax]);
  }
  return new NDArray(x.data, shape, x.dtype, strides, offset, x.base ?? x);
}

function planIndex(x: NDArray, index: Index[]): Plan {
  const basic = basicView(x, index);
  if (basic) return { view: basic, adv: [] };
  const parsed = index.map(parse);
  const nEll = parsed.filter((p) => p === ELLIPSIS).length;
  if (nEll > 1) throw new Error("an index can only have a single ellipsis ('...')");
  const used = parsed.reduce<number>((s, p) => s + consumes(p), 0);
  if (used > x.ndim) throw new RangeError(`too many indices for array: array is ${x.ndim}-dimensional, but ${used} were indexed`);
  // Expand the ellipsis (or pad at the end) with full slices.
  const fill = Array.from({ length: x.ndim - used }, () => new Slice());
  const ell = parsed.indexOf(ELLIPSIS);
  const full: Parsed[] = ell >= 0 ? [...parsed.slice(0, ell), ...fill, ...parsed.slice(ell + 1)] : [...parsed, ...fill];
  const hasAdvanced = full.some((p) => p instanceof NDArray);

  const shape: number[] = [];
  const strides: number[] = [];
  let offset = x.offset;
  const advRaw: { axis: number; idx: NDArray; srcAxis: number }[] = [];
  let ax = 0;
  for (const p of full) {
    if (p === null) {
      shape.push(1), strides.push(0);
    } else if (typeof p === "number") {
      if (hasAdvanced) {
        advRaw.push({ axis: shape.length, idx: asarray(p), srcAxis: ax });
        shape.push(x.shape[ax]), strides.push(x.strides[ax]);
      } else offset += checkInt(p, x.shape[ax], ax) * x.strides[ax];
      ax++;
    } else if (p instanceof Slice) {
      const { start, step, length } = p.indices(x.shape[ax]);
      if (length > 0) offset += start * x.strides[ax];
      shape.push(length), strides.push(x.strides[ax] * step);
      ax++;
    } else if (p instanceof NDArray) {
      if (p.dtype === "bool") {
        const k = Math.max(p.ndim, 1);
        const m = p.ndim === 0 ? p.reshape(1) : p;
        for (let j = 0; j < k; j++)
          if (m.shape[j] !== x.shape[ax + j])
            throw new RangeError(`boolean index did not match indexed array along axis ${ax + j}; size of axis is ${x.shape[ax + j]} but size of corresponding boolean axis is ${m.shape[j]}`);
        nonzero(m).forEach((idx, j) => {
          advRaw.push({ axis: shape.length, idx, srcAxis: ax });
          shape.push(x.shape[ax]), strides.push(x.strides[ax]);
          ax++;
        });
      } else {
        advRaw.push({ axis: shape.length, idx: p, srcAxis: ax });
        shape.push(x.shape[ax]), strides.push(x.strides[ax]);
        ax++;
      }
    }
  }
  const view = new NDArray(x.data, shape, x.dtype, strides, offset, x.base ?? x);
  if (advRaw.length === 0) return { view, adv: [] };
  let b: number[];
  try {
    b = broadcastShapes(...advRaw.map((a) => a.idx.shape));
  } catch {
    throw new RangeError(`shape mismatch: indexing arrays could not be broadcast together with shapes ${advRaw.map((a) => shapeStr(a.idx.shape)).join(" ")} `);
  }
  const adv = advRaw.map(({ axis, idx, srcAxis }) => {
    const n = shape[axis];
    const d = idx.data;
    const bc = new NDArray(idx.data, b, idx.dtype, broadcastStrides(idx.shape, idx.strides, b), idx.offset);
    const out = new Float64Array(sizeOf(b));
    let k = 0;
    forEachRun(b, [bc.strides], [bc.offset], (m, [o], [s]) => {
      for (let i = 0; i < m; i++, o += s) out[k++] = checkInt(d[o], n, srcAxis);
    });
    return { axis, idx: new NDArray(out, b, "int64") };
  });
  return { view, adv };
}

/**
 * Indices of non-zero elements, one int64 array per axis (numpy's nonzero).
 * @example
 * const [rows, cols] = np.nonzero([[0, 1], [2, 0]]);
 * rows // → array([0, 1])
 * cols // → array([1, 0])
 */
export function nonzero(a: ArrayLike): NDArray[] {
  const x1 = asarray(a);
  if (x1.ndim === 0) throw new Error("Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.");
  const hits: number[] = [];
  const n = x1.size;
  const c = x1.isContiguous ? x1.contiguousData() : x1.copy().data;
  for (let i = 0; i < n; i++) if (c[i] !== 0) hits.push(i);
  const cs = cStrides(x1.shape);
  return x1.shape.map((d, axis) => {
    const out = new Float64Array(hits.length);
    hits.forEach((h, k) => (out[k] = Math.floor(h / cs[axis]) % d));
    return new NDArray(out, [hits.length], "int64");
  });
}

/** For advanced indexing: the result shape and the source offset of each result element in C order. */
function gatherOffsets(p: Plan): { shape: number[]; offsets: Float64Array } {
  const { view, adv } = p;
  const b = adv[0].idx.shape;
  const nb = sizeOf(b);
  const advOff = new Float64Array(nb);
  for (const { axis, idx } of adv) {
    const s = view.strides[axis];
    const d = idx.data;
    for (let i = 0; i < nb; i++) advOff[i] += d[i] * s;
  }
  const advAxes = adv.map((a) => a.axis);
  const consecutive = advAxes.every((a, i) => i === 0 || a === advAxes[i - 1] + 1);
  const rest = view.shape.map((_, i) => i).filter((i) => !advAxes.includes(i));
  // Result axes: B's axes (kind -1 - k) placed where numpy puts them, plus the remaining view axes.
  const insertAt = consecutive ? rest.filter((i) => i < advAxes[0]).length : 0;
  const restAxes = rest.map((i) => ({ size: view.shape[i], stride: view.strides[i], bStride: 0 }));
  const bcs = cStrides(b);
  const bAxes = b.map((size, k) => ({ size, stride: 0, bStride: bcs[k] }));
  const axes = [...restAxes.slice(0, insertAt), ...bAxes, ...restAxes.slice(insertAt)];
  const shape = axes.map((a) => a.size);
  const total = sizeOf(shape);
  const offsets = new Float64Array(total);
  if (total === 0) return { shape, offsets };
  const nd = axes.length;
  const idx = new Array<number>(nd).fill(0);
  let off = view.offset, bi = 0;
  for (let k = 0; k < total; k++) {
    offsets[k] = off + advOff[bi];
    for (let j = nd - 1; j >= 0; j--) {
      const a = axes[j];
      if (++idx[j] < a.size) {
        off += a.stride;
        bi += a.bStride;
        break;
      }
      off -= a.stride * (a.size - 1);
      bi -= a.bStride * (a.size - 1);
      idx[j] = 0;
    }
  }
  return { shape, offsets };
}

/** The mask when the index is one bool array shaped like x (the `x[x < 0]` case), else null. */
function fullMask(x: NDArray, index: Index[]): NDArray | null {
  if (index.length !== 1 || !(index[0] instanceof NDArray)) return null;
  const m = index[0];
  if (m.dtype !== "bool" || m.ndim !== x.ndim || x.ndim === 0 || m.shape.some((d, i) => d !== x.shape[i])) return null;
  return m;
}

/**
 * One integer array on one axis (`X[:, perm]`, `Y[idx]`): blocks of the other axes copied per index,
 * without an offset table per element.
 */
function take(v: NDArray, ax: number, idxArr: NDArray): NDArray {
  const idx = idxArr.data;
  const nb = idx.length;
  const inner = v.shape.slice(ax + 1);
  const shape = [...v.shape.slice(0, ax), ...idxArr.shape, ...inner];
  const out = new NDArray(alloc(v.dtype, sizeOf(shape), false), shape, v.dtype);
  const innerSize = sizeOf(inner);
  const innerOffs = new Float64Array(innerSize);
  let k = 0;
  forEachRun(inner, [v.strides.slice(ax + 1)], [0], (n, [o], [s]) => {
    for (let i = 0; i < n; i++, o += s) innerOffs[k++] = o;
  });
  const S = v.data, D = out.data, sAx = v.strides[ax];
  let o = 0;
  forEachRun(v.shape.slice(0, ax), [v.strides.slice(0, ax)], [v.offset], (n, [base], [s]) => {
    for (let r = 0; r < n; r++, base += s)
      if (innerSize === 1) for (let j = 0; j < nb; j++) D[o++] = S[base + idx[j] * sAx + innerOffs[0]];
      else
        for (let j = 0; j < nb; j++) {
          const b0 = base + idx[j] * sAx;
          for (let i = 0; i < innerSize; i++) D[o++] = S[b0 + innerOffs[i]];
        }
  });
  return out;
}

/** `x[index]`: a view for basic indices, a copy when masks or integer arrays are involved. */
export function getIndex(x: NDArray, index: Index[]): NDArray {
  const mask = fullMask(x, index);
  if (mask) {
    // Direct walk: no offset table for the most common mask form.
    const picked: number[] = [];
    const X = x.data, M = mask.data;
    forEachRun(x.shape, [x.strides, mask.strides], [x.offset, mask.offset], (n, [ox, om], [sx, sm]) => {
      for (let i = 0; i < n; i++, ox += sx, om += sm) if (M[om] !== 0) picked.push(X[ox]);
    });
    const out = new NDArray(alloc(x.dtype, picked.length, false), [picked.length], x.dtype);
    out.data.set(picked);
    return out;
  }
  const p = planIndex(x, index);
  if (p.adv.length === 0) return p.view;
  if (p.adv.length === 1) return take(p.view, p.adv[0].axis, p.adv[0].idx);
  const { shape, offsets } = gatherOffsets(p);
  const out = new NDArray(alloc(x.dtype, offsets.length, false), shape, x.dtype);
  const S = x.data, D = out.data;
  for (let i = 0; i < offsets.length; i++) D[i] = S[offsets[i]];
  return out;
}

/** `x[index] = value`, in place; value broadcasts to the indexed shape. */
export function setIndex(x: NDArray, index: Index[], value: ArrayLike): void {
  const mask = fullMask(x, index);
  if (mask && (typeof value === "number" || typeof value === "boolean")) {
    // `dL[x < 0] = slope`: one pass over the mask, no offset table.
    const v = castValue(Number(value), x.dtype);
    const X = x.data, M = mask.data;
    forEachRun(x.shape, [x.strides, mask.strides], [x.offset, mask.offset], (n, [ox, om], [sx, sm]) => {
      for (let i = 0; i < n; i++, ox += sx, om += sm) if (M[om] !== 0) X[ox] = v;
    });
    return;
  }
  const p = planIndex(x, index);
  if (p.adv.length === 0 && (typeof value === "number" || typeof value === "boolean")) {
    // `w.set(0, b)`, `x.set(":", 0)`: the number written straight into the view
    const c = castValue(Number(value), x.dtype), view = p.view, D = view.data;
    if (view.shape.length === 0) D[view.offset] = c;
    else
      forEachRun(view.shape, [view.strides], [view.offset], (n, [o], [s]) => {
        for (let i = 0; i < n; i++, o += s) D[o] = c;
      });
    return;
  }
  let v = asarray(value);
  if (p.adv.length === 0) {
    copyInto(p.view, v);
    return;
  }
  // as if the value were copied first (`a.set([2, 1, 0], a.get(":3"))`)
  if (v.data === x.data) v = v.copy();
  const { shape, offsets } = gatherOffsets(p);
  const single = index.length === 1 ? parse(index[0]) : null;
  if (single instanceof NDArray && single.dtype === "bool" && single.ndim === x.ndim && x.ndim > 0) {
    // numpy's dedicated mask-assignment path and its messages
    if (v.ndim > 1) throw new Error(`NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has ${v.ndim} dimensions`);
    if (v.size !== 1 && v.size !== offsets.length)
      throw new Error(`NumPy boolean array indexing assignment cannot assign ${v.size} input values to the ${offsets.length} output values where the mask is true`);
  }
  let bs: number[];
  try {
    const b = broadcastShapes(v.shape, shape);
    if (b.length !== shape.length || b.some((d, i) => d !== shape[i])) throw new Error();
    bs = broadcastStrides(v.shape, v.strides, shape);
  } catch {
    throw new Error(`shape mismatch: value array of shape ${shapeStr(v.shape)} could not be broadcast to indexing result of shape ${shapeStr(shape)}`);
  }
  const D = x.data, V = v.data, dt = x.dtype;
  let k = 0;
  forEachRun(shape, [bs], [v.offset], (n, [o], [s]) => {
    for (let i = 0; i < n; i++, o += s) D[offsets[k++]] = castValue(V[o], dt);
  });
}
