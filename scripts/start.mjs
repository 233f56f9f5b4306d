// npm start: the student's workspace (workspace/, or $DEEPTS_WORKSPACE) made or brought up to date
// from the course's release, then JupyterLab (from .venv) on it with the deepts kernel, opening the
// first notebook. A notebook the student changed is never overwritten (course/workspace.mjs).
// Extra arguments go to `jupyter lab` (e.g. `npm start -- --port 8899 --no-browser`).
//   DEEPTS_START_DRY_RUN=1  prepares the workspace and prints what it would start, without starting it.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, realpathSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { release } from "../course/release.mjs";
import { describeSync, syncWorkspace } from "../course/workspace.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const jupyter = join(root, ".venv", "bin", "jupyter");
const workspace = resolve(process.env.DEEPTS_WORKSPACE ?? join(root, "workspace"));
const FIRST = "00-welcome.ipynb";

if (!existsSync(jupyter)) {
  console.error("No JupyterLab in .venv: run `npm install` (or `node scripts/setup-venv.mjs`) first.");
  process.exit(1);
}

// Already open? Say where instead of starting a second server on another port.
const listed = spawnSync(jupyter, ["server", "list", "--json"], { encoding: "utf8" });
for (const line of (listed.stdout ?? "").split("\n").filter(Boolean)) {
  try {
    const s = JSON.parse(line);
    if (s.root_dir && existsSync(s.root_dir) && existsSync(workspace) && realpathSync(s.root_dir) === realpathSync(workspace)) {
      console.log(`The course is already open at ${s.url.replace(/\/$/, "")}/lab/tree/${FIRST}${s.token ? `?token=${s.token}` : ""}`);
      console.log("(stop that server with Ctrl+C in its terminal, or `.venv/bin/jupyter server stop " + s.port + "`)");
      process.exit(0);
    }
  } catch {
    // not a server line
  }
}

// Re-register every time: cheap, and it follows the checkout if it moved.
const reg = spawnSync(process.execPath, [join(root, "scripts", "kernel-install.mjs"), "--if-venv"], { stdio: "inherit" });
if (reg.status !== 0) process.exit(reg.status ?? 1);

try {
  await release({ log: (s) => console.log(`[course] ${s}`) });
} catch (e) {
  console.error(`[course] ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}
for (const line of describeSync(syncWorkspace(join(root, "release", "student"), workspace), workspace)) console.log(`[course] ${line}`);

const args = [
  "lab",
  `--ServerApp.root_dir=${workspace}`,
  "--MappingKernelManager.default_kernel_name=deepts",
  // the printed URL opens the first notebook, not the Launcher
  `--LabApp.default_url=/lab/tree/${FIRST}`,
  // Containers and CI often run as root, which Jupyter refuses without this.
  ...(process.getuid?.() === 0 ? ["--allow-root"] : []),
  ...process.argv.slice(2),
];
if (process.env.DEEPTS_START_DRY_RUN) {
  console.log(`[course] would run: ${jupyter} ${args.join(" ")}`);
  process.exit(0);
}
const child = spawn(jupyter, args, { stdio: "inherit", cwd: workspace });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
