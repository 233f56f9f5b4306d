// @ts-check
// Faster kernel start: TypeScript's 9 MB compiler is loaded through vm.Script with V8's code cache
// (bytes of already-compiled functions, saved after the first start), instead of being parsed and
// compiled from source every time. A stale or foreign cache is rejected by V8 and simply rebuilt.
"use strict";
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");
const vm = require("vm");
const Module = require("module");

/** @type {{file: string, script: vm.Script, cacheFile: string, hit: boolean}[]} */
const loaded = [];

function cacheDir() {
  const candidates = [path.join(__dirname, "..", "node_modules", ".cache", "deepts-kernel"), path.join(os.tmpdir(), `deepts-kernel-cache-${process.getuid ? process.getuid() : "u"}`)];
  for (const dir of candidates) {
    try {
      fs.mkdirSync(dir, { recursive: true });
      fs.accessSync(dir, fs.constants.W_OK);
      return dir;
    } catch {
      // try the next one
    }
  }
  return null;
}

/**
 * Loads the CommonJS module `file` into require.cache using a code cache, so that a later
 * `require()` of the same file gets it without compiling. Returns false when it did nothing.
 * @param {string} file absolute path of a .js file
 */
function preload(file) {
  if (require.cache[file]) return false;
  const dir = cacheDir();
  if (!dir) return false;
  const stat = fs.statSync(file);
  const key = crypto.createHash("sha256").update(`${file}\0${stat.size}\0${stat.mtimeMs}\0${process.version}\0${process.arch}`).digest("hex").slice(0, 16);
  const cacheFile = path.join(dir, `${path.basename(file, ".js")}-${key}.bin`);
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const source = fs.readFileSync(file, "utf8");
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = /** @type {any} */ (Module)._nodeModulePaths(path.dirname(file));
  const req = Module.createRequire(file);
  script.runInThisContext().call(mod.exports, mod.exports, req, mod, file, path.dirname(file));
  mod.loaded = true;
  require.cache[file] = mod;
  loaded.push({ file, script, cacheFile, hit: !!cachedData && !script.cachedDataRejected });
  return true;
}

/** Writes code caches for modules loaded without a usable one (call once the kernel is warm). */
function save() {
  for (const entry of loaded) {
    if (entry.hit) continue;
    try {
      const tmp = `${entry.cacheFile}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, entry.script.createCachedData());
      fs.renameSync(tmp, entry.cacheFile);
      entry.hit = true;
    } catch {
      // A read-only install just starts a little slower.
    }
  }
}

module.exports = { preload, save, loaded, cacheDir };
