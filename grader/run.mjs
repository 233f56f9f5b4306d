// @ts-check
// Runs compiled cells in a sandbox process (grader/sandbox.cjs) and watches it: a deadline per
// exercise, a memory cap (the V8 heap limit, and the process's resident memory polled from /proc),
// an output cap, and the process group killed at the end (nothing the notebook started survives).
// Only records that start with this run's secret count; anything else on any channel is ignored.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SANDBOX = join(ROOT, "grader", "sandbox.cjs");

/** Folders the sandbox may read: the built library and the packages it loads, nothing else. */
function readable() {
  const dirs = new Set([join(ROOT, "dist"), process.env.DEEPTS_DATASETS ?? join(ROOT, "datasets"), SANDBOX, join(ROOT, "node_modules")]);
  for (const d of [...dirs]) {
    try {
      dirs.add(realpathSync(d));
    } catch {
      // absent: nothing to allow
    }
  }
  return [...dirs];
}

/** Resident memory of a process in bytes (0 when unknown). */
function rss(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * @typedef {{ i: number, kind: "student" | "test", js: string, async: boolean, name: string, segment: string }} JobCell
 * @typedef {{ t: string, i?: number, [k: string]: any }} Record
 * @typedef {{ records: Record[], ended: "done" | "timeout" | "memory" | "output" | "exit" | "startup", at: number | null, detail: string, ms: { start: number, run: number } }} RunResult
 */

/**
 * Runs `cells` in one sandbox. Resolves when it reports done, or when the watchdog stops it
 * (`ended` says why and `at` names the cell that was running).
 * @param {JobCell[]} cells
 * @param {{ timeout: number, memoryMB: number, outputMB: number, startupTimeout?: number, threads?: number }} limits
 *   (threads: np's threads in the sandbox, DEEPTS_WASM_THREADS; all cores when absent)
 * @returns {Promise<RunResult>}
 */
export function runSandbox(cells, limits) {
  const secret = randomBytes(24).toString("hex");
  const cwd = mkdtempSync(join(tmpdir(), "deepts-sandbox-"));
  const flags = [
    "--frozen-intrinsics",
    "--experimental-permission",
    ...readable().map((d) => `--allow-fs-read=${d}`),
    "--allow-worker",
    "--no-addons",
    `--max-old-space-size=${Math.max(64, limits.memoryMB)}`,
    "--stack-size=2000",
    "--no-warnings",
  ];
  const child = spawn(process.execPath, [...flags, SANDBOX], {
    cwd,
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: cwd, DEEPTS_GRADING: "1", DEEPTS_DATASETS: process.env.DEEPTS_DATASETS ?? join(ROOT, "datasets"), ...(process.env.DEEPTS_NO_WASM ? { DEEPTS_NO_WASM: process.env.DEEPTS_NO_WASM } : {}), ...(limits.threads ? { DEEPTS_WASM_THREADS: String(limits.threads) } : {}) },
    stdio: ["pipe", "pipe", "pipe", "pipe"],
    detached: true, // its own process group: killed as a whole
  });
  const t0 = Date.now();
  /** @type {Record[]} */
  const records = [];
  let outBytes = 0;
  let pending = "";
  let stderrTail = "";
  let running = /** @type {number | null} */ (null);
  let segment = /** @type {string | null} */ (null);
  let deadline = t0 + (limits.startupTimeout ?? 60) * 1000;
  let readyAt = 0;
  /** @type {RunResult["ended"] | null} */
  let verdict = null;
  let detail = "";
  const bySeg = new Map(cells.map((c) => [c.i, c.segment]));

  const stop = (why, text = "") => {
    if (verdict) return;
    verdict = why;
    detail = text;
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  };
  const count = (n) => {
    outBytes += n;
    if (outBytes > limits.outputMB * 1024 * 1024) stop("output", `printed more than ${limits.outputMB} MB of output`);
  };
  child.stdout.on("data", (d) => count(d.length));
  child.stderr.on("data", (d) => {
    count(d.length);
    stderrTail = (stderrTail + d.toString("utf8")).slice(-4000);
  });
  child.stdio[3].on("data", (d) => {
    count(d.length);
    pending += d.toString("utf8");
    let nl;
    while ((nl = pending.indexOf("\n")) >= 0) {
      const line = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      if (!line.startsWith(secret)) continue; // not written by the sandbox's own code
      let rec;
      try {
        rec = JSON.parse(line.slice(secret.length));
      } catch {
        continue;
      }
      records.push(rec);
      if (rec.t === "ready") readyAt = Date.now();
      if (rec.t === "start") {
        running = rec.i;
        const seg = bySeg.get(rec.i) ?? null;
        if (seg === null || seg !== segment) deadline = Date.now() + limits.timeout * 1000; // each exercise has its own budget
        segment = seg;
      }
      if (rec.t === "done") stop("done");
    }
  });
  child.stdin.on("error", () => {});
  child.stdin.end(JSON.stringify({ secret, root: ROOT, cells, limits: { maxItems: 5_000_000 } }));

  const memCap = limits.memoryMB * 1024 * 1024;
  const timer = setInterval(() => {
    if (Date.now() > deadline) {
      stop("timeout", running === null ? `did not start within ${limits.startupTimeout ?? 60} s` : `stopped after ${limits.timeout} s`);
    } else if (rss(child.pid) > memCap) {
      stop("memory", `used more than ${fmtMB(limits.memoryMB)} of memory`);
    }
  }, 100);

  return new Promise((resolve) => {
    child.on("close", (code, signal) => {
      clearInterval(timer);
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // the group is gone
      }
      rmSync(cwd, { recursive: true, force: true });
      if (!verdict) {
        if (/heap limit|heap out of memory|Allocation failed/i.test(stderrTail)) {
          verdict = "memory";
          detail = `used more than ${fmtMB(limits.memoryMB)} of memory`;
        } else {
          verdict = readyAt ? "exit" : "startup";
          detail = readyAt
            ? `the grader's process running this notebook ended (${signal ? `signal ${signal}` : `exit code ${code}`}) during this cell`
            : `the sandbox failed to start (${signal ?? code}): ${stderrTail.slice(-800)}`;
        }
      }
      resolve({ records, ended: verdict, at: running, detail, ms: { start: (readyAt || Date.now()) - t0, run: readyAt ? Date.now() - readyAt : 0 } });
    });
  });
}

const fmtMB = (mb) => (mb >= 1024 && mb % 1024 === 0 ? `${mb / 1024} GB` : `${mb} MB`);
