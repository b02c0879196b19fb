// Draws a QR code as vector squares (crisp at any zoom, nothing to embed) at the writer's cursor.
import QRCode from "qrcode";
import { rgb } from "pdf-lib";
import type { PdfWriter } from "@/lib/pdf/layout";

export function drawQrCode(writer: PdfWriter, text: string, options: { size: number; align?: "left" | "right" }): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: "M" });
  const count = qr.modules.size;
  const quiet = 2; // modules of white border
  const cell = options.size / (count + quiet * 2);
  writer.ensureSpace(options.size);
  const top = writer.cursorY;
  const left = options.align === "left" ? writer.left : writer.right - options.size;
  for (let row = 0; row < count; row += 1) {
    for (let col = 0; col < count; col += 1) {
      if (!qr.modules.get(row, col)) continue;
      writer.page.drawRectangle({
        x: left + (col + quiet) * cell,
        y: top - (row + quiet + 1) * cell,
        width: cell,
        height: cell,
        color: rgb(0, 0, 0),
      });
    }
  }
}
