// The student's workspace: npm start creates it from the release, never overwrites a notebook the
// student changed (a course update goes beside it, and the start-up message says so), refreshes
// untouched copies, restores deleted ones; a second npm start while one runs says where it is open.
import { describe, it, expect } from "vitest";
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync, rmSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./helpers";
import { run } from "../kernel/helpers";
// @ts-ignore: plain ESM tooling
import { syncWorkspace, describeSync } from "../../course/workspace.mjs";

const tmp = (p: string) => mkdtempSync(join(tmpdir(), p));

describe("syncWorkspace", () => {
  it("creates, refreshes untouched copies, keeps edited ones with the update beside, restores deleted ones", () => {
    const rel = tmp("rel-");
    const ws = join(tmp("ws-"), "workspace");
    writeFileSync(join(rel, "01-a.ipynb"), "v1 a");
    writeFileSync(join(rel, "02-b.ipynb"), "v1 b");
    expect(syncWorkspace(rel, ws).created).toEqual(["01-a.ipynb", "02-b.ipynb"]);
    writeFileSync(join(ws, "01-a.ipynb"), "student's work");
    writeFileSync(join(ws, "my-notes.ipynb"), "mine");
    // course update: both notebooks change upstream
    writeFileSync(join(rel, "01-a.ipynb"), "v2 a");
    writeFileSync(join(rel, "02-b.ipynb"), "v2 b");
    const r = syncWorkspace(rel, ws);
    expect(r.updated).toEqual(["02-b.ipynb"]);
    expect(r.beside).toEqual([["01-a.ipynb", "01-a.updated.ipynb"]]);
    expect(readFileSync(join(ws, "01-a.ipynb"), "utf8")).toBe("student's work");
    expect(readFileSync(join(ws, "01-a.updated.ipynb"), "utf8")).toBe("v2 a");
    expect(readFileSync(join(ws, "02-b.ipynb"), "utf8")).toBe("v2 b");
    expect(describeSync(r, ws).join("\n")).toMatch(/01-a\.ipynb: the course has a new version\. Yours is kept as it is; the new one is 01-a\.updated\.ipynb/);
    // a second start changes nothing and writes no second copy
    syncWorkspace(rel, ws);
    expect(readdirSync(ws).sort()).toEqual([".deepts", "01-a.ipynb", "01-a.updated.ipynb", "02-b.ipynb", "my-notes.ipynb"]);
    // a third version while the student also edited the first update: nothing of theirs is replaced
    writeFileSync(join(ws, "01-a.updated.ipynb"), "student edited the update too");
    writeFileSync(join(rel, "01-a.ipynb"), "v3 a");
    expect(syncWorkspace(rel, ws).beside).toEqual([["01-a.ipynb", "01-a.updated-2.ipynb"]]);
    expect(readFileSync(join(ws, "01-a.updated.ipynb"), "utf8")).toBe("student edited the update too");
    expect(readFileSync(join(ws, "01-a.ipynb"), "utf8")).toBe("student's work");
    expect(readFileSync(join(ws, "my-notes.ipynb"), "utf8")).toBe("mine");
    // deleting a copy is how a student starts over
    rmSync(join(ws, "02-b.ipynb"));
    expect(syncWorkspace(rel, ws).restored).toEqual(["02-b.ipynb"]);
    expect(readFileSync(join(ws, "02-b.ipynb"), "utf8")).toBe("v2 b");
  });
});

describe("npm start", () => {
  const ws = join(tmp("start-"), "workspace");
  const start = () => run(process.execPath, [join(ROOT, "scripts", "start.mjs")], { env: { DEEPTS_WORKSPACE: ws, DEEPTS_START_DRY_RUN: "1" }, timeoutMs: 600_000 });

  it("twice, with a course update between, leaves the student's edited notebook unchanged", async () => {
    const first = await start();
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`Your course notebooks are in ${ws}`);
    expect(first.stdout).toMatch(/--LabApp\.default_url=\/lab\/tree\/00-welcome\.ipynb/);
    const nb = join(ws, "01-activations.ipynb");
    const edited = JSON.parse(readFileSync(nb, "utf8"));
    const answer = edited.cells.find((c: any) => c.metadata?.nbgrader?.grade_id === "01-sigmoid");
    answer.source = ["function sigmoid(z: NDArray): NDArray {\n", "  return np.divide(1, np.add(1, np.exp(np.negative(z)))); // my answer\n", "}"];
    const mine = JSON.stringify(edited, null, 1);
    writeFileSync(nb, mine);
    // a course update, as the workspace sees it: what was copied last time differs from the release now
    const manifest = JSON.parse(readFileSync(join(ws, ".deepts", "course.json"), "utf8"));
    for (const f of Object.values<any>(manifest.files)) f.copied = "an older release";
    writeFileSync(join(ws, ".deepts", "course.json"), JSON.stringify(manifest));
    const second = await start();
    expect(second.code, second.stderr).toBe(0);
    expect(readFileSync(nb, "utf8")).toBe(mine);
    expect(second.stdout).toContain("01-activations.ipynb: the course has a new version. Yours is kept as it is; the new one is 01-activations.updated.ipynb.");
    expect(existsSync(join(ws, "01-activations.updated.ipynb"))).toBe(true);
    const third = await start();
    expect(readFileSync(nb, "utf8")).toBe(mine);
    expect(third.code).toBe(0);
  }, 900_000);

  it("while the course is open, says where instead of starting a second server", async () => {
    mkdirSync(ws, { recursive: true });
    const jupyter = join(ROOT, ".venv", "bin", "jupyter");
    const server = spawn(jupyter, ["server", `--ServerApp.root_dir=${ws}`, "--no-browser", "--port=0", "--ServerApp.token=t0k", ...(process.getuid?.() === 0 ? ["--allow-root"] : [])], { stdio: "ignore" });
    try {
      let r = { code: null as number | null, stdout: "", stderr: "" };
      for (let i = 0; i < 60; i++) {
        await new Promise((ok) => setTimeout(ok, 1000));
        r = await run(process.execPath, [join(ROOT, "scripts", "start.mjs")], { env: { DEEPTS_WORKSPACE: ws, DEEPTS_START_DRY_RUN: "1" } });
        if (r.stdout.includes("already open")) break;
      }
      expect(r.stdout).toMatch(/The course is already open at http:\/\/\S+\/lab\/tree\/00-welcome\.ipynb\?token=t0k/);
      expect(r.stdout).not.toContain("would run");
    } finally {
      server.kill("SIGTERM");
    }
  }, 900_000);
});
