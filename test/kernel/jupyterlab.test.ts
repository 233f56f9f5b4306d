// End to end, as a student sees it: JupyterLab from .venv on localhost, headless Chromium (Debian's,
// through playwright-core) opens a notebook on the deepts kernel, runs it, and the page shows a
// printed ndarray and a plotly chart. The screenshot is kept in test/artifacts/jupyterlab.png.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium } from "../helpers/browser";
import { ROOT, artifact, privateKernelspec, requireVenv } from "./helpers";

const TOKEN = "deepts-browser-test";
let lab: ChildProcess | undefined;
let labLog = "";
let port = 0;
let browser: Browser | undefined;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
    s.on("error", reject);
  });
}

async function waitForServer(timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (lab?.exitCode !== null) throw new Error(`jupyter lab exited:\n${labLog}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/api/status?token=${TOKEN}`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`jupyter lab did not start in ${timeoutMs / 1000} s:\n${labLog}`);
}

const CELLS = ["np.random.seed(1); np.random.randn(3, 2)", "np.arange(5)", "plot.line([1, 3, 2], { title: 'deepts in JupyterLab' })"];

beforeAll(async () => {
  const python = requireVenv();
  const jupyterPath = privateKernelspec();
  const dir = mkdtempSync(join(tmpdir(), "deepts-lab-"));
  const nb = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: "deepts", display_name: "TypeScript (deepts)", language: "typescript" } },
    cells: CELLS.map((source, i) => ({ cell_type: "code", id: `b${i}`, metadata: {}, execution_count: null, outputs: [], source })),
  };
  writeFileSync(join(dir, "browser-check.ipynb"), JSON.stringify(nb));
  const config = join(dir, ".jupyter-config");
  mkdirSync(config);
  port = await freePort();
  lab = spawn(
    join(ROOT, ".venv", "bin", "jupyter"),
    [
      "lab",
      "--no-browser",
      "--ip=127.0.0.1",
      `--port=${port}`,
      `--ServerApp.token=${TOKEN}`,
      `--ServerApp.root_dir=${dir}`,
      "--LabApp.expose_app_in_browser=True",
      "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
      ...(process.getuid?.() === 0 ? ["--allow-root"] : []),
    ],
    {
      cwd: dir,
      env: { ...process.env, JUPYTER_PATH: jupyterPath, JUPYTER_CONFIG_DIR: config, JUPYTER_DATA_DIR: join(dir, ".jupyter-data"), JUPYTER_RUNTIME_DIR: join(dir, ".jupyter-runtime"), PYTHON: python },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  lab.stdout!.on("data", (d) => (labLog += d));
  lab.stderr!.on("data", (d) => (labLog += d));
  await waitForServer(180_000);
  browser = await launchChromium();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  if (lab && lab.exitCode === null) {
    // The server shuts its kernels down too.
    await fetch(`http://127.0.0.1:${port}/api/shutdown?token=${TOKEN}`, { method: "POST" }).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 3000));
    if (lab.exitCode === null) lab.kill("SIGKILL");
  }
}, 60_000);

describe("JupyterLab in Chromium", () => {
  it("runs a notebook on the deepts kernel: an ndarray and a plotly chart appear", async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    const consoleErrors: string[] = [];
    page.on("pageerror", (e) => consoleErrors.push(String(e)));
    let step = "page load";
    try {
      const t0 = Date.now();
      const at = (s: string) => {
        step = s;
        console.log(`[jupyterlab test] ${s} at ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      };
      await page.goto(`http://127.0.0.1:${port}/lab/tree/browser-check.ipynb?token=${TOKEN}`, { timeout: 120_000, waitUntil: "domcontentloaded" });
      at("notebook cells");
      await page.waitForSelector(".jp-Notebook .jp-Cell", { timeout: 150_000 });
      at("app commands");
      await page.waitForFunction(() => (window as any).jupyterapp?.commands?.hasCommand("notebook:run-all-cells"), undefined, { timeout: 60_000 });
      at("kernel idle");
      // Running before the session has its kernel would open JupyterLab's "Select Kernel" dialog.
      await page.waitForFunction(
        () => {
          const panel = (window as any).jupyterapp.shell.currentWidget;
          const kernel = panel?.sessionContext?.session?.kernel;
          return kernel?.name === "deepts" && kernel?.status === "idle" && kernel?.connectionStatus === "connected";
        },
        undefined,
        { timeout: 180_000 },
      );
      at("run all");
      // Not awaited: the command's promise settles only when every cell has run.
      void page.evaluate(() => (window as any).jupyterapp.commands.execute("notebook:run-all-cells")).catch(() => undefined);
      at("ndarray table");

      const table = page.locator("table.deepts-ndarray", { hasText: "1.62434536" });
      await table.first().waitFor({ timeout: 150_000 });
      at("ndarray text");
      const text = page.locator(".jp-OutputArea-output", { hasText: "array([0, 1, 2, 3, 4])" });
      await text.first().waitFor({ timeout: 60_000 });
      at("plotly chart");
      await page.locator(".jp-OutputArea-output .main-svg").first().waitFor({ timeout: 120_000 });
      await page.waitForTimeout(1000); // let plotly finish drawing before measuring
      at("figure keeps its height when the window and the panel are resized");
      const figureHeight = () =>
        page.evaluate(() => {
          const svg = document.querySelector(".jp-OutputArea-output .main-svg");
          return svg ? svg.getBoundingClientRect().height : -1;
        });
      const before = await figureHeight();
      expect(before).toBeGreaterThan(300);
      await page.setViewportSize({ width: 1000, height: 800 });
      await page.waitForTimeout(1500); // plotly's resize handler is debounced
      expect(await figureHeight()).toBeCloseTo(before, 0);
      await page.evaluate(() => (window as any).jupyterapp.commands.execute("application:toggle-left-area"));
      await page.waitForTimeout(1500);
      expect(await figureHeight()).toBeCloseTo(before, 0);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.evaluate(() => (window as any).jupyterapp.commands.execute("application:toggle-left-area"));
      await page.waitForTimeout(1500);
      expect(await figureHeight()).toBeCloseTo(before, 0);
      at("screenshot");
      await page.screenshot({ path: artifact("jupyterlab.png"), fullPage: false });

      at("Shift+Tab inside a call shows the docs");
      await page.evaluate(() => (window as any).jupyterapp.commands.execute("notebook:insert-cell-below"));
      await page.waitForTimeout(300);
      await page.evaluate(() => (window as any).jupyterapp.commands.execute("notebook:enter-edit-mode"));
      await page.keyboard.type("np.zeros(");
      await page.keyboard.press("Shift+Tab");
      const tooltip = page.locator(".jp-Tooltip", { hasText: "An array of zeros" });
      await tooltip.first().waitFor({ timeout: 30_000 });
      expect(await tooltip.first().innerText()).toContain("zeros(shape: Shape, opts?: DTypeOption)");
      await page.keyboard.press("Escape");

      expect(await table.count()).toBeGreaterThan(0);
      expect(await page.locator(".main-svg").count()).toBeGreaterThan(0);
      expect(await page.locator(".jp-OutputArea-output [data-mime-type='application/vnd.jupyter.stderr']").count()).toBe(0);
    } catch (e) {
      await page.screenshot({ path: artifact("jupyterlab-failure.png") }).catch(() => undefined);
      writeFileSync(artifact("jupyterlab-failure.log"), labLog);
      throw new Error(`${step}: ${(e as Error).message}\npage errors: ${consoleErrors.join("\n")}\njupyter log:\n${labLog.slice(-4000)}`);
    } finally {
      await page.close();
    }
  }, 900_000);
});
