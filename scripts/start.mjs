// npm start: JupyterLab from .venv on notebooks/, with the deepts kernel registered and chosen for
// new notebooks; opens the welcome notebook. Extra arguments go to `jupyter lab`
// (e.g. `npm start -- --port 8899 --no-browser`).
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const jupyter = join(root, ".venv", "bin", "jupyter");
if (!existsSync(jupyter)) {
  console.error("No JupyterLab in .venv: run `npm install` (or `node scripts/setup-venv.mjs`) first.");
  process.exit(1);
}
// Re-register every time: cheap, and it follows the checkout if it moved.
const reg = spawnSync(process.execPath, [join(root, "scripts", "kernel-install.mjs"), "--if-venv"], { stdio: "inherit" });
if (reg.status !== 0) process.exit(reg.status ?? 1);

const args = [
  "lab",
  `--ServerApp.root_dir=${join(root, "notebooks")}`,
  "--MappingKernelManager.default_kernel_name=deepts",
  // Containers and CI often run as root, which Jupyter refuses without this.
  ...(process.getuid?.() === 0 ? ["--allow-root"] : []),
  ...process.argv.slice(2),
];
// Open the welcome notebook unless a notebook or folder to open was given.
const opensPath = process.argv.slice(2).some((a) => !a.startsWith("-") && (a.endsWith(".ipynb") || existsSync(join(root, "notebooks", a))));
if (!opensPath) args.push("00-welcome.ipynb");
const child = spawn(jupyter, args, { stdio: "inherit", cwd: join(root, "notebooks") });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
