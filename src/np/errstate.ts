// numpy's floating-point error settings: seterr/geterr, seterrcall/geterrcall, setbufsize/getbufsize.
// np accepts and stores them so numpy code runs unchanged, but its arithmetic always behaves as numpy's
// "ignore": nan and inf come out as numpy computes them, with no warning or exception.

/** What to do on a floating-point error, per category (numpy's modes). */
export type ErrMode = "ignore" | "warn" | "raise" | "call" | "print" | "log";
/** numpy's error-handling dict. */
export interface ErrSettings {
  divide: ErrMode;
  over: ErrMode;
  under: ErrMode;
  invalid: ErrMode;
}

const MODES = ["ignore", "warn", "raise", "call", "print", "log"];
let current: ErrSettings = { divide: "warn", over: "warn", under: "ignore", invalid: "warn" };
let callback: unknown = null;
let bufsize = 8192;

/**
 * The current floating-point error settings (numpy's defaults until seterr changes them).
 * @example np.geterr()  // → { divide: 'warn', over: 'warn', under: 'ignore', invalid: 'warn' }
 */
export function geterr(): ErrSettings {
  return { ...current };
}

/**
 * Sets how floating-point errors are treated (`all` sets every category) and returns the old
 * settings. Stored only: np's results are numpy's nan/inf without warnings whatever the setting.
 * @example np.seterr({ all: "ignore" })  // → { divide: 'warn', over: 'warn', under: 'ignore', invalid: 'warn' }
 */
export function seterr(opts: Partial<ErrSettings> & { all?: ErrMode } = {}): ErrSettings {
  const old = geterr();
  const next = { ...current };
  for (const [k, v] of Object.entries(opts)) {
    if (v === undefined || v === null) continue;
    if (k !== "all" && !(k in next)) throw new TypeError(`seterr() got an unexpected keyword argument '${k}'`);
    if (!MODES.includes(v)) throw new Error(`invalid error mode '${v}'`);
  }
  if (opts.all) for (const k of Object.keys(next) as (keyof ErrSettings)[]) next[k] = opts.all;
  for (const k of Object.keys(next) as (keyof ErrSettings)[]) if (opts[k]) next[k] = opts[k]!;
  current = next;
  return old;
}

/**
 * Runs `fn` with some error settings changed, restoring them afterwards (numpy's `with np.errstate(...)`).
 * @example np.errstate({ divide: "ignore" }, () => np.geterr().divide)  // → 'ignore'
 */
export function errstate<T>(opts: Partial<ErrSettings> & { all?: ErrMode }, fn: () => T): T {
  const old = seterr(opts);
  try {
    return fn();
  } finally {
    current = old;
  }
}

/** The error callback set by seterrcall (null by default). @example np.geterrcall()  // → null */
export function geterrcall(): unknown {
  return callback;
}

/**
 * Stores a callback for the "call" mode and returns the old one (np never calls it: see seterr).
 * @example np.seterrcall(null)  // → null
 */
export function seterrcall(func: unknown): unknown {
  const old = callback;
  callback = func;
  return old;
}

/** numpy's ufunc buffer size (stored only). @example np.getbufsize()  // → 8192 */
export function getbufsize(): number {
  return bufsize;
}

/**
 * Sets the ufunc buffer size and returns the old one (stored only: np's loops need no buffer).
 * @example np.setbufsize(8192)  // → 8192
 */
export function setbufsize(size: number): number {
  if (size < 0) throw new Error("buffer size must be non-negative");
  const old = bufsize;
  bufsize = size;
  return old;
}
