// @ts-check
// The pieces of tslab 1.0.22 the kernel reuses (converter, executor, display hook) and the
// TypeScript build tslab embeds, all loaded from tslab's own install, and only when first used:
// TypeScript is 8 MB of JavaScript (a quarter of a second with the code cache), and the kernel
// answers Jupyter and loads the library without it.
"use strict";
const path = require("path");

const tslabDir = path.dirname(require.resolve("tslab/package.json"));
const tsFile = require.resolve("@tslab/typescript-for-tslab", { paths: [tslabDir] });

/** @type {Map<string, any>} TypeScript members replaced for tslab's modules (replaceTs) */
const replaced = new Map();
/** @type {any} */
let real = null;
/** @type {any} */
let forTslab = null;

/**
 * Loads TypeScript (through the V8 code cache) and puts in its place, for tslab's modules, an
 * object with the same members of which the kernel can replace any (the real module's are
 * read-only getters): declarations.js uses that to put documentation back before quick info. It has
 * to be in place before tslab's converter loads, which binds the module then.
 */
function loadTs() {
  if (forTslab) return forTslab;
  if (!process.env.DEEPTS_NO_CODE_CACHE) require("./v8cache").preload(tsFile);
  real = require(tsFile);
  forTslab = {};
  for (const k of Object.keys(real)) Object.defineProperty(forTslab, k, { enumerable: true, get: () => (replaced.has(k) ? replaced.get(k) : real[k]) });
  /** @type {any} */ (require.cache[tsFile]).exports = forTslab;
  return forTslab;
}

/**
 * Replaces TypeScript's `name` for tslab's modules by `make(original)`.
 * @param {string} name
 * @param {(original: any) => any} make
 */
function replaceTs(name, make) {
  loadTs();
  replaced.set(name, make(real[name]));
}

/** One of tslab's modules (dist/<file>), loaded after TypeScript. */
const tslabModule = (file) => {
  loadTs();
  return require(path.join(tslabDir, "dist", file));
};

/** TypeScript for the kernel's own modules: loaded at the first member read. */
const ts = new Proxy({}, { get: (_, k) => loadTs()[k] });

module.exports = {
  tslabDir,
  version: require(path.join(tslabDir, "package.json")).version,
  /** TypeScript's version, read without loading it. */
  tsVersion: require(path.join(path.dirname(tsFile), "..", "package.json")).version,
  /** @type {any} */ ts,
  loadTs,
  replaceTs,
  /** @returns {any} */ get converter() {
    return tslabModule("converter.js");
  },
  /** @returns {any} */ get executor() {
    return tslabModule("executor.js");
  },
  /** @returns {any} */ get jupyter() {
    return tslabModule("jupyter.js");
  },
  /** @returns {any} */ get metadata() {
    return tslabModule("metadata.js");
  },
  /** @returns {any} */ get inspect() {
    return tslabModule("inspect.js");
  },
};
