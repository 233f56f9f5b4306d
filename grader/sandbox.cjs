// @ts-check
// The sandbox: one process per submission run, started by grader/run.mjs as
//   node --frozen-intrinsics --experimental-permission --allow-fs-read=<library only> --allow-worker
//        --no-addons --max-old-space-size=<cap> grader/sandbox.cjs
// It reads its job from stdin (the cells, already compiled by the grader, and a per-run secret),
// runs them in order, and reports on fd 3. Nothing here decides a grade: it reports what the
// trusted test code observed (every check call's value, encoded here), and the grader compares.
//
// The student's code runs in this process, so it can do anything this process can. What keeps the
// report honest:
// - the secret: every record starts with it; it arrives on stdin (read, then EOF), lives only in
//   this file's closure, and the ways to read another closure's memory are closed (the inspector
//   by the permission model; `v8` heap snapshots and natives syntax by refusing the module below);
// - JavaScript's own objects are frozen by --frozen-intrinsics before any code runs, the library is
//   frozen below before the student's code runs, and everything this file calls later was taken
//   (captured) before the student's code ran;
// - the test cells see the library, the check API and every standard global through parameters
//   (never through names the student's code can rebind), in strict mode (no `.caller`);
// - expected values never enter this process (the grader strips them from the test cells).
"use strict";

// ---- captured before any other code runs ------------------------------------------------------
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const Module = require("module");
const { types } = require("util");

const writeSync = fs.writeSync;
const readFileSync = fs.readFileSync;
const isProxy = types.isProxy;
const isTypedArray = types.isTypedArray;
const isArrayBuffer = types.isAnyArrayBuffer;
const isPromise = types.isPromise;
const isRegExp = types.isRegExp;
const regexpTest = RegExp.prototype.test;
const runInThisContext = vm.runInThisContext;
const { apply: ReflectApply, ownKeys: ReflectOwnKeys, getPrototypeOf: ReflectGetPrototypeOf, get: ReflectGet, has: ReflectHas } = Reflect;
const { freeze, isFrozen, keys: ObjectKeys, getOwnPropertyDescriptor, defineProperty, create: ObjectCreate, getOwnPropertyNames } = Object;
const ArrayIsArray = Array.isArray;
const ArrayFrom = Array.from;
const stringify = JSON.stringify;
const parse = JSON.parse;
const NumberCtor = Number;
const StringCtor = String;
const MathRound = Math.round;
const NumberIsInteger = Number.isInteger;
const NumberIsFinite = Number.isFinite;
const ObjectIs = Object.is;
const SetCtor = Set;
const setHas = Set.prototype.has;
const setAdd = Set.prototype.add;
const arrayPush = Array.prototype.push;
const arraySort = Array.prototype.sort;
const arrayJoin = Array.prototype.join;
const stringSlice = String.prototype.slice;
const stringReplace = String.prototype.replace;
const PromiseCtor = Promise;
const call = (fn, self, ...args) => ReflectApply(fn, self, args);

// ---- the job ----------------------------------------------------------------------------------
/** @type {{ secret: string, root: string, cells: {i: number, kind: "student" | "test", js: string, async: boolean, name: string}[], limits: {maxItems: number} }} */
const job = parse(readFileSync(0, "utf8"));
const SECRET = job.secret;
job.secret = "";
const OUT = 3;
const MAX_ITEMS = job.limits?.maxItems ?? 5_000_000;

/** Writes one record on the report channel: the secret, then one line of JSON. */
function report(rec) {
  const line = SECRET + stringify(rec) + "\n";
  try {
    writeSync(OUT, line);
  } catch {
    // the channel is gone (the student's code closed fd 3): the grader sees the missing records
  }
}

// ---- the library, frozen ----------------------------------------------------------------------
const lib = require(path.join(job.root, "dist", "index.js"));
const PRELUDE = ["np", "NDArray", "nn", "data", "plot", "display", "progress", "timeit", "check"];
const NDArray = lib.NDArray;
const WorkerClass = require("worker_threads").Worker;
const NDProto = NDArray.prototype;
const ndFlatten = NDProto.flatten;

/** Freezes everything reachable from `root` through properties, except buffers and their views. */
function harden(root) {
  const seen = new SetCtor();
  const stack = [root];
  while (stack.length) {
    const v = stack.pop();
    if ((typeof v !== "object" && typeof v !== "function") || v === null) continue;
    if (call(setHas, seen, v)) continue;
    call(setAdd, seen, v);
    if (isTypedArray(v) || isArrayBuffer(v) || types.isWeakMap(v) || types.isMap(v) || types.isSet(v) || v instanceof WebAssembly.Memory) continue;
    if (v instanceof WebAssembly.Instance || v instanceof WebAssembly.Module) continue;
    if (isProxy(v)) continue;
    if (v === WorkerClass) throw new Error("the library exposes worker_threads.Worker; the sandbox cannot keep it from graded code");
    const proto = ReflectGetPrototypeOf(v);
    if (proto) stack.push(proto);
    for (const key of ReflectOwnKeys(v)) {
      const d = getOwnPropertyDescriptor(v, key);
      if (!d) continue;
      if ("value" in d) stack.push(d.value);
      if (d.get) stack.push(d.get);
      if (d.set) stack.push(d.set);
    }
    if (!isFrozen(v)) freeze(v);
  }
}
for (const name of PRELUDE) if (name in lib && name !== "check") harden(lib[name]);
harden(lib.check);

// ---- what the student's code may not reach ----------------------------------------------------
// `v8` gives heap snapshots (the secret is in this heap) and natives syntax; the inspector is
// already refused by the permission model. Both are refused again here, by every way of loading.
const DENIED = new SetCtor(["v8", "inspector", "inspector/promises", "trace_events", "repl", "cluster", "child_process", "wasi", "worker_threads"]);
const bareId = (id) => (typeof id === "string" && call(stringSlice, id, 0, 5) === "node:" ? call(stringSlice, id, 5) : id);
const denied = (id) => {
  const e = new Error(`"${id}" is not available in graded code`);
  e.name = "GraderDenied";
  return e;
};
const originalLoad = Module._load;
defineProperty(Module, "_load", {
  value: function _load(request, parent, isMain) {
    if (typeof request !== "string") throw new TypeError("module id must be a string");
    if (call(setHas, DENIED, bareId(request))) throw denied(request);
    return call(originalLoad, this, request, parent, isMain);
  },
  writable: false,
  configurable: false,
});
if (typeof process.getBuiltinModule === "function") {
  const original = process.getBuiltinModule;
  defineProperty(process, "getBuiltinModule", {
    value: (id) => {
      if (typeof id !== "string") throw new TypeError("module id must be a string");
      if (call(setHas, DENIED, bareId(id))) throw denied(id);
      return call(original, process, id);
    },
    writable: false,
    configurable: false,
  });
}
// Ending or signalling processes: the grader notices a dead sandbox anyway, but a notebook that
// calls these gets an error in its own cell instead (and cannot signal the grader, its parent).
for (const name of ["exit", "reallyExit", "abort", "kill", "_kill", "dlopen"]) {
  defineProperty(process, name, {
    value: () => {
      throw denied(`process.${name}()`);
    },
    writable: false,
    configurable: false,
  });
}
for (const name of ["setUncaughtExceptionCaptureCallback"]) {
  defineProperty(process, name, { value: () => undefined, writable: false, configurable: false });
}
// vm's script class: runInThisContext looks its methods up on these prototypes.
freeze(vm.Script.prototype);
freeze(ReflectGetPrototypeOf(vm.Script.prototype));
freeze(vm);
freeze(Module);
freeze(Module.prototype);

// ---- encoding values (the grader decodes and compares) ----------------------------------------
const DTYPES = new SetCtor(["float64", "float32", "int64", "int32", "int16", "int8", "uint8", "uint16", "uint32", "bool", "int"]);
const num = (x) => (NumberIsFinite(x) ? (ObjectIs(x, -0) ? "-0" : x) : StringCtor(x));

/**
 * A value as data: the shapes of src/check/encode.ts, plus { bad: "why" } for what cannot be a
 * result (a Proxy, a function, an inconsistent array). Only primitives and fresh objects come out.
 */
function encode(v, depth = 0, budget = { items: 0 }) {
  if (depth > 32) return { bad: "a value nested too deeply" };
  if (v === undefined) return { undef: true };
  if (v === null || typeof v === "boolean") return v;
  if (typeof v === "string") return v.length > 100_000 ? { bad: "a very long string" } : v;
  if (typeof v === "number") return { num: num(v) };
  if (typeof v === "function") return isProxy(v) ? { bad: "a Proxy" } : { bad: "a function" };
  if (typeof v !== "object") return { bad: `a ${typeof v}` };
  if (isProxy(v)) return { bad: "a Proxy" };
  if (v instanceof NDArray) {
    const flat = call(ndFlatten, v); // the library's own flatten, whatever the object says it has
    const dtype = ReflectGet(v, "dtype");
    const shape = ReflectGet(v, "shape");
    const data = ReflectGet(flat, "data");
    if (typeof dtype !== "string" || !call(setHas, DTYPES, dtype)) return { bad: "an array with an unknown dtype" };
    if (!ArrayIsArray(shape) || isProxy(shape) || isProxy(data) || !isTypedArray(data)) return { bad: "a broken array" };
    const dims = [];
    let size = 1;
    for (let k = 0; k < shape.length; k++) {
      const n = shape[k];
      if (typeof n !== "number" || !NumberIsInteger(n) || n < 0) return { bad: "an array with a broken shape" };
      call(arrayPush, dims, n);
      size *= n;
    }
    if (size !== data.length) return { bad: "an array whose shape does not match its data" };
    budget.items += size;
    if (budget.items > MAX_ITEMS) return { bad: "an array too large to grade" };
    const out = [];
    for (let k = 0; k < data.length; k++) call(arrayPush, out, num(NumberCtor(data[k])));
    return { nd: dtype, shape: dims, data: out };
  }
  if (ArrayIsArray(v)) {
    const n = v.length;
    budget.items += n;
    if (budget.items > MAX_ITEMS) return { bad: "a list too large to grade" };
    const list = [];
    for (let k = 0; k < n; k++) call(arrayPush, list, encode(v[k], depth + 1, budget));
    return { list };
  }
  if (isTypedArray(v)) return { bad: "a typed array (return an np.NDArray)" };
  const obj = ObjectCreate(null);
  const ks = ObjectKeys(v);
  call(arraySort, ks);
  budget.items += ks.length;
  if (budget.items > MAX_ITEMS) return { bad: "an object too large to grade" };
  for (const k of ks) obj[k] = encode(v[k], depth + 1, budget);
  return { obj };
}

/** encode, turning any exception the value's own code throws into a `bad`. */
function safeEncode(v) {
  try {
    return encode(v);
  } catch (e) {
    return { bad: `a value that throws when read (${errorText(e).message})` };
  }
}

/** name and message of a thrown value, as text, without trusting it. */
function errorText(e) {
  const out = { name: "Error", message: "", stack: "" };
  try {
    if (e === null || (typeof e !== "object" && typeof e !== "function")) {
      out.name = "thrown value";
      out.message = StringCtor(e);
      return out;
    }
    if (isProxy(e)) return { name: "thrown value", message: "a Proxy", stack: "" };
    const name = ReflectGet(e, "name");
    const message = ReflectGet(e, "message");
    const stack = ReflectGet(e, "stack");
    out.name = typeof name === "string" ? call(stringSlice, name, 0, 200) : "Error";
    out.message = typeof message === "string" ? call(stringSlice, message, 0, 4000) : "";
    out.stack = typeof stack === "string" ? call(stringSlice, stack, 0, 4000) : "";
  } catch {
    out.message = "(an error whose message cannot be read)";
  }
  return out;
}

// ---- the check API the trusted test cells get -------------------------------------------------
let current = -1; // the test cell running
let calls = 0;
let hidden = false;

function record(kind, id, raw, encoded, options, extra) {
  const hints = [];
  const list = options && ArrayIsArray(options.hints) ? options.hints : [];
  for (let k = 0; k < list.length; k++) {
    const h = list[k];
    if (isRegExp(h.if)) continue; // only for errors a check(id, () => ...) call throws
    if (typeof h.if === "function") {
      let hit = false;
      try {
        hit = !!h.if(raw);
      } catch {
        hit = false;
      }
      call(arrayPush, hints, { fn: hit, say: StringCtor(h.say) });
    } else call(arrayPush, hints, { value: safeEncode(h.if), say: StringCtor(h.say) });
  }
  const rec = {
    t: "call",
    i: current,
    n: calls++,
    k: kind,
    id: typeof id === "string" ? id : null,
    hidden,
    what: options && typeof options.what === "string" ? options.what : null,
    rtol: options && typeof options.rtol === "number" ? options.rtol : null,
    atol: options && typeof options.atol === "number" ? options.atol : null,
    weight: options && typeof options.weight === "number" ? options.weight : null,
    required: !!(options && options.required === true),
    ...extra,
    got: encoded,
    hints,
  };
  report(rec);
}

const recorder = freeze(
  Object.assign(
    function check(id, got, options) {
      if (typeof got === "function" && !isProxy(got)) {
        // check(id, () => call): as src/check, an error matched by a hint's RegExp fails the check
        // with that hint; any other error stops the cell.
        try {
          got = got();
        } catch (e) {
          const err = errorText(e);
          const list = options && ArrayIsArray(options.hints) ? options.hints : [];
          let say = null;
          for (let k = 0; k < list.length && say === null; k++) if (isRegExp(list[k].if) && call(regexpTest, list[k].if, err.message)) say = StringCtor(list[k].say);
          if (say === null) throw e;
          record("check", id, undefined, { bad: "an error" }, options, { thrown: { name: err.name, message: err.message, say } });
          throw e;
        }
      }
      record("check", id, got, safeEncode(got), options, {});
    },
    {
      close(got, expected, options) {
        record("close", options?.id ?? options?.what ?? "check.close", got, safeEncode(got), options, { expected: safeEncode(expected) });
      },
      that(condition, message) {
        // The same rule as check.that (truthiness), decided here, where no student code can intervene.
        record("that", typeof message === "string" ? message : "check.that", undefined, { that: !!condition }, { what: typeof message === "string" ? message : null }, {});
      },
      begin() {
        hidden = false;
      },
      expect() {
        hidden = true;
      },
      end() {},
      kindOf: lib.check.kindOf,
    },
  ),
);

// ---- running cells ----------------------------------------------------------------------------
// The student's cells share one exports object, as in tslab (named imports arrive as defineProperty).
const studentLocals = ObjectCreate(null);
for (const name of PRELUDE) if (name in lib) studentLocals[name] = lib[name];
const studentExports = new Proxy(studentLocals, {
  defineProperty(target, prop, attrs) {
    if (prop === "__esModule") return true;
    target[prop] = attrs.get ? attrs.get() : attrs.value;
    return true;
  },
});
const studentRequire = Module.createRequire(path.join(process.cwd(), "cell.js"));

// What a test cell sees: the trusted names first, then what the student's cells defined.
const TRUSTED = ObjectCreate(null);
for (const name of PRELUDE) if (name in lib) TRUSTED[name] = lib[name];
TRUSTED.check = recorder;
freeze(TRUSTED);
const testScratch = ObjectCreate(null);
const testExports = new Proxy(testScratch, {
  get(target, prop) {
    if (typeof prop === "string" && prop in TRUSTED) return TRUSTED[prop];
    if (prop in target) return target[prop];
    return studentLocals[prop];
  },
  has: (target, prop) => prop in TRUSTED || prop in target || prop in studentLocals,
  set(target, prop, value) {
    target[prop] = value;
    return true;
  },
  defineProperty(target, prop, attrs) {
    if (prop === "__esModule") return true;
    target[prop] = attrs.get ? attrs.get() : attrs.value;
    return true;
  },
});
const testRequire = Module.createRequire(path.join(job.root, "grader", "sandbox.cjs"));

// Every standard global, as it was before the student's code ran, bound by name in test cells.
const GLOBAL_NAMES = [];
const GLOBAL_VALUES = [];
for (const name of getOwnPropertyNames(globalThis)) {
  if (!/^[A-Za-z_$][\w$]*$/.test(name) || name === "eval" || name === "arguments" || name in TRUSTED) continue;
  const d = getOwnPropertyDescriptor(globalThis, name);
  if (!d || !("value" in d)) continue;
  call(arrayPush, GLOBAL_NAMES, name);
  call(arrayPush, GLOBAL_VALUES, d.value);
}
const TRUSTED_NAMES = ObjectKeys(TRUSTED);
const TRUSTED_VALUES = [];
for (const n of TRUSTED_NAMES) call(arrayPush, TRUSTED_VALUES, TRUSTED[n]);
freeze(GLOBAL_NAMES);
freeze(GLOBAL_VALUES);

function compileCell(cell) {
  const head = cell.kind === "test" ? `(${cell.async ? "async " : ""}function (exports, require, ${call(arrayJoin, TRUSTED_NAMES, ", ")}, ${call(arrayJoin, GLOBAL_NAMES, ", ")}) { "use strict"; ` : `(${cell.async ? "async " : ""}function (exports, require) { `;
  return runInThisContext(head + cell.js + "\n})", { filename: cell.name });
}

async function runCell(cell) {
  const fn = compileCell(cell);
  const result =
    cell.kind === "test"
      ? ReflectApply(fn, undefined, [testExports, testRequire, ...TRUSTED_VALUES, ...GLOBAL_VALUES])
      : ReflectApply(fn, undefined, [studentExports, studentRequire]);
  if (cell.async && isPromise(result)) await result;
}

// Output blocks until the grader has read it, so the output cap stops a flood where it happens.
for (const stream of [process.stdout, process.stderr]) {
  try {
    /** @type {any} */ (stream)._handle?.setBlocking?.(true);
  } catch {
    // not a pipe: nothing to do
  }
}

process.on("uncaughtException", (e) => report({ t: "async-error", i: current, error: errorText(e) }));
process.on("unhandledRejection", (e) => report({ t: "async-error", i: current, error: errorText(e) }));

(async () => {
  report({ t: "ready" });
  for (const cell of job.cells) {
    current = cell.i;
    calls = 0;
    hidden = false;
    report({ t: "start", i: cell.i });
    let error = null;
    let errorHidden = false;
    try {
      await runCell(cell);
    } catch (e) {
      error = errorText(e);
      errorHidden = hidden;
    }
    report({ t: "end", i: cell.i, ok: error === null, error, hidden: errorHidden });
  }
  report({ t: "done" });
})();
