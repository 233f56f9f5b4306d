// timeit: IPython's %timeit as a function. Same calibration (loops grow by 10x until one run takes
// 0.2 s), same statistics (mean and population std. dev. of the per-loop times of 7 runs), same line.
import { inspect } from "node:util";
import { formatG, groupThousands } from "./py_format";

/** Options of {@link timeit}; the names follow IPython's `-n`, `-r` and `-p`. */
export interface TimeitOptions {
  /** Loops per run (`-n`); 0 or absent: calibrate so that one run takes at least 0.2 s. */
  number?: number;
  /** Runs (`-r`), default 7. */
  repeat?: number;
  /** Significant digits in the printed times (`-p`), default 3. */
  precision?: number;
}

/**
 * IPython's time format: `597 μs`, `72.6 ms`, `1.5 s`, `1min 3s`.
 * @example
 * formatTime(0.000597) // → '597 μs'
 * formatTime(72.6e-3) // → '72.6 ms'
 * formatTime(63.2) // → '1min 3s'
 */
export function formatTime(seconds: number, precision = 3): string {
  if (seconds >= 60) {
    const parts: [string, number][] = [["d", 86400], ["h", 3600], ["min", 60], ["s", 1]];
    const out: string[] = [];
    let left = seconds;
    for (const [suffix, length] of parts) {
      const value = Math.trunc(left / length);
      if (value > 0) {
        left = left % length;
        out.push(`${value}${suffix}`);
      }
      if (left < 1) break;
    }
    return out.join(" ");
  }
  const units = ["s", "ms", "\u03bcs", "ns"]; // IPython writes Greek mu (U+03BC)
  const scale = [1, 1e3, 1e6, 1e9];
  // IPython: order = min(-floor(log10(t)) // 3, 3) with Python's floor division.
  const order = seconds > 0 ? Math.min(-Math.floor(Math.floor(Math.log10(seconds)) / 3), 3) : 3;
  return `${formatG(seconds * scale[order], precision)} ${units[order]}`;
}

/**
 * What {@link timeit} measured. Shown (in the kernel, or with console.log) as IPython's line:
 * `597 μs ± 72.6 μs per loop (mean ± std. dev. of 7 runs, 1,000 loops each)`.
 * @example
 * // 7 runs of 1000 loops: the seconds each run took (timeit measures them)
 * const r = new TimeitResult(1000, 7, 0.55e-3, 0.65e-3, [0.55, 0.6, 0.6, 0.6, 0.6, 0.6, 0.65]);
 * r; // → 600 μs ± 26.7 μs per loop (mean ± std. dev. of 7 runs, 1,000 loops each)
 * [r.average, r.stdev] // → [ 0.0006, 0.00002672612419124242 ]
 */
export class TimeitResult {
  /** Per-loop times of each run, in seconds. */
  readonly timings: number[];
  /** Mean of `timings` (s). */
  readonly average: number;
  /** Population standard deviation of `timings` (s). */
  readonly stdev: number;

  constructor(
    /** Loops per run. */
    readonly loops: number,
    /** Number of runs. */
    readonly repeat: number,
    /** Fastest per-loop time (s). */
    readonly best: number,
    /** Slowest per-loop time (s). */
    readonly worst: number,
    /** Total time of each run (s). */
    readonly allRuns: number[],
    /** Significant digits when printed. */
    readonly precision = 3,
  ) {
    this.timings = allRuns.map((t) => t / loops);
    this.average = fsum(this.timings) / this.timings.length;
    const m = this.average;
    this.stdev = Math.sqrt(fsum(this.timings.map((t) => (t - m) * (t - m))) / this.timings.length);
  }

  /** IPython's summary line. @example String(new TimeitResult(10, 2, 0.001, 0.005, [0.01, 0.05])) // → '3 ms ± 2 ms per loop (mean ± std. dev. of 2 runs, 10 loops each)' */
  toString(): string {
    const mean = formatTime(this.average, this.precision);
    const std = formatTime(this.stdev, this.precision);
    const runs = `${this.repeat} run${this.repeat === 1 ? "" : "s"}`;
    const loops = `${groupThousands(this.loops)} loop${this.loops === 1 ? "" : "s"}`;
    return `${mean} \u00b1 ${std} per loop (mean \u00b1 std. dev. of ${runs}, ${loops} each)`;
  }

  /**
   * IPython's hint when runs differ a lot, or undefined.
   * @example
   * new TimeitResult(10, 2, 0.001, 0.005, [0.01, 0.05]).warning // → 'The slowest run took 5.00 times longer than the fastest. This could mean that an intermediate result is being cached.'
   * r.warning // → undefined
   */
  get warning(): string | undefined {
    if (this.worst > 4 * this.best && this.best > 0 && this.worst > 1e-6) {
      return `The slowest run took ${(this.worst / this.best).toFixed(2)} times longer than the fastest. This could mean that an intermediate result is being cached.`;
    }
    return undefined;
  }

  [inspect.custom](): string {
    return this.toString();
  }

  [Symbol.for("Jupyter.display")](): Record<string, string> {
    return { "text/plain": this.toString() };
  }
}

/**
 * Exactly rounded sum (Shewchuk's algorithm, as Python's math.fsum), so statistics match IPython's.
 * @example
 * fsum([0.1, 0.2, 0.3]); // → 0.6
 * [0.1, 0.2, 0.3].reduce((a, b) => a + b) // → 0.6000000000000001
 */
export function fsum(xs: number[]): number {
  const partials: number[] = [];
  for (let x of xs) {
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
  }
  // Sum the partials from the top, handling the half-way rounding case as fsum does.
  let n = partials.length;
  if (n === 0) return 0;
  let hi = partials[--n];
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = partials[--n];
    hi = x + y;
    lo = y - (hi - x);
    if (lo !== 0) break;
  }
  if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi;
}

const now = (): number => Number(process.hrtime.bigint()) / 1e9;

/** Seconds taken by `number` calls of `fn`. */
function runLoops(fn: () => unknown, number: number): number {
  const t0 = now();
  for (let i = 0; i < number; i++) fn();
  return now() - t0;
}

/**
 * Times `fn` like IPython's `%timeit`: picks the number of loops (10^k, until a run takes ≥ 0.2 s),
 * runs 7 times, and returns the statistics; its printed form is IPython's line.
 * `setup`, when given, runs (untimed) before each run and returns the function to time.
 * @example
 * // printed, r reads e.g. "59.4 μs ± 2.1 μs per loop (mean ± std. dev. of 3 runs, 10 loops each)"
 * const A = np.ones([20, 20]);
 * const r = timeit(() => np.dot(A, A), { number: 10, repeat: 3 }); // without number: runs of ≥ 0.2 s
 * r.average > 0; // → true
 * `${r}`.split(" (")[1] // → 'mean ± std. dev. of 3 runs, 10 loops each)'
 */
export function timeit(fn: () => unknown, opts: TimeitOptions = {}): TimeitResult {
  return timeitWithSetup(() => fn, opts);
}

/**
 * timeit where `setup()` runs before every run (as `%%timeit`'s first line does) and returns the
 * function to time.
 * @example
 * // a fresh array for every run, untimed; only the sum is timed
 * const r = timeitWithSetup(() => { const a = np.ones([100]); return () => a.sum(); }, { number: 100, repeat: 2 });
 * [r.loops, r.repeat, r.timings.length] // → [ 100, 2, 2 ]
 */
export function timeitWithSetup(setup: () => () => unknown, opts: TimeitOptions = {}): TimeitResult {
  const repeat = opts.repeat ?? 7;
  const precision = opts.precision ?? 3;
  if (!(Number.isInteger(repeat) && repeat >= 1)) throw new Error(`timeit: repeat must be a positive integer, got ${repeat}`);
  let number = opts.number ?? 0;
  if (!(Number.isInteger(number) && number >= 0)) throw new Error(`timeit: number must be a non-negative integer, got ${number}`);
  if (number === 0) {
    for (let k = 0; k < 10; k++) {
      number = 10 ** k;
      if (runLoops(setup(), number) >= 0.2) break;
    }
  }
  const allRuns: number[] = [];
  for (let r = 0; r < repeat; r++) allRuns.push(runLoops(setup(), number));
  const perLoop = allRuns.map((t) => t / number);
  return new TimeitResult(number, repeat, Math.min(...perLoop), Math.max(...perLoop), allRuns, precision);
}
