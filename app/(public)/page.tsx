import Link from "next/link";
import { SelectionCard } from "@/components/selection/selection-card";
import { EmptyState } from "@/components/ui/card";
import { listPublishedAnnouncements } from "@/lib/announcements/queries";
import { formatWib } from "@/lib/dates/wib";
import { listPublicSelections } from "@/lib/selections/queries";
import { now } from "@/lib/clock";
import { publicSelectionStatus } from "@/lib/selections/status";

export default async function HomePage() {
  const [selections, announcements] = await Promise.all([listPublicSelections(), listPublishedAnnouncements(1)]);
  const clock = now();
  const withPhase = selections.map((selection) => {
    const status = publicSelectionStatus({ status: selection.status, registration: { opensAt: new Date(selection.registrationOpensAt), closesAt: new Date(selection.registrationClosesAt) }, now: clock, scoredStages: selection.scoredStages, announcements: selection.announcementKinds, registrationReopened: selection.registrationReopened });
    return { ...selection, phase: status.phase, statusLabel: status.label };
  });
  const open = withPhase.filter((selection) => selection.phase === "OPEN" || selection.phase === "UPCOMING");
  const past = withPhase.filter((selection) => selection.phase !== "OPEN" && selection.phase !== "UPCOMING");

  return (
    <div className="space-y-10">
      <section className="rounded-xl bg-brand-800 px-6 py-10 text-white">
        <h1 className="text-3xl font-bold">Seleksi Terbuka Aparatur Sipil Negara</h1>
        <p className="mt-3 max-w-2xl text-brand-100">
          Baca pengumuman dan persyaratan, periksa kelayakan Anda, daftar, unggah berkas, dan ikuti setiap tahap seleksi sampai
          hasil akhir — terbuka, kompetitif, dan berbasis merit.
        </p>
      </section>

      <section aria-labelledby="seleksi-dibuka">
        <h2 id="seleksi-dibuka" className="mb-4 text-xl font-semibold">
          Seleksi yang sedang dibuka
        </h2>
        {open.length === 0 ? (
          <EmptyState title="Belum ada seleksi yang sedang dibuka.">Seleksi sebelumnya tetap dapat dibaca di bawah ini.</EmptyState>
        ) : (
          <div className="grid gap-4 md:grid-cols-2">
            {open.map((selection) => (
              <SelectionCard key={selection.slug} {...selection} />
            ))}
          </div>
        )}
      </section>

      {past.length > 0 ? (
        <section aria-labelledby="seleksi-lalu">
          <h2 id="seleksi-lalu" className="mb-4 text-xl font-semibold">
            Seleksi yang pendaftarannya telah ditutup
          </h2>
          <div className="grid gap-4 md:grid-cols-2">
            {past.map((selection) => (
              <SelectionCard key={selection.slug} {...selection} />
            ))}
          </div>
        </section>
      ) : null}

      <section aria-labelledby="pengumuman-terbaru">
        <h2 id="pengumuman-terbaru" className="mb-4 text-xl font-semibold">
          Pengumuman terbaru
        </h2>
        {announcements.items.length === 0 ? (
          <EmptyState title="Belum ada pengumuman." />
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {announcements.items.slice(0, 5).map((item) => (
              <li key={item.slug} className="p-4">
                <Link href={`/pengumuman/${item.slug}`} className="font-medium">
                  {item.title}
                </Link>
                <p className="text-sm text-slate-600">
                  {item.number ? `Nomor ${item.number} · ` : ""}
                  {item.publishedAt ? formatWib(new Date(item.publishedAt), { withTime: false }) : ""}
                </p>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-3 text-sm">
          <Link href="/pengumuman">Semua pengumuman</Link>
        </p>
      </section>
    </div>
  );
}
