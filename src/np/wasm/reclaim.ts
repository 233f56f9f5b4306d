import * as v8 from "node:v8";
import * as vm from "node:vm";

/**
 * Frees WASM-resident blocks when their Float64Array views are garbage collected.
 *
 * A FinalizationRegistry alone is not enough: its callbacks run only when the event loop turns, and a
 * training loop in one notebook cell never yields, so nothing would be freed until the cell ends.
 * V8 (Node 20) can do better when asked: a registry created in a context born after the flag
 * `--harmony-weak-refs-with-cleanup-some` has `cleanupSome()`, which runs the pending callbacks now,
 * and a context born after `--expose-gc` has `gc()`. Both flags are switched back off right after
 * that one context is made. Where this is unavailable (other engines or Node versions), `collect`
 * is null and freeing happens between cells only; the heap then falls back to plain arrays when full.
 */
export interface Reclaimer {
  /** Registers a view so its block is released once the view is collected. */
  track(view: object, block: number): void;
  /** Runs callbacks for views already found dead by V8's own collections (cheap). */
  flush(): void;
  /** Forces a full collection and then flushes; null when not supported. */
  collect: (() => void) | null;
}

let tools: { FR: typeof FinalizationRegistry; gc: (() => void) | null } | undefined;

function obtainTools(): { FR: typeof FinalizationRegistry; gc: (() => void) | null } {
  if (tools) return tools;
  tools = { FR: FinalizationRegistry, gc: null };
  try {
    v8.setFlagsFromString("--harmony-weak-refs-with-cleanup-some");
    v8.setFlagsFromString("--expose-gc");
    const ctx = vm.createContext({});
    const FR = vm.runInContext("FinalizationRegistry", ctx) as typeof FinalizationRegistry;
    const gc = vm.runInContext("typeof gc === 'function' ? gc : null", ctx) as (() => void) | null;
    if (typeof (FR.prototype as any).cleanupSome === "function") {
      tools.FR = FR;
      tools.gc = gc;
    }
  } catch {
    // keep the plain registry
  } finally {
    try {
      v8.setFlagsFromString("--no-expose-gc");
      v8.setFlagsFromString("--no-harmony-weak-refs-with-cleanup-some");
    } catch {
      // flags unknown to this engine: nothing to undo
    }
  }
  return tools;
}

/** A reclaimer calling `release(block)` for each collected view. */
export function makeReclaimer(release: (block: number) => void): Reclaimer {
  const { FR, gc } = obtainTools();
  const registry = new FR<number>(release);
  const cleanupSome = (registry as any).cleanupSome as (() => void) | undefined;
  const flush = cleanupSome ? () => cleanupSome.call(registry) : () => {};
  return {
    track: (view, block) => registry.register(view, block),
    flush,
    collect: gc && cleanupSome ? () => (gc(), flush()) : null,
  };
}
