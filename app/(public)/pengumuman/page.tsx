import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { listPublishedAnnouncements } from "@/lib/announcements/queries";
import { formatWib } from "@/lib/dates/wib";
import { ANNOUNCEMENT_KIND_LABELS } from "@/lib/announcements/labels";

export const metadata: Metadata = { title: "Pengumuman" };

export default async function AnnouncementsPage({ searchParams }: { searchParams: Promise<{ halaman?: string }> }) {
  const requested = Number.parseInt((await searchParams).halaman ?? "1", 10);
  const page = Number.isFinite(requested) && requested > 0 ? requested : 1;
  const { items, pageCount, total } = await listPublishedAnnouncements(page);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Pengumuman</h1>
      {items.length === 0 ? (
        <EmptyState title="Belum ada pengumuman pada halaman ini." />
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {items.map((item) => (
            <li key={item.slug} className="p-4">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone="info">{ANNOUNCEMENT_KIND_LABELS[item.kind]}</Badge>
                {item.number ? <span className="text-xs text-slate-600">Nomor {item.number}</span> : null}
              </div>
              <Link href={`/pengumuman/${item.slug}`} className="mt-1 block font-medium">
                {item.title}
              </Link>
              <p className="text-sm text-slate-600">{item.publishedAt ? formatWib(new Date(item.publishedAt), { withTime: false }) : ""}</p>
            </li>
          ))}
        </ul>
      )}
      <nav aria-label="Halaman pengumuman" className="flex items-center justify-between text-sm">
        <span>
          Halaman {page} dari {pageCount} ({total} pengumuman)
        </span>
        <span className="space-x-4">
          {page > 1 ? <Link href={`/pengumuman?halaman=${page - 1}`}>← Sebelumnya</Link> : null}
          {page < pageCount ? <Link href={`/pengumuman?halaman=${page + 1}`}>Berikutnya →</Link> : null}
        </span>
      </nav>
    </div>
  );
}
