// @ts-check
// The deepts library as the kernel preloads it: the prelude cell that imports np, nn, data, plot,
// display, progress, timeit and check (only the names the build has), and the library's exported API
// the kernel itself uses: setKernel (its display bridge), mimeBundle (execute_result) and timeit
// (%timeit). The kernel loads nothing of the library but dist/index.
"use strict";
const fs = require("fs");
const path = require("path");
const util = require("util");

/** The package root (…/deepts), whose dist/ holds the built library. */
const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");

/** Names a notebook has in scope from the start, and the module of the build that exports them. */
const PRELUDE_NAMES = ["np", "NDArray", "nn", "data", "plot", "display", "progress", "timeit", "check"];

/** Loads a built module, or returns the error. */
function tryRequire(file) {
  // The library's modules compile from V8's code cache (kernel/v8cache.js).
  require("./v8cache").cacheModulesUnder(DIST);
  try {
    return { mod: require(file) };
  } catch (e) {
    return { error: /** @type {Error} */ (e) };
  }
}

/**
 * The prelude cell: one import statement for the names dist/index exports.
 * @returns {{code: string, names: string[], problems: string[]}}
 */
function preludeCode(dist = DIST) {
  const problems = [];
  const src = path.join(dist, "index");
  const names = [];
  if (fs.existsSync(src + ".js") && fs.existsSync(src + ".d.ts")) {
    const { mod, error } = tryRequire(src + ".js");
    if (error) problems.push(`could not load ${path.relative(ROOT, src)}.js: ${error.message}`);
    else for (const name of PRELUDE_NAMES) if (mod && name in mod) names.push(name);
  }
  if (names.length === 0 && problems.length === 0) problems.push(`the deepts library is not built (no ${path.relative(ROOT, dist)}/index.js): run \`npm run build\``);
  const code = names.length ? `import { ${names.join(", ")} } from ${JSON.stringify(src)};` : "";
  return { code, names, problems };
}

/**
 * The built library (dist/index), or undefined when it is not built or fails to load. The kernel
 * reaches the library only through what dist/index exports: setKernel, mimeBundle, timeit,
 * timeitWithSetup (the seam is described in kernel/README.md).
 */
function libraryModule() {
  const { mod } = tryRequire(path.join(DIST, "index.js"));
  return mod;
}

/**
 * Installs the kernel's bridge into the library (its exported setKernel): display, progress and
 * plot publish through it. Returns false when the library is not built.
 * @param {{publish(msg: any, update: boolean): void, clearOutput(wait: boolean): void}} bridge
 */
function setKernel(bridge) {
  const lib = libraryModule();
  if (!lib || typeof lib.setKernel !== "function") return false;
  lib.setKernel(bridge);
  return true;
}

/** The mime bundle of a value: the library's rules when built, else the object's own bundle or inspect. */
function mimeBundle(value) {
  const lib = libraryModule();
  if (lib && typeof lib.mimeBundle === "function") return lib.mimeBundle(value);
  const own = value && typeof value === "object" ? value[Symbol.for("Jupyter.display")] : undefined;
  if (typeof own === "function") return { "text/plain": util.inspect(value), ...own.call(value) };
  return { "text/plain": util.inspect(value, { depth: 4, maxArrayLength: 100, breakLength: 80 }) };
}

/**
 * While the kernel is idle, has the library touch the memory its next arrays will use (its exported
 * warmMemory), in slices of a few milliseconds, so that a cell arriving meanwhile waits at most one
 * slice. Called after the prelude and after every cell (a cell that keeps more data alive raises the
 * threshold up to which arrays cycle through memory). A fresh page costs ~17 µs on the shared VM: a
 * first training loop ran ~100 ms slower.
 */
let warming = false;
function warmMemoryWhileIdle() {
  const lib = libraryModule();
  if (warming || !lib || typeof lib.warmMemory !== "function") return;
  warming = true;
  const slice = () => {
    if (lib.warmMemory(4)) warming = false;
    else setTimeout(slice, 1).unref();
  };
  setTimeout(slice, 20).unref();
}

module.exports = { ROOT, DIST, PRELUDE_NAMES, preludeCode, libraryModule, setKernel, mimeBundle, warmMemoryWhileIdle };
