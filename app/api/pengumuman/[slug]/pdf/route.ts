// Public PDF of a published result announcement (or its correction), rendered from the frozen
// snapshot. A published snapshot never changes, so the response is cacheable and carries an ETag.
import { getPublishedAnnouncement } from "@/lib/announcements/queries";
import { readPublishedList } from "@/lib/announcements/snapshot";
import { AppError } from "@/lib/errors";
import { errorResponse, pdfResponse } from "@/lib/http";
import { renderDecisionAnnouncement } from "@/lib/pdf/decision-announcement";
import { renderResultAnnouncement } from "@/lib/pdf/result-announcement";
import { renderCpnsResultAnnouncement } from "@/lib/pdf/cpns-result-announcement";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  try {
    const announcement = await getPublishedAnnouncement((await params).slug);
    const list = announcement ? readPublishedList(announcement.snapshot) : null;
    if (!announcement?.publishedAt || !list) throw new AppError("NOT_FOUND", "Pengumuman hasil tidak ditemukan.");
    const etag = `"${announcement.slug}-${Date.parse(announcement.publishedAt)}"`;
    if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers: { ETag: etag } });
    const publishedAt = new Date(announcement.publishedAt);
    const bytes =
      list.type === "result"
        ? await renderResultAnnouncement(list.snapshot, { publishedAt })
        : list.type === "cpns"
          ? await renderCpnsResultAnnouncement(list.snapshot, { publishedAt })
          : await renderDecisionAnnouncement(list.snapshot, { publishedAt });
    const response = pdfResponse(bytes, `${announcement.slug}.pdf`, { private: false });
    response.headers.set("ETag", etag);
    return response;
  } catch (error) {
    return errorResponse(error);
  }
}
