// `npm run kernel:install -- --user | --sys-prefix | --prefix P` writes a Jupyter kernelspec
// (kernel.json + logos) and can be run again safely.
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./helpers";

const install = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [join(ROOT, "scripts", "kernel-install.mjs"), ...args], { encoding: "utf8", env: { ...process.env, ...env } });

describe("kernel-install", () => {
  it("--prefix writes kernel.json and the logos, idempotently", () => {
    const prefix = mkdtempSync(join(tmpdir(), "deepts-prefix-"));
    for (let i = 0; i < 2; i++) expect(install(["--prefix", prefix]).status).toBe(0);
    const dir = join(prefix, "share", "jupyter", "kernels", "deepts");
    expect(readdirSync(dir).sort()).toEqual(["kernel.json", "logo-32x32.png", "logo-64x64.png", "logo-svg.svg"]);
    const spec = JSON.parse(readFileSync(join(dir, "kernel.json"), "utf8"));
    // the young generation kept small: the start touches fewer fresh pages (scripts/kernel-install.mjs)
    expect(spec.argv).toEqual([process.execPath, "--max-semi-space-size=2", join(ROOT, "kernel", "launch.js"), "--config-path", "{connection_file}"]);
    expect(spec.display_name).toBe("TypeScript (deepts)");
    expect(spec.language).toBe("typescript");
    expect(spec.interrupt_mode).toBe("signal");
    // PNG signature and size in the header
    const png = readFileSync(join(dir, "logo-64x64.png"));
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([64, 64]);
  });

  it("--user installs into Jupyter's per-user data folder", () => {
    const data = mkdtempSync(join(tmpdir(), "deepts-user-"));
    const r = install(["--user", "--name", "deepts-test", "--display-name", "deepts test"], { JUPYTER_DATA_DIR: data });
    expect(r.status, r.stderr).toBe(0);
    const spec = JSON.parse(readFileSync(join(data, "kernels", "deepts-test", "kernel.json"), "utf8"));
    expect(spec.display_name).toBe("deepts test");
  });

  it("--sys-prefix uses the given Python's sys.prefix", () => {
    const py = join(ROOT, ".venv", "bin", "python");
    if (!existsSync(py)) return; // covered by the other kernel tests' requirement of .venv
    const r = install(["--sys-prefix", "--python", py, "--print"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).argv.at(-3)).toBe(join(ROOT, "kernel", "launch.js"));
  });

  it("rejects unknown options", () => {
    const r = install(["--bogus"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("unknown option --bogus");
  });
});
