// float32 log1p rounding like glibc's log1pf (the classic fdlibm algorithm, in float arithmetic):
// numpy's float32 ziggurat tails call it, and rounding the double log1p to float differs from it
// in about 1 input in 500.

const f = Math.fround;
const LN2_HI = f(6.9313812256e-1);
const LN2_LO = f(9.0580006145e-6);
const LP = [6.6666668653e-1, 4.0000000596e-1, 2.8571429849e-1, 2.2222198546e-1, 1.818357259e-1, 1.5313838422e-1, 1.479819864e-1].map(f);

const buf = new DataView(new ArrayBuffer(4));
const bitsOf = (x: number) => (buf.setFloat32(0, x), buf.getInt32(0));
const fromBits = (b: number) => (buf.setInt32(0, b), buf.getFloat32(0));

/**
 * log(1 + x) for a float32 x in (-1, 0.41), as glibc's log1pf computes it: 1 + x = 2^k (1 + r), then
 * log(1 + r) = r - (r²/2 - s (r²/2 + R(s²))) with s = r / (2 + r); larger x go to Math.log1p.
 * @example log1pf(Math.fround(-0.5)) // → -0.6931471824645996
 */
export function log1pf(x: number): number {
  const hx = bitsOf(x);
  const ax = hx & 0x7fffffff;
  if (!(x > -1) || hx >= 0x3ed413d7 || ax < 0x31000000) return f(Math.log1p(x)); // outside the samplers' range
  let k = 1;
  let fr = 0;
  let hu = 0;
  let c = 0;
  if (hx > 0 || hx <= (0xbe95f61f | 0)) {
    k = 0;
    fr = x;
    hu = 1;
  } else {
    let u = f(1 + x);
    hu = bitsOf(u);
    k = (hu >> 23) - 127;
    c = k > 0 ? f(1 - f(u - x)) : f(x - f(u - 1)); // the rounding error of 1 + x
    c = f(c / u);
    hu &= 0x007fffff;
    if (hu < 0x3504f7) u = fromBits(hu | 0x3f800000);
    else {
      k += 1;
      u = fromBits(hu | 0x3f000000);
      hu = (0x00800000 - hu) >> 2;
    }
    fr = f(u - 1);
  }
  const hfsq = f(f(0.5 * fr) * fr);
  if (hu === 0) {
    if (fr === 0) return k === 0 ? 0 : f(f(k * LN2_HI) + f(c + f(k * LN2_LO)));
    const r = f(hfsq * f(1 - f(f(0.6666666666666666) * fr)));
    return k === 0 ? f(fr - r) : f(f(k * LN2_HI) - f(f(r - f(f(k * LN2_LO) + c)) - fr));
  }
  const s = f(fr / f(2 + fr));
  const z = f(s * s);
  let p = LP[6];
  for (let i = 5; i >= 0; i--) p = f(LP[i] + f(z * p));
  const R = f(z * p);
  if (k === 0) return f(fr - f(hfsq - f(s * f(hfsq + R))));
  return f(f(k * LN2_HI) - f(f(hfsq - f(f(s * f(hfsq + R)) + f(f(k * LN2_LO) + c))) - fr));
}
