// Staff export of a selection's participants: /api/pansel/seleksi/<slug>/ekspor/csv or /xlsx.
// CSV is UTF-8 with a BOM and `;` separators for Excel in the Indonesian locale (DECISIONS.md).
import { requirePermission } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { toCsv } from "@/lib/export/csv";
import { buildXlsx, XLSX_CONTENT_TYPE } from "@/lib/export/xlsx";
import { errorResponse } from "@/lib/http";
import { listParticipantsForExport, PARTICIPANT_EXPORT_HEADER } from "@/lib/selections/dashboard";

const COLUMN_WIDTHS = [5, 24, 32, 21, 28, 15, 34, 10, 34, 32, 30, 20, 12, 60, 17];

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; format: string }> }) {
  try {
    const user = await requirePermission("view:applications");
    const { slug, format } = await params;
    if (format !== "csv" && format !== "xlsx") throw new AppError("NOT_FOUND", "Format ekspor tidak dikenal (csv atau xlsx).");
    const data = await listParticipantsForExport(slug, user);
    if (!data) throw new AppError("NOT_FOUND", "Seleksi tidak ditemukan.");
    const fileName = `peserta-${slug}.${format}`;
    const headers = {
      "Content-Disposition": `attachment; filename="${fileName}"`,
      // Personal data: never stored by a shared cache or the browser's disk cache.
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    };
    if (format === "csv") {
      return new Response(toCsv(PARTICIPANT_EXPORT_HEADER, data.rows), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
    }
    const bytes = await buildXlsx({ name: "Peserta", header: PARTICIPANT_EXPORT_HEADER, rows: data.rows, columnWidths: COLUMN_WIDTHS });
    return new Response(new Uint8Array(bytes), { headers: { ...headers, "Content-Type": XLSX_CONTENT_TYPE } });
  } catch (error) {
    return errorResponse(error);
  }
}
