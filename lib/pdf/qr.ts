// Draws a QR code as vector shapes (crisp at any zoom, nothing to embed) at the writer's cursor. The dark
// modules of each row are merged into runs and drawn as one path, not one rectangle per module: a proof's
// QR has about 800 dark modules, and a rectangle each made the registration proof slow to render in bulk.
import QRCode from "qrcode";
import { rgb } from "pdf-lib";
import type { PdfWriter } from "@/lib/pdf/layout";

/** The quiet zone around the code, in modules. */
const QUIET = 2;

export type QrRun = { row: number; col: number; length: number };

/** The code's size in modules and its dark modules as horizontal runs, row by row. Pure. */
export function qrRuns(text: string): { size: number; runs: QrRun[] } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const runs: QrRun[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col += 1;
      runs.push({ row, col: start, length: col - start });
    }
  }
  return { size: modules.size, runs };
}

/** The runs as one SVG path in module units (y downwards), each run a closed rectangle. */
export function qrPath(runs: readonly QrRun[]): string {
  return runs.map((run) => `M${run.col + QUIET} ${run.row + QUIET}h${run.length}v1h-${run.length}z`).join("");
}

export function drawQrCode(writer: PdfWriter, text: string, options: { size: number; align?: "left" | "right" }): void {
  const { size, runs } = qrRuns(text);
  const cell = options.size / (size + QUIET * 2);
  writer.ensureSpace(options.size);
  const left = options.align === "left" ? writer.left : writer.right - options.size;
  // drawSvgPath puts the path's origin at (x, y) with y growing downwards, as in SVG.
  writer.page.drawSvgPath(qrPath(runs), { x: left, y: writer.cursorY, scale: cell, color: rgb(0, 0, 0) });
}
