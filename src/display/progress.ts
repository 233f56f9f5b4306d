// progress(): a tqdm-like bar that updates in place (one display_id, update_display_data at most
// every 0.1 s) while a loop runs. Outside the kernel it draws a text line on a terminal's stderr.
import { inspect } from "node:util";
import { currentKernel } from "./bridge";
import { display, type DisplayHandle } from "./display";

/** Options of {@link progress}. */
export interface ProgressOptions {
  /** Label in front of the bar. */
  desc?: string;
  /** Number of steps, when the iterable does not tell (arrays, Sets and ndarrays do). */
  total?: number;
  /** Minimum seconds between redraws (default 0.1). */
  minInterval?: number;
  /** Width of the text bar in characters (default 20). */
  width?: number;
}

/**
 * `65` → `"01:05"`, `3725` → `"1:02:05"` (tqdm's format).
 * @example
 * formatInterval(65) // → '01:05'
 * formatInterval(3725) // → '1:02:05'
 */
export function formatInterval(seconds: number): string {
  const t = Math.max(0, Math.floor(seconds));
  const h = Math.floor(t / 3600);
  const m = Math.floor((t % 3600) / 60);
  const s = t % 60;
  const two = (v: number) => String(v).padStart(2, "0");
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

const BLOCKS = [" ", "\u258f", "\u258e", "\u258d", "\u258c", "\u258b", "\u258a", "\u2589"];

/**
 * A text bar of `width` cells filled to `frac`, with eighth-cell resolution.
 * @example
 * textBar(0.5, 10) // → '█████     '
 * textBar(0.55, 10) // → '█████▌    '
 */
export function textBar(frac: number, width: number): string {
  const eighths = Math.round(Math.min(1, Math.max(0, frac)) * width * 8);
  const full = Math.floor(eighths / 8);
  const rest = eighths % 8;
  const bar = "\u2588".repeat(full) + (full < width && rest > 0 ? BLOCKS[rest] : "");
  return bar.padEnd(width, " ");
}

const escapeHTML = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function guessTotal(source: unknown): number | undefined {
  if (source === null || typeof source !== "object") return undefined;
  const o = source as { length?: unknown; size?: unknown; shape?: unknown };
  if (Array.isArray(o.shape) && typeof o.shape[0] === "number") return o.shape[0];
  if (typeof o.length === "number") return o.length;
  if (typeof o.size === "number") return o.size;
  return undefined;
}

function* range(n: number): Generator<number> {
  for (let i = 0; i < n; i++) yield i;
}

const now = (): number => performance.now() / 1000;

/**
 * A progress bar; iterate it (`for...of`, `for await`) or call `update()` yourself.
 * `set({ cost })` shows extra values after the rate.
 * @example
 * const bar = progress(4, { desc: "epochs" }); // a Progress
 * [bar.n, bar.total] // → [ 0, 4 ]
 */
export class Progress<T> implements Iterable<T>, AsyncIterable<T> {
  /** Steps done. */
  n = 0;
  /** Steps expected (undefined when unknown). */
  total: number | undefined;
  desc: string;
  private readonly source: Iterable<T> | AsyncIterable<T> | undefined;
  private readonly minInterval: number;
  private readonly width: number;
  private readonly start = now();
  private lastDraw = -Infinity;
  private postfix = "";
  private closed = false;
  private handle: DisplayHandle | undefined;

  constructor(source: Iterable<T> | AsyncIterable<T> | undefined, opts: ProgressOptions = {}) {
    this.source = source;
    this.total = opts.total ?? guessTotal(source);
    this.desc = opts.desc ?? "";
    this.minInterval = opts.minInterval ?? 0.1;
    this.width = opts.width ?? 20;
    this.draw(true);
  }

  /**
   * Advances by `k` steps (default 1) and redraws if enough time passed.
   * @example
   * bar.update(); bar.update(2);
   * bar.n // → 3
   */
  update(k = 1): void {
    this.n += k;
    this.draw(false);
  }

  /**
   * Extra values shown after the rate, e.g. the current cost.
   * @example
   * bar.set({ cost: 0.6931472, acc: 0.5 }); // shown after the rate, 4 significant digits
   * String(bar).endsWith(", cost=0.6931, acc=0.5]") // → true
   */
  set(values: Record<string, unknown> | string): void {
    this.postfix =
      typeof values === "string"
        ? values
        : Object.entries(values)
            .map(([k, v]) => `${k}=${typeof v === "number" ? formatValue(v) : String(v)}`)
            .join(", ");
    this.draw(false);
  }

  /**
   * Draws the final state; called by the loop's end (also on break or error).
   * @example
   * bar.update(4);
   * bar.close(); // (outside the kernel the last line goes to stderr)
   */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.draw(true);
    if (!currentKernel() && process.stderr.isTTY) process.stderr.write("\n");
    else if (!currentKernel()) process.stderr.write(this.toString() + "\n");
  }

  /**
   * The text form, like tqdm: `train: 45%|█████████           | 45/100 [00:01<00:02, 30.50it/s]`.
   * @example
   * bar.update(2);
   * bar.toString().split(" [")[0] // → 'epochs:  50%|██████████          | 2/4'
   */
  toString(): string {
    const elapsed = now() - this.start;
    const rate = elapsed > 0 && this.n > 0 ? this.n / elapsed : undefined;
    const rateText = rate === undefined ? "?it/s" : rate >= 1 || rate === 0 ? `${rate.toFixed(2)}it/s` : `${(1 / rate).toFixed(2)}s/it`;
    const post = this.postfix ? `, ${this.postfix}` : "";
    const desc = this.desc ? `${this.desc}: ` : "";
    if (this.total === undefined || this.total <= 0) {
      return `${desc}${this.n}it [${formatInterval(elapsed)}, ${rateText}${post}]`;
    }
    const frac = this.n / this.total;
    const pct = String(Math.round(frac * 100)).padStart(3, " ");
    const remaining = rate === undefined ? "?" : formatInterval((this.total - this.n) / rate);
    return `${desc}${pct}%|${textBar(frac, this.width)}| ${this.n}/${this.total} [${formatInterval(elapsed)}<${remaining}, ${rateText}${post}]`;
  }

  /**
   * The HTML form shown in JupyterLab: a native progress element plus the text figures.
   * @example bar.toHTML().includes('<progress value="0" max="4"') // → true
   */
  toHTML(): string {
    const text = this.toString();
    const bar = text.indexOf("|");
    const tail = bar >= 0 ? text.slice(text.lastIndexOf("|") + 1).trim() : text;
    const head = bar >= 0 ? text.slice(0, bar) : "";
    const value = this.total ? ` value="${this.n}" max="${this.total}"` : "";
    return (
      `<div class="deepts-progress" style="display:flex;align-items:center;gap:0.6em;white-space:pre;` +
      `font-family:var(--jp-code-font-family,monospace);font-size:var(--jp-code-font-size,13px)">` +
      (head ? `<span>${escapeHTML(head)}</span>` : "") +
      `<progress${value} style="width:20em;height:1em"></progress><span>${escapeHTML(tail)}</span></div>`
    );
  }

  private draw(force: boolean): void {
    const t = now();
    if (!force && t - this.lastDraw < this.minInterval) return;
    this.lastDraw = t;
    const kernel = currentKernel();
    if (kernel) {
      const bundle = { "text/plain": this.toString(), "text/html": this.toHTML() };
      if (!this.handle) this.handle = display.raw(bundle, { displayId: true });
      else this.handle.updateRaw(bundle);
    } else if (process.stderr.isTTY) {
      process.stderr.write(`\r${this.toString()}`);
    }
  }

  [inspect.custom](): string {
    return this.toString();
  }

  *[Symbol.iterator](): Iterator<T> {
    const src = this.source as Iterable<T> | undefined;
    if (!src || typeof (src as any)[Symbol.iterator] !== "function") {
      throw new Error("progress: this bar has no iterable; call update() instead, or use for await");
    }
    try {
      for (const x of src) {
        yield x;
        this.update(1);
      }
    } finally {
      this.close();
    }
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    const src = this.source;
    if (!src) throw new Error("progress: this bar has no iterable; call update() instead");
    try {
      for await (const x of src as AsyncIterable<T>) {
        yield x;
        this.update(1);
      }
    } finally {
      this.close();
    }
  }
}

function formatValue(v: number): string {
  if (Number.isInteger(v)) return String(v);
  const a = Math.abs(v);
  return a !== 0 && (a < 1e-3 || a >= 1e5) ? v.toExponential(3) : String(Number(v.toPrecision(4)));
}

/**
 * A progress bar over a loop: `progress(n)` counts 0…n-1, `progress(iterable)` wraps any iterable.
 * In JupyterLab it updates in place with percentage, rate and time left; in a terminal it redraws
 * one line.
 * @example
 * const bar = progress(100, { desc: "epochs" });
 * let cost = 1;
 * for (const epoch of bar) {
 *   cost *= 0.99;                 // one training step
 *   bar.set({ cost });
 * }
 * [bar.n, bar.total] // → [ 100, 100 ]
 * @example
 * const seen = [];
 * for (const batch of progress(["a", "b", "c"])) seen.push(batch); // any iterable; total from its length
 * seen // → [ 'a', 'b', 'c' ]
 */
export function progress(total: number, opts?: ProgressOptions): Progress<number>;
export function progress<T>(iterable: Iterable<T> | AsyncIterable<T>, opts?: ProgressOptions): Progress<T>;
export function progress<T>(source: number | Iterable<T> | AsyncIterable<T>, opts: ProgressOptions = {}): Progress<T> | Progress<number> {
  if (typeof source === "number") {
    if (!(Number.isInteger(source) && source >= 0)) throw new Error(`progress: total must be a non-negative integer, got ${source}`);
    return new Progress<number>(range(source), { ...opts, total: opts.total ?? source });
  }
  return new Progress<T>(source, opts);
}
