/**
 * numpy-exact printing: `arrayStr` = numpy `str(x)`, `arrayRepr` = `repr(x)`, scalar forms, and
 * numpy's print options. Works on any `Printable` (shape, dtype, flat element access).
 */
export type { Printable, PrintDType } from "./printable";
export type { PrintOptions, printOptions, FloatMode } from "./options";
export { setPrintOptions, getPrintOptions, resetPrintOptions, resolveOptions, withPrintOptions } from "./options";
export { arrayStr, arrayRepr, array2string } from "./array_print";
export type { Array2StringArgs } from "./array_print";
export { scalarStr, scalarRepr, formatScalar } from "./scalar";
export { formatFloatPositional, formatFloatScientific } from "./float_str";
export type { FloatFormatArgs, TrimMode } from "./float_str";
