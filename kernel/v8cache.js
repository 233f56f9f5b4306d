// @ts-check
// Faster kernel start: TypeScript's 8 MB compiler and the library's modules are compiled through
// vm.Script with V8's code cache (bytes of already-compiled functions, saved after the first start),
// instead of being parsed and compiled from source every time. A stale or foreign cache is rejected
// (by V8, or here by the file's size and modification time) and simply rebuilt.
"use strict";
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");
const vm = require("vm");
const Module = require("module");

/** @type {{file: string, script: vm.Script, cacheFile: string, hit: boolean}[]} */
const loaded = [];

let dirFound = /** @type {string | null | undefined} */ (undefined);

/** The folder for caches (created once), or null when none is writable. */
function cacheDir() {
  if (dirFound === undefined) dirFound = findCacheDir();
  return dirFound;
}

function findCacheDir() {
  const candidates = [process.env.DEEPTS_CACHE_DIR, path.join(__dirname, "..", "node_modules", ".cache", "deepts-kernel"), path.join(os.tmpdir(), `deepts-kernel-cache-${process.getuid ? process.getuid() : "u"}`)];
  for (const dir of candidates) {
    if (!dir) continue;
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

/** Writes `data` to `file` through a temporary file and a rename, so a reader never sees half of it. */
function writeAtomic(file, data, encoding) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data, encoding);
  fs.renameSync(tmp, file);
}

/**
 * Runs a compiled module wrapper as Node's loader would: with a require relative to `mod` (resolve,
 * cache, main), `mod.exports` as `this`.
 * @param {vm.Script} script @param {any} mod @param {string} filename
 */
function runModule(script, mod, filename) {
  const req = (/** @type {string} */ id) => mod.require(id);
  req.resolve = (/** @type {string} */ request, /** @type {any} */ options) => /** @type {any} */ (Module)._resolveFilename(request, mod, false, options);
  req.resolve.paths = (/** @type {string} */ request) => /** @type {any} */ (Module)._resolveLookupPaths(request, mod);
  req.main = require.main;
  req.extensions = /** @type {any} */ (Module)._extensions;
  req.cache = require.cache;
  script.runInThisContext().call(mod.exports, mod.exports, req, mod, filename, path.dirname(filename));
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
  const source = asciiSource(file, path.join(dir, `${path.basename(file, ".js")}-${key}.ascii.js`));
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = /** @type {any} */ (Module)._nodeModulePaths(path.dirname(file));
  runModule(script, mod, file);
  mod.loaded = true;
  require.cache[file] = mod;
  loaded.push({ file, script, cacheFile, hit: !!cachedData && !script.cachedDataRejected });
  return true;
}

/**
 * The source of `file` with its few non-ASCII characters written as \\u escapes, kept in
 * `asciiFile`. Decoding TypeScript's 8 MB as UTF-8 takes ~90 ms because of four non-ASCII characters
 * (all in comments); an ASCII copy read as Latin-1 takes ~10 ms. Escapes mean the same in strings,
 * regular expressions and identifiers, and nothing in comments.
 * @param {string} file
 * @param {string} asciiFile
 */
function asciiSource(file, asciiFile) {
  try {
    return fs.readFileSync(asciiFile, "latin1");
  } catch {
    // not made yet
  }
  const source = fs.readFileSync(file, "utf8").replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  try {
    writeAtomic(asciiFile, source, "latin1");
  } catch {
    // a read-only install decodes the original every time
  }
  return source;
}

/** Modules compiled by the hook of cacheModulesUnder, and the file their caches are kept in. */
const modules = { /** @type {string | null} */ file: null, /** @type {{file: string, script: vm.Script, size: number, mtimeMs: number}[]} */ compiled: [], stale: false };

/**
 * Compiles every CommonJS module loaded from under `dir` (the library's dist/, 220 files) with a
 * code cache; all of their caches are kept in one file. Node 20 has no compile cache of its own.
 * @param {string} dir
 */
function cacheModulesUnder(dir) {
  const cdir = cacheDir();
  if (!cdir || modules.file || process.env.DEEPTS_NO_CODE_CACHE) return;
  const prefix = dir + path.sep;
  const key = crypto.createHash("sha256").update(`${dir}\0${process.version}\0${process.arch}`).digest("hex").slice(0, 16);
  modules.file = path.join(cdir, `modules-${key}.bin`);
  /** @type {Map<string, {at: number, length: number, size: number, mtimeMs: number}>} */
  let entries = new Map();
  let blob = Buffer.alloc(0);
  try {
    blob = fs.readFileSync(modules.file);
    const n = blob.readUInt32LE(0);
    entries = new Map(Object.entries(JSON.parse(blob.subarray(4, 4 + n).toString())));
    blob = blob.subarray(4 + n);
  } catch {
    modules.stale = true;
  }
  const compileJs = /** @type {any} */ (Module)._extensions[".js"];
  /** @type {any} */ (Module)._extensions[".js"] = function (/** @type {any} */ mod, /** @type {string} */ filename) {
    if (!filename.startsWith(prefix)) return compileJs.call(this, mod, filename);
    const source = fs.readFileSync(filename, "utf8");
    const { size, mtimeMs } = fs.statSync(filename);
    const e = entries.get(filename);
    const cachedData = e && e.size === size && e.mtimeMs === mtimeMs ? blob.subarray(e.at, e.at + e.length) : undefined;
    const script = new vm.Script(Module.wrap(source), { filename, cachedData });
    if (!cachedData || script.cachedDataRejected) modules.stale = true;
    modules.compiled.push({ file: filename, script, size, mtimeMs });
    runModule(script, mod, filename);
  };
}

/** Writes the modules' caches when any was missing or rejected. */
function saveModules() {
  if (!modules.file || !modules.stale || modules.compiled.length === 0) return;
  const index = {};
  const parts = [];
  let at = 0;
  for (const m of modules.compiled) {
    const data = m.script.createCachedData();
    index[m.file] = { at, length: data.length, size: m.size, mtimeMs: m.mtimeMs };
    parts.push(data);
    at += data.length;
  }
  const head = Buffer.from(JSON.stringify(index));
  const n = Buffer.alloc(4);
  n.writeUInt32LE(head.length, 0);
  writeAtomic(modules.file, Buffer.concat([n, head, ...parts]));
  modules.stale = false;
}

/** Writes code caches for what was loaded without a usable one (call once the kernel is warm). */
function save() {
  try {
    saveModules();
  } catch {
    // A read-only install just starts a little slower.
  }
  for (const entry of loaded) {
    if (entry.hit) continue;
    try {
      writeAtomic(entry.cacheFile, entry.script.createCachedData());
      entry.hit = true;
    } catch {
      // A read-only install just starts a little slower.
    }
  }
}

module.exports = { preload, cacheModulesUnder, save, loaded, modules, cacheDir, writeAtomic };
