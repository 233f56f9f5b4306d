// Draws the kernel logo (a small neural network on TypeScript blue) as logo-32x32.png,
// logo-64x64.png and logo-svg.svg. Run `node kernel/logo/make-logo.mjs` after changing the design.
import { deflateSync } from "node:zlib";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
// Design in a 64-unit square: layers of nodes, every node linked to the next layer.
const BG = [49, 120, 198];
const FG = [255, 255, 255];
const layers = [
  [[14, 20], [14, 44]],
  [[32, 14], [32, 32], [32, 50]],
  [[50, 32]],
];
const R = 5.5;
const LINE = 2.2;
const CORNER = 12;
const edges = [];
for (let l = 0; l + 1 < layers.length; l++) for (const a of layers[l]) for (const b of layers[l + 1]) edges.push([a, b]);

function coverage(x, y) {
  // 1 inside the rounded square; whether the point is white (node or edge).
  const cx = Math.min(Math.max(x, CORNER), 64 - CORNER);
  const cy = Math.min(Math.max(y, CORNER), 64 - CORNER);
  const inside = (x - cx) ** 2 + (y - cy) ** 2 <= CORNER ** 2;
  let white = false;
  for (const layer of layers) for (const [nx, ny] of layer) if ((x - nx) ** 2 + (y - ny) ** 2 <= R * R) white = true;
  if (!white) {
    for (const [[ax, ay], [bx, by]] of edges) {
      const dx = bx - ax, dy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
      if ((x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (LINE / 2) ** 2) white = true;
    }
  }
  return { inside, white };
}

function render(size) {
  const ss = 4; // supersampling per axis
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let a = 0, r = 0, g = 0, b = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = ((px + (sx + 0.5) / ss) * 64) / size;
          const y = ((py + (sy + 0.5) / ss) * 64) / size;
          const c = coverage(x, y);
          if (!c.inside) continue;
          const col = c.white ? FG : BG;
          a += 1; r += col[0]; g += col[1]; b += col[2];
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a); rgba[o + 1] = Math.round(g / a); rgba[o + 2] = Math.round(b / a);
      }
      rgba[o + 3] = Math.round((255 * a) / (ss * ss));
    }
  }
  return png(size, size, rgba);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(w, h, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((w * 4 + 1) * h);
  for (let y = 0; y < h; y++) rgba.copy(raw, y * (w * 4 + 1) + 1, y * w * 4, (y + 1) * w * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function svg() {
  const hex = (c) => "#" + c.map((v) => v.toString(16).padStart(2, "0")).join("");
  const lines = edges.map(([[ax, ay], [bx, by]]) => `<line x1="${ax}" y1="${ay}" x2="${bx}" y2="${by}"/>`).join("");
  const dots = layers.flat().map(([x, y]) => `<circle cx="${x}" cy="${y}" r="${R}"/>`).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64"><rect width="64" height="64" rx="${CORNER}" fill="${hex(BG)}"/><g stroke="${hex(FG)}" stroke-width="${LINE}">${lines}</g><g fill="${hex(FG)}">${dots}</g></svg>\n`;
}

writeFileSync(join(here, "logo-32x32.png"), render(32));
writeFileSync(join(here, "logo-64x64.png"), render(64));
writeFileSync(join(here, "logo-svg.svg"), svg());
console.log("wrote kernel/logo/logo-32x32.png, logo-64x64.png, logo-svg.svg");
