// Argument handling shared by the samplers: `size` values and array-valued parameters broadcast the
// way numpy's random module does (with its error texts).

import { NDArray } from "../ndarray";
import { asarray } from "../creation";
import type { ArrayLike } from "../ndarray";

/** numpy's `size`: a number, a list of dims, or null/undefined for "one scalar". */
export type Size = number | readonly number[] | null | undefined;

const shapeText = (s: readonly number[]) => (s.length === 1 ? `(${s[0]},)` : `(${s.join(", ")})`);

/** A dimension list from a `size` argument, checked like numpy's np.empty(size). */
export function sizeShape(size: number | readonly number[]): number[] {
  const dims = typeof size === "number" ? [size] : [...size];
  for (const d of dims) {
    if (typeof d !== "number" || !Number.isInteger(d)) {
      throw new TypeError(
        typeof size === "number" ? `expected a sequence of integers or a single integer, got '${size}'` : `'float' object cannot be interpreted as an integer`,
      );
    }
    if (d < 0) throw new Error("negative dimensions are not allowed");
  }
  return dims;
}

/** Dimensions given as separate numbers (`rand(3, 2)`), checked like numpy. */
export function dimsShape(dims: readonly number[]): number[] {
  for (const d of dims) {
    if (typeof d !== "number" || !Number.isInteger(d)) throw new TypeError("'float' object cannot be interpreted as an integer");
    if (d < 0) throw new Error("negative dimensions are not allowed");
  }
  return [...dims];
}

export const sizeOf = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

/** Broadcast shape of several shapes with numpy's np.broadcast error text. */
export function broadcastAll(shapes: readonly (readonly number[])[]): number[] {
  const nd = Math.max(0, ...shapes.map((s) => s.length));
  const out = new Array<number>(nd).fill(1);
  const owner = new Array<number>(nd).fill(-1); // which argument fixed each dimension
  shapes.forEach((s, j) => {
    for (let i = 0; i < s.length; i++) {
      const o = nd - s.length + i;
      if (s[i] === 1 || s[i] === out[o]) continue;
      if (out[o] === 1) {
        out[o] = s[i];
        owner[o] = j;
      } else {
        throw new Error(
          "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between " +
            `arg ${owner[o]} with shape ${shapeText(shapes[owner[o]])} and arg ${j} with shape ${shapeText(s)}.`,
        );
      }
    }
  });
  return out;
}

/** The parameters as float64 arrays, read through broadcasting into `shape`, in C order. */
export interface BroadcastParams {
  shape: number[];
  /** Value of parameter k at flat output position i. */
  values: Float64Array[];
}

/**
 * Resolves the output shape of a sampler with array-like parameters: with `size`, the parameters must
 * broadcast to exactly that shape; without it, the output has the parameters' broadcast shape.
 */
export function broadcastParams(params: readonly ArrayLike[], size: Size): BroadcastParams {
  const arrays = params.map((p) => asarray(p, { dtype: "float64" }));
  const pshape = broadcastAll(arrays.map((a) => a.shape));
  let shape = pshape;
  if (size !== null && size !== undefined) {
    shape = sizeShape(size);
    const both = broadcastAll([shape, ...arrays.map((a) => a.shape)]);
    if (both.length !== shape.length || both.some((d, i) => d !== shape[i])) {
      throw new Error(`Output size ${shapeText(shape)} is not compatible with broadcast dimensions of inputs ${shapeText(both)}.`);
    }
  }
  return { shape, values: arrays.map((a) => spread(a, shape)) };
}

/** An array's values repeated as broadcasting to `shape` implies, flattened in C order. */
function spread(a: NDArray, shape: readonly number[]): Float64Array {
  const n = sizeOf(shape);
  const out = new Float64Array(n);
  const nd = shape.length;
  const strides = new Array<number>(nd).fill(0);
  for (let i = 0; i < a.ndim; i++) {
    const o = nd - a.ndim + i;
    strides[o] = a.shape[i] === 1 ? 0 : a.strides[i];
  }
  const idx = new Array<number>(nd).fill(0);
  let off = a.offset;
  for (let k = 0; k < n; k++) {
    out[k] = a.data[off];
    for (let ax = nd - 1; ax >= 0; ax--) {
      idx[ax]++;
      off += strides[ax];
      if (idx[ax] < shape[ax]) break;
      off -= strides[ax] * idx[ax];
      idx[ax] = 0;
    }
  }
  return out;
}

export const isOptions = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof NDArray) && !ArrayBuffer.isView(v);

/** Splits positional arguments from a trailing options object. */
export function withOptions<T extends object>(args: unknown[], names: (keyof T)[]): Partial<T> {
  const out: Record<string, unknown> = {};
  const last = args[args.length - 1];
  const positional = isOptions(last) ? args.slice(0, -1) : args;
  names.forEach((n, i) => {
    if (positional[i] !== undefined) out[n as string] = positional[i];
  });
  if (isOptions(last)) for (const [k, v] of Object.entries(last)) if (v !== undefined) out[k] = v;
  return out as Partial<T>;
}

export const isScalar = (v: unknown): v is number => typeof v === "number";

/** A 0-d NDArray parameter counts as a scalar, as in numpy. */
export function scalarize<T>(v: T): T | number {
  return v instanceof NDArray && v.ndim === 0 ? v.item() : v;
}
