import "server-only";
// What the official forms need to know about their selection, read once per request.
import { prisma } from "@/lib/db";
import type { FormSelection } from "@/lib/pdf/forms";

/** "Pemerintah Kota Singkawang" → "Singkawang" (the forms say "Kota Singkawang" themselves). */
function placeName(organiserName: string): string {
  return organiserName.replace(/^Pemerintah\s+(Kota|Kabupaten|Provinsi)\s+/i, "").trim();
}

export async function getFormSelection(slug: string): Promise<FormSelection | null> {
  const row = await prisma.selection.findFirst({
    where: { slug, status: { not: "DRAFT" } },
    select: {
      title: true,
      committeeName: true,
      announcementNumber: true,
      announcementDate: true,
      organiser: { select: { name: true } },
      vacancies: { orderBy: { order: "asc" }, take: 1, select: { title: true } },
    },
  });
  if (!row) return null;
  const announcementDate = row.announcementDate.toISOString().slice(0, 10);
  return {
    title: row.title,
    positionTitle: row.vacancies[0]?.title ?? row.title,
    organiserName: row.organiser.name,
    committeeName: row.committeeName,
    announcementNumber: row.announcementNumber,
    announcementDate,
    year: Number(announcementDate.slice(0, 4)),
    city: placeName(row.organiser.name),
  };
}
