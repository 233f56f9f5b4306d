// np.scope and np.keep: explicit freeing of the WASM memory of temporaries (like tfjs's tidy), for
// library loops (nn's training steps). Plain code never needs them: the garbage collector frees
// every array's memory anyway, only later (see wasm/README.md, "Memory").
import { NDArray } from "./ndarray";
import { residentHook } from "./storage";
import { defaultRuntime } from "./wasm";
import { explicitFree } from "./wasm/reclaim";
import { SLAB_MAX } from "./wasm/runtime";

/** The WASM blocks of arrays created in each open scope (or returned to it by an inner one), innermost last. */
const open: Set<Float64Array>[] = [];
/** A check for scopes left open by an interrupted cell is queued (see dropStale). */
let checkQueued = false;

function note(data: Float64Array): void {
  // arrays up to SLAB_MAX are cut from shared slabs that only the collector frees: not recorded
  if (data.byteLength > SLAB_MAX) open[open.length - 1].add(data);
}

/**
 * Runs `fn` and, as soon as it returns or throws, frees the WASM memory of every array created
 * during `fn`, except the arrays in what `fn` returns (found in arrays, objects, Maps and Sets,
 * however deep) and those passed to {@link keep}. Returned arrays belong to the enclosing scope, if
 * any. Meant for loops whose every step makes short-lived arrays: their memory is reused at once
 * instead of after a full garbage collection.
 *
 * The promise `fn` makes: an array created inside and neither returned nor kept is never used
 * after the scope (not stored in an outer variable, a closure, or a class instance's field: keep
 * those with np.keep). Using it afterwards reads memory that another array now owns. Arrays of up
 * to 128 KiB (cut from shared slabs, which the collector frees cheaply), non-float64 arrays and
 * arrays created before the scope are never affected. `fn` must be synchronous.
 * @example
 * const x = np.ones([100, 100]);
 * const y = np.scope(() => np.add(np.multiply(x, 2), 1)); // 2·x is freed on return, y is kept
 * y.get(0, 0).item() // → 3
 * let w = np.zeros([200]);
 * for (let i = 0; i < 3; i++) w = np.scope(() => np.subtract(w, np.multiply(0.5, np.subtract(w, 1))));
 * w.get(0).item() // → 0.875
 */
export function scope<T>(fn: () => T): T {
  const mine = new Set<Float64Array>();
  open.push(mine);
  residentHook.onAlloc = note;
  explicitFree.on = true;
  if (!checkQueued) {
    checkQueued = true;
    queueMicrotask(dropStale);
  }
  let result: T;
  try {
    result = fn();
  } catch (e) {
    close(mine, undefined, false);
    throw e;
  }
  if (result !== null && typeof result === "object" && typeof (result as { then?: unknown }).then === "function") {
    close(mine, undefined, true);
    throw new TypeError("np.scope: fn must be synchronous (it returned a Promise); nothing was freed");
  }
  close(mine, result, false);
  return result;
}

/**
 * Keeps arrays created in the enclosing np.scope(s) from being freed when they end: for arrays that
 * leave a scope other than by being returned (pushed onto an outer list, stored in a field). Takes
 * an array or any structure of them (as a scope's result) and returns it. Outside a scope it does
 * nothing. Kept arrays are freed by the garbage collector, as any array.
 * @example
 * const snapshots = [];
 * const w = np.scope(() => {
 *   const g = np.full([200], 0.5);
 *   snapshots.push(np.keep(np.multiply(g, 4))); // leaves the scope through the outer list
 *   return np.subtract(1, g);
 * });
 * [snapshots[0].get(0).item(), w.get(0).item()] // → [ 2, 0.5 ]
 */
export function keep<T>(x: T): T {
  if (open.length > 0) {
    eachBlock(x, (d) => {
      for (let s = open.length - 1; s >= 0; s--) {
        const b = owner(open[s], d);
        if (b) {
          open[s].delete(b);
          return;
        }
      }
    });
  }
  return x;
}

/** Ends scope `mine`: frees its blocks, except those of `result` (all of them if keepAll), which go to the enclosing scope. */
function close(mine: Set<Float64Array>, result: unknown, keepAll: boolean): void {
  const at = open.lastIndexOf(mine);
  if (at < 0) return; // dropped as stale: its arrays are left to the garbage collector
  open.length = at;
  const parent = at > 0 ? open[at - 1] : null;
  if (!parent) stopRecording();
  const escaping = new Set<Float64Array>();
  if (keepAll) for (const b of mine) escaping.add(b);
  else
    eachBlock(result, (d) => {
      const b = owner(mine, d);
      if (b) escaping.add(b);
    });
  const rt = defaultRuntime();
  for (const b of mine) {
    if (escaping.has(b)) parent?.add(b);
    else rt?.freeF64(b);
  }
}

/**
 * A scope still open when a microtask runs was left by a cell stopped mid-scope (an interrupt runs
 * no `finally`): a synchronous scope always ends before the next microtask. Its arrays are left to
 * the garbage collector, and allocations stop being recorded.
 */
function dropStale(): void {
  checkQueued = false;
  if (open.length === 0) return;
  open.length = 0;
  stopRecording();
}

function stopRecording(): void {
  residentHook.onAlloc = null;
  explicitFree.on = false;
}

/** The block of `set` that holds data `d` (d itself, or the block a subarray view lies in). */
function owner(set: Set<Float64Array>, d: Float64Array): Float64Array | undefined {
  if (set.has(d)) return d;
  if (set.size === 0 || (defaultRuntime()?.address(d) ?? -1) < 0) return undefined;
  const start = d.byteOffset;
  for (const b of set) if (start >= b.byteOffset && start < b.byteOffset + b.byteLength) return b;
  return undefined;
}

/** Calls f with the float64 data of every NDArray (or bare Float64Array) in v, however nested. */
function eachBlock(v: unknown, f: (d: Float64Array) => void, seen = new Set<object>()): void {
  if (v instanceof NDArray) {
    if (v.data instanceof Float64Array) f(v.data);
    return;
  }
  if (v === null || typeof v !== "object" || seen.has(v)) return;
  seen.add(v);
  if (ArrayBuffer.isView(v)) {
    if (v instanceof Float64Array) f(v);
  } else if (v instanceof Map || v instanceof Set) {
    for (const x of v.values()) eachBlock(x, f, seen);
    if (v instanceof Map) for (const x of v.keys()) eachBlock(x, f, seen);
  } else {
    for (const x of Object.values(v)) eachBlock(x, f, seen);
  }
}

/** How many scopes are open (tests). */
export function scopeDepth(): number {
  return open.length;
}
