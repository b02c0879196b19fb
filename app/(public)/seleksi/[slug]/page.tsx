import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChangeHistory } from "@/components/selection/change-history";
import { DocumentTable } from "@/components/selection/document-table";
import { ScheduleTimeline } from "@/components/selection/schedule-timeline";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatCalendarDate } from "@/lib/dates/calendar";
import { formatWib, formatWibRange } from "@/lib/dates/wib";
import { ANNOUNCEMENT_KIND_LABELS } from "@/lib/announcements/labels";
import { listSelectionAnnouncements } from "@/lib/announcements/queries";
import { getPublicSelection, type SelectionDetail } from "@/lib/selections/queries";
import { now } from "@/lib/clock";
import { publicSelectionStatus } from "@/lib/selections/status";
import { areFormations, VacancyTable } from "@/components/selection/vacancy-table";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const selection = await getPublicSelection((await params).slug);
  return { title: selection?.title ?? "Seleksi tidak ditemukan" };
}

/** "Formulir (Lampiran I–VIII)": the range of the selection's own form codes. */
function formsTitle(forms: SelectionDetail["forms"]): string {
  const codes = forms.map((form) => form.code);
  return codes.length > 1 ? `Formulir (Lampiran ${codes[0]}–${codes.at(-1)})` : `Formulir (Lampiran ${codes[0]})`;
}

const FILLED_BY = { APPLICANT: "Diisi pelamar", SUPERVISOR: "Diisi atasan", PPK: "Diisi PPK" } as const;

export default async function SelectionPage({ params }: Props) {
  const { slug } = await params;
  const [selection, announcements] = await Promise.all([getPublicSelection(slug), listSelectionAnnouncements(slug)]);
  if (!selection) notFound();
  const clock = now();
  const status = publicSelectionStatus({ status: selection.status, registration: { opensAt: new Date(selection.registrationOpensAt), closesAt: new Date(selection.registrationClosesAt) }, now: clock, scoredStages: selection.scoredStages, announcements: selection.announcementKinds, registrationReopened: selection.registrationReopened });
  const phase = status.phase;
  const numbered = selection.rules.filter((rule) => rule.sourceItem !== null).sort((a, b) => (a.sourceItem ?? 0) - (b.sourceItem ?? 0));
  const scope = selection.rules.filter((rule) => rule.sourceItem === null && rule.ruleId === "region_scope");
  // The rules keep the numbers of the source's list when they are that whole list (Singkawang's 16 items);
  // when they are some items of it (the CPNS guideline's a, d, f and g), they are listed in order and the
  // whole list stays in the registration terms.
  const wholeList = numbered.every((rule, index) => rule.sourceItem === index + 1);
  const formations = areFormations(selection.vacancies);

  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm text-slate-600">
          {selection.committeeName} · Pengumuman Nomor <strong>{selection.announcementNumber}</strong>
        </p>
        <h1 className="text-2xl font-bold sm:text-3xl">{selection.title}</h1>
        <div className="flex flex-wrap gap-2">
          <span data-testid="status-seleksi" data-status={phase}>
            <Badge tone={status.tone}>{status.label}</Badge>
          </span>
          <Badge tone="info">{selection.regime === "CPNS" ? "Seleksi CPNS" : "JPT Pratama"}</Badge>
        </div>
        <p className="max-w-3xl text-slate-700">{selection.summary}</p>
        <p className="text-sm text-slate-600" data-testid="alamat-sekretariat">
          Sekretariat: {selection.committeeAddress}
        </p>
        {selection.escalations.length > 0 ? (
          <div role="note" aria-label="Pemberitahuan eskalasi" data-testid="pemberitahuan-eskalasi" className="max-w-3xl space-y-1 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
            <p className="font-semibold">Pemberitahuan</p>
            {selection.escalations.map((escalation) => (
              <p key={`${escalation.vacancyTitle}-${escalation.at}`}>
                Jumlah peserta yang memenuhi syarat untuk jabatan {escalation.vacancyTitle} kurang dari jumlah nama yang harus diusulkan kepada Pejabat
                Pembina Kepegawaian. Pada {formatWib(new Date(escalation.at))} Panitia Seleksi melaporkannya kepada lembaga pengawas
                {escalation.optionLabel ? ` dengan usulan tindak lanjut: ${escalation.optionLabel.toLowerCase()}` : ""}.{" "}
                {escalation.reopenedAt
                  ? `Pada ${formatWib(new Date(escalation.reopenedAt))} pendaftaran dibuka kembali; alasannya tercantum pada riwayat perubahan pengumuman.`
                  : "Keputusan tindak lanjut akan diumumkan pada halaman ini."}
              </p>
            ))}
          </div>
        ) : null}
        {phase === "OPEN" ? (
          <p className="pt-2">
            <ButtonLink href={`/akun/lamar/${selection.slug}`}>{formations ? "Lamar salah satu formasi" : "Lamar jabatan ini"}</ButtonLink>
          </p>
        ) : null}
      </header>

      <div className="rounded-lg border-2 border-amber-300 bg-amber-50 p-4" role="note">
        <p className="font-semibold text-amber-900">Batas akhir penyerahan dokumen pendaftaran</p>
        <p className="text-lg font-bold text-amber-950" data-testid="batas-dokumen">
          {formatWib(new Date(selection.documentDeadlineAt), { weekday: true })}
        </p>
        <p className="text-sm text-amber-900">
          Pendaftaran: {formatWibRange(new Date(selection.registrationOpensAt), new Date(selection.registrationClosesAt))}
        </p>
      </div>

      {selection.legalBasis.length > 0 ? (
        <Card title="Dasar hukum" id="dasar-hukum">
          <p className="mb-2 text-sm text-slate-700">Seleksi ini berpedoman pada ketentuan:</p>
          <ol className="list-decimal space-y-1 pl-6 text-sm" data-testid="dasar-hukum">
            {selection.legalBasis.map((basis) => (
              <li key={basis}>{basis}</li>
            ))}
          </ol>
        </Card>
      ) : null}

      <Card title={formations ? "I. Formasi yang dibutuhkan" : "I. Jabatan yang akan diisi"} id="jabatan">
        <VacancyTable vacancies={selection.vacancies} />
      </Card>

      <Card title="II.A. Persyaratan administrasi" id="persyaratan">
        <p className="mb-3 text-sm">
          <Link href={`/cek-kelayakan?seleksi=${selection.slug}`}>Cek kelayakan Anda terhadap persyaratan ini</Link>
        </p>
        {scope.map((rule) => (
          <p key={rule.ruleId} className="mb-3 text-sm text-slate-700">
            Terbuka bagi: {rule.text}
          </p>
        ))}
        <ol className="list-decimal space-y-2 pl-6" data-testid="daftar-persyaratan">
          {numbered.map((rule) => (
            <li key={rule.ruleId} value={wholeList ? (rule.sourceItem ?? undefined) : undefined} className="whitespace-pre-line">
              {rule.text}
            </li>
          ))}
        </ol>
        {wholeList || selection.registrationTerms.length === 0 ? null : (
          <p className="mt-3 text-sm text-slate-700" data-testid="persyaratan-lengkap">
            Persyaratan di atas diperiksa portal dan Sekretariat Pansel; seluruh persyaratan pelamar tercantum pada bagian III (Ketentuan pendaftaran).
          </p>
        )}
      </Card>

      <Card title={`II.B. Berkas pendaftaran (${selection.documents.length} berkas)`} id="berkas">
        <DocumentTable documents={selection.documents} slug={selection.slug} />
      </Card>

      {selection.registrationTerms.length > 0 ? (
        <Card title="III. Ketentuan pendaftaran" id="pendaftaran">
          <ol className="list-decimal space-y-2 pl-6" data-testid="ketentuan-pendaftaran">
            {selection.registrationTerms.map((term) => (
              <li key={term}>{term}</li>
            ))}
          </ol>
        </Card>
      ) : null}

      <Card title="IV. Jadwal dan tahapan seleksi" id="jadwal">
        <ScheduleTimeline stages={selection.stages} note={selection.scheduleNote} />
      </Card>

      {selection.history.length > 0 ? (
        <Card title="Riwayat perubahan pengumuman" id="riwayat-perubahan">
          <p className="mb-3 text-sm text-slate-700">Setiap perubahan jadwal dan koreksi pengumuman sejak diumumkan, terbaru di atas.</p>
          <ChangeHistory entries={selection.history} />
        </Card>
      ) : null}

      {selection.otherTerms.length > 0 ? (
        <Card title="V. Ketentuan lain" id="ketentuan-lain">
          <ol className="list-decimal space-y-2 pl-6" data-testid="ketentuan-lain">
            {selection.otherTerms.map((term) => (
              <li key={term}>{term}</li>
            ))}
          </ol>
        </Card>
      ) : null}

      {selection.forms.length > 0 ? (
        <Card title={formsTitle(selection.forms)} id="formulir">
          <p className="mb-3 text-sm text-slate-700">Formulir kosong siap cetak. Pelamar yang sudah masuk dapat mencetak formulir yang terisi otomatis dari data DRH.</p>
          <ul className="grid gap-2 sm:grid-cols-2">
            {selection.forms.map((form) => (
              <li key={form.code} className="rounded-md border border-slate-200 p-3">
                <a href={`/api/formulir/${selection.slug}/${form.code}`} className="font-medium">
                  Lampiran {form.code}: {form.title}
                </a>
                <p className="text-xs text-slate-600">
                  {FILLED_BY[form.filledBy]} · {form.description}
                </p>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      <Card title="Pengumuman dan hasil seleksi" id="pengumuman-seleksi">
        {announcements.length === 0 ? (
          <p className="text-sm text-slate-700">Belum ada pengumuman lanjutan untuk seleksi ini.</p>
        ) : (
          <ul className="space-y-2" data-testid="pengumuman-seleksi">
            {announcements.map((announcement) => (
              <li key={announcement.slug} className="text-sm">
                <Badge tone="info">{ANNOUNCEMENT_KIND_LABELS[announcement.kind]}</Badge>{" "}
                <Link href={`/pengumuman/${announcement.slug}`}>{announcement.title}</Link>
                <span className="text-slate-600">
                  {announcement.number ? ` · Nomor ${announcement.number}` : ""}
                  {announcement.publishedAt ? ` · ${formatWib(new Date(announcement.publishedAt), { withTime: false })}` : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <footer className="flex justify-end">
        <div className="text-right text-sm">
          <p>
            Dikeluarkan di {selection.announcementPlace} pada tanggal {formatCalendarDate(selection.announcementDate)}
          </p>
          <p className="mt-1">Ketua Panitia Seleksi</p>
          <p className="mt-6 font-semibold">{selection.chairName}</p>
        </div>
      </footer>
    </article>
  );
}
