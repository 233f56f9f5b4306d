/**
 * numpy's `format_float_positional` / `format_float_scientific`: digits from dragon4.ts laid out
 * with numpy's trimming and padding rules.
 */
import { dragon4, floatParts } from "./dragon4";

/**
 * Trailing-digit handling, as numpy spells it:
 * "k" keep zeros and the point, "." trim zeros but keep the point, "0" trim zeros but keep one
 * after the point, "-" trim zeros and the point.
 */
export type TrimMode = "k" | "." | "0" | "-";

export interface FloatFormatArgs {
  /** max digits (after the point when fractional, else significant); -1 = unlimited */
  precision?: number;
  /** shortest round-trip digits (true) or exact digits rounded at `precision` (false) */
  unique?: boolean;
  /** positional only: precision counts fraction digits (true) or all digits (false) */
  fractional?: boolean;
  trim?: TrimMode;
  /** always show a sign */
  sign?: boolean;
  /** pad with spaces until this many characters precede the decimal point; -1 = none */
  padLeft?: number;
  /** positional only: pad with spaces until this many characters follow the point; -1 = none */
  padRight?: number;
  /** scientific only: at least this many exponent digits; -1 = 2 */
  expDigits?: number;
  /** with unique, print at least this many digits (rounding the last); -1 = none */
  minDigits?: number;
  /** treat the value as float32 (its shortest digits differ from float64's) */
  float32?: boolean;
}

function signOf(negative: boolean, sign: boolean): string {
  return negative ? "-" : sign ? "+" : "";
}

function infNan(special: "nan" | "inf", signChar: string): string {
  return special === "inf" ? signChar + "inf" : "nan";
}

/**
 * Format a float in positional notation, like `np.format_float_positional`.
 * @example formatFloatPositional(0.001953125, { precision: 8 }) // "0.00195312"
 */
export function formatFloatPositional(x: number, args: FloatFormatArgs = {}): string {
  const precision = args.precision ?? -1;
  const unique = args.unique ?? true;
  const fractional = args.fractional ?? true;
  const trim = args.trim ?? "k";
  const padLeft = args.padLeft ?? -1;
  const padRight = args.padRight ?? -1;
  const minDigits = args.minDigits ?? -1;
  const p = floatParts(x, args.float32 === true);
  const signChar = signOf(p.negative, args.sign === true);
  if (p.special) return infNan(p.special, signChar);

  const { digits, exp10 } = dragon4(p, { unique, fractional, cutoffMax: precision, cutoffMin: minDigits });

  let whole: string;
  let frac: string;
  if (exp10 >= 0) {
    const nWhole = exp10 + 1;
    if (digits.length <= nWhole) {
      whole = digits + "0".repeat(nWhole - digits.length);
      frac = "";
    } else {
      whole = digits.slice(0, nWhole);
      frac = digits.slice(nWhole);
    }
  } else {
    whole = "0";
    frac = "0".repeat(-(exp10 + 1)) + digits;
  }
  // the point is written unless trimming it away ("-") and there is no fraction
  let point = frac.length > 0 || trim !== "-";

  const addDigits = unique ? minDigits : precision;
  let wantFrac = addDigits < 0 ? 0 : addDigits;
  if (!fractional) wantFrac = addDigits - whole.length;

  if (trim === "0") {
    if (frac.length === 0) frac = "0";
  } else if (trim === "k" && wantFrac > frac.length) {
    frac += "0".repeat(wantFrac - frac.length);
  }
  if (trim !== "k" && frac.length > 0) {
    frac = frac.replace(/0+$/, "");
    if (frac.length === 0) {
      if (trim === "0") frac = "0";
      else if (trim === "-") point = false;
    }
  }

  let out = signChar + whole + (point ? "." : "") + frac;
  if (padRight >= frac.length) {
    if (trim === "-" && frac.length === 0) out += " "; // stands in for the trimmed point
    out += " ".repeat(padRight - frac.length);
  }
  const leftUsed = whole.length + signChar.length;
  if (padLeft > leftUsed) out = " ".repeat(padLeft - leftUsed) + out;
  return out;
}

/**
 * Format a float in scientific notation, like `np.format_float_scientific`.
 * @example formatFloatScientific(1234.5, { precision: 2 }) // "1.23e+03"
 */
export function formatFloatScientific(x: number, args: FloatFormatArgs = {}): string {
  const precision = args.precision ?? -1;
  const unique = args.unique ?? true;
  const trim = args.trim ?? "k";
  const padLeft = args.padLeft ?? -1;
  let expDigits = args.expDigits ?? -1;
  const minDigits = args.minDigits ?? -1;
  const p = floatParts(x, args.float32 === true);
  const signChar = signOf(p.negative, args.sign === true);
  if (p.special) return infNan(p.special, signChar);

  const lead = 1 + signChar.length;
  const pad = padLeft > lead ? " ".repeat(padLeft - lead) : "";

  const { digits, exp10 } = dragon4(p, {
    unique,
    fractional: false,
    cutoffMax: precision < 0 ? -1 : precision + 1,
    cutoffMin: minDigits < 0 ? -1 : minDigits + 1,
  });
  let mant = digits[0];
  let frac = digits.slice(1);
  let point = frac.length > 0 || trim !== "-";

  const addDigits = Math.max(unique ? minDigits : precision, 0);
  if (trim === "0") {
    if (frac.length === 0) frac = "0";
  } else if (trim === "k" && addDigits > frac.length) {
    frac += "0".repeat(addDigits - frac.length);
  }
  if (trim !== "k" && frac.length > 0) {
    frac = frac.replace(/0+$/, "");
    if (frac.length === 0 && trim === "0") frac = "0";
    // numpy keeps the point here even in "-" mode (it only drops it when no fraction was made)
    point = true;
  }
  mant += (point ? "." : "") + frac;

  if (expDigits > 5) expDigits = 5;
  if (expDigits < 0) expDigits = 2;
  const absExp = Math.abs(exp10);
  let expStr = String(absExp);
  if (expStr.length < expDigits) expStr = "0".repeat(expDigits - expStr.length) + expStr;
  return pad + signChar + mant + "e" + (exp10 >= 0 ? "+" : "-") + expStr;
}
