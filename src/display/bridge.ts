// How library code reaches the Jupyter kernel it runs in. The deepts kernel installs its bridge with
// setKernel (exported by the library's index); outside a kernel there is none, and display/progress
// fall back to plain text. The bridge is kept under a global symbol so that every copy of the library
// loaded in the process (the kernel's and a notebook's) sees the same one.

/** A mime bundle: mime type → data (`{ "text/plain": "...", "text/html": "..." }`). */
export type MimeBundle = Record<string, unknown>;

/** The content of a display_data / update_display_data message. */
export interface DisplayMessage {
  data: MimeBundle;
  metadata: Record<string, unknown>;
  transient: { display_id?: string };
}

/** What the kernel offers to library code (installed by kernel/server.js through setKernel). */
export interface KernelBridge {
  /** Sends display_data, or update_display_data when `update` is true, to the running cell. */
  publish(msg: DisplayMessage, update: boolean): void;
  /** Sends clear_output (`wait`: clear when the next output arrives, to avoid flicker). */
  clearOutput(wait: boolean): void;
}

const KEY = Symbol.for("deepts.kernel");

/**
 * The kernel bridge, or undefined when not running inside the deepts kernel.
 * @example
 * if (currentKernel()) display.html("<b>hi</b>");
 * currentKernel() // → undefined
 */
export function currentKernel(): KernelBridge | undefined {
  return (globalThis as Record<symbol, KernelBridge | undefined>)[KEY];
}

/**
 * Installs (or removes, with undefined) the bridge; the kernel calls this at start.
 * @example
 * const sent = [];                 // a stand-in kernel that records what display() sends
 * setKernel({ publish: (msg, update) => sent.push([msg.data["text/plain"], update]), clearOutput: () => {} });
 * try { display("hi", { displayId: true }).update("bye"); } finally { setKernel(undefined); }
 * sent // → [ [ "'hi'", false ], [ "'bye'", true ] ]
 */
export function setKernel(bridge: KernelBridge | undefined): void {
  (globalThis as Record<symbol, KernelBridge | undefined>)[KEY] = bridge;
}
