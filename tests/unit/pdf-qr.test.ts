// The QR code on the registration proof is drawn as one path of row runs (lib/pdf/qr.ts); whatever the
// drawing, the dark cells must be exactly the code's dark modules, or the proof's link cannot be scanned.
import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { qrPath, qrRuns } from "@/lib/pdf/qr";

const URLS = ["https://seleksi.example.go.id/verifikasi/ABCD2345", "http://localhost:3000/verifikasi/BENCH000123", "x"];

function darkModules(text: string): Set<string> {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const cells = new Set<string>();
  for (let row = 0; row < modules.size; row += 1) for (let col = 0; col < modules.size; col += 1) if (modules.get(row, col)) cells.add(`${row},${col}`);
  return cells;
}

/** The cells the path fills: each `M{x} {y}h{n}v1h-{n}z` is one run of n cells at row y (quiet zone of 2 removed). */
function pathCells(path: string): Set<string> {
  const cells = new Set<string>();
  const runs = [...path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)];
  expect(runs.map((run) => run[0]).join("")).toBe(path); // nothing else in the path
  for (const [, x, y, length, back] of runs) {
    expect(back).toBe(length);
    for (let i = 0; i < Number(length); i += 1) cells.add(`${Number(y) - 2},${Number(x) - 2 + i}`);
  }
  return cells;
}

describe("the QR code as a path of runs", () => {
  it.each(URLS)("fills exactly the dark modules of %s", (url) => {
    const { size, runs } = qrRuns(url);
    expect(size).toBe(QRCode.create(url, { errorCorrectionLevel: "M" }).modules.size);
    expect(pathCells(qrPath(runs))).toEqual(darkModules(url));
  });

  it("merges neighbouring modules into runs: fewer shapes than dark modules", () => {
    const url = URLS[0]!;
    expect(qrRuns(url).runs.length).toBeLessThan(darkModules(url).size * 0.6);
  });
});
