// @ts-check
// The pieces of tslab 1.0.22 the kernel reuses (converter, executor, ZeroMQ server, display hook),
// and the TypeScript build tslab embeds, all loaded from tslab's own install.
"use strict";
const path = require("path");

const tslabDir = path.dirname(require.resolve("tslab/package.json"));
const req = (p) => require(path.join(tslabDir, "dist", p));
const tsFile = require.resolve("@tslab/typescript-for-tslab", { paths: [tslabDir] });
if (!process.env.DEEPTS_NO_CODE_CACHE) require("./v8cache").preload(tsFile);

module.exports = {
  tslabDir,
  version: require(path.join(tslabDir, "package.json")).version,
  /** @type {any} */ converter: req("converter.js"),
  /** @type {any} */ executor: req("executor.js"),
  /** @type {any} */ jupyter: req("jupyter.js"),
  /** @type {any} */ metadata: req("metadata.js"),
  /** @type {any} */ inspect: req("inspect.js"),
  /** @type {any} */ ts: require(tsFile),
};
