// numpy 2.2's matrix-vector products as gufuncs: matvec (m,n),(n)->(m) and vecmat (n),(n,m)->(m),
// leading axes broadcast as stacks. Both are matmul with the vector made a column or a row.
import { NDArray, ArrayLike } from "./ndarray";
import { asarray } from "./creation";
import { matmul } from "./linalg";

function checked(name: string, sig: string, ops: NDArray[], need: number[], core: [number, number]): void {
  ops.forEach((v, i) => {
    if (v.ndim < need[i]) throw new Error(`${name}: Input operand ${i} does not have enough dimensions (has ${v.ndim}, gufunc core with signature ${sig} requires ${need[i]})`);
  });
  const [want, got] = core;
  if (want !== got) throw new Error(`${name}: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature ${sig} (size ${got} is different from ${want})`);
}

/**
 * Matrix times vector over the last axes: out[..., i] = sum_j x1[..., i, j] · x2[..., j].
 * @example
 * np.matvec([[0, 1, 2], [3, 4, 5]], [1, 0, 1]) // → array([2, 8])
 */
export function matvec(x1: ArrayLike, x2: ArrayLike): NDArray {
  const a = asarray(x1), v = asarray(x2);
  const n = (x: NDArray, k: number) => (x.ndim >= k ? x.shape[x.ndim - k] : 0);
  checked("matvec", "(m,n),(n)->(m)", [a, v], [2, 1], [n(a, 1), n(v, 1)]);
  const r = matmul(a, v.reshape([...v.shape, 1]));
  return r.reshape(r.shape.slice(0, -1));
}

/**
 * Vector times matrix over the last axes: out[..., j] = sum_i x1[..., i] · x2[..., i, j].
 * @example
 * np.vecmat([1, 2], [[0, 1, 2], [3, 4, 5]]) // → array([ 6,  9, 12])
 */
export function vecmat(x1: ArrayLike, x2: ArrayLike): NDArray {
  const v = asarray(x1), a = asarray(x2);
  const n = (x: NDArray, k: number) => (x.ndim >= k ? x.shape[x.ndim - k] : 0);
  checked("vecmat", "(n),(n,m)->(m)", [v, a], [1, 2], [n(v, 1), n(a, 2)]);
  const r = matmul(v.reshape([...v.shape.slice(0, -1), 1, v.shape[v.ndim - 1]]), a);
  return r.reshape([...r.shape.slice(0, -2), r.shape[r.ndim - 1]]);
}
