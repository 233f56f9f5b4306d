// @ts-check
// Which Node type declarations the kernel's compiler reads. @types/node is 2.3 MB of declarations
// (three quarters of what a cold start parses and binds), and most cells use only console, timers
// and process. So the kernel starts on a small set (kernel/types/node, same names as @types/node),
// and the first cell that does not compile with it (an import of a Node module, Buffer, ...) makes
// the executor switch to the full @types/node for good and compile that cell again.
//
// tslab's converter takes its type roots from the folders it finds (every `node_modules/@types`
// above the notebook, or tslab's own) and reads them through `ts.sys`. While the small set is on,
// each such folder shows only `node`, and `node` is read from kernel/types/node.
"use strict";
const path = require("path");
const tslab = require("./tslab");

const SMALL = path.join(__dirname, "types", "node");
const ts = tslab.ts;
const sys = ts.sys;
const real = { getDirectories: sys.getDirectories, fileExists: sys.fileExists, readFile: sys.readFile, directoryExists: sys.directoryExists, realpath: sys.realpath };

let small = false;
let installed = false;

/** `<root>/node/...` → the same file of the small set, when `p` is in a type root's `node` folder. */
function redirect(p) {
  const m = /^(.*[\\/]node_modules[\\/]@types)[\\/]node(?:[\\/](.*))?$/.exec(p);
  return m ? path.join(SMALL, m[2] ?? "") : null;
}
const isTypeRoot = (p) => /[\\/]node_modules[\\/]@types[\\/]?$/.test(p);

function install() {
  if (installed) return;
  installed = true;
  sys.getDirectories = (p) => (small && isTypeRoot(p) ? ["node"] : real.getDirectories.call(sys, p));
  sys.directoryExists = (p) => {
    const r = small ? redirect(p) : null;
    return r !== null ? real.directoryExists.call(sys, r) : real.directoryExists.call(sys, p);
  };
  sys.fileExists = (p) => {
    const r = small ? redirect(p) : null;
    return r !== null ? real.fileExists.call(sys, r) : real.fileExists.call(sys, p);
  };
  sys.readFile = (p, enc) => {
    const r = small ? redirect(p) : null;
    return r !== null ? real.readFile.call(sys, r, enc) : real.readFile.call(sys, p, enc);
  };
  if (real.realpath) sys.realpath = (p) => (small && redirect(p) !== null ? p : /** @type {any} */ (real.realpath).call(sys, p));
}

/**
 * Creates one of tslab's converters on the small set of Node types (`small: true`) or the full one.
 * The small set stays on until `useFull()`; converters made on it read its files only while they
 * build, so switching later does not disturb them (they are replaced anyway).
 * @param {{ small: boolean, isBrowser?: boolean }} opts
 */
function createConverter(opts) {
  if (process.env.DEEPTS_FULL_NODE_TYPES) opts = { ...opts, small: false };
  if (opts.small) install();
  small = opts.small;
  return tslab.converter.createConverter({ isJS: false, isBrowser: !!opts.isBrowser });
}

/** True while converters are built on the small set. */
const usingSmall = () => small;

module.exports = { createConverter, usingSmall, SMALL };
