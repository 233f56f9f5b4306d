// OpenBLAS's dnrm2 on x86-64 (kernel nrm2.S) runs on the x87 unit: every square and sum is rounded
// to a 64-bit significand, the square root too, and only the result is rounded to a double. LAPACK's
// Householder vectors start from it, so reproducing numpy's SVD bit for bit needs those roundings.
// Exact arithmetic on BigInt significands (all values here are nonnegative): m·2^e.

interface Ext {
  m: bigint;
  e: number;
}

const ZERO: Ext = { m: 0n, e: 0 };
const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

/** The number of bits of m >= 0 (from its double approximation, corrected by one if rounding moved it). */
function bitLength(m: bigint): number {
  if (m === 0n) return 0;
  let len = Math.floor(Math.log2(Number(m))) + 1;
  if (m >> BigInt(len) !== 0n) len++;
  else if (m >> BigInt(len - 1) === 0n) len--;
  return len;
}

/** |x| exactly as m·2^e. */
function fromDouble(x: number): Ext {
  f64[0] = Math.abs(x);
  const bits = u64[0];
  const exp = Number(bits >> 52n);
  const frac = bits & ((1n << 52n) - 1n);
  if (exp === 0) return { m: frac, e: -1074 };
  return { m: frac | (1n << 52n), e: exp - 1075 };
}

/** m·2^e rounded to nearest (ties to even) with `bits` significant bits; `sticky` marks a discarded
 * nonzero tail below m (so an apparent tie is above it). */
function round(m: bigint, e: number, bits: number, sticky = false): Ext {
  const len = bitLength(m);
  if (len <= bits) return { m, e };
  const shift = BigInt(len - bits);
  let q = m >> shift;
  const r = m - (q << shift);
  const half = 1n << (shift - 1n);
  if (r > half || (r === half && (sticky || (q & 1n) === 1n))) q += 1n;
  return { m: q, e: e + Number(shift) };
}

function add(a: Ext, b: Ext): Ext {
  if (a.m === 0n) return b;
  if (b.m === 0n) return a;
  const e = Math.min(a.e, b.e);
  return round((a.m << BigInt(a.e - e)) + (b.m << BigInt(b.e - e)), e, 64);
}

function square(x: number): Ext {
  const a = fromDouble(x);
  return round(a.m * a.m, 2 * a.e, 64);
}

/** floor(sqrt(n)) by Newton's iteration. */
function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(bitLength(n) / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** fsqrt (64-bit significand) then the store to a double (53 bits): two roundings, as the hardware does. */
function sqrtToDouble(a: Ext): number {
  if (a.m === 0n) return 0;
  // Scale so the integer root has at least 66 bits, with an even exponent.
  let k = Math.max(0, 132 - bitLength(a.m));
  if ((a.e - k) % 2 !== 0) k++;
  const m = a.m << BigInt(k);
  const s = isqrt(m);
  const ext = round(s, (a.e - k) / 2, 64, s * s !== m);
  const d = round(ext.m, ext.e, 53);
  return Number(d.m) * 2 ** d.e;
}

/**
 * dnrm2 of n entries of x from off with stride inc, as OpenBLAS's x87 kernel computes it: four
 * accumulators taking entries 0,4,… / 1,5,… / 2,6,… / 3,7,… in blocks of eight, the rest added to the
 * first, combined as d + ((c + a) + b).
 *
 * @example
 * x87Norm2(3, Float64Array.of(1, 2, 2), 0, 1) // 3
 */
export function x87Norm2(n: number, x: Float64Array, off: number, inc: number): number {
  const acc = [ZERO, ZERO, ZERO, ZERO];
  const blocks = n >> 3;
  let k = 0;
  for (let b = 0; b < blocks; b++) for (let l = 0; l < 8; l++, k++) acc[l & 3] = add(acc[l & 3], square(x[off + k * inc]));
  for (; k < n; k++) acc[0] = add(acc[0], square(x[off + k * inc]));
  const [a, b, c, d] = acc;
  return sqrtToDouble(add(d, add(add(c, a), b)));
}
