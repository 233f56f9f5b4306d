// Interrupt, stop_on_error, error lines, silent runs, displays, magics, shadowing, idle memory and shutdown,
// checked through jupyter_client against the real kernel (kernel_behaviour.py).
import { describe, it, expect, beforeAll } from "vitest";
import { join } from "node:path";
import { privateKernelspec, requireVenv, run, unittestSummary } from "./helpers";

let python = "";
let jupyterPath = "";

beforeAll(() => {
  python = requireVenv();
  jupyterPath = privateKernelspec();
});

describe("kernel behaviour (jupyter_client)", () => {
  it("passes kernel_behaviour.py", async () => {
    const r = await run(python, [join(__dirname, "kernel_behaviour.py")], { env: { JUPYTER_PATH: jupyterPath }, timeoutMs: 400_000 });
    const s = unittestSummary(r.stderr);
    const log = `${r.stdout}\n${r.stderr}`;
    expect(s.ran, log).toBe(25);
    expect(s.failures, log).toBe(0);
    expect(s.ok, log).toBe(true);
  }, 600_000);
});
