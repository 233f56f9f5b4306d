// npm run build: WASM kernels (when their sources exist), then tsc to CommonJS + .d.ts, then an ESM
// wrapper so both `import { np } from "deepts"` and `require("deepts").np` work.
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const run = (file, args) => execFileSync(process.execPath, [file, ...args], { cwd: root, stdio: "inherit" });

rmSync(join(root, "dist"), { recursive: true, force: true });
if (existsSync(join(root, "scripts/build-wasm.mjs"))) run(join(root, "scripts/build-wasm.mjs"), []);
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
run(tsc, ["-p", join(root, "tsconfig.json")]);

// Re-export every named export of the CommonJS build for ESM importers.
const cjs = createRequire(import.meta.url)(join(root, "dist/index.js"));
const names = Object.keys(cjs).filter((n) => n !== "default" && n !== "__esModule");
writeFileSync(
  join(root, "dist/index.mjs"),
  `import cjs from "./index.js";\n${names.map((n) => `export const ${n} = cjs.${n};`).join("\n")}\nexport default cjs;\n`,
);
console.log(`built dist/ (exports: ${names.join(", ")})`);
