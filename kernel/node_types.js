// @ts-check
// Which Node type declarations the kernel's compiler reads. @types/node is 2.3 MB of declarations
// (three quarters of what a cold start parses and binds), and most cells use only console, timers
// and process. So the kernel starts on a small set (kernel/types/node, same names as @types/node),
// and the first cell that does not compile with it (an import of a Node module, Buffer, ...) makes
// the converter switch to the full @types/node for good and compile that cell again.
//
// tslab's converter takes its type roots from the folders it finds (every `node_modules/@types`
// above the notebook, or tslab's own) and reads them through `ts.sys`. While the small set is on,
// each such folder shows only `node`, and `node` is read from kernel/types/node.
"use strict";
const path = require("path");
const tslab = require("./tslab");
const declarations = require("./declarations");
const library = require("./library");

const SMALL = path.join(__dirname, "types", "node");
/** Declaration files that stay as they are while a kernel runs: installed packages, the library's. */
const fixed = (/** @type {string} */ p) => /[\\/]node_modules[\\/]/.test(p) || p.startsWith(SMALL + path.sep) || p.startsWith(library.DIST + path.sep);
/** TypeScript's ts.sys, and its own functions before install() wraps them (set by install()). */
let sys = /** @type {any} */ (null);
let real = /** @type {any} */ (null);

/** Whether ts.sys shows the small set: true while the converter in use was built on it. */
let small = false;
/** Once a cell needed the full @types/node, every converter is built on it. */
let fullNeeded = !!process.env.DEEPTS_FULL_NODE_TYPES;
let installed = false;

/** `<root>/node/...` → the same file of the small set, when `p` is in a type root's `node` folder. */
function redirect(p) {
  const m = /^(.*[\\/]node_modules[\\/]@types)[\\/]node(?:[\\/](.*))?$/.exec(p);
  return m ? path.join(SMALL, m[2] ?? "") : null;
}
const isTypeRoot = (p) => /[\\/]node_modules[\\/]@types[\\/]?$/.test(p);

/** The file read for `p`: the small set's when the small set is on and `p` is in it, else `p`. */
const actual = (/** @type {string} */ p) => (small && redirect(p)) || p;
/** ts.sys's `fn` on actual(p). */
const via = (fn) => (/** @type {string} */ p, /** @type {any[]} */ ...rest) => fn.call(sys, actual(p), ...rest);

function install() {
  if (installed) return;
  installed = true;
  sys = tslab.ts.sys;
  real = { getDirectories: sys.getDirectories, fileExists: sys.fileExists, readFile: sys.readFile, directoryExists: sys.directoryExists, realpath: sys.realpath, watchFile: sys.watchFile };
  // Declaration files reach the compiler without their JSDoc (kernel/declarations.js).
  declarations.installDocumentation();
  sys.getDirectories = (p) => (small && isTypeRoot(p) ? ["node"] : real.getDirectories.call(sys, p));
  sys.directoryExists = via(real.directoryExists);
  sys.fileExists = via(real.fileExists);
  sys.readFile = declarations.strippingReader(real.readFile.bind(sys), actual);
  // The compiler watches every file it read, for changes; installed declarations (the ES lib, the
  // library's dist/, Node's types) do not change under a running kernel, and the library's code
  // would not be reloaded anyway. Watching their ~210 files took ~20 ms of the start.
  sys.watchFile = (p, ...rest) => (fixed(p) ? { close() {} } : real.watchFile.call(sys, p, ...rest));
  if (real.realpath) sys.realpath = (p) => (small && redirect(p) !== null ? p : /** @type {any} */ (real.realpath).call(sys, p));
}

/** One of tslab's converters, on the small set of Node types unless the full one is needed by now. */
function makeConverter(isBrowser) {
  small = !fullNeeded;
  install();
  return tslab.converter.createConverter({ isJS: false, isBrowser });
}

/**
 * A tslab converter (convert, inspect, complete, addModule, close) that starts on the small set of
 * Node types and, the first time a cell does not compile with it, compiles that cell again with the
 * full @types/node and keeps that from then on. The kernel and the grader both compile through it,
 * so a notebook compiles the same in both. `DEEPTS_FULL_NODE_TYPES=1` starts on the full set.
 * @param {{ isBrowser?: boolean }} [opts]
 */
function createConverter(opts = {}) {
  const isBrowser = !!opts.isBrowser;
  let conv = makeConverter(isBrowser);
  let onSmall = small;
  return {
    /** @param {string} decls @param {string} src */
    convert(decls, src) {
      const r = conv.convert(decls, src);
      if (!onSmall || !r.diagnostics || r.diagnostics.length === 0) return r;
      conv.close();
      fullNeeded = true;
      conv = makeConverter(isBrowser);
      onSmall = false;
      return conv.convert(decls, src);
    },
    /** @param {string} decls @param {string} src @param {number} pos */
    inspect: (decls, src, pos) => conv.inspect(decls, src, pos),
    /** @param {string} decls @param {string} src @param {number} pos */
    complete: (decls, src, pos) => conv.complete(decls, src, pos),
    /** @param {any[]} a */
    addModule: (...a) => conv.addModule(...a),
    close: () => conv.close(),
  };
}

/** True while converters are made on the small set (until a cell first needed the full one). */
const usingSmall = () => small;

module.exports = { createConverter, usingSmall, SMALL };
