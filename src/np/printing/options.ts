/** Print options, with numpy 2.x's defaults and names (camelCase where numpy uses snake_case). */

export type FloatMode = "fixed" | "unique" | "maxprec" | "maxprec_equal";

export interface PrintOptions {
  /** digits after the point for floats (numpy `precision`) */
  precision: number;
  /** arrays with more elements than this are summarised with `...` */
  threshold: number;
  /** items kept at each edge of every axis when summarising */
  edgeitems: number;
  /** characters per line before wrapping */
  linewidth: number;
  /** always positional notation; tiny values print as 0 */
  suppress: boolean;
  nanstr: string;
  infstr: string;
  /** "-" sign only for negatives, "+" always, " " a space for positives */
  sign: "-" | "+" | " ";
  floatmode: FloatMode;
  /** only `false` (numpy 2.x behaviour) is implemented */
  legacy: false;
}

/** numpy's spelling of the type name, kept for the documented API. */
export type printOptions = PrintOptions;

const DEFAULTS: Readonly<PrintOptions> = Object.freeze({
  precision: 8,
  threshold: 1000,
  edgeitems: 3,
  linewidth: 75,
  suppress: false,
  nanstr: "nan",
  infstr: "inf",
  sign: "-",
  floatmode: "maxprec",
  legacy: false,
});

let current: PrintOptions = { ...DEFAULTS };

const FLOAT_MODES: FloatMode[] = ["fixed", "unique", "maxprec", "maxprec_equal"];

function checked(o: Partial<PrintOptions>): Partial<PrintOptions> {
  const out: Partial<PrintOptions> = {};
  for (const [k, v] of Object.entries(o) as [keyof PrintOptions, unknown][]) {
    if (v === undefined || v === null) continue; // numpy: None means "leave unchanged"
    if (!(k in DEFAULTS)) throw new Error(`set_printoptions() got an unexpected keyword argument '${k}'`);
    (out as Record<string, unknown>)[k] = v;
  }
  if (out.floatmode !== undefined && !FLOAT_MODES.includes(out.floatmode)) {
    throw new Error('floatmode option must be one of "fixed", "unique", "maxprec", "maxprec_equal"');
  }
  if (out.sign !== undefined && !["-", "+", " "].includes(out.sign)) {
    throw new Error("sign option must be one of ' ', '+', or '-'");
  }
  if (out.precision !== undefined) {
    if (!Number.isInteger(out.precision)) throw new Error("precision must be an integer");
    if (out.precision < 0) throw new Error("precision must be >= 0");
  }
  if (out.threshold !== undefined) {
    if (typeof out.threshold !== "number") throw new Error("threshold must be numeric");
    if (Number.isNaN(out.threshold)) {
      throw new Error("threshold must be non-NAN, try sys.maxsize for untruncated representation");
    }
  }
  if (out.legacy !== undefined && out.legacy !== false) {
    throw new Error("legacy printing modes are not supported; only legacy: false");
  }
  return out;
}

/**
 * Set global print options (numpy `np.set_printoptions`); omitted keys keep their value.
 * @example
 * np.setPrintOptions({ precision: 3, suppress: true });
 * np.array([1 / 3, 1e-9]).toString() // → '[0.333 0.   ]'
 * np.resetPrintOptions();
 */
export function setPrintOptions(opts: Partial<PrintOptions>): void {
  current = { ...current, ...checked(opts) };
}

/**
 * A copy of the current print options (numpy `np.get_printoptions`).
 * @example np.getPrintOptions().linewidth // → 75
 */
export function getPrintOptions(): PrintOptions {
  return { ...current };
}

/**
 * Reset every print option to numpy's default.
 * @example
 * np.setPrintOptions({ precision: 2 });
 * np.resetPrintOptions();
 * np.getPrintOptions().precision // → 8
 */
export function resetPrintOptions(): void {
  current = { ...DEFAULTS };
}

/**
 * Run `fn` with some print options changed, restoring them afterwards (numpy `np.printoptions`).
 * @example np.withPrintOptions({ precision: 2 }, () => String(np.array([1 / 3, 0.5, 2 / 3]))) // → '[0.33 0.5  0.67]'
 */
export function withPrintOptions<T>(opts: Partial<PrintOptions>, fn: () => T): T {
  const saved = current;
  setPrintOptions(opts);
  try {
    return fn();
  } finally {
    current = saved;
  }
}

/** Current options overridden by per-call ones. */
export function resolveOptions(overrides?: Partial<PrintOptions>): PrintOptions {
  return overrides ? { ...current, ...checked(overrides) } : { ...current };
}
