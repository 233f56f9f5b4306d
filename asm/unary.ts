// Elementwise functions of one float64 array: dst[r, c] = f(src[r, c]) over an R×C block, src read
// with any strides (in elements), dst contiguous. The loops are generic over an op class so each op
// gets its own compiled copy with the function inlined (no dispatch per element).
//
// An op has a fast vector path f, a test `outside` for lanes f does not handle, and a careful path
// `slow` for those; the loops test four vectors at once, so the common case pays one branch.

import { expFast, expFull, expOutside, logNormal, logOutside, logScalar, vtanh } from "./math";
import { UNARY_EXP, UNARY_LOG, UNARY_TANH, UNARY_SQRT, UNARY_ABSOLUTE, UNARY_NEGATIVE, UNARY_SQUARE, UNARY_RECIPROCAL } from "./ids";

/** No lane needs the careful path (constant, so the test folds away). */
// @ts-ignore: decorator
@inline
function none(): v128 {
  return i64x2.splat(0);
}

// @ts-ignore: decorator
@final class Exp {
  @inline f(x: v128): v128 { return expFast(x); }
  @inline outside(x: v128): v128 { return expOutside(x); }
  @inline slow(x: v128): v128 { return expFull(x); }
}
// @ts-ignore: decorator
@final class Log {
  @inline f(x: v128): v128 { return logNormal(x); }
  @inline outside(x: v128): v128 { return logOutside(x); }
  @inline slow(x: v128): v128 { return logScalar(x); }
}
// @ts-ignore: decorator
@final class Tanh {
  @inline f(x: v128): v128 { return vtanh(x); }
  @inline outside(x: v128): v128 { return none(); }
  @inline slow(x: v128): v128 { return vtanh(x); }
}
// @ts-ignore: decorator
@final class Sqrt {
  @inline f(x: v128): v128 { return f64x2.sqrt(x); }
  @inline outside(x: v128): v128 { return none(); }
  @inline slow(x: v128): v128 { return f64x2.sqrt(x); }
}
// @ts-ignore: decorator
@final class Abs {
  @inline f(x: v128): v128 { return f64x2.abs(x); }
  @inline outside(x: v128): v128 { return none(); }
  @inline slow(x: v128): v128 { return f64x2.abs(x); }
}
// @ts-ignore: decorator
@final class Neg {
  @inline f(x: v128): v128 { return f64x2.neg(x); }
  @inline outside(x: v128): v128 { return none(); }
  @inline slow(x: v128): v128 { return f64x2.neg(x); }
}
// @ts-ignore: decorator
@final class Square {
  @inline f(x: v128): v128 { return f64x2.mul(x, x); }
  @inline outside(x: v128): v128 { return none(); }
  @inline slow(x: v128): v128 { return f64x2.mul(x, x); }
}
// @ts-ignore: decorator
@final class Recip {
  @inline f(x: v128): v128 { return f64x2.div(f64x2.splat(1.0), x); }
  @inline outside(x: v128): v128 { return none(); }
  @inline slow(x: v128): v128 { return f64x2.div(f64x2.splat(1.0), x); }
}

/** One vector through the op, careful path included. */
// @ts-ignore: decorator
@inline
function one<Op>(op: Op, x: v128): v128 {
  // @ts-ignore: generic op
  return v128.any_true(op.outside(x)) ? op.slow(x) : op.f(x);
}

function block<Op>(R: i32, C: i32, src: usize, srs: usize, scs: usize, dst: usize): void {
  const op = changetype<Op>(0);
  for (let r = 0; r < R; r++) {
    let s = src + <usize>r * srs;
    let c = 0;
    if (scs == 8) {
      // four independent vectors per step keep both FMA pipes busy
      for (; c + 8 <= C; c += 8) {
        const x0 = v128.load(s), x1 = v128.load(s, 16), x2 = v128.load(s, 32), x3 = v128.load(s, 48);
        // @ts-ignore: generic op
        if (v128.any_true(v128.or(v128.or(op.outside(x0), op.outside(x1)), v128.or(op.outside(x2), op.outside(x3))))) {
          v128.store(dst, one<Op>(op, x0));
          v128.store(dst, one<Op>(op, x1), 16);
          v128.store(dst, one<Op>(op, x2), 32);
          v128.store(dst, one<Op>(op, x3), 48);
        } else {
          // @ts-ignore: generic op
          const y0 = op.f(x0), y1 = op.f(x1), y2 = op.f(x2), y3 = op.f(x3);
          v128.store(dst, y0);
          v128.store(dst, y1, 16);
          v128.store(dst, y2, 32);
          v128.store(dst, y3, 48);
        }
        s += 64; dst += 64;
      }
      for (; c + 2 <= C; c += 2) {
        v128.store(dst, one<Op>(op, v128.load(s)));
        s += 16; dst += 16;
      }
    } else {
      for (; c + 2 <= C; c += 2) {
        const x = f64x2.replace_lane(v128.load64_splat(s), 1, load<f64>(s + scs));
        v128.store(dst, one<Op>(op, x));
        s += 2 * scs; dst += 16;
      }
    }
    if (c < C) {
      v128.store64_lane(dst, one<Op>(op, v128.load64_splat(s)), 0);
      dst += 8;
    }
  }
}

/**
 * dst = op(src) over an R×C block (src strides in elements, dst contiguous). Op codes: UNARY_* of
 * ids.ts (generated from ids.json). Returns 0, or -1 for an unknown op.
 */
export function unary(op: i32, R: i32, C: i32, src: usize, srs: i32, scs: i32, dst: usize): i32 {
  const rs = <usize>srs << 3, cs = <usize>scs << 3;
  switch (op) {
    case UNARY_EXP: block<Exp>(R, C, src, rs, cs, dst); break;
    case UNARY_LOG: block<Log>(R, C, src, rs, cs, dst); break;
    case UNARY_TANH: block<Tanh>(R, C, src, rs, cs, dst); break;
    case UNARY_SQRT: block<Sqrt>(R, C, src, rs, cs, dst); break;
    case UNARY_ABSOLUTE: block<Abs>(R, C, src, rs, cs, dst); break;
    case UNARY_NEGATIVE: block<Neg>(R, C, src, rs, cs, dst); break;
    case UNARY_SQUARE: block<Square>(R, C, src, rs, cs, dst); break;
    case UNARY_RECIPROCAL: block<Recip>(R, C, src, rs, cs, dst); break;
    default: return -1;
  }
  return 0;
}
