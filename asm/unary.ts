// Elementwise functions of one float64 array: dst[r, c] = f(src[r, c]) over an R×C block, src read
// with any strides (in elements), dst contiguous. The loops are generic over an op class so each op
// gets its own compiled copy with the function inlined (no dispatch per element).

import { vexp, vlog, vtanh } from "./math";
import { splat } from "./simd";

// @ts-ignore: decorator
@final class Exp { @inline f(x: v128): v128 { return vexp(x); } }
// @ts-ignore: decorator
@final class Log { @inline f(x: v128): v128 { return vlog(x); } }
// @ts-ignore: decorator
@final class Tanh { @inline f(x: v128): v128 { return vtanh(x); } }
// @ts-ignore: decorator
@final class Sqrt { @inline f(x: v128): v128 { return f64x2.sqrt(x); } }
// @ts-ignore: decorator
@final class Abs { @inline f(x: v128): v128 { return f64x2.abs(x); } }
// @ts-ignore: decorator
@final class Neg { @inline f(x: v128): v128 { return f64x2.neg(x); } }
// @ts-ignore: decorator
@final class Square { @inline f(x: v128): v128 { return f64x2.mul(x, x); } }
// @ts-ignore: decorator
@final class Recip { @inline f(x: v128): v128 { return f64x2.div(splat(1.0), x); } }

function block<Op>(R: i32, C: i32, src: usize, srs: usize, scs: usize, dst: usize): void {
  const op = changetype<Op>(0);
  for (let r = 0; r < R; r++) {
    let s = src + <usize>r * srs;
    let c = 0;
    if (scs == 8) {
      // two independent vectors per step keep both FMA pipes busy
      for (; c + 4 <= C; c += 4) {
        const y0 = op.f(v128.load(s));
        const y1 = op.f(v128.load(s, 16));
        v128.store(dst, y0);
        v128.store(dst, y1, 16);
        s += 32; dst += 32;
      }
      for (; c + 2 <= C; c += 2) {
        v128.store(dst, op.f(v128.load(s)));
        s += 16; dst += 16;
      }
    } else {
      for (; c + 2 <= C; c += 2) {
        const x = f64x2.replace_lane(v128.load64_splat(s), 1, load<f64>(s + scs));
        v128.store(dst, op.f(x));
        s += 2 * scs; dst += 16;
      }
    }
    if (c < C) {
      v128.store64_lane(dst, op.f(v128.load64_splat(s)), 0);
      dst += 8;
    }
  }
}

/**
 * dst = op(src) over an R×C block (src strides in elements, dst contiguous). Op codes: 0 exp, 1 log,
 * 2 tanh, 3 sqrt, 4 abs, 5 negative, 6 square, 7 reciprocal. Returns 0, or -1 for an unknown op.
 */
export function unary(op: i32, R: i32, C: i32, src: usize, srs: i32, scs: i32, dst: usize): i32 {
  const rs = <usize>srs << 3, cs = <usize>scs << 3;
  switch (op) {
    case 0: block<Exp>(R, C, src, rs, cs, dst); break;
    case 1: block<Log>(R, C, src, rs, cs, dst); break;
    case 2: block<Tanh>(R, C, src, rs, cs, dst); break;
    case 3: block<Sqrt>(R, C, src, rs, cs, dst); break;
    case 4: block<Abs>(R, C, src, rs, cs, dst); break;
    case 5: block<Neg>(R, C, src, rs, cs, dst); break;
    case 6: block<Square>(R, C, src, rs, cs, dst); break;
    case 7: block<Recip>(R, C, src, rs, cs, dst); break;
    default: return -1;
  }
  return 0;
}
