// The chair's XLSX of every score of a selection (with corrected rows) and the ranking per vacancy.
import { requirePermission } from "@/lib/auth/guards";
import { XLSX_CONTENT_TYPE } from "@/lib/export/xlsx";
import { errorResponse } from "@/lib/http";
import { buildScoreWorkbook } from "@/lib/scoring/score-export";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  try {
    const user = await requirePermission("manage:scoring");
    const { slug } = await params;
    const bytes = await buildScoreWorkbook({ actorId: user.id, slug });
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": XLSX_CONTENT_TYPE,
        "Content-Disposition": `attachment; filename="nilai-${slug}.xlsx"`,
        // Scores of named candidates: never kept by a shared cache or the browser's disk cache.
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
