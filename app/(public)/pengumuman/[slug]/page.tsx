import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { getPublishedAnnouncement } from "@/lib/announcements/queries";
import { ANNOUNCEMENT_KIND_LABELS } from "@/lib/announcements/labels";
import { formatWib } from "@/lib/dates/wib";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const announcement = await getPublishedAnnouncement((await params).slug);
  return { title: announcement?.title ?? "Pengumuman tidak ditemukan" };
}

export default async function AnnouncementPage({ params }: Props) {
  const announcement = await getPublishedAnnouncement((await params).slug);
  if (!announcement) notFound();
  return (
    <article className="mx-auto max-w-3xl space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <Badge tone="info">{ANNOUNCEMENT_KIND_LABELS[announcement.kind]}</Badge>
      <h1 className="text-2xl font-bold">{announcement.title}</h1>
      <p className="text-sm text-slate-600">
        {announcement.number ? `Nomor ${announcement.number} · ` : ""}
        {announcement.publishedAt ? `Diumumkan ${formatWib(new Date(announcement.publishedAt), { withTime: false })}` : ""}
      </p>
      {announcement.corrects ? (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          Pengumuman ini meralat <Link href={`/pengumuman/${announcement.corrects.slug}`}>{announcement.corrects.title}</Link>.
        </p>
      ) : null}
      {announcement.corrections.length > 0 ? (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          Pengumuman ini telah diralat:{" "}
          {announcement.corrections.map((correction) => (
            <Link key={correction.slug} href={`/pengumuman/${correction.slug}`}>
              {correction.title}
            </Link>
          ))}
        </p>
      ) : null}
      <div className="whitespace-pre-line text-slate-800">{announcement.body}</div>
      {announcement.selection ? (
        <p>
          <Link href={`/seleksi/${announcement.selection.slug}`}>Baca rincian seleksi: persyaratan, berkas, jadwal dan formulir →</Link>
        </p>
      ) : null}
    </article>
  );
}
