// Headless Chromium for browser tests (plots, JupyterLab). Playwright's own browser download does not
// work on these machines, so we drive Debian's `chromium` through playwright-core and install it with
// apt when it is missing (CI runs as root on a fresh Debian machine).
//
// Usage in a test file:
//   const browser = await launchChromium();          // throws with the reason when impossible
//   // or, to skip loudly instead of failing:
//   const found = ensureChromium(); if ("skip" in found) console.warn(found.skip);
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, LaunchOptions } from "playwright-core";

// The candidates, flags and lookup are shared with the bench (scripts/chromium.mjs).
import { CHROMIUM_ARGS, CHROMIUM_CANDIDATES, findChromium } from "../../scripts/chromium.mjs";
export { CHROMIUM_ARGS, CHROMIUM_CANDIDATES, findChromium } from "../../scripts/chromium.mjs";

/** Folder for screenshots and other test outputs (gitignored). */
export const ARTIFACTS_DIR = join(__dirname, "..", "artifacts");

/** Creates the artifacts folder and returns the path of a file in it. */
export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return join(ARTIFACTS_DIR, name);
}

function run(cmd: string, args: string[], timeoutMs: number): { ok: boolean; out: string } {
  const r = spawnSync(cmd, args, {
    encoding: "utf8",
    timeout: timeoutMs,
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  const out = `${r.stdout ?? ""}${r.stderr ?? ""}${r.error ? String(r.error) : ""}`;
  return { ok: r.status === 0, out };
}

// Other test files (or sessions) may run apt at the same moment: wait for dpkg's lock instead of failing.
const APT_LOCK_WAIT = ["-o", "DPkg::Lock::Timeout=600"];

function apt(args: string[]): { ok: boolean; out: string } {
  let last = { ok: false, out: "" };
  for (let attempt = 0; attempt < 5; attempt++) {
    last = run("apt-get", [...APT_LOCK_WAIT, ...args], 900_000);
    if (last.ok || !/lock/i.test(last.out)) return last;
    spawnSync("sleep", ["10"]);
  }
  return last;
}

let installResult: { path: string } | { skip: string } | undefined;

/**
 * Finds Chromium, installing Debian's `chromium` package with apt-get when it is missing and we are
 * root. Returns `{ path }`, or `{ skip: reason }` when installation is impossible. Synchronous and
 * slow the first time (minutes): call it from `beforeAll` with a long timeout.
 */
export function ensureChromium(): { path: string } | { skip: string } {
  if (installResult && "path" in installResult) return installResult;
  const found = findChromium();
  if (found) return (installResult = { path: found });
  if (process.platform !== "linux") return (installResult = { skip: `no Chromium at ${CHROMIUM_CANDIDATES.join(" or ")} (set CHROMIUM_PATH)` });
  if (typeof process.getuid !== "function" || process.getuid() !== 0) {
    return (installResult = { skip: "Chromium is missing and we are not root: run `apt-get install -y chromium` (or set CHROMIUM_PATH)" });
  }
  if (!run("sh", ["-c", "command -v apt-get"], 10_000).ok) {
    return (installResult = { skip: "Chromium is missing and apt-get is not available (set CHROMIUM_PATH)" });
  }
  const update = apt(["update"]);
  if (!update.ok) return (installResult = { skip: `apt-get update failed:\n${update.out.slice(-2000)}` });
  // fonts-liberation gives readable text in screenshots; it is only a Recommends of chromium.
  const install = apt(["install", "-y", "--no-install-recommends", "chromium", "fonts-liberation"]);
  if (!install.ok) return (installResult = { skip: `apt-get install chromium failed:\n${install.out.slice(-2000)}` });
  const now = findChromium();
  return (installResult = now ? { path: now } : { skip: "apt-get installed chromium but no binary was found" });
}

/**
 * Launches headless Chromium through playwright-core (installing it first when needed). Throws an
 * Error with the reason when no browser can be had.
 */
export async function launchChromium(opts: LaunchOptions = {}): Promise<Browser> {
  const found = ensureChromium();
  if ("skip" in found) throw new Error(found.skip);
  const { chromium } = await import("playwright-core");
  return chromium.launch({ ...opts, executablePath: found.path, args: [...CHROMIUM_ARGS, ...(opts.args ?? [])] });
}
