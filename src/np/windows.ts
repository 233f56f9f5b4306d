// Window functions for signal processing: numpy's bartlett, blackman, hamming, hanning, kaiser, and
// the Bessel function i0 that kaiser needs.
import { NDArray, ArrayLike } from "./ndarray";
import { asarray } from "./creation";

/** numpy's window skeleton: empty below M = 1, [1] at 1, else f at n = 1-M, 3-M, ..., M-1 (over M-1). */
function window(M: number, f: (n: number, m1: number) => number): NDArray {
  if (M < 1) return new NDArray(new Float64Array(0), [0], "float64");
  if (M === 1) return new NDArray(Float64Array.of(1), [1], "float64");
  const len = Math.ceil((M - (1 - M)) / 2);
  const out = new Float64Array(len);
  for (let i = 0; i < len; i++) out[i] = f(1 - M + i * 2, M - 1);
  return new NDArray(out, [len], "float64");
}

/**
 * The Bartlett (triangular) window of M points, zero at both ends.
 * @example np.bartlett(5) // → array([0. , 0.5, 1. , 0.5, 0. ])
 */
export function bartlett(M: number): NDArray {
  return window(M, (n, m1) => (n <= 0 ? 1 + n / m1 : 1 - n / m1));
}

/**
 * The Blackman window of M points (three cosine terms).
 * @example np.blackman(3) // → array([-1.38777878e-17,  1.00000000e+00, -1.38777878e-17])
 */
export function blackman(M: number): NDArray {
  return window(M, (n, m1) => 0.42 + 0.5 * Math.cos((Math.PI * n) / m1) + 0.08 * Math.cos((2.0 * Math.PI * n) / m1));
}

/**
 * The Hamming window of M points (a raised cosine that stays above zero).
 * @example np.hamming(3) // → array([0.08, 1.  , 0.08])
 */
export function hamming(M: number): NDArray {
  return window(M, (n, m1) => 0.54 + 0.46 * Math.cos((Math.PI * n) / m1));
}

/**
 * The Hann window of M points (a raised cosine reaching zero at the ends).
 * @example np.hanning(5) // → array([0. , 0.5, 1. , 0.5, 0. ])
 */
export function hanning(M: number): NDArray {
  return window(M, (n, m1) => 0.5 + 0.5 * Math.cos((Math.PI * n) / m1));
}

/**
 * The Kaiser window of M points with shape parameter beta (0: rectangular; larger: narrower).
 * @example np.kaiser(3, 0) // → array([1., 1., 1.])
 */
export function kaiser(M: number, beta: number): NDArray {
  if (M < 1) return new NDArray(new Float64Array(0), [0], "float64");
  if (M === 1) return new NDArray(Float64Array.of(1), [1], "float64");
  const len = Math.ceil(M);
  const alpha = (M - 1) / 2.0;
  const out = new Float64Array(len);
  const den = bessel0(beta);
  for (let n = 0; n < len; n++) out[n] = bessel0(beta * Math.sqrt(1 - ((n - alpha) / alpha) ** 2.0)) / den;
  return new NDArray(out, [len], "float64");
}

/**
 * I0(x), the modified Bessel function of the first kind, order 0: Σ ((x/2)^k / k!)². All its terms are
 * positive, so the series is accurate to rounding for every x (and overflows where I0 does).
 */
function bessel0(x: number): number {
  // numpy's i0 gives nan at infinity (its large-x formula is inf·0 there)
  if (x !== x || x === Infinity) return NaN;
  const q = (x / 2) * (x / 2);
  let term = 1, sum = 1;
  for (let k = 1; term > sum * 1e-17 && Number.isFinite(sum); k++) {
    term *= q / (k * k);
    sum += term;
  }
  return sum;
}

/**
 * The modified Bessel function of the first kind, order 0, elementwise (float64; float32 stays float32).
 * @example np.i0([0, 1, 2]) // → array([1.        , 1.26606588, 2.2795853 ])
 */
export function i0(x: ArrayLike): NDArray {
  const a = asarray(x);
  const out = a.astype(a.dtype === "float32" ? "float32" : "float64");
  const D = out.data;
  for (let i = 0; i < D.length; i++) D[i] = bessel0(Math.abs(D[i]));
  return out;
}
