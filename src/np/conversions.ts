// Array conversions: numpy's astype (function form), asanyarray, asarray_chkfinite,
// ascontiguousarray, asfortranarray and require. np has one array class and C-ordered creation, so
// most of these are asarray with a check or a layout.
import { NDArray, ArrayLike } from "./ndarray";
import { DType, toDType } from "./dtype";
import { asarray, DTypeOption } from "./creation";
import { atleast1d } from "./manipulation";

/**
 * A copy converted to `dtype` (numpy 2's np.astype); `copy: false` returns x itself when it already
 * has that dtype.
 * @example np.astype(np.array([1.7, -2.5]), "int64") // → array([ 1, -2])
 */
export function astype(x: NDArray, dtype: DType | string, opts: { copy?: boolean } = {}): NDArray {
  const d = toDType(dtype);
  if (opts.copy === false && x.dtype === d) return x;
  return x.astype(d);
}

/**
 * numpy's asanyarray: the same as asarray here (np has no array subclasses).
 * @example np.asanyarray([1, 2]) // → array([1, 2])
 */
export function asanyarray(a: ArrayLike, opts: DTypeOption = {}): NDArray {
  return asarray(a, opts);
}

/**
 * asarray, refusing nan and infinities.
 * @example np.asarrayChkfinite([1, 2]) // → array([1, 2])
 */
export function asarrayChkfinite(a: ArrayLike, opts: DTypeOption = {}): NDArray {
  const x = asarray(a, opts);
  for (let i = 0; i < x.size; i++) if (!Number.isFinite(x.getFlat(i))) throw new Error("array must not contain infs or NaNs");
  return x;
}

/**
 * The array in C order, copied only when it is not already (at least 1-D, as numpy returns).
 * @example np.ascontiguousarray(np.arange(6).reshape(2, 3).T).isContiguous // → true
 */
export function ascontiguousarray(a: ArrayLike, opts: DTypeOption = {}): NDArray {
  const x = atleast1d(asarray(a, opts));
  return x.isContiguous ? x : x.copy();
}

/**
 * The array in Fortran (column-major) order, copied when needed (at least 1-D): a transposed view of a
 * C-ordered copy of its transpose.
 * @example np.asfortranarray(np.arange(6).reshape(2, 3)).strides // → [ 1, 2 ]
 */
export function asfortranarray(a: ArrayLike, opts: DTypeOption = {}): NDArray {
  const x = atleast1d(asarray(a, opts));
  return x.T.isContiguous ? x : x.T.copy().T;
}

type Requirement = "C" | "C_CONTIGUOUS" | "CONTIGUOUS" | "F" | "F_CONTIGUOUS" | "FORTRAN" | "A" | "ALIGNED" | "W" | "WRITEABLE" | "O" | "OWNDATA" | "E" | "ENSUREARRAY";
const KNOWN = new Set(["C", "C_CONTIGUOUS", "CONTIGUOUS", "F", "F_CONTIGUOUS", "FORTRAN", "A", "ALIGNED", "W", "WRITEABLE", "O", "OWNDATA", "E", "ENSUREARRAY"]);

/**
 * An array of `dtype` meeting layout requirements ("C": C order, "F": Fortran order, "O": own
 * data — a copy; "A", "W", "E" always hold here). Exported as np.require (`require` itself would
 * shadow the module loader inside this file).
 * @example np.require([1, 2], "float64", ["C"]) // → array([1., 2.])
 */
export function require_(a: ArrayLike, dtype?: DType | string | null, requirements: Requirement | readonly Requirement[] | null = null): NDArray {
  const reqs = (requirements === null ? [] : typeof requirements === "string" ? [requirements] : [...requirements]).map((r) => r.toUpperCase());
  for (const r of reqs) if (!KNOWN.has(r)) throw new Error(`'${r}'`);
  let x = asarray(a, dtype ? { dtype } : {});
  const c = reqs.some((r) => r === "C" || r === "C_CONTIGUOUS" || r === "CONTIGUOUS");
  const f = reqs.some((r) => r === "F" || r === "F_CONTIGUOUS" || r === "FORTRAN");
  if (c && f) throw new Error('Cannot specify both "C" and "F" order');
  if (reqs.some((r) => r === "O" || r === "OWNDATA") && x === a) x = x.copy();
  if (c) x = x.isContiguous ? x : x.copy();
  if (f) x = asfortranarray(x);
  return x;
}
