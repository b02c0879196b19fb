import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { PrintButton } from "@/components/profile/print-button";
import { PrintTable } from "@/components/profile/print-table";
import { EmptyState } from "@/components/ui/card";
import { requirePermissionPage } from "@/lib/auth/guards";
import type { EducationLevel } from "@/lib/identifiers/education";
import {
  dateText,
  EMPTY,
  educationText,
  genderText,
  npwpText,
  periodText,
  rankText,
  textOrDash,
} from "@/lib/profile/format";
import { yesNoLabel } from "@/lib/profile/options";
import { getOwnProfile, type OwnProfile, type StoredRow } from "@/lib/profile/queries";
import { SECTION_META } from "@/lib/profile/sections";

export const metadata: Metadata = { title: "Cetak Daftar Riwayat Hidup" };

const DECLARATION =
  "Dengan ini saya menyatakan bahwa Daftar Riwayat Hidup ini telah saya isi dengan benar dan lengkap. Apabila dikemudian hari ternyata data yang saya isi terbukti tidak benar, saya bersedia dinyatakan gugur dalam proses seleksi dan/atau diberhentikan dalam jabatan serta bersedia diproses sesuai peraturan yang berlaku.";

// The rows of section IV as Lampiran II prints them; "Diploma" gathers D-I to D-IV.
const EDUCATION_ROWS: { label: string; levels: EducationLevel[] }[] = [
  { label: "Sekolah Dasar", levels: ["SD"] },
  { label: "SLTP", levels: ["SMP"] },
  { label: "SLTA / SMU", levels: ["SMA"] },
  { label: "Diploma", levels: ["D1", "D2", "D3", "D4"] },
  { label: "S1", levels: ["S1"] },
  { label: "S2", levels: ["S2"] },
  { label: "S3", levels: ["S3"] },
];

function Heading({ numeral, children }: { numeral: string; children: ReactNode }) {
  return (
    <h2 className="mt-5 mb-2 break-after-avoid text-[11pt] font-bold">
      {numeral}. <span className="underline">{children}</span>
    </h2>
  );
}

function personalItems(profile: OwnProfile): [string, string, ReactNode][] {
  const p = profile.personal;
  const workplace = [p.unitKerja, profile.institution?.name].filter(Boolean).join(", ");
  return [
    ["a", "Nama (Lengkap dengan Gelar)", textOrDash(p.fullName)],
    ["b", "NIP", textOrDash(profile.nip)],
    ["c", "Tempat, Tanggal Lahir", `${textOrDash(p.birthPlace)}, ${dateText(p.birthDate)}`],
    ["d", "Jenis Kelamin", genderText(p.gender)],
    ["e", "Pangkat/Golongan Ruang", rankText(p.currentRank)],
    ["f", "TMT CPNS", dateText(p.tmtCpns)],
    [
      "g",
      "Jabatan terakhir",
      <>
        {textOrDash(p.currentPositionTitle)}
        {workplace ? <span className="block">{workplace}</span> : null}
      </>,
    ],
    ["h", "Agama", textOrDash(p.religion)],
    ["i", "Status Perkawinan", textOrDash(p.maritalStatus)],
    ["j", "Jumlah anak", textOrDash(p.childrenCount)],
    ["k", "Alamat Rumah", textOrDash(p.address)],
    ["l", "Nomor Telepon / HP", textOrDash(p.phone)],
    ["m", "Alamat Surel", profile.email],
    ["n", "NIK", textOrDash(p.nik)],
    ["o", "NPWP", npwpText(p.npwp)],
  ];
}

export default async function PrintDrhPage() {
  const user = await requirePermissionPage("apply:selection");
  const profile = await getOwnProfile(user.id);
  if (!profile) {
    return (
      <EmptyState title="Daftar Riwayat Hidup belum diisi.">
        <Link href="/akun/drh">Isi Daftar Riwayat Hidup</Link>
      </EmptyState>
    );
  }
  const { rows } = profile;
  const spouses = rows.family.filter((member) => member.relation === "SPOUSE");
  const children = rows.family.filter((member) => member.relation === "CHILD");
  type EducationLine = { label: string; education: StoredRow<"educations"> | null };
  const educationRows = EDUCATION_ROWS.flatMap(({ label, levels }): EducationLine[] => {
    const found = rows.educations.filter((education) => (levels as string[]).includes(education.level));
    return found.length > 0 ? found.map((education) => ({ label, education })) : [{ label, education: null }];
  });

  return (
    <div className="space-y-4">
      <div className="no-print flex flex-wrap items-center justify-between gap-3">
        <Link href="/akun/drh">← Kembali ke Daftar Riwayat Hidup</Link>
        <PrintButton label="Cetak DRH" />
      </div>
      <style>{"@page { size: A4; margin: 1.5cm; }"}</style>

      <article aria-label="Daftar Riwayat Hidup" className="mx-auto max-w-[21cm] bg-white p-6 font-serif text-[11pt] leading-snug text-black shadow-sm sm:p-10 print:p-0 print:shadow-none">
        <div className="relative">
          <div className="float-right ml-4 flex h-[4cm] w-[3cm] items-center justify-center border border-dashed border-slate-600 text-center text-[9pt]">
            Pas Photo
            <br />
            4x6
            <br />
            Berwarna
          </div>
          <h1 className="mb-6 text-center text-[13pt] font-bold tracking-wide">DAFTAR RIWAYAT HIDUP</h1>

          <Heading numeral="I">DATA PRIBADI</Heading>
          <table className="text-[10.5pt]">
            <caption className="sr-only">Data pribadi</caption>
            <tbody>
              {personalItems(profile).map(([letter, label, value]) => (
                <tr key={letter} className="align-top">
                  <td className="w-6 py-0.5">{letter}.</td>
                  <th scope="row" className="w-56 py-0.5 pr-2 text-left font-normal">
                    {label}
                  </th>
                  <td className="py-0.5 pr-2">:</td>
                  <td className="py-0.5">{value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>

        <Heading numeral="II">RIWAYAT PANGKAT</Heading>
        <PrintTable<StoredRow<"ranks">>
          caption={SECTION_META.ranks.title}
          numbered={false}
          rows={rows.ranks}
          columns={[
            { header: "Pangkat (Gol)", cell: (row) => rankText(row.rank) },
            { header: "TMT Pangkat", cell: (row) => dateText(row.tmt) },
            { header: "Nomor SK", cell: (row) => textOrDash(row.decreeNumber) },
            { header: "Tanggal SK", cell: (row) => dateText(row.decreeDate) },
          ]}
        />

        <Heading numeral="III">RIWAYAT JABATAN</Heading>
        <PrintTable<StoredRow<"positions">>
          caption={SECTION_META.positions.title}
          rows={rows.positions}
          columns={[
            { header: "Jabatan", cell: (row) => `${row.title}${row.unitKerja ? `, ${row.unitKerja}` : ""}` },
            { header: "Nomor SK", cell: (row) => textOrDash(row.decreeNumber) },
            { header: "Periode Menjabat", cell: (row) => periodText(row.startDate, row.endDate) },
            { header: "Nama Atasan Langsung", cell: (row) => textOrDash(row.supervisorName) },
          ]}
        />

        <Heading numeral="IV">RIWAYAT PENDIDIKAN FORMAL</Heading>
        <PrintTable<EducationLine>
          caption={SECTION_META.educations.title}
          numbered={false}
          rows={educationRows}
          columns={[
            { header: "Pendidikan", cell: (row) => (row.education && row.label === "Diploma" ? educationText(row.education.level) : row.label) },
            { header: "Jurusan", cell: (row) => textOrDash(row.education?.major) },
            { header: "Nama Sekolah / Universitas", cell: (row) => textOrDash(row.education?.institutionName) },
            { header: "Nomor Ijazah", cell: (row) => textOrDash(row.education?.diplomaNumber) },
          ]}
        />

        <Heading numeral="V">RIWAYAT PENDIDIKAN DAN PELATIHAN</Heading>
        <PrintTable<StoredRow<"trainings">>
          caption={SECTION_META.trainings.title}
          rows={rows.trainings}
          columns={[
            { header: "Nama Diklat/ Shortcourse/Workshop", cell: (row) => row.name },
            { header: "Lembaga Penyelenggara", cell: (row) => textOrDash(row.organizer) },
            { header: "Nomor Sertifikat", cell: (row) => textOrDash(row.certificateNumber) },
            { header: "Tahun", cell: (row) => textOrDash(row.year), className: "text-center" },
          ]}
        />

        <Heading numeral="VI">RIWAYAT PENUGASAN LAIN</Heading>
        <PrintTable<StoredRow<"assignments">>
          caption={SECTION_META.assignments.title}
          numbered={false}
          rows={rows.assignments}
          columns={[
            { header: "Nama Tim / Kelompok Kerja", cell: (row) => row.teamName },
            { header: "Instansi / Lembaga", cell: (row) => textOrDash(row.agency) },
            { header: "Nomor Surat Penugasan", cell: (row) => textOrDash(row.letterNumber) },
            { header: "Tahun", cell: (row) => textOrDash(row.year), className: "text-center" },
          ]}
        />

        <Heading numeral="VII">PRESTASI</Heading>
        <PrintTable<StoredRow<"achievements">>
          caption={SECTION_META.achievements.title}
          rows={rows.achievements}
          columns={[
            { header: "Prestasi yang pernah dicapai*", cell: (row) => row.title },
            { header: "Tingkat**", cell: (row) => textOrDash(row.level) },
            { header: "Pemberi Penghargaan", cell: (row) => textOrDash(row.grantor) },
            { header: "Tahun Perolehan", cell: (row) => textOrDash(row.year), className: "text-center" },
          ]}
        />
        <p className="-mt-3 text-[9pt]">*) Tuliskan prestasi yang dicapai dengan detail.</p>
        <p className="mb-2 text-[9pt]">**) Tingkat : Organisasi Kerja, Nasional, Internasional, dst.</p>

        <Heading numeral="VIII">KARYA TULIS</Heading>
        <p className="mb-1 text-[10pt]">Buku, Makalah, Penelitian, Bahan Seminar yang pernah dipublikasikan</p>
        <PrintTable<StoredRow<"publications">>
          caption={SECTION_META.publications.title}
          rows={rows.publications}
          columns={[
            { header: "Judul", cell: (row) => (row.kind ? `${row.title} (${row.kind})` : row.title) },
            { header: "Tahun", cell: (row) => textOrDash(row.year), className: "w-20 text-center" },
          ]}
        />

        <Heading numeral="IX">KEGIATAN ORGANISASI / SOSIAL KEMASYARAKATAN</Heading>
        <PrintTable<StoredRow<"organizations">>
          caption={SECTION_META.organizations.title}
          rows={rows.organizations}
          columns={[
            { header: "Nama Organisasi / Kegiatan", cell: (row) => row.name },
            { header: "Jabatan", cell: (row) => textOrDash(row.role) },
            { header: "Tahun", cell: (row) => textOrDash(row.years), className: "text-center" },
          ]}
        />

        <Heading numeral="X">KETERANGAN KELUARGA</Heading>
        <p className="mb-1 text-[10pt]">1. Istri/Suami</p>
        <PrintTable<StoredRow<"family">>
          caption="Istri/Suami"
          rows={spouses}
          columns={[
            { header: "Nama", cell: (row) => row.name },
            { header: "Tmp Lahir", cell: (row) => textOrDash(row.birthPlace) },
            { header: "Tgl Lahir", cell: (row) => dateText(row.birthDate) },
            { header: "Tgl Menikah", cell: (row) => dateText(row.marriageDate) },
            { header: "Pekerjaan", cell: (row) => textOrDash(row.occupation) },
            { header: "Ket", cell: (row) => textOrDash(row.note) },
          ]}
        />
        <p className="mb-1 text-[10pt]">2. Anak</p>
        <PrintTable<StoredRow<"family">>
          caption="Anak"
          rows={children}
          columns={[
            { header: "Nama", cell: (row) => row.name },
            { header: "Tmp Lahir", cell: (row) => textOrDash(row.birthPlace) },
            { header: "Tgl Lahir", cell: (row) => dateText(row.birthDate) },
            { header: "Pekerjaan / Pendidikan", cell: (row) => textOrDash(row.occupation) },
            { header: "Ket", cell: (row) => textOrDash(row.note) },
          ]}
        />

        <section aria-label="Pernyataan" className="mt-6 break-inside-avoid">
          <p className="text-justify text-[10.5pt]">{DECLARATION}</p>
          <p className="mt-3 text-[9.5pt] text-slate-700 print:text-black">
            Pernyataan diri: hukuman disiplin sedang/berat: {yesNoLabel(profile.personal.hasSevereDiscipline)}; sedang diperiksa/menjalani
            hukuman disiplin: {yesNoLabel(profile.personal.underDisciplineExam)}; pernah dipidana: {yesNoLabel(profile.personal.hasCriminalRecord)}.
          </p>
          <div className="mt-8 ml-auto w-72 text-[10.5pt]">
            <p>........................., ............................ 20....</p>
            <div className="my-4 flex h-20 w-36 items-center justify-center border border-dashed border-slate-500 text-center text-[8.5pt]">
              Materai
              <br />
              Rp 10.000,00
            </div>
            <p className="font-semibold underline">{textOrDash(profile.personal.fullName)}</p>
            <p>NIP {profile.nip ?? EMPTY}</p>
          </div>
        </section>
      </article>
    </div>
  );
}
