// The public np namespace: numpy's names, gathered from the files that implement them.
import { NDArray } from "./ndarray";
import { asarray } from "./creation";
import type { ArrayLike } from "./ndarray";
import { wasmStatus } from "./wasm";

export { NDArray } from "./ndarray";
export type { ArrayLike, Index } from "./ndarray";
export type { DType } from "./dtype";
export { Slice } from "./indexing";
export { array, asarray, zeros, ones, empty, full, zerosLike, onesLike, fullLike, emptyLike, arange, linspace, eye, identity } from "./creation";
export { transposeFn as transpose, swapaxes, squeeze, expandDims, broadcastTo, concatenate, stack, hstack, vstack, arraySplit, split, tile, repeat, meshgrid, diag } from "./manipulation";
export { sort, argsort, unique, countNonzero } from "./sorting";
export {
  flip, fliplr, flipud, roll, rot90, pad, moveaxis, atleast1d, atleast2d, atleast3d, append, insert, delete_ as delete,
  columnStack, dstack, broadcastArrays, broadcastShapes, hsplit, vsplit, dsplit,
} from "./rearrange";
export type { PadMode, PadOptions } from "./rearrange";
export {
  add, subtract, multiply, divide, power, maximum, minimum, heaviside, arctan2, mod, floorDivide,
  less, greater, lessEqual, greaterEqual, equal, notEqual, logicalAnd, logicalOr, logicalXor,
  negative, abs, absolute, exp, log, log1p, log2, log10, expm1, sqrt, square, tanh, sin, cos, tan, arctan, sign, floor, ceil, rint, reciprocal,
  isnan, isfinite, isinf, logicalNot, clip, where, isclose, allclose, arrayEqual, round,
  arcsin, arccos, sinh, cosh, arcsinh, arccosh, arctanh, cbrt, exp2, trunc, fix, signbit, isposinf, isneginf, around,
  remainder, hypot, fmod, fmax, fmin, logaddexp, logaddexp2, copysign, gcd, lcm, floatPower, pow, atan2, trueDivide,
  fabs, positive, deg2rad, radians, rad2deg, degrees, asin, acos, atan, asinh, acosh, atanh,
} from "./ufunc";
export {
  nanToNum, isin, diff, ediff1d, interp, trapezoid, convolve, correlate, inner, kron, cross,
  intersect1d, union1d, setdiff1d, setxor1d, cov, corrcoef, histogram, histogramBinEdges, sinc, divmod, modf, vdot, tensordot, gradient, unwrap,
} from "./maths";
export { vecdot, matrixTranspose } from "./linalg_decomp";
export type { NanToNumOptions, DiffOptions, CovOptions, HistogramOptions, UnwrapOptions } from "./maths";
export { sum, prod, max, min, any, all, mean, var_ as var, std, argmax, argmin, cumsum, cumprod } from "./reduce";
export { take, diagonal, trace } from "./picking";
export {
  median, quantile, percentile, average, ptp, amax, amin, nansum, nanmean, nanvar, nanstd, nanmax, nanmin, nanargmax, nanargmin,
  nancumsum, nancumprod, bincount, digitize,
} from "./statistics";
export type { QuantileOptions } from "./statistics";
export type { TakeOptions, DiagonalOptions } from "./picking";
export { dot, matmul, outer } from "./linalg";
export { argwhere, flatnonzero, searchsorted, partition, argpartition, lexsort } from "./searching";
export type { SearchsortedOptions, PartitionOptions } from "./searching";
export { choose, compress, extract, select, place, put, putmask, takeAlongAxis, putAlongAxis, copyto, fillDiagonal } from "./selecting";
export {
  ix_, indices, diagIndices, diagIndicesFrom, trilIndices, trilIndicesFrom, triuIndices, triuIndicesFrom, maskIndices, ravelMultiIndex, unravelIndex,
} from "./index_grids";
export type { TriIndicesOptions } from "./index_grids";
export { tri, tril, triu, vander, diagflat } from "./triangles";
export { logspace, geomspace, fromfunction, fromiter } from "./sequences";
export { matvec, vecmat } from "./matvec";
export type { SpaceOptions } from "./sequences";
export { block, concat, rowStack, unstack } from "./joining";
export { resize, rollaxis, permuteDims, trimZeros } from "./reshaping";
export { cumulativeSum, cumulativeProd } from "./cumulative";
export type { CumulativeOptions } from "./cumulative";
export { nanprod } from "./statistics";
export { nanmedian, nanquantile, nanpercentile } from "./nan_quantiles";
export { uniqueValues, uniqueCounts, uniqueInverse, uniqueAll } from "./unique_sets";
export { arrayEquiv, isscalar, iterable, mayShareMemory, sharesMemory, isfortran } from "./predicates";
export { applyAlongAxis, applyOverAxes, piecewise } from "./apply";
export { bartlett, blackman, hamming, hanning, kaiser, i0 } from "./windows";
export { frexp, ldexp, nextafter, spacing } from "./float_parts";
export { astype, asanyarray, asarrayChkfinite, ascontiguousarray, asfortranarray, require_ as require } from "./conversions";
export {
  bitwiseAnd, bitwiseOr, bitwiseXor, bitwiseNot, bitwiseInvert, invert, leftShift, rightShift, bitwiseLeftShift, bitwiseRightShift,
  bitwiseCount, packbits, unpackbits, binaryRepr, baseRepr,
} from "./bitwise";
export type { PackOptions } from "./bitwise";
export { poly, polyadd, polysub, polymul, polydiv, polyder, polyint, polyval, polyfit, roots } from "./polynomial";
export type { PolyfitOptions } from "./polynomial";
export { einsum, einsumPath } from "./einsum";
export { histogramdd, histogram2d } from "./histogram_nd";
export * from "./io";
export type { HistogramDDOptions } from "./histogram_nd";
export type { EinsumOptions } from "./einsum";
export {
  resultType, promoteTypes, canCast, minScalarType, commonType, issubdtype, isdtype, mintypecode, typename,
  generic, number, integer, signedinteger, inexact, floating,
} from "./type_rules";
export { geterr, seterr, errstate, geterrcall, seterrcall, getbufsize, setbufsize } from "./errstate";
export type { ErrMode, ErrSettings } from "./errstate";
export { nonzero } from "./indexing";
export * as linalg from "./linalg_api";
export { random } from "./random";
export { arrayStr, arrayRepr, array2string, setPrintOptions, getPrintOptions, resetPrintOptions, withPrintOptions, formatFloatPositional, formatFloatScientific } from "./printing";
export type { PrintOptions } from "./printing";
// numpy's own spellings of the print-option functions (printoptions: scoped, around a callback)
export { setPrintOptions as setPrintoptions, getPrintOptions as getPrintoptions, withPrintOptions as printoptions } from "./printing";

/** numpy's `np.newaxis` (`None`): use in `x.get(":", np.newaxis)`. */
export const newaxis = null;
/** π */ export const pi = Math.PI;
/** Euler's number. */ export const e = Math.E;
/** Positive infinity. */ export const inf = Infinity;
/** Not a number. */ export const nan = NaN;
/** dtype names, so `{ dtype: np.float64 }` reads like numpy. */
export const float64 = "float64", float32 = "float32", int64 = "int64", int32 = "int32", bool = "bool";

/**
 * `np.reshape(x, shape)`: same as `x.reshape(shape)`.
 * @example
 * np.reshape(np.arange(6), [2, -1]) // → array([[0, 1, 2],
 * //        [3, 4, 5]])
 */
export function reshape(a: ArrayLike, ...shape: (number | readonly number[])[]): NDArray {
  return asarray(a).reshape(...shape);
}
/** `np.shape(x)`: the shape as a number[]. @example np.shape([[1, 2, 3], [4, 5, 6]]) // → [ 2, 3 ] */
export function shape(a: ArrayLike): number[] {
  return [...asarray(a).shape];
}
/** `np.ndim(x)`: the number of axes. @example np.ndim([[1, 2, 3], [4, 5, 6]]) // → 2 */
export function ndim(a: ArrayLike): number {
  return asarray(a).ndim;
}
/** `np.size(x)`: the number of elements. @example np.size([[1, 2, 3], [4, 5, 6]]) // → 6 */
export function size(a: ArrayLike): number {
  return asarray(a).size;
}
/** `np.copy(x)`: a C-ordered copy. @example np.copy([1, 2]) // → array([1, 2]) */
export function copy(a: ArrayLike): NDArray {
  return asarray(a).copy();
}
/** `np.ravel(x)`: flattened, a view when possible. @example np.ravel([[1, 2], [3, 4]]) // → array([1, 2, 3, 4]) */
export function ravel(a: ArrayLike): NDArray {
  return asarray(a).ravel();
}

/**
 * numpy's `np.show_config()`: what np runs on here, the WebAssembly kernel tier (relaxed SIMD, plain
 * SIMD, or none: pure TypeScript), the threads big kernels use, and the WASM heap where big float64
 * arrays live. Prints, or with `{ mode: "dicts" }` returns the numbers.
 * @example
 * np.showConfig() // prints: deepts kernels: relaxed-simd, 2 thread(s), ...
 * typeof np.showConfig({ mode: "dicts" }).kernels.threads // → 'number'
 */
export function showConfig(opts: { mode?: "stdout" | "dicts" } = {}): { kernels: ReturnType<typeof wasmStatus> } | undefined {
  const k = wasmStatus();
  if (opts.mode === "dicts") return { kernels: k };
  const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;
  console.log(
    `deepts kernels: ${k.tier}, ${k.threads} thread(s)\n` +
      `  WASM heap: ${mib(k.heapBytes)} (${mib(k.liveBytes)} in ${k.liveBlocks} blocks not yet freed)\n` +
      `  forced collections: ${k.forcedCollections} (${k.collectionMs.toFixed(0)} ms); jobs shared with helpers: ${k.threadedJobs} (helpers took ${(100 * k.helperShare).toFixed(0)}% of their chunks)`,
  );
  return undefined;
}
