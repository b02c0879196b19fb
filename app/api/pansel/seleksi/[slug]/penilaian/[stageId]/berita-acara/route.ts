// The minutes (berita acara) of a scored stage as a PDF, shown in the browser. The chair gets a draft
// while the stage is open; other committee members only once it is closed (lib/scoring/minutes.ts).
import { requirePermission } from "@/lib/auth/guards";
import { errorResponse, pdfResponse } from "@/lib/http";
import { renderStageMinutesPdf } from "@/lib/pdf/stage-minutes";
import { getStageMinutes } from "@/lib/scoring/minutes";

/** "Seleksi Wawancara" → "seleksi-wawancara": an ASCII file name without quoting issues. */
function fileNamePart(text: string): string {
  const part = text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 60)
    .replace(/^-+|-+$/g, "");
  return part || "tahap";
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; stageId: string }> }) {
  try {
    const user = await requirePermission("view:scoring");
    const { slug, stageId } = await params;
    const minutes = await getStageMinutes({ actorId: user.id, stageId, slug });
    const bytes = await renderStageMinutesPdf(minutes);
    const fileName = `berita-acara-${fileNamePart(minutes.stage.name)}.pdf`;
    return pdfResponse(bytes, fileName, { private: true, inline: true });
  } catch (error) {
    return errorResponse(error);
  }
}
