// The kernel speaks Jupyter's protocol: all 12 tests of jupyter_kernel_test (Debian's
// python3-jupyter-kernel-test, or pip's) against the real kernel process.
import { describe, it, expect, beforeAll } from "vitest";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT, privateKernelspec, requireVenv, run, unittestSummary } from "./helpers";

let python = "";
let jupyterPath = "";

beforeAll(() => {
  requireVenv();
  // Installs jupyter_kernel_test when missing (apt-get as root); prints which Python has it.
  const r = spawnSync(process.execPath, [join(ROOT, "scripts", "setup-venv.mjs"), "--test-deps"], { encoding: "utf8", timeout: 900_000 });
  const line = r.stdout.trim().split("\n").pop() ?? "";
  if (r.status !== 0 || !line.startsWith("{")) throw new Error(`jupyter_kernel_test is not available:\n${r.stdout}${r.stderr}`);
  python = JSON.parse(line).kernelTestPython;
  jupyterPath = privateKernelspec();
}, 900_000);

describe("jupyter_kernel_test", () => {
  it("passes all 12 protocol tests, none skipped", async () => {
    const r = await run(python, [join(__dirname, "kernel_protocol.py")], { env: { JUPYTER_PATH: jupyterPath }, timeoutMs: 300_000 });
    const s = unittestSummary(r.stderr);
    const log = `${r.stdout}\n${r.stderr}`;
    expect(s.ran, log).toBe(12);
    expect(s.skipped, log).toBe(0);
    expect(s.failures, log).toBe(0);
    expect(s.ok, log).toBe(true);
    expect(r.code, log).toBe(0);
  });
});
