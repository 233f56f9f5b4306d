// Applying functions over pieces of arrays: numpy's apply_along_axis, apply_over_axes and piecewise.
import { NDArray, ArrayLike } from "./ndarray";
import { alloc } from "./storage";
import { isFloat } from "./dtype";
import { normAxis, sizeOf } from "./shape";
import { asarray, zerosLike } from "./creation";
import { expandDims } from "./manipulation";
import { moveaxis } from "./rearrange";
import { logicalNot, logicalOr } from "./ufunc";

/**
 * Calls `func1d` on every 1-D slice along `axis` and stacks the results where the axis was (a
 * function may return a number or an array of any shape).
 * @example np.applyAlongAxis((v) => np.max(v), 1, [[1, 7, 2], [9, 4, 3]]) // → array([7, 9])
 */
export function applyAlongAxis(func1d: (v: NDArray, ...args: any[]) => ArrayLike, axis: number, arr: ArrayLike, ...args: any[]): NDArray {
  const x = asarray(arr);
  const ax = normAxis(axis, x.ndim);
  const moved = moveaxis(x, ax, -1);
  const outer = moved.shape.slice(0, -1);
  const n = sizeOf(outer);
  if (n === 0) throw new Error("Cannot apply_along_axis when any iteration dimensions are 0");
  const at = (i: number) => {
    const pos: number[] = [];
    let r = i;
    for (let d = outer.length - 1; d >= 0; d--) (pos[d] = r % outer[d]), (r = Math.floor(r / outer[d]));
    return moved.get(...pos);
  };
  const results = Array.from({ length: n }, (_, i) => func1d(at(i), ...args));
  // np's reductions return plain numbers: numpy's result dtype is then the input's (float) or what the values need
  const plain = results.every((r) => typeof r === "number" || typeof r === "boolean");
  const dtype = plain
    ? results.every((r) => typeof r === "boolean") ? "bool" : isFloat(x.dtype) ? x.dtype : results.every((r) => Number.isInteger(r)) ? "int64" : "float64"
    : asarray(results[0]).dtype;
  const first = asarray(results[0], { dtype });
  const out = new NDArray(alloc(dtype, n * first.size), [...outer, ...first.shape], dtype);
  results.forEach((r, i) => out.set(...unflat(i, outer), r));
  // the result's axes sit where the sliced axis was
  const k = first.ndim;
  const perm = [...Array.from({ length: ax }, (_, i) => i), ...Array.from({ length: k }, (_, i) => outer.length + i), ...Array.from({ length: outer.length - ax }, (_, i) => ax + i)];
  return out.transpose(perm).copy();
}

function unflat(i: number, shape: number[]): number[] {
  const pos: number[] = [];
  for (let d = shape.length - 1; d >= 0; d--) (pos[d] = i % shape[d]), (i = Math.floor(i / shape[d]));
  return pos;
}

/**
 * Applies `func(a, axis)` for each axis in turn, keeping the reduced axes (as length 1).
 * @example np.applyOverAxes((a, ax) => np.sum(a, { axis: ax }), np.arange(24).reshape(2, 3, 4), [0, 2]) // → array([[[ 60],
 * //         [ 92],
 * //         [124]]])
 */
export function applyOverAxes(func: (a: NDArray, axis: number) => ArrayLike, a: ArrayLike, axes: number | readonly number[]): NDArray {
  let val = asarray(a);
  const N = val.ndim;
  for (let axis of typeof axes === "number" ? [axes] : axes) {
    if (axis < 0) axis += N;
    let res = asarray(func(val, axis));
    if (res.ndim !== val.ndim) {
      res = expandDims(res, axis);
      if (res.ndim !== val.ndim) throw new Error("function is not returning an array of the correct shape");
    }
    val = res;
  }
  return val;
}

/**
 * Evaluates a function (or takes a value) piece by piece: where `condlist[i]` holds, the result is
 * `funclist[i]` applied to those elements of x; one extra function covers the rest (zeros otherwise).
 * @example const x = np.array([-2, -1, 0, 1, 2]); np.piecewise(x, [x.less(0), x.greaterEqual(0)], [(v) => np.negative(v), (v) => v.mul(10)]) // → array([ 2,  1,  0, 10, 20])
 */
export function piecewise(x: ArrayLike, condlist: ArrayLike | readonly ArrayLike[], funclist: readonly (((v: NDArray) => ArrayLike) | number)[]): NDArray {
  const x0 = asarray(x);
  const single = !Array.isArray(condlist) || (condlist.length > 0 && !Array.isArray(condlist[0]) && !(condlist[0] instanceof NDArray) && x0.ndim !== 0);
  // a 0-d x is worked on as one element
  const xa = x0.ndim === 0 ? x0.reshape(1) : x0;
  let conds = (single ? [condlist as ArrayLike] : (condlist as ArrayLike[])).map((c) => asarray(c).astype("bool").reshape(xa.shape));
  const n = conds.length;
  if (funclist.length === n + 1) {
    let any = zerosLike(xa, { dtype: "bool" });
    for (const c of conds) any = logicalOr(any, c) as NDArray;
    conds = [...conds, logicalNot(any) as NDArray];
  } else if (funclist.length !== n) throw new Error(`with ${n} condition(s), either ${n} or ${n + 1} functions are expected`);
  const y = zerosLike(xa);
  conds.forEach((c, i) => {
    const f = funclist[i];
    if (typeof f !== "function") return void y.set(c, f);
    const vals = xa.get(c);
    if (vals.size > 0) y.set(c, f(vals));
  });
  return x0.ndim === 0 ? y.reshape([]) : y;
}
