// @ts-check
// The deepts library as the kernel preloads it: the prelude cell that imports np, nn, data, plot,
// display, progress and timeit (only the names the build has), and the display/timeit helpers the
// kernel itself uses for execute_result and %timeit.
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
  try {
    return { mod: require(file) };
  } catch (e) {
    return { error: /** @type {Error} */ (e) };
  }
}

/**
 * The prelude cell: import statements for the names the build exports, from dist/index when it has
 * them, else from dist/display (display/progress/timeit before the index re-exports them).
 * @returns {{code: string, names: string[], problems: string[]}}
 */
function preludeCode(dist = DIST) {
  const problems = [];
  const sources = [path.join(dist, "index"), path.join(dist, "display", "index")];
  const found = new Map();
  for (const src of sources) {
    if (!fs.existsSync(src + ".js") || !fs.existsSync(src + ".d.ts")) continue;
    const { mod, error } = tryRequire(src + ".js");
    if (error) {
      problems.push(`could not load ${path.relative(ROOT, src)}.js: ${error.message}`);
      continue;
    }
    for (const name of PRELUDE_NAMES) if (!found.has(name) && mod && name in mod) found.set(name, src);
  }
  if (found.size === 0) problems.push(`the deepts library is not built (no ${path.relative(ROOT, dist)}/index.js): run \`npm run build\``);
  const bySource = new Map();
  for (const [name, src] of found) bySource.set(src, [...(bySource.get(src) ?? []), name]);
  const code = [...bySource].map(([src, names]) => `import { ${names.join(", ")} } from ${JSON.stringify(src)};`).join("\n");
  return { code, names: [...found.keys()], problems };
}

/** The library's display module (mime bundles, timeit), or undefined when not built. */
function displayModule() {
  const { mod } = tryRequire(path.join(DIST, "display", "index.js"));
  return mod;
}

/** The mime bundle of a value: the library's rules when built, else the object's own bundle or inspect. */
function mimeBundle(value) {
  const lib = displayModule();
  if (lib && typeof lib.mimeBundle === "function") return lib.mimeBundle(value);
  const own = value && typeof value === "object" ? value[Symbol.for("Jupyter.display")] : undefined;
  if (typeof own === "function") return { "text/plain": util.inspect(value), ...own.call(value) };
  return { "text/plain": util.inspect(value, { depth: 4, maxArrayLength: 100, breakLength: 80 }) };
}

module.exports = { ROOT, DIST, PRELUDE_NAMES, preludeCode, displayModule, mimeBundle };
