// npm install step: a Python virtualenv in .venv with JupyterLab, plotly's renderer and nbclient
// (kernel/requirements.txt), from pip's configured index, plus jupyter_kernel_test for the protocol
// tests (from pip, or else Debian's python3-jupyter-kernel-test for the system python). Skipped when
// already up to date; skipped with a warning when there is no Python (the library works without it).
//   node scripts/setup-venv.mjs [--force]      DEEPTS_SKIP_VENV=1 skips it.
//   node scripts/setup-venv.mjs --test-deps    only ensures jupyter_kernel_test; prints {"kernelTestPython"}
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const venv = join(root, ".venv");
const py = join(venv, "bin", "python");
const reqFile = join(root, "kernel", "requirements.txt");
const stamp = join(venv, ".deepts-requirements");

const say = (m) => console.log(`[setup-venv] ${m}`);
const run = (cmd, args) => spawnSync(cmd, args, { stdio: "inherit", cwd: root }).status === 0;

const quiet = (cmd, args) => spawnSync(cmd, args, { encoding: "utf8", cwd: root, env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
const hasModule = (name) => quiet(py, ["-c", `import ${name}`]).status === 0;

/**
 * A Python that can run jupyter_kernel_test: the venv's when pip can install it, else the system
 * python3 with Debian's python3-jupyter-kernel-test (its jupyter_client must be Debian's too, so it
 * is not mixed into the venv), installed with apt-get when we are root. Returns the path or null.
 */
function ensureKernelTest() {
  if (hasModule("jupyter_kernel_test")) return py;
  if (quiet(py, ["-m", "pip", "install", "--disable-pip-version-check", "-q", "--retries", "0", "jupyter_kernel_test"]).status === 0) return py;
  const sys = "/usr/bin/python3";
  const sysHas = () => existsSync(sys) && quiet(sys, ["-c", "import jupyter_kernel_test"]).status === 0;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!sysHas() && isRoot && quiet("which", ["apt-get"]).status === 0) {
    say("installing Debian's python3-jupyter-kernel-test (apt-get)");
    const apt = (args) => quiet("apt-get", ["-o", "DPkg::Lock::Timeout=600", ...args]);
    if (apt(["install", "-y", "--no-install-recommends", "python3-jupyter-kernel-test"]).status !== 0) {
      apt(["update"]);
      apt(["install", "-y", "--no-install-recommends", "python3-jupyter-kernel-test"]);
    }
  }
  if (sysHas()) return sys;
  say("WARNING: jupyter_kernel_test is not available (pip, or Debian's python3-jupyter-kernel-test); the protocol test will fail");
  return null;
}

if (process.argv.includes("--test-deps")) {
  if (!existsSync(py)) {
    console.error("[setup-venv] no .venv: run `node scripts/setup-venv.mjs` first");
    process.exit(1);
  }
  const found = ensureKernelTest();
  if (found) console.log(JSON.stringify({ kernelTestPython: found }));
  process.exit(found ? 0 : 1);
}

if (process.env.DEEPTS_SKIP_VENV) {
  say("DEEPTS_SKIP_VENV is set: skipping the Python environment");
  process.exit(0);
}
const want = createHash("sha256").update(readFileSync(reqFile)).digest("hex");
if (!process.argv.includes("--force") && existsSync(stamp) && readFileSync(stamp, "utf8").trim() === want && existsSync(py)) {
  say(".venv is up to date");
  ensureKernelTest();
  process.exit(0);
}

function findPython() {
  for (const cand of [process.env.PYTHON, "python3", "/usr/bin/python3", "python"]) {
    if (!cand) continue;
    const r = spawnSync(cand, ["-c", "import sys, venv, ensurepip; print(sys.version_info >= (3, 9))"], { encoding: "utf8" });
    if (r.status === 0 && r.stdout.trim() === "True") return cand;
  }
  return null;
}

if (!existsSync(py)) {
  const python = findPython();
  if (!python) {
    say("WARNING: no Python >= 3.9 with venv/ensurepip found; JupyterLab and the kernel tests need it.");
    say("Install python3 (with python3-venv) and run `node scripts/setup-venv.mjs`.");
    process.exit(0);
  }
  say(`creating .venv with ${python}`);
  if (!run(python, ["-m", "venv", venv])) {
    rmSync(venv, { recursive: true, force: true });
    say("WARNING: could not create .venv; JupyterLab and the kernel tests need it.");
    process.exit(0);
  }
}
say("installing JupyterLab, plotly and nbclient into .venv (pip)");
// --retries 0 first: on machines that only reach a local mirror, an unreachable default index
// would otherwise be retried with back-off for every package.
const pip = (extra) => run(py, ["-m", "pip", "install", "--disable-pip-version-check", "-qq", ...extra, "-r", reqFile]);
if (!pip(["--retries", "0"]) && !pip([])) {
  // Not fatal for `npm install`: the library works without Python; the notebook tests will say why
  // they cannot run (no .venv/.deepts-requirements) until this succeeds.
  say("WARNING: pip could not install kernel/requirements.txt (see above); JupyterLab and the kernel tests need it.");
  say("Fix the Python package index access and run `node scripts/setup-venv.mjs`.");
  process.exit(0);
}
ensureKernelTest();
writeFileSync(stamp, want + "\n");
say("done: .venv/bin/jupyter lab");
