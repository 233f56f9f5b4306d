// @ts-check
// Declaration files as the kernel's compiler reads them: without their JSDoc comments.
//
// TypeScript 5.0 (the one tslab embeds) parses every JSDoc comment of every .d.ts eagerly, and the
// ES lib, the deepts declarations and Node's globals are mostly documentation: JSDoc was about 40 %
// of parsing them, a fifth of a kernel's start. In a .d.ts JSDoc carries no types, so the checker
// is given each file with its `/** … */` comments replaced by spaces (newlines kept: every position
// is the original's). Shift+Tab still shows the documentation: before the first quick info, the
// original text of each such file is parsed and its JSDoc nodes are attached to the checker's nodes
// at the same positions, so TypeScript's own quick info finds them where it always did.
//
// The stripped texts are cached on disk (next to the compiler's V8 code cache, see v8cache.js),
// keyed by path, size and modification time; `npm install` writes them (warm.js).
"use strict";
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const { ts, replaceTs } = require("./tslab");
const { cacheDir, writeAtomic } = require("./v8cache");

/** Bump when stripJSDoc changes, so that old cached texts are not used. */
const FORMAT = "1";

/** Paths as the compiler asked for them → the files whose text was served stripped for them. */
const stripped = new Map();

/**
 * `text` with every `/** … *\/` comment replaced by spaces, newlines kept (positions unchanged).
 * Found with TypeScript's scanner, so a `/**` inside a string literal is left alone.
 * @param {string} text
 */
function stripJSDoc(text) {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  /** @type {string[]} */
  const parts = [];
  let last = 0;
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind !== ts.SyntaxKind.MultiLineCommentTrivia) continue;
    const start = scanner.getTokenPos();
    const end = scanner.getTextPos();
    if (text.charCodeAt(start + 2) !== 42 /* * */ || end - start < 5) continue;
    parts.push(text.slice(last, start), text.slice(start, end).replace(/[^\r\n]/g, " "));
    last = end;
  }
  if (last === 0) return text;
  parts.push(text.slice(last));
  return parts.join("");
}

/** Where the stripped text of `file` is cached, or null when no cache folder is writable. */
function cacheFileOf(file, stat) {
  const dir = cacheDir();
  if (!dir) return null;
  const key = crypto.createHash("sha256").update(`${FORMAT}\0${file}\0${stat.size}\0${stat.mtimeMs}`).digest("hex").slice(0, 16);
  return path.join(dir, "declarations", `${path.basename(file, ".d.ts")}-${key}.d.ts`);
}

/**
 * A `ts.sys.readFile` that serves .d.ts files without JSDoc (from the cache when it is there).
 * @param {(p: string, encoding?: string) => string | undefined} readFile the real one
 * @param {(p: string) => string} [fileOf] the file actually read for a path (node_types.js redirects some)
 */
function strippingReader(readFile, fileOf = (p) => p) {
  return (/** @type {string} */ asked, /** @type {string | undefined} */ encoding) => {
    const p = fileOf(asked);
    if (!p.endsWith(".d.ts") || process.env.DEEPTS_KEEP_JSDOC) return readFile(p, encoding);
    let stat;
    try {
      stat = fs.statSync(p);
    } catch {
      return readFile(p, encoding);
    }
    const cached = cacheFileOf(p, stat);
    if (cached) {
      try {
        const text = fs.readFileSync(cached, "utf8");
        stripped.set(asked, p);
        return text;
      } catch {
        // not cached yet
      }
    }
    const original = readFile(p, encoding);
    if (original === undefined) return original;
    const text = stripJSDoc(original);
    stripped.set(asked, p);
    if (cached) {
      try {
        fs.mkdirSync(path.dirname(cached), { recursive: true });
        writeAtomic(cached, text);
      } catch {
        // a read-only install strips again next time
      }
    }
    return text;
  };
}

/** Source files whose JSDoc has been put back (the compiler keeps them from cell to cell). */
const documented = new WeakSet();
/**
 * Puts the JSDoc nodes of `original` (the file's real text, parsed) onto the nodes of `sf` (the
 * same file parsed stripped): the trees are the same node for node, only comments differ. The
 * JSDoc nodes keep their parents in the original tree, whose text TypeScript reads them from.
 * Stops at the first difference (that file's remaining nodes then stay undocumented).
 */
function attachJSDoc(sf, originalText) {
  const original = ts.createSourceFile(sf.fileName, originalText, sf.languageVersion, true, ts.ScriptKind.TS);
  const children = (node) => {
    /** @type {any[]} */
    const out = [];
    ts.forEachChild(node, (c) => {
      out.push(c);
    });
    return out;
  };
  const walk = (a, b) => {
    if (a.kind !== b.kind || a.pos !== b.pos || a.end !== b.end) return false;
    if (b.jsDoc && !a.jsDoc) a.jsDoc = b.jsDoc;
    const ca = children(a);
    const cb = children(b);
    if (ca.length !== cb.length) return false;
    for (let i = 0; i < ca.length; i++) if (!walk(ca[i], cb[i])) return false;
    return true;
  };
  return walk(sf, original);
}

/** Attaches JSDoc to `sf` if it was served stripped and has not got it back yet. */
function document(sf) {
  const file = sf && stripped.get(sf.fileName);
  if (!file || documented.has(sf)) return;
  documented.add(sf);
  let text;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return;
  }
  attachJSDoc(sf, text);
}

/**
 * The files whose documentation quick info at `position` can show: those declaring its symbol,
 * what an alias stands for, its type, and for a class or interface member the base types its
 * documentation may be inherited from.
 */
function declaringFiles(sourceFile, checker, position) {
  /** @type {Set<any>} */
  const files = new Set();
  const seen = new Set();
  const add = (symbol) => {
    if (!symbol || seen.has(symbol)) return;
    seen.add(symbol);
    for (const d of symbol.declarations || []) files.add(d.getSourceFile());
    if (symbol.flags & ts.SymbolFlags.Alias) add(checker.getAliasedSymbol(symbol));
    const container = symbol.parent;
    if (container && container.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface)) addBases(checker.getDeclaredTypeOfSymbol(container));
  };
  const addBases = (type) => {
    add(type.symbol);
    for (const base of (type.symbol && type.symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface) && checker.getBaseTypes(type)) || []) addBases(base);
  };
  const node = ts.getTouchingPropertyName(sourceFile, position);
  if (node && node !== sourceFile) {
    add(checker.getSymbolAtLocation(node));
    add(checker.getTypeAtLocation(node).symbol);
  }
  return files;
}

let installed = false;

/** Makes TypeScript's quick info (tslab's inspect) find the documentation. Idempotent. */
function installDocumentation() {
  if (installed) return;
  installed = true;
  replaceTs("getQuickInfoAtPosition", (quickInfo) => (sourceFile, checker, token, position) => {
    try {
      for (const sf of declaringFiles(sourceFile, checker, position)) document(sf);
    } catch {
      // documentation is a bonus: quick info without it still answers
    }
    return quickInfo(sourceFile, checker, token, position);
  });
}

module.exports = { stripJSDoc, strippingReader, installDocumentation, attachJSDoc, stripped };
