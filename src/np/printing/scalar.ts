/** str() and repr() of numpy scalars (np.float64(0.5), np.int32(3), np.True_). */
import { intString } from "./element_format";
import { formatFloatPositional, formatFloatScientific } from "./float_str";
import type { PrintDType } from "./printable";

/**
 * numpy's `str()` of a scalar of this dtype: shortest round-trip digits, positional between
 * 1e-4 and 1e16 (1e6 for float32), scientific outside.
 * @example scalarStr(0.5, "float64") // "0.5"
 * @example scalarStr(1e16, "float64") // "1e+16"
 */
export function scalarStr(value: number, dtype: PrintDType): string {
  switch (dtype) {
    case "bool":
      return value ? "True" : "False";
    case "int32":
    case "int64":
      return intString(value);
    default: {
      const single = dtype === "float32";
      const v = single ? Math.fround(value) : value;
      const a = Math.abs(v);
      const positional = Number.isNaN(v) || v === 0 || (a < (single ? 1e6 : 1e16) && a >= 1e-4);
      return positional
        ? formatFloatPositional(v, { fractional: false, trim: "0", float32: single })
        : formatFloatScientific(v, { trim: "-", float32: single });
    }
  }
}

/**
 * numpy's `repr()` of a scalar of this dtype.
 * @example scalarRepr(0.5, "float64") // "np.float64(0.5)"
 * @example scalarRepr(1, "bool") // "np.True_"
 */
export function scalarRepr(value: number, dtype: PrintDType): string {
  if (dtype === "bool") return value ? "np.True_" : "np.False_";
  return `np.${dtype}(${scalarStr(value, dtype)})`;
}

/** Both scalar forms, for callers that want one import. */
export const formatScalar = { str: scalarStr, repr: scalarRepr };
