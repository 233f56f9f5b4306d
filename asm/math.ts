// Vectorised exp, log and tanh for two float64 lanes at a time, accurate to about one ulp.
// The polynomial coefficients are Chebyshev fits made with mpmath by asm/fit_coefficients.py, which
// also reports each fit's error; the comments below quote those bounds.
//
// Constants are read from a table in memory rather than written inline: V8 rebuilds an inline
// v128 constant with three instructions every time it is used inside a loop, which made these
// kernels twice as slow.

import { fma, fnma } from "./simd";

const C: usize = memory.data<f64>([
  // 0-3: range reduction
  369.3299304675746, 369.3299304675746, // 256/ln 2 (exp)
  6755399441055744.0, 6755399441055744.0, // 1.5·2^52: adding it rounds to an integer kept in the low bits
  0.6931471803691238, 0.6931471803691238, // ln 2, high part (k·LN2_HI is exact for |k| < 2^21; log)
  1.9082149292705877e-10, 1.9082149292705877e-10, // ln 2, low part
  // 4-6: q(r) with e^r = 1 + r + r²·q(r) on |r| ≤ ln2/512 (error contribution < 1e-17 relative)
  0.5, 0.5,
  0.16666667812178862, 0.16666667812178862,
  0.041666668575853646, 0.041666668575853646,
  // 7-8: ln2/256, high part (34 bits: n·high is exact for the |n| < 2^18 of |x| ≤ 710) and low part
  0.002707606173999011, 0.002707606173999011,
  6.327543041662719e-14, 6.327543041662719e-14,
  // 9-11
  1.0, 1.0,
  2.0, 2.0,
  708.0, 708.0, // beyond this |x|, exp takes the careful path
  // 12-18: q(z) with ln m = 2s·(1 + z·q(z)), z = s², s = (m−1)/(m+1), m in [√½, √2] (error < 5e-18)
  0.3333333333333335, 0.3333333333333335,
  0.19999999999949722, 0.19999999999949722,
  0.14285714313001635, 0.14285714313001635,
  0.11111105565129939, 0.11111105565129939,
  0.09091444727837474, 0.09091444727837474,
  0.07665855309105386, 0.07665855309105386,
  0.07308292712444311, 0.07308292712444311,
  // 19-27: q(z) with tanh x = x·(1 + z·q(z)), z = x², |x| < 0.4 (error contribution < 1e-17)
  -0.3333333333333333, -0.3333333333333333,
  0.13333333333329456, 0.13333333333329456,
  -0.053968253961781176, -0.053968253961781176,
  0.021869488119285515, 0.021869488119285515,
  -0.008863222048552138, -0.008863222048552138,
  0.00359188225809026, 0.00359188225809026,
  -0.0014531864942271546, -0.0014531864942271546,
  0.0005732056937057111, 0.0005732056937057111,
  -0.00017982669203681998, -0.00017982669203681998,
  // 28-31
  0.4, 0.4, // tanh: polynomial below, exp formula above
  40.0, 40.0, // tanh: 2|x| capped here (tanh is 1 to double precision)
  2.2250738585072014e-308, 2.2250738585072014e-308, // smallest normal
  Infinity, Infinity,
]);

/** Constant number i of the table, in both lanes. */
// @ts-ignore: decorator
@inline
function K(i: i32): v128 {
  return v128.load(C + (<usize>i << 4));
}

// @ts-ignore: decorator
@inline const SHIFT_BITS: i64 = 0x4338000000000000;
// Bits of a value just below √½: subtracting them splits x into 2^k·m with m in [√½, √2).
// @ts-ignore: decorator
@inline const SQRT_HALF_BITS: i64 = 0x3fe6a09e00000000;

/** 2^(j/256) for j = 0..255, each rounded once (asm/fit_coefficients.py). */
const EXP2_TABLE: usize = memory.data<f64>([
  1.0, 1.0027112750502025, 1.0054299011128027, 1.0081558981184175,
  1.0108892860517005, 1.0136300849514894, 1.016378314910953, 1.019133996077738,
  1.0218971486541166, 1.0246677928971357, 1.0274459491187637, 1.030231637686041,
  1.0330248790212284, 1.0358256936019572, 1.0386341019613787, 1.041450124688316,
  1.0442737824274138, 1.0471050958792898, 1.0499440858006872, 1.0527907730046264,
  1.0556451783605572, 1.0585073227945128, 1.061377227289262, 1.0642549128844645,
  1.0671404006768237, 1.0700337118202419, 1.0729348675259756, 1.075843889062791,
  1.0787607977571199, 1.0816856149932152, 1.0846183622133092, 1.0875590609177697,
  1.0905077326652577, 1.0934643990728858, 1.0964290818163769, 1.099401802630222,
  1.102382583307841, 1.1053714457017412, 1.1083684117236787, 1.1113735033448175,
  1.1143867425958924, 1.1174081515673693, 1.1204377524096067, 1.12347556733302,
  1.1265216186082418, 1.129575928566288, 1.1326385195987192, 1.1357094141578055,
  1.1387886347566916, 1.1418762039695616, 1.1449721444318042, 1.148076478840179,
  1.1511892299529827, 1.154310420590216, 1.1574400736337511, 1.1605782120274988,
  1.1637248587775775, 1.1668800369524817, 1.1700437696832502, 1.1732160801636373,
  1.1763969916502812, 1.1795865274628758, 1.182784710984341, 1.1859915656609938,
  1.189207115002721, 1.1924313825831512, 1.1956643920398273, 1.1989061670743806,
  1.202156731452703, 1.2054161090051239, 1.2086843236265816, 1.2119613992768012,
  1.215247359980469, 1.2185422298274085, 1.2218460329727576, 1.2251587936371455,
  1.22848053610687, 1.2318112847340759, 1.2351510639369334, 1.2384998981998165,
  1.241857812073484, 1.245224830175258, 1.2486009771892048, 1.2519862778663162,
  1.255380757024691, 1.2587844395497165, 1.2621973503942507, 1.2656195145788063,
  1.2690509571917332, 1.2724917033894028, 1.275941778396392, 1.2794012075056693,
  1.2828700160787783, 1.2863482295460256, 1.2898358734066657, 1.2933329732290895,
  1.2968395546510096, 1.3003556433796506, 1.3038812651919358, 1.3074164459346773,
  1.3109612115247644, 1.3145155879493546, 1.318079601266064, 1.3216532776031575,
  1.3252366431597413, 1.3288297242059544, 1.3324325470831615, 1.3360451382041458,
  1.339667524053303, 1.3432997311868353, 1.3469417862329458, 1.3505937158920345,
  1.3542555469368927, 1.3579273062129011, 1.3616090206382248, 1.365300717204012,
  1.3690024229745905, 1.3727141650876684, 1.3764359707545302, 1.380167867260238,
  1.383909881963832, 1.387662042298529, 1.3914243757719262, 1.3951969099662003,
  1.3989796725383112, 1.4027726912202048, 1.4065759938190154, 1.4103896082172707,
  1.4142135623730951, 1.4180478843204152, 1.4218926021691656, 1.4257477441054942,
  1.42961333839197, 1.433489413367789, 1.4373759974489824, 1.4412731191286257,
  1.4451808069770467, 1.449099089642035, 1.4530279958490526, 1.4569675544014438,
  1.460917794180647, 1.4648787441464057, 1.4688504333369818, 1.4728328908693675,
  1.4768261459394993, 1.4808302278224719, 1.4848451658727524, 1.488870989524397,
  1.4929077282912648, 1.4969554117672355, 1.5010140696264256, 1.5050837316234065,
  1.5091644275934228, 1.5132561874526098, 1.5173590411982147, 1.5214730189088146,
  1.5255981507445384, 1.529734466947287, 1.533881997840956, 1.5380407738316568,
  1.5422108254079407, 1.5463921831410214, 1.550584877685, 1.5547889397770887,
  1.559004400237837, 1.5632312899713576, 1.567469639965553, 1.5717194812923414,
  1.5759808451078865, 1.5802537626528246, 1.5845382652524937, 1.588834384317164,
  1.593142151342267, 1.597461597908627, 1.6017927556826934, 1.606135656416771,
  1.6104903319492543, 1.6148568142048607, 1.6192351351948637, 1.6236253270173289,
  1.6280274218573478, 1.632441451987275, 1.6368674497669644, 1.6413054476440063,
  1.645755478153965, 1.6502175739206177, 1.6546917676561943, 1.6591780921616162,
  1.6636765803267364, 1.6681872651305825, 1.6727101796415966, 1.6772453570178785,
  1.681792830507429, 1.6863526334483934, 1.6909247992693053, 1.6955093614893326,
  1.7001063537185235, 1.7047158096580513, 1.709337763100463, 1.713972247929926,
  1.718619298122478, 1.723278947746274, 1.7279512309618377, 1.732636182022311,
  1.7373338352737062, 1.7420442251551564, 1.746767386199169, 1.7515033530318782,
  1.7562521603732995, 1.761013843037584, 1.7657884359332727, 1.7705759740635547,
  1.7753764925265212, 1.7801900265154245, 1.785016611318935, 1.789856282321401,
  1.7947090750031072, 1.7995750249405351, 1.804454167806624, 1.809346539371032,
  1.8142521755003989, 1.8191711121586085, 1.8241033854070534, 1.8290490314048973,
  1.8340080864093424, 1.8389805867758937, 1.843966568958626, 1.8489660695104508,
  1.8539791250833855, 1.8590057724288205, 1.864046048397789, 1.8690999899412386,
  1.8741676341103, 1.8792490180565602, 1.8843441790323345, 1.8894531543909392,
  1.8945759815869656, 1.8997126981765553, 1.9048633418176741, 1.9100279502703899,
  1.9152065613971474, 1.9203992131630474, 1.925605943636125, 1.930826790987627,
  1.9360617934922943, 1.9413109895286405, 1.9465744175792332, 1.9518521162309783,
  1.9571441241754002, 1.9624504802089273, 1.9677712232331759, 1.9731063922552343,
  1.978456026387951, 1.9838201648502194, 1.9891988469672663, 1.9945921121709402,
]);

/** Clears the 8 bits of j in n << 44 (see expFast): ~(255 << 44) in both lanes. */
const J_CLEAR: usize = memory.data<i64>([~(<i64>255 << 44), ~(<i64>255 << 44)]);

/** n = round(x·256/ln2) in the low bits of t (SHIFT's bits plus n): x = n·ln2/256 + r, |r| ≤ ln2/512. */
// @ts-ignore: decorator
@inline
function expShifted(x: v128): v128 {
  return fma(x, K(0), K(1));
}

/**
 * 2^(j/256)·e^r for x = n·ln2/256 + r and j = n mod 256, from t = expShifted(x): in [1, 2) give or
 * take an ulp, and e^x = 2^k times it for k = (n − j)/256. The table leaves a polynomial of degree
 * 4 instead of 11; multiply-adds are what bounds the loop, the lookups use other units.
 */
// @ts-ignore: decorator
@inline
function expMantissa(x: v128, t: v128): v128 {
  const n = f64x2.sub(t, K(1));
  const r = fnma(n, K(8), fnma(n, K(7), x));
  const q = fma(fma(K(6), r, K(5)), r, K(4));
  const p = fma(f64x2.mul(r, r), q, r);
  // j is t's low 8 bits: SHIFT's low 51 bits are zero, and a negative n borrows from above them
  const j0 = <usize>(<i32>i64x2.extract_lane(t, 0) & 255) << 3;
  const j1 = <usize>(<i32>i64x2.extract_lane(t, 1) & 255) << 3;
  const T = v128.load64_lane(EXP2_TABLE + j1, v128.load64_splat(EXP2_TABLE + j0), 1);
  return fma(T, p, T);
}

/** e^x for lanes with |x| ≤ 708 (or nan): 2^k·2^(j/256)·e^r, k added to the exponent field. */
// @ts-ignore: decorator
@inline
export function expFast(x: v128): v128 {
  const t = expShifted(x);
  // t << 44 is n << 44 = (k << 52) + (j << 44) (SHIFT's bits shift out); with j's bits cleared it
  // is k in the exponent field, and adding it to the mantissa part (in [1, 2), with 2^k normal here)
  // is the exact product
  return i64x2.add(expMantissa(x, t), v128.and(i64x2.shl(t, 44), v128.load(J_CLEAR)));
}

/** Lanes expFast does not cover: |x| > 708 (false for nan). */
// @ts-ignore: decorator
@inline
export function expOutside(x: v128): v128 {
  return f64x2.gt(f64x2.abs(x), K(11));
}

/** How often the full-range exp ran (a side effect that pins its call site; see expFull). */
export let expFullCalls: i32 = 0;

/**
 * e^x for any lanes: clamps to [-746, 710] (beyond which the result is 0 or inf anyway) and scales
 * by 2^k in two halves so results near overflow and in the subnormal range round once.
 */
export function expFull(x: v128): v128 {
  // a side effect, so the optimizer keeps this call inside the rare branch instead of hoisting it
  expFullCalls++;
  x = f64x2.min(f64x2.max(x, f64x2.splat(-746.0)), f64x2.splat(710.0));
  const t = expShifted(x);
  const k = i64x2.shr_s(i64x2.sub(t, K(1)), 8); // n − SHIFT's bits, then floor(n/256) (K(1)'s bits are SHIFT_BITS)
  const k1 = i64x2.shr_s(k, 1);
  const k2 = i64x2.sub(k, k1);
  const s1 = i64x2.shl(i64x2.add(k1, i64x2.splat(1023)), 52);
  const s2 = i64x2.shl(i64x2.add(k2, i64x2.splat(1023)), 52);
  return f64x2.mul(f64x2.mul(expMantissa(x, t), s1), s2);
}

/** ln x for positive, normal, finite lanes. */
// @ts-ignore: decorator
@inline
export function logNormal(x: v128): v128 {
  const ix = i64x2.sub(x, i64x2.splat(SQRT_HALF_BITS));
  const k = i64x2.shr_s(ix, 52);
  const m = i64x2.add(v128.and(ix, i64x2.splat(0x000fffffffffffff)), i64x2.splat(SQRT_HALF_BITS));
  const f = f64x2.sub(m, K(9));
  const s = f64x2.div(f, f64x2.add(f, K(10)));
  const z = f64x2.mul(s, s);
  let q = fma(K(18), z, K(17));
  q = fma(q, z, K(16));
  q = fma(q, z, K(15));
  q = fma(q, z, K(14));
  q = fma(q, z, K(13));
  q = fma(q, z, K(12));
  const s2 = f64x2.add(s, s);
  const lm = fma(f64x2.mul(s2, z), q, s2);
  // k as a double: small integers added to SHIFT's bits, then SHIFT taken away
  const kf = f64x2.sub(i64x2.add(k, i64x2.splat(SHIFT_BITS)), K(1));
  return fma(kf, K(2), fma(kf, K(3), lm));
}

/** Lanes logNormal does not cover: x ≤ 0, subnormal, inf or nan. */
// @ts-ignore: decorator
@inline
export function logOutside(x: v128): v128 {
  return v128.not(v128.and(f64x2.ge(x, K(30)), f64x2.lt(x, K(31))));
}

/** ln x lane by lane through the scalar library log (the rare lanes logNormal does not cover). */
export function logScalar(x: v128): v128 {
  return f64x2.replace_lane(f64x2.splat(Math.log(f64x2.extract_lane(x, 0))), 1, Math.log(f64x2.extract_lane(x, 1)));
}

/**
 * tanh x per lane. |x| < 0.4: x·(1 + z·q(z)), z = x²; otherwise 1 − 2/(e^{2|x|} + 1) with the sign
 * put back (2|x| is capped at 40, where tanh is ±1 in double precision; nan stays nan).
 */
// @ts-ignore: decorator
@inline
export function vtanh(x: v128): v128 {
  const a = f64x2.abs(x);
  const small = f64x2.lt(a, K(28));
  let ys = f64x2.splat(0);
  const anySmall = v128.any_true(small);
  if (anySmall) {
    const z = f64x2.mul(x, x);
    let q = fma(K(27), z, K(26));
    q = fma(q, z, K(25));
    q = fma(q, z, K(24));
    q = fma(q, z, K(23));
    q = fma(q, z, K(22));
    q = fma(q, z, K(21));
    q = fma(q, z, K(20));
    q = fma(q, z, K(19));
    ys = fma(f64x2.mul(x, z), q, x);
    if (v128.all_true<i64>(small)) return ys;
  }
  const e = expFast(f64x2.min(f64x2.add(a, a), K(29)));
  const t = f64x2.sub(K(9), f64x2.div(K(10), f64x2.add(e, K(9))));
  // x's sign onto t (t ≥ 0)
  const yl = v128.or(t, v128.and(x, i64x2.splat(0x8000000000000000)));
  if (!anySmall) return yl;
  return v128.bitselect(ys, yl, small);
}
