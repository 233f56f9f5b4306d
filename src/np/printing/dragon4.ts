/**
 * Exact decimal digit generation for binary floats, following the contract of numpy's Dragon4
 * (Steele & White / Burger & Dybvig with numpy's cutoff and rounding rules).
 *
 * Why not Number.prototype.toString / toFixed: numpy prints the *shortest* round-trip digits,
 * but when a cutoff (print precision) stops the digits early, it rounds the exact binary value
 * half-to-even. toFixed rounds ties away from zero and knows nothing about float32. Everything
 * here is exact BigInt arithmetic on value = mantissa * 2^exponent.
 */

/** A finite float split into integer mantissa and binary exponent (value = mant * 2^exp). */
export interface FloatParts {
  negative: boolean;
  /** "nan" / "inf" for non-finite values, otherwise null */
  special: "nan" | "inf" | null;
  mant: bigint;
  exp: number;
  /** index of the highest set bit of mant */
  mantBit: number;
  /** true when the gap to the next float below is half the gap above (powers of two) */
  unequalMargins: boolean;
}

const f64 = new Float64Array(1);
const f64bits = new BigUint64Array(f64.buffer);
const f32 = new Float32Array(1);
const f32bits = new Uint32Array(f32.buffer);

function bitLength(n: bigint): number {
  return n.toString(2).length;
}

/** Split a double (or, with `single`, the float32 nearest to it) into its exact parts. */
export function floatParts(x: number, single: boolean): FloatParts {
  let negative: boolean;
  let fracField: bigint;
  let expField: number;
  let fracBits: number;
  let bias: number;
  let maxExp: number;
  if (single) {
    f32[0] = x;
    const bits = f32bits[0];
    negative = bits >>> 31 === 1;
    expField = (bits >>> 23) & 0xff;
    fracField = BigInt(bits & 0x7fffff);
    fracBits = 23;
    bias = 127;
    maxExp = 0xff;
  } else {
    f64[0] = x;
    const bits = f64bits[0];
    negative = bits >> 63n === 1n;
    expField = Number((bits >> 52n) & 0x7ffn);
    fracField = bits & 0xfffffffffffffn;
    fracBits = 52;
    bias = 1023;
    maxExp = 0x7ff;
  }
  if (expField === maxExp) {
    return { negative, special: fracField === 0n ? "inf" : "nan", mant: 0n, exp: 0, mantBit: 0, unequalMargins: false };
  }
  if (expField !== 0) {
    return {
      negative,
      special: null,
      mant: (1n << BigInt(fracBits)) | fracField,
      exp: expField - bias - fracBits,
      mantBit: fracBits,
      unequalMargins: expField !== 1 && fracField === 0n,
    };
  }
  // subnormal (or zero): no implicit leading bit, equal margins
  return {
    negative,
    special: null,
    mant: fracField,
    exp: 1 - bias - fracBits,
    mantBit: fracField === 0n ? 0 : bitLength(fracField) - 1,
    unequalMargins: false,
  };
}

const pow10Cache: bigint[] = [1n];
function pow10(n: number): bigint {
  for (let i = pow10Cache.length; i <= n; i++) pow10Cache.push(pow10Cache[i - 1] * 10n);
  return pow10Cache[n];
}

export interface DigitRequest {
  /** shortest round-trip digits (true) or exact digits of the binary value (false) */
  unique: boolean;
  /** cutoffs count digits after the decimal point (true) or significant digits (false) */
  fractional: boolean;
  /** stop after this many digits; -1 for no limit */
  cutoffMax: number;
  /** print at least this many digits (only meaningful with unique); -1 for no minimum */
  cutoffMin: number;
}

export interface Digits {
  /** decimal digits without leading zeros (just "0" for zero) */
  digits: string;
  /** power of ten of the first digit */
  exp10: number;
}

/** Generate the decimal digits of mant * 2^exp under numpy's Dragon4 rules. */
export function dragon4(p: FloatParts, req: DigitRequest): Digits {
  if (p.mant === 0n) return { digits: "0", exp10: 0 };

  // value = r / s, margins mLo / mHi are half the gaps to the neighbouring floats (scaled the same)
  let r: bigint;
  let s: bigint;
  let mLo: bigint;
  let mHi: bigint;
  const e = p.exp;
  if (e >= 0) {
    const pe = 1n << BigInt(e);
    r = (p.mant * pe) << 2n;
    s = 4n;
    mLo = p.unequalMargins ? pe : pe << 1n;
    mHi = pe << 1n;
  } else {
    r = p.mant << 2n;
    s = 1n << BigInt(2 - e);
    mLo = p.unequalMargins ? 1n : 2n;
    mHi = 2n;
  }
  const isEven = (p.mant & 1n) === 0n;

  // k: the value lies in [10^(k-1), 10^k); estimate, then correct by one if needed
  let k = Math.ceil((p.mantBit + e) * 0.30102999566398119521373889472449 - 0.69);
  if (req.cutoffMax >= 0 && req.fractional && k <= -req.cutoffMax) {
    // never start below the last digit we are allowed to print: rounding handles the rest
    k = -req.cutoffMax + 1;
  }
  if (k > 0) {
    s *= pow10(k);
  } else if (k < 0) {
    const f = pow10(-k);
    r *= f;
    mLo *= f;
    mHi *= f;
  }
  if (r >= s) {
    k += 1;
  } else {
    r *= 10n;
    mLo *= 10n;
    mHi *= 10n;
  }

  // exponents (powers of ten) of the last digit allowed and of the last digit required
  let cutoffMaxExp = -Infinity;
  if (req.cutoffMax >= 0) cutoffMaxExp = req.fractional ? -req.cutoffMax : k - req.cutoffMax;
  let cutoffMinExp = k;
  if (req.cutoffMin >= 0) {
    const want = req.fractional ? -req.cutoffMin : k - req.cutoffMin;
    if (want < cutoffMinExp) cutoffMinExp = want;
  }

  const out: number[] = [];
  let digitExp = k;
  let digit = 0;
  let low = false;
  let high = false;
  if (req.unique) {
    for (;;) {
      digitExp -= 1;
      digit = Number(r / s);
      r %= s;
      low = isEven ? r <= mLo : r < mLo;
      const hiSum = r + mHi;
      high = isEven ? hiSum >= s : hiSum > s;
      if (((low || high) && digitExp <= cutoffMinExp) || digitExp <= cutoffMaxExp) break;
      out.push(digit);
      r *= 10n;
      mLo *= 10n;
      mHi *= 10n;
    }
  } else {
    for (;;) {
      digitExp -= 1;
      digit = Number(r / s);
      r %= s;
      if (r === 0n || digitExp <= cutoffMaxExp) break;
      out.push(digit);
      r *= 10n;
    }
  }

  // last digit: forced direction if only one neighbour side is safe, else nearest, ties to even
  let roundDown = low;
  if (low === high) {
    const twice = r * 2n;
    roundDown = twice < s || (twice === s && (digit & 1) === 0);
  }
  let exp10 = k - 1;
  if (roundDown) {
    out.push(digit);
  } else if (digit < 9) {
    out.push(digit + 1);
  } else {
    // carry through trailing nines; they disappear (the caller pads zeros back if it wants them)
    for (;;) {
      if (out.length === 0) {
        out.push(1);
        exp10 += 1;
        break;
      }
      const d = out.pop()!;
      if (d !== 9) {
        out.push(d + 1);
        break;
      }
    }
  }
  return { digits: out.join(""), exp10 };
}
