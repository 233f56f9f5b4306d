// @ts-check
// The pieces of tslab 1.0.22 the kernel reuses (converter, executor, ZeroMQ server, display hook),
// and the TypeScript build tslab embeds, all loaded from tslab's own install.
"use strict";
const path = require("path");

const tslabDir = path.dirname(require.resolve("tslab/package.json"));
const req = (p) => require(path.join(tslabDir, "dist", p));
const tsFile = require.resolve("@tslab/typescript-for-tslab", { paths: [tslabDir] });
if (!process.env.DEEPTS_NO_CODE_CACHE) require("./v8cache").preload(tsFile);

/**
 * TypeScript as tslab's modules see it: the real module's members, any of which the kernel can
 * replace with `replaceTs` (the real module's are read-only getters). It has to be in place before
 * tslab's converter loads, which binds the module then. declarations.js uses it to see each new
 * program and to put documentation back before quick info.
 */
const real = require(tsFile);
/** @type {Map<string, any>} */
const replaced = new Map();
const ts = {};
for (const k of Object.keys(real)) Object.defineProperty(ts, k, { enumerable: true, get: () => (replaced.has(k) ? replaced.get(k) : real[k]) });
/** @type {any} */ (require.cache[tsFile]).exports = ts;

/**
 * Replaces TypeScript's `name` for tslab's modules by `make(original)`.
 * @param {string} name
 * @param {(original: any) => any} make
 */
function replaceTs(name, make) {
  replaced.set(name, make(real[name]));
}

module.exports = {
  tslabDir,
  version: require(path.join(tslabDir, "package.json")).version,
  /** @type {any} */ converter: req("converter.js"),
  /** @type {any} */ executor: req("executor.js"),
  /** @type {any} */ jupyter: req("jupyter.js"),
  /** @type {any} */ metadata: req("metadata.js"),
  /** @type {any} */ inspect: req("inspect.js"),
  /** @type {any} */ ts,
  replaceTs,
};
