import type { Metadata } from "next";
import Link from "next/link";
import { MarkAllReadButton } from "@/components/application/mark-all-read-button";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { requireUserPage } from "@/lib/auth/guards";
import { formatWib } from "@/lib/dates/wib";
import { listNotifications } from "@/lib/notifications/queries";
import { markAllNotificationsReadAction } from "../lamaran/actions";

export const metadata: Metadata = { title: "Notifikasi" };

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ halaman?: string }> }) {
  const user = await requireUserPage(); // applicants and staff alike (a scorer is told when a stage reopens)
  const requested = Number.parseInt((await searchParams).halaman ?? "1", 10);
  const page = Number.isFinite(requested) && requested > 0 ? requested : 1;
  const { items, pageCount } = await listNotifications(user.id, page);
  const unread = items.filter((item) => !item.readAt).length;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Notifikasi</h1>
        {unread > 0 ? <MarkAllReadButton action={markAllNotificationsReadAction} /> : null}
      </div>
      {items.length === 0 ? (
        <EmptyState title="Belum ada notifikasi." />
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="daftar-notifikasi">
          {items.map((item) => (
            <li key={item.id} className="p-4">
              <div className="flex items-center gap-2">
                {!item.readAt ? <Badge tone="warning">Baru</Badge> : null}
                <p className="font-medium">{item.title}</p>
              </div>
              <p className="whitespace-pre-line text-sm text-slate-700">{item.body}</p>
              <p className="text-xs text-slate-500">
                {formatWib(item.createdAt)}
                {item.link ? (
                  <>
                    {" · "}
                    <Link href={item.link}>Lihat</Link>
                  </>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
      {pageCount > 1 ? (
        <nav aria-label="Halaman notifikasi" className="flex gap-4 text-sm">
          {page > 1 ? <Link href={`/akun/notifikasi?halaman=${page - 1}`}>← Sebelumnya</Link> : null}
          {page < pageCount ? <Link href={`/akun/notifikasi?halaman=${page + 1}`}>Berikutnya →</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
