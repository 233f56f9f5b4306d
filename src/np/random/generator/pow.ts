// x^y rounded (almost always) correctly, for numpy's pow-based samplers: glibc's pow is correctly
// rounded for all but ~0.1% of inputs, while V8's Math.pow is off by an ulp for ~10% of them. So
// exp(y * log x) is evaluated in double-double arithmetic (about 100 bits) and rounded once.

import { productError } from "../fma";

/** A double-double value hi + lo with |lo| <= ulp(hi) / 2. */
type DD = [number, number];

const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function add(x: DD, y: DD): DD {
  const [s, e] = twoSum(x[0], y[0]);
  return twoSum(s, e + x[1] + y[1]);
}

function mul(x: DD, y: DD): DD {
  const p = x[0] * y[0];
  return twoSum(p, productError(x[0], y[0], p) + x[0] * y[1] + x[1] * y[0]);
}

function div(x: DD, y: DD): DD {
  const q = x[0] / y[0];
  // One correction step: the remainder x - q*y, divided by y.
  const r = add(x, mul([-q, 0], y));
  return twoSum(q, r[0] / y[0]);
}

/** log(m) for m in [sqrt(1/2), sqrt(2)]: 2 atanh(s), s = (m - 1) / (m + 1), by its series in s². */
function logNearOne(m: number): DD {
  const s = div([m - 1, 0], twoSum(m, 1));
  const s2 = mul(s, s);
  // |s| <= 0.1716: the terms fall by s² <= 0.0295 each, so 22 of them reach 2^-110.
  let sum: DD = [1 / 45, 0];
  for (let k = 21; k >= 0; k--) sum = add(div([1, 0], [2 * k + 1, 0]), mul(sum, s2));
  return mul(mul(s, sum), [2, 0]);
}

/** exp of a double-double: e^x = 2^k e^r with |r| <= ln2/2, e^r = (e^(r/256))^256 by Taylor series. */
function expDD(x: DD): number {
  const k = Math.round(x[0] / LN2[0]);
  let r = add(x, mul([-k, 0], LN2));
  r = [r[0] / 256, r[1] / 256];
  let term: DD = [1, 0];
  let sum: DD = [1, 0];
  for (let i = 1; i <= 12; i++) {
    term = div(mul(term, r), [i, 0]);
    sum = add(sum, term);
  }
  for (let i = 0; i < 8; i++) sum = mul(sum, sum);
  // Scale each part, then round once (keeps subnormal results singly rounded).
  if (k > 1000) return (sum[0] + sum[1]) * 2 ** (k - 1000) * 2 ** 1000;
  if (k < -1000) return sum[0] * 2 ** (k + 1000) * 2 ** -1000 + sum[1] * 2 ** (k + 1000) * 2 ** -1000;
  return (sum[0] + sum[1]) * 2 ** k;
}

/**
 * x ** y for x > 0, rounded like glibc's pow in all but rare cases; other inputs go to Math.pow.
 * @example pow(0.5, 2.5) // → 0.1767766952966369
 */
export function pow(x: number, y: number): number {
  if (!(x > 0) || !Number.isFinite(x) || !Number.isFinite(y) || x === 1 || y === 0) return Math.pow(x, y);
  let e = Math.floor(Math.log2(x));
  let m = x / 2 ** e;
  if (m < 1) {
    m *= 2;
    e -= 1;
  } else if (m >= 2) {
    m /= 2;
    e += 1;
  }
  if (m > Math.SQRT2) {
    m /= 2;
    e += 1;
  }
  const l = add(mul([e, 0], LN2), logNearOne(m));
  return expDD(mul(l, [y, 0]));
}
