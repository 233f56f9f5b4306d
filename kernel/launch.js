#!/usr/bin/env node
// @ts-check
// deepts Jupyter kernel: `node kernel/launch.js --config-path <connection file>` (what kernel.json
// runs). tslab's converter/executor/ZeroMQ server with the deepts library preloaded.
"use strict";
const { CellExecutor } = require("./executor");
// TypeScript loads in the compiler's thread while this one loads ZeroMQ, binds the sockets and
// loads the library
const executor = new CellExecutor();
executor.start();
const { DeeptsServer } = require("./server");
const library = require("./library");
const { logError } = require("./wire");

function parseArgs(argv) {
  const i = argv.findIndex((a) => a === "--config-path" || a === "-f" || a.startsWith("--config-path="));
  if (i < 0) return undefined;
  const a = argv[i];
  return a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[i + 1];
}

/** What `%timeit` and `%%timeit` call (see magics.js): the library's timeit, printed as IPython does. */
function installMagicHook() {
  const print = (r, opts) => {
    if (!opts.quiet) {
      if (r.warning) console.log(r.warning);
      console.log(String(r));
    }
    return opts.returnResult ? r : undefined;
  };
  const lib = () => {
    const m = library.libraryModule();
    if (!m || typeof m.timeitWithSetup !== "function") throw new Error("%timeit needs the deepts library: run `npm run build`");
    return m;
  };
  /** @type {any} */ (globalThis)[Symbol.for("deepts.magic")] = {
    timeit: (fn, opts = {}) => print(lib().timeit(fn, opts), opts),
    timeitCell: (setup, opts = {}) => print(lib().timeitWithSetup(setup, opts), opts),
    // for kernel_behaviour.py: the compiler's state lives in its thread
    usingSmallTypes: () => executor.compiler.callSync("usingSmallTypes"),
  };
}

function main() {
  const configPath = parseArgs(process.argv.slice(2));
  if (!configPath) {
    console.error("usage: node kernel/launch.js --config-path <connection-file.json>");
    process.exit(2);
  }
  const server = new DeeptsServer(executor, configPath);
  installMagicHook();
  // Jupyter's interrupt (signal mode): synchronous cells stop through vm's breakOnSigint; this
  // handler stops waiting on asynchronous ones. Either way the kernel and its state stay.
  process.on("SIGINT", () => executor.interrupt());
  process.on("uncaughtException", (err) => server.reportAsyncError("Uncaught exception", err));
  process.on("unhandledRejection", (reason) => server.reportAsyncError("Unhandled promise rejection", reason));
  server
    .init()
    // Reachable first (kernel_info is answered between the steps), then ready for the first cell.
    .then(() => server.ensurePrelude())
    .catch((e) => {
      logError("failed to start:", e);
      process.exit(1);
    });
}

main();
