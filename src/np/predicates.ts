// Questions about values and arrays: numpy's array_equiv, isscalar, iterable, may_share_memory and
// shares_memory.
import { NDArray, ArrayLike } from "./ndarray";
import { asarray } from "./creation";
import { broadcastShapes } from "./broadcast";
import { equal } from "./ufunc";
import { flatOffsets } from "./selecting";

/**
 * True when the two broadcast to one shape and are equal element by element.
 * @example np.arrayEquiv([1, 2], [[1, 2], [1, 2]]) // → true
 */
export function arrayEquiv(a1: ArrayLike, a2: ArrayLike): boolean {
  const x = asarray(a1), y = asarray(a2);
  try {
    broadcastShapes(x.shape, y.shape);
  } catch {
    return false;
  }
  return equal(x, y).all();
}

/**
 * True for a lone number, boolean or string (numpy's Python scalars); false for arrays, even 0-d ones.
 * @example np.isscalar(3.1) // → true
 * @example np.isscalar(np.array(3.1)) // → false
 */
export function isscalar(element: unknown): boolean {
  return typeof element === "number" || typeof element === "boolean" || typeof element === "string" || typeof element === "bigint";
}

/**
 * True when `y` can be iterated: lists, strings, typed arrays, arrays with at least one axis.
 * @example np.iterable([1, 2]) // → true
 * @example np.iterable(2) // → false
 */
export function iterable(y: unknown): boolean {
  if (y instanceof NDArray) return y.ndim > 0;
  return y !== null && y !== undefined && typeof (y as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function";
}

/** The byte range [lo, hi) x's elements span in its buffer, or null when it has none. */
function extent(x: NDArray): [number, number] | null {
  if (x.size === 0) return null;
  let lo = x.offset, hi = x.offset;
  x.shape.forEach((d, i) => {
    const s = (d - 1) * x.strides[i];
    if (s < 0) lo += s;
    else hi += s;
  });
  const b = x.data.BYTES_PER_ELEMENT;
  return [x.data.byteOffset + lo * b, x.data.byteOffset + (hi + 1) * b];
}

const sameBuffer = (a: unknown, b: unknown): a is NDArray => a instanceof NDArray && b instanceof NDArray && a.data.buffer === b.data.buffer;

/**
 * True when the two arrays' memory ranges overlap (they might share elements); a quick bounds check.
 * @example const x = np.arange(6); np.mayShareMemory(x.get("::2"), x.get("1::2")) // → true
 */
export function mayShareMemory(a: ArrayLike, b: ArrayLike): boolean {
  if (!sameBuffer(a, b)) return false;
  const ea = extent(a), eb = extent(b as NDArray);
  return ea !== null && eb !== null && ea[0] < eb[1] && eb[0] < ea[1];
}

/**
 * True when the two arrays have at least one element in common memory (an exact check).
 * @example const x = np.arange(6); np.sharesMemory(x.get("::2"), x.get("1::2")) // → false
 */
export function sharesMemory(a: ArrayLike, b: ArrayLike): boolean {
  if (!mayShareMemory(a, b)) return false;
  const x = a as NDArray, y = b as NDArray;
  const bytes = (z: NDArray) => {
    const w = z.data.BYTES_PER_ELEMENT;
    return Array.from(flatOffsets(z), (o) => z.data.byteOffset + o * w);
  };
  const wx = x.data.BYTES_PER_ELEMENT, wy = y.data.BYTES_PER_ELEMENT;
  if (wx === wy) {
    const seen = new Set(bytes(x));
    return bytes(y).some((o) => seen.has(o));
  }
  const ys = bytes(y);
  return bytes(x).some((p) => ys.some((q) => p < q + wy && q < p + wx));
}

/**
 * True when the array is laid out column-major (Fortran order) and not also row-major, as numpy's
 * isfortran: the transpose of a C-ordered matrix is; 1-D arrays are not.
 * @example np.isfortran(np.arange(6).reshape(2, 3).T) // → true
 * @example np.isfortran(np.arange(6).reshape(2, 3)) // → false
 */
export function isfortran(a: NDArray): boolean {
  const contiguous = (axes: number[]) => {
    let stride = 1;
    for (const i of axes) {
      if (a.shape[i] !== 1 && a.strides[i] !== stride) return false;
      stride *= a.shape[i];
    }
    return true;
  };
  const order = a.shape.map((_, i) => i);
  if (a.size === 0) return false; // numpy counts empty arrays as both orders
  return contiguous(order) && !contiguous([...order].reverse());
}
