// display(): rich output below the running cell (display_data), updatable in place through a display
// id (update_display_data). Outside the kernel it prints the text/plain form.
import { randomBytes } from "node:crypto";
import { currentKernel, type MimeBundle } from "./bridge";
import { JUPYTER_DISPLAY, mimeBundle } from "./bundle";

/** Options of {@link display}. */
export interface DisplayOptions {
  /** `true` for a new id, or an id to reuse: makes the output updatable and returns a handle. */
  displayId?: string | true;
  /** Metadata sent along (e.g. `{ "image/png": { width: 200 } }`). */
  metadata?: Record<string, unknown>;
}

/** Options that ask for a handle. */
export type DisplayOptionsWithId = DisplayOptions & { displayId: string | true };

/** A raw mime bundle wrapped so that display() shows exactly it. */
class Raw {
  constructor(readonly bundle: MimeBundle) {}
  [JUPYTER_DISPLAY](): MimeBundle {
    return this.bundle;
  }
}

const newId = (): string => randomBytes(8).toString("hex");

function send(value: unknown, id: string | undefined, update: boolean, metadata?: Record<string, unknown>): void {
  const data = mimeBundle(value);
  const kernel = currentKernel();
  if (kernel) {
    kernel.publish({ data, metadata: metadata ?? {}, transient: id ? { display_id: id } : {} }, update);
  } else {
    console.log(String(data["text/plain"]));
  }
}

/**
 * An updatable output: `update` replaces what `display` showed, wherever it is on the page.
 * @example
 * // in the kernel the update replaces the first output; in plain Node both are printed
 * const h = display.handle();
 * h.display("starting…"); // → 'starting…'
 * h.update("done"); // → 'done'
 */
export class DisplayHandle {
  constructor(readonly id: string = newId()) {}
  /** Shows `value` as a new output tied to this handle. @example display.handle().display(np.arange(3)) // → array([0, 1, 2]) */
  display(value: unknown, metadata?: Record<string, unknown>): void {
    send(value, this.id, false, metadata);
  }
  /** Replaces every output of this handle by `value`. @example h.update(np.arange(2)) // → array([0, 1]) */
  update(value: unknown, metadata?: Record<string, unknown>): void {
    send(value, this.id, true, metadata);
  }
  /** Replaces the outputs of this handle by a raw mime bundle. @example h.updateRaw({ "text/plain": "50 %", "text/html": "<b>50 %</b>" }) // → 50 % */
  updateRaw(bundle: MimeBundle, metadata?: Record<string, unknown>): void {
    send(new Raw(bundle), this.id, true, metadata);
  }
}

function show(value: unknown, opts?: DisplayOptions): DisplayHandle | undefined {
  if (opts?.displayId === undefined) {
    send(value, undefined, false, opts?.metadata);
    return undefined;
  }
  const handle = new DisplayHandle(opts.displayId === true ? newId() : opts.displayId);
  handle.display(value, opts.metadata);
  return handle;
}

/** Text shown by plain-text frontends for media that have no text form. */
const placeholder = (kind: string): string => `<${kind}>`;

function toBase64(b: Uint8Array | string): string {
  return typeof b === "string" ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("base64");
}

interface DisplayFunction {
  /**
   * Shows `value` below the cell: an object's own bundle (`[Symbol.for("Jupyter.display")]()`, as
   * ndarrays and figures have), else its util.inspect text. With `{ displayId }` it returns a handle
   * whose `update()` replaces the output in place.
   * @example
   * display(np.eye(2)) // → array([[1., 0.],
   * //        [0., 1.]])
   * @example
   * display("epoch 1", { displayId: true }).update("epoch 2") // → 'epoch 1'
   * // 'epoch 2'
   */
  (value: unknown, opts: DisplayOptionsWithId): DisplayHandle;
  (value: unknown, opts?: DisplayOptions): void;
  /** HTML. @example display.html("<b>bold</b>") // → <HTML> */
  html(html: string, opts: DisplayOptionsWithId): DisplayHandle;
  html(html: string, opts?: DisplayOptions): void;
  /** Markdown. @example display.markdown("*emphasis*") // → *emphasis* */
  markdown(md: string, opts: DisplayOptionsWithId): DisplayHandle;
  markdown(md: string, opts?: DisplayOptions): void;
  /** LaTeX (rendered by MathJax). @example display.latex("$\\sigma(z) = \\frac{1}{1+e^{-z}}$") // → $\sigma(z) = \frac{1}{1+e^{-z}}$ */
  latex(tex: string, opts: DisplayOptionsWithId): DisplayHandle;
  latex(tex: string, opts?: DisplayOptions): void;
  /**
   * A PNG image from bytes (e.g. `fs.readFileSync("digit.png")`) or base64.
   * @example display.png("iVBORw0KGgo=") // → <PNG image>
   */
  png(data: Uint8Array | string, opts: DisplayOptionsWithId): DisplayHandle;
  png(data: Uint8Array | string, opts?: DisplayOptions): void;
  /** An SVG image. @example display.svg('<svg width="10" height="10"><circle r="5" cx="5" cy="5"/></svg>') // → <SVG image> */
  svg(svg: string, opts: DisplayOptionsWithId): DisplayHandle;
  svg(svg: string, opts?: DisplayOptions): void;
  /** Plain text, shown as is. @example display.text("done") // → done */
  text(text: string, opts: DisplayOptionsWithId): DisplayHandle;
  text(text: string, opts?: DisplayOptions): void;
  /** Any mime bundle. @example display.raw({ "text/plain": "x", "text/html": "<i>x</i>" }) // → x */
  raw(bundle: MimeBundle, opts: DisplayOptionsWithId): DisplayHandle;
  raw(bundle: MimeBundle, opts?: DisplayOptions): void;
  /** A new handle (nothing is shown until `handle.display(value)`). @example display.handle("cost").id // → 'cost' */
  handle(id?: string): DisplayHandle;
  /**
   * Clears the cell's output; `wait`: only when the next output arrives (no flicker).
   * @example display.clear(true); // in the kernel; plain Node has nothing to clear
   */
  clear(wait?: boolean): void;
}

const withBundle =
  (make: (x: any) => MimeBundle) =>
  (x: any, opts?: DisplayOptions): any =>
    show(new Raw(make(x)), opts);

/**
 * Shows values and rich media below the running cell (see the call signatures).
 * @example
 * display(np.arange(3)) // → array([0, 1, 2])
 * display.markdown("**bold**") // → **bold**
 */
export const display: DisplayFunction = Object.assign((value: unknown, opts?: DisplayOptions): any => show(value, opts), {
  html: withBundle((s: string) => ({ "text/html": s, "text/plain": placeholder("HTML") })),
  markdown: withBundle((s: string) => ({ "text/markdown": s, "text/plain": s })),
  latex: withBundle((s: string) => ({ "text/latex": s, "text/plain": s })),
  png: withBundle((b: Uint8Array | string) => ({ "image/png": toBase64(b), "text/plain": placeholder("PNG image") })),
  svg: withBundle((s: string) => ({ "image/svg+xml": s, "text/plain": placeholder("SVG image") })),
  text: withBundle((s: string) => ({ "text/plain": s })),
  raw: withBundle((b: MimeBundle) => b),
  handle: (id?: string) => new DisplayHandle(id),
  clear: (wait = false) => {
    const kernel = currentKernel();
    if (kernel) kernel.clearOutput(wait);
  },
}) as DisplayFunction;
