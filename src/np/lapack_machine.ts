// LAPACK's double-precision machine constants (dlamch) and Fortran's SIGN, for the routines
// reproduced in lapack_reflectors.ts, lapack_bdsqr.ts and linalg_lapack_svd.ts.

export const EPS = 2 ** -53; // dlamch('Epsilon'): half an ulp of 1 (LAPACK's rounding-mode epsilon)
export const SAFMIN = 2 ** -1022; // dlamch('Safe minimum')

/** Fortran SIGN(a, b): |a| with the sign of b, a negative zero b counting as negative. */
export function sign(a: number, b: number): number {
  return b < 0 || Object.is(b, -0) ? -Math.abs(a) : Math.abs(a);
}
