import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { CpnsResultTable } from "@/components/results/cpns-result-table";
import { DecisionTables } from "@/components/results/decision-table";
import { ResultChanges, ResultTable } from "@/components/results/result-table";
import { Badge } from "@/components/ui/badge";
import { getPublishedAnnouncement } from "@/lib/announcements/queries";
import { readPublishedList } from "@/lib/announcements/snapshot";
import { ANNOUNCEMENT_KIND_LABELS } from "@/lib/announcements/labels";
import { formatWib } from "@/lib/dates/wib";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const announcement = await getPublishedAnnouncement((await params).slug);
  return { title: announcement?.title ?? "Pengumuman tidak ditemukan" };
}

/** The published list of a result or decision announcement, with the link to its PDF. */
function PublishedList({ slug, title, children }: { slug: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby="daftar-judul" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="daftar-judul" className="text-lg font-semibold">
          {title}
        </h2>
        <a href={`/api/pengumuman/${slug}/pdf`} className="text-sm font-semibold">
          Unduh pengumuman (PDF)
        </a>
      </div>
      {children}
    </section>
  );
}

export default async function AnnouncementPage({ params }: Props) {
  const announcement = await getPublishedAnnouncement((await params).slug);
  if (!announcement) notFound();
  const list = readPublishedList(announcement.snapshot);
  const result = list?.type === "result" ? list.snapshot : null;
  const decision = list?.type === "decision" ? list.snapshot : null;
  const cpns = list?.type === "cpns" ? list.snapshot : null;
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
          Pengumuman ini meralat{" "}
          <Link href={`/pengumuman/${announcement.corrects.slug}`}>
            {announcement.corrects.title}
            {announcement.corrects.number ? ` (Nomor ${announcement.corrects.number})` : ""}
          </Link>
          .
        </p>
      ) : null}
      {result?.supplements ? (
        <p className="rounded-md bg-sky-50 p-3 text-sm text-sky-900" data-testid="pengumuman-tambahan">
          Pengumuman ini menambah{" "}
          <Link href={`/pengumuman/${result.supplements.slug}`}>
            {result.supplements.title} (Nomor {result.supplements.number})
          </Link>
          , yang tetap berlaku.
        </p>
      ) : null}
      {announcement.corrections.length > 0 ? (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          Pengumuman ini telah diralat:{" "}
          {announcement.corrections.map((correction, index) => (
            <span key={correction.slug}>
              {index > 0 ? " · " : null}
              <Link href={`/pengumuman/${correction.slug}`}>
                {correction.title}
                {correction.number ? ` (Nomor ${correction.number})` : ""}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
      <div className="whitespace-pre-line text-slate-800">{announcement.body}</div>
      {result ? (
        <PublishedList slug={announcement.slug} title="Daftar peserta">
          <ResultChanges changes={result.changes} />
          <ResultTable
            rows={result.rows}
            caption={`${result.totals.participants} peserta: ${result.totals.ms} Memenuhi Syarat, ${result.totals.tms} Tidak Memenuhi Syarat. NIP ditampilkan sebagian.`}
          />
        </PublishedList>
      ) : null}
      {decision ? (
        <PublishedList slug={announcement.slug} title={decision.kind === "SHORTLIST" ? "Tiga nama yang diusulkan" : "Nama yang terpilih"}>
          <DecisionTables snapshot={decision} />
        </PublishedList>
      ) : null}
      {cpns ? (
        <PublishedList slug={announcement.slug} title="Hasil akhir menurut peringkat">
          <CpnsResultTable snapshot={cpns} />
        </PublishedList>
      ) : null}
      {announcement.selection ? (
        <p>
          <Link href={`/seleksi/${announcement.selection.slug}`}>Baca rincian seleksi: persyaratan, berkas, jadwal dan formulir →</Link>
        </p>
      ) : null}
    </article>
  );
}
