// Python's `"%.*g" % (p, x)` and `"{:,}".format(n)`, so timing lines read exactly like IPython's.

/**
 * Formats `x` like Python's `%.{precision}g`: `precision` significant digits, trailing zeros
 * dropped, exponent form (`1e+03`) when the exponent is < -4 or >= precision. Exact ties round to
 * even, as CPython does (JavaScript's toPrecision rounds them up).
 * @example formatG(597.1234, 3) // → '597'
 * @example formatG(999.7, 3)    // → '1e+03'
 */
export function formatG(x: number, precision = 6): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const p = Math.max(1, Math.floor(precision));
  if (x === 0) return Object.is(x, -0) ? "-0" : "0";
  const sign = x < 0 ? "-" : "";
  const ax = Math.abs(x);
  // Digits and decimal exponent of ax rounded to p significant digits.
  let [digits, exp] = roundSignificant(ax, p);
  if (exp < -4 || exp >= p) {
    let mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    mant = stripZeros(mant);
    const e = Math.abs(exp);
    return `${sign}${mant}e${exp < 0 ? "-" : "+"}${e < 10 ? "0" : ""}${e}`;
  }
  let s: string;
  if (exp >= 0) {
    const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, "0");
    const frac = digits.slice(exp + 1);
    s = frac ? `${intPart}.${frac}` : intPart;
  } else {
    s = `0.${"0".repeat(-exp - 1)}${digits}`;
  }
  return sign + stripZeros(s);
}

function stripZeros(s: string): string {
  if (!s.includes(".")) return s;
  return s.replace(/0+$/, "").replace(/\.$/, "");
}

/** [p significant digits, decimal exponent] of a positive finite number, ties to even. */
function roundSignificant(ax: number, p: number): [string, number] {
  const e = ax.toExponential(p - 1); // "d.ddde±x", ties rounded away from zero
  let [mant, ex] = e.split("e");
  let digits = mant.replace(".", "");
  let exp = Number(ex);
  // Only an exactly representable tie can differ: the value has exactly p+1 significant digits
  // ending in 5. Then round half to even instead.
  const longer = ax.toExponential(p);
  const [lm, lex] = longer.split("e");
  const ld = lm.replace(".", "");
  if (ld.endsWith("5") && Number(`${ld[0]}.${ld.slice(1)}e${lex}`) === ax) {
    const kept = ld.slice(0, p);
    const lastEven = Number(kept[kept.length - 1]) % 2 === 0;
    if (lastEven) {
      digits = kept;
      exp = Number(lex);
    }
  }
  return [digits, exp];
}

/**
 * An integer with thousands separators, like Python's `"{:,}".format(n)`.
 * @example groupThousands(1000000) // → '1,000,000'
 */
export function groupThousands(n: number): string {
  const s = String(Math.trunc(Math.abs(n)));
  const grouped = s.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return (n < 0 ? "-" : "") + grouped;
}
