/**
 * Per-dtype element formatters (numpy's FloatingFormat, IntegerFormat, BoolFormat): each looks at
 * the values that will be shown once, fixes a common layout, then formats elements to it.
 */
import { formatFloatPositional, formatFloatScientific, TrimMode } from "./float_str";
import type { PrintOptions } from "./options";
import type { PrintDType } from "./printable";

export type ElementFormatter = (x: number) => string;

function signBit(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}

/** Integer text without exponent notation, even for huge int64 values. */
export function intString(x: number): string {
  if (Math.abs(x) < 1e21) return String(x === 0 ? 0 : x);
  return BigInt(x).toString();
}

/** The layout numpy's FloatingFormat settles on for a set of values. */
function floatFormatter(data: number[], opts: PrintOptions, single: boolean): ElementFormatter {
  const finite = data.filter((v) => Number.isFinite(v));
  const plusSign = opts.sign === "+";

  // scientific or positional, decided from the non-zero finite values only
  let expFormat = false;
  let maxVal = -Infinity;
  let minVal = Infinity;
  for (const v of finite) {
    if (v === 0) continue;
    const a = Math.abs(v);
    if (a > maxVal) maxVal = a;
    if (a < minVal) minVal = a;
  }
  if (maxVal !== -Infinity) {
    // numpy compares in the array's own dtype: float32 sees float32(1e-4) and float32 ratios
    const cutoffMax = single ? 1e6 : 1e8;
    const small = single ? Math.fround(1e-4) : 1e-4;
    const ratio = single ? Math.fround(maxVal / minVal) : maxVal / minVal;
    if (maxVal >= cutoffMax || (!opts.suppress && (minVal < small || ratio > 1000))) expFormat = true;
  }

  let precision = opts.floatmode === "unique" ? -1 : opts.precision;
  let minDigits = -1;
  let padLeft = 0;
  let padRight = 0;
  let expSize = -1;
  let unique = true;
  let trim: TrimMode = ".";

  if (finite.length === 0) {
    // nothing to measure: only nan/inf below
  } else if (expFormat) {
    const fixed = opts.floatmode === "fixed";
    unique = !fixed;
    const firstTrim: TrimMode = fixed ? "k" : ".";
    let maxFrac = 0;
    for (const v of finite) {
      const s = formatFloatScientific(v, { precision, unique, trim: firstTrim, sign: plusSign, float32: single });
      const ePos = s.indexOf("e");
      const mant = s.slice(0, ePos);
      const dot = mant.indexOf(".");
      padLeft = Math.max(padLeft, dot);
      maxFrac = Math.max(maxFrac, mant.length - dot - 1);
      expSize = Math.max(expSize, s.length - ePos - 2);
    }
    trim = "k";
    precision = maxFrac;
    minDigits = maxFrac;
    padRight = expSize + 2 + precision;
  } else {
    const fixed = opts.floatmode === "fixed";
    unique = !fixed;
    const firstTrim: TrimMode = fixed ? "k" : ".";
    for (const v of finite) {
      const s = formatFloatPositional(v, { precision, unique, fractional: true, trim: firstTrim, sign: plusSign, float32: single });
      const dot = s.indexOf(".");
      padLeft = Math.max(padLeft, dot);
      padRight = Math.max(padRight, s.length - dot - 1);
    }
    if (opts.floatmode === "fixed" || opts.floatmode === "maxprec_equal") {
      precision = padRight;
      minDigits = padRight;
      trim = "k";
    } else {
      trim = ".";
      minDigits = 0;
    }
  }

  // sign " " reserves a column for the sign unless some shown value is negative already
  if (opts.sign === " " && !finite.some(signBit)) padLeft += 1;

  if (finite.length !== data.length) {
    const negInf = opts.sign !== "-" || data.some((v) => v === -Infinity);
    const offset = padRight + 1;
    padLeft = Math.max(padLeft, opts.nanstr.length - offset, opts.infstr.length + (negInf ? 1 : 0) - offset);
  }

  const width = padLeft + padRight + 1;
  return (x: number): string => {
    if (!Number.isFinite(x)) {
      let ret: string;
      if (Number.isNaN(x)) ret = (plusSign ? "+" : "") + opts.nanstr;
      else ret = (x < 0 ? "-" : plusSign ? "+" : "") + opts.infstr;
      return " ".repeat(Math.max(0, width - ret.length)) + ret;
    }
    if (expFormat) {
      return formatFloatScientific(x, {
        precision, minDigits, unique, trim, sign: plusSign, padLeft, expDigits: expSize, float32: single,
      });
    }
    return formatFloatPositional(x, {
      precision, minDigits, unique, fractional: true, trim, sign: plusSign, padLeft, padRight, float32: single,
    });
  };
}

function intFormatter(data: number[], opts: PrintOptions): ElementFormatter {
  let sign = opts.sign;
  let width = 0;
  if (data.length > 0) {
    let max = -Infinity;
    let min = Infinity;
    for (const v of data) {
      if (v > max) max = v;
      if (v < min) min = v;
    }
    if (sign === " " && min < 0) sign = "-";
    let maxLen = intString(max).length;
    if (max >= 0 && sign !== "-") maxLen += 1;
    width = Math.max(maxLen, intString(min).length);
  }
  return (x: number): string => {
    let s = intString(x);
    if (x >= 0 && sign === "+") s = "+" + s;
    else if (x >= 0 && sign === " ") s = " " + s;
    return s.length < width ? " ".repeat(width - s.length) + s : s;
  };
}

function boolFormatter(zeroDim: boolean): ElementFormatter {
  // " True" lines up with "False", except alone in a 0-d array
  const t = zeroDim ? "True" : " True";
  return (x: number): string => (x ? t : "False");
}

/**
 * The element formatter numpy would pick for `data` (the values that will actually be shown).
 * @example makeFormatter([0.5, 1], "float64", np.getPrintOptions(), false)(1) // → '1. '
 */
export function makeFormatter(data: number[], dtype: PrintDType, opts: PrintOptions, zeroDim: boolean): ElementFormatter {
  switch (dtype) {
    case "bool":
      return boolFormatter(zeroDim);
    case "int32":
    case "int64":
      return intFormatter(data, opts);
    case "float32":
      return floatFormatter(data, opts, true);
    default:
      return floatFormatter(data, opts, false);
  }
}
