// np.linalg: the linear-algebra sub-namespace.
export { norm } from "./linalg";
export type { NormOptions } from "./linalg";
export {
  LinAlgError, inv, solve, det, slogdet, cholesky, qr, eigh, eigvalsh, svd, svdvals, pinv, lstsq, matrixRank, cond, eig, eigvals,
  matrixPower, multiDot, outer, trace, matrixTranspose, vecdot, matrixNorm, vectorNorm, cross, diagonal, matmul, tensordot,
  tensorinv, tensorsolve,
} from "./linalg_decomp";
export type { SvdOptions } from "./linalg_decomp";
