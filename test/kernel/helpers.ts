// Shared setup of the kernel tests: the .venv made by `npm install`, a private kernelspec for this
// checkout (so tests never depend on what is registered on the machine), and running Python.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");
export const VENV_PY = join(ROOT, ".venv", "bin", "python");
export const ARTIFACTS = join(ROOT, "test", "artifacts");

/** Fails with the fix when `npm install` did not create the virtualenv. */
export function requireVenv(): string {
  // setup-venv.mjs writes this stamp only after pip installed everything.
  if (!existsSync(VENV_PY) || !existsSync(join(ROOT, ".venv", ".deepts-requirements"))) {
    throw new Error(`no complete .venv: the kernel tests need the Python environment (JupyterLab, nbclient) that \`npm install\` creates; run \`node scripts/setup-venv.mjs\` and see its messages`);
  }
  return VENV_PY;
}

/** Installs the deepts kernelspec into a fresh prefix; returns the JUPYTER_PATH that finds it. */
export { privateKernelspec } from "../../course/release.mjs";

/** A folder for test outputs (gitignored): executed notebooks, screenshots. */
export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion, capturing its output; kills it after `timeoutMs`. */
export function run(cmd: string, args: string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd ?? ROOT, env: { ...process.env, ...opts.env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs ?? 600_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Summary of a unittest run (`Ran N tests`, `OK`, skips, failures) from its stderr. */
export function unittestSummary(out: string): { ran: number; ok: boolean; skipped: number; failures: number } {
  const ran = Number(/Ran (\d+) tests?/.exec(out)?.[1] ?? 0);
  const ok = /^OK\b/m.test(out);
  const skipped = Number(/skipped=(\d+)/.exec(out)?.[1] ?? 0);
  const failures = Number(/failures=(\d+)/.exec(out)?.[1] ?? 0) + Number(/errors=(\d+)/.exec(out)?.[1] ?? 0);
  return { ran, ok, skipped, failures };
}
