// numpy 2's array-API unique functions: unique_values, unique_counts, unique_inverse, unique_all.
// Like numpy's (equal_nan=False), each nan is a value of its own.
import { NDArray, ArrayLike } from "./ndarray";
import { alloc } from "./storage";
import { asarray } from "./creation";
import { argsort } from "./sorting";

interface Groups {
  values: NDArray;
  indices: NDArray;
  inverse: NDArray;
  counts: NDArray;
}

/** The distinct values of x (sorted, nan last and each nan apart), with first index, inverse and count. */
function groups(a: ArrayLike): Groups {
  const x0 = asarray(a);
  const x = x0.reshape(-1);
  const order = argsort(x, { axis: 0 }); // stable: the first of equals comes first
  const vals: number[] = [], first: number[] = [], counts: number[] = [];
  const inverse = new Float64Array(x.size);
  for (let k = 0; k < x.size; k++) {
    const i = order.data[k], v = x.getFlat(i);
    if (vals.length > 0 && vals[vals.length - 1] === v) counts[counts.length - 1]++;
    else vals.push(v), first.push(i), counts.push(1);
    inverse[i] = vals.length - 1;
  }
  const values = new NDArray(alloc(x.dtype, vals.length, false), [vals.length], x.dtype);
  values.data.set(vals);
  const i64 = (d: number[]) => new NDArray(Float64Array.from(d), [d.length], "int64");
  return { values, indices: i64(first), inverse: new NDArray(inverse, [...x0.shape], "int64"), counts: i64(counts) };
}

/** A JS array that also names its parts, like numpy's named tuples (`r.values`, or `const [v, c] = r`). */
function named<T extends Record<string, NDArray>>(parts: T): NDArray[] & T {
  return Object.assign(Object.values(parts), parts);
}

/**
 * The sorted distinct values (flattened); each nan counts as distinct.
 * @example np.uniqueValues([3, 1, 3, 2]) // → array([1, 2, 3])
 */
export function uniqueValues(x: ArrayLike): NDArray {
  return groups(x).values;
}

/**
 * The distinct values and how often each occurs: `[values, counts]`, also as `.values`, `.counts`.
 * @example np.uniqueCounts([3, 1, 3]).counts // → array([1, 2])
 */
export function uniqueCounts(x: ArrayLike): NDArray[] & { values: NDArray; counts: NDArray } {
  const g = groups(x);
  return named({ values: g.values, counts: g.counts });
}

/**
 * The distinct values and, shaped like x, each element's position among them (`values[inverse]` is x).
 * @example np.uniqueInverse([[3, 1], [3, 2]]).inverseIndices // → array([[2, 0],
 * //        [2, 1]])
 */
export function uniqueInverse(x: ArrayLike): NDArray[] & { values: NDArray; inverseIndices: NDArray } {
  const g = groups(x);
  return named({ values: g.values, inverseIndices: g.inverse });
}

/**
 * Everything at once: `[values, indices, inverseIndices, counts]` (indices: each value's first position
 * in the flattened x), also as named properties.
 * @example np.uniqueAll([3, 1, 3]).indices // → array([1, 0])
 */
export function uniqueAll(x: ArrayLike): NDArray[] & { values: NDArray; indices: NDArray; inverseIndices: NDArray; counts: NDArray } {
  const g = groups(x);
  return named({ values: g.values, indices: g.indices, inverseIndices: g.inverse, counts: g.counts });
}
