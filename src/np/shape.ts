/** A shape as numpy's error messages write it: (2,3), (3,), (). */
export function shapeStr(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(",")})`;
}

export function sizeOf(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** C-order strides, in elements. */
export function cStrides(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i] || 1;
  }
  return s;
}

/** Resolves a possibly negative axis; throws numpy's AxisError text. */
export function normAxis(axis: number, ndim: number): number {
  if (!Number.isInteger(axis)) throw new TypeError(`'${typeof axis === "number" ? "float" : typeof axis}' object cannot be interpreted as an integer`);
  if (axis < -ndim || axis >= ndim) throw new RangeError(`axis ${axis} is out of bounds for array of dimension ${ndim}`);
  return axis < 0 ? axis + ndim : axis;
}

/** Normalises an axis option (number or list) into sorted unique axes; undefined/null means all. */
export function normAxes(axis: number | readonly number[] | null | undefined, ndim: number): number[] {
  if (axis === undefined || axis === null) return Array.from({ length: ndim }, (_, i) => i);
  const list = typeof axis === "number" ? [axis] : axis;
  const out = list.map((a) => normAxis(a, ndim));
  if (new Set(out).size !== out.length) throw new Error("duplicate value in 'axis'");
  return out.sort((a, b) => a - b);
}

/** Checks a shape argument: non-negative integers. */
export function checkShape(shape: readonly number[]): number[] {
  for (const d of shape) {
    if (!Number.isInteger(d)) throw new TypeError(`'${typeof d === "number" ? "float" : typeof d}' object cannot be interpreted as an integer`);
    if (d < 0) throw new RangeError("negative dimensions are not allowed");
  }
  return [...shape];
}

/** Accepts a shape as a number, an array, or spread numbers. */
export function shapeArg(args: readonly (number | readonly number[])[], allowUnknown = false): number[] {
  const s = (args.length === 1 && Array.isArray(args[0]) ? args[0] : args) as number[];
  return allowUnknown ? [...s] : checkShape(s);
}

/**
 * numpy's normalize_axis_tuple: a number or list of axes, resolved, in the order given; `argname`
 * prefixes the out-of-bounds text and names the argument in the repeated-axis text, as numpy does.
 */
export function normAxisTuple(axis: number | readonly number[], ndim: number, argname?: string): number[] {
  const list = typeof axis === "number" ? [axis] : [...axis];
  const out = list.map((a) => {
    try {
      return normAxis(a, ndim);
    } catch (e) {
      if (argname && e instanceof RangeError) throw new RangeError(`${argname}: ${e.message}`);
      throw e;
    }
  });
  if (new Set(out).size !== out.length) throw new Error(argname ? `repeated axis in \`${argname}\` argument` : "repeated axis");
  return out;
}

/** A shape as Python prints the tuple: (2, 3), (3,), (). */
export function tupleStr(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
}
