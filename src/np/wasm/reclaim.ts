import { execFileSync } from "node:child_process";
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
  /** Forgets a tracked view (its block was freed explicitly); false if it was not tracked. */
  untrack(view: object): boolean;
  /** Runs callbacks for views already found dead by V8's own collections (cheap). */
  flush(): void;
  /** Forces a full collection and then flushes; null when not supported. */
  collect: (() => void) | null;
}

let tools: { FR: typeof FinalizationRegistry; gc: (() => void) | null } | undefined;

const CLEANUP_FLAG = "--harmony-weak-refs-with-cleanup-some";

/**
 * Whether this V8 knows the cleanupSome flag (an unknown flag would print an error on stderr).
 * Node 20's V8 (11.x) has it; for newer ones, ask the binary once.
 */
function hasCleanupFlag(): boolean {
  if (Number(process.versions.v8.split(".")[0]) <= 11) return true;
  try {
    return execFileSync(process.execPath, ["--v8-options"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).includes(CLEANUP_FLAG.slice(2));
  } catch {
    return false;
  }
}

function obtainTools(): { FR: typeof FinalizationRegistry; gc: (() => void) | null } {
  if (tools) return tools;
  tools = { FR: FinalizationRegistry, gc: null };
  if (!hasCleanupFlag()) return tools;
  try {
    v8.setFlagsFromString(CLEANUP_FLAG);
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
      v8.setFlagsFromString(`--no-${CLEANUP_FLAG.slice(2)}`);
    } catch {
      // flags unknown to this engine: nothing to undo
    }
  }
  return tools;
}

/**
 * True while an np.scope is open (set by ../scope.ts): views are then registered with themselves as
 * unregister token, so the scope can free their blocks and forget them. A token costs ~0.5 µs more
 * per array, so arrays made outside scopes (which np.scope never frees) go without.
 */
export const explicitFree = { on: false };

/** A reclaimer calling `release(block)` for each collected view. */
export function makeReclaimer(release: (block: number) => void): Reclaimer {
  const { FR, gc } = obtainTools();
  const registry = new FR<number>(release);
  const cleanupSome = (registry as any).cleanupSome as (() => void) | undefined;
  const flush = cleanupSome ? () => cleanupSome.call(registry) : () => {};
  return {
    track: (view, block) => (explicitFree.on ? registry.register(view, block, view) : registry.register(view, block)),
    untrack: (view) => registry.unregister(view) as unknown as boolean, // true when it was registered (TS types it void)
    flush,
    collect: gc && cleanupSome ? () => (gc(), flush()) : null,
  };
}
