// Which parts of the CV are filled: the progress indicator of the DRH page. Pure.
import type { StoredPersonalData, StoredRows } from "@/lib/profile/row-tables";
import { isAsnStatus, isSectionRequired, SECTION_META, SECTION_ORDER, sectionHeading, type SectionKey } from "@/lib/profile/sections";

/** The items of section I that a complete CV has (the e-mail and NIP come from the account). */
export const PERSONAL_FIELD_LABELS: Readonly<Record<keyof StoredPersonalData, string>> = {
  fullName: "Nama",
  birthPlace: "Tempat lahir",
  birthDate: "Tanggal lahir",
  gender: "Jenis kelamin",
  currentRank: "Pangkat/golongan ruang",
  tmtCpns: "TMT CPNS",
  currentPositionTitle: "Jabatan terakhir",
  religion: "Agama",
  maritalStatus: "Status perkawinan",
  childrenCount: "Jumlah anak",
  address: "Alamat rumah",
  phone: "Nomor telepon/HP",
  nik: "NIK",
  npwp: "NPWP",
  employmentStatus: "Status kepegawaian",
  institutionId: "Instansi",
  unitKerja: "Unit kerja",
  hasSevereDiscipline: "Pernyataan hukuman disiplin",
  underDisciplineExam: "Pernyataan pemeriksaan disiplin",
  hasCriminalRecord: "Pernyataan pidana",
};

/** Items of section I that only an ASN has (instansi, rank, TMT CPNS, discipline): not asked of a non-ASN applicant. */
export const ASN_ONLY_PERSONAL_FIELDS: ReadonlySet<keyof StoredPersonalData> = new Set([
  "currentRank",
  "tmtCpns",
  "currentPositionTitle",
  "institutionId",
  "unitKerja",
  "hasSevereDiscipline",
  "underDisciplineExam",
]);

export type SectionStatus = {
  key: SectionKey;
  heading: string;
  anchor: string;
  isRequired: boolean;
  isFilled: boolean;
  /** "2 baris", or what section I still lacks. */
  detail: string;
};

export type Completeness = {
  sections: SectionStatus[];
  requiredFilled: number;
  requiredTotal: number;
  optionalFilled: number;
  optionalTotal: number;
};

export function missingPersonalFields(personal: StoredPersonalData | null): string[] {
  const isAsn = isAsnStatus(personal?.employmentStatus);
  return (Object.keys(PERSONAL_FIELD_LABELS) as (keyof StoredPersonalData)[])
    .filter((key) => isAsn || !ASN_ONLY_PERSONAL_FIELDS.has(key))
    .filter((key) => personal === null || personal[key] === null || personal[key] === "")
    .map((key) => PERSONAL_FIELD_LABELS[key]);
}

export function profileCompleteness(profile: { personal: StoredPersonalData; rows: StoredRows } | null): Completeness {
  const sections = SECTION_ORDER.map((key): SectionStatus => {
    const meta = SECTION_META[key];
    let isFilled: boolean;
    let detail: string;
    if (key === "personal") {
      const missing = missingPersonalFields(profile?.personal ?? null);
      isFilled = missing.length === 0;
      detail = isFilled ? "Lengkap" : `Belum diisi: ${missing.join(", ")}`;
    } else {
      const count = profile?.rows[key].length ?? 0;
      isFilled = count > 0;
      detail = isFilled ? `${count} baris` : meta.emptyText;
    }
    const isRequired = isSectionRequired(key, profile?.personal.employmentStatus);
    return { key, heading: sectionHeading(key), anchor: meta.anchor, isRequired, isFilled, detail };
  });
  const required = sections.filter((section) => section.isRequired);
  const optional = sections.filter((section) => !section.isRequired);
  return {
    sections,
    requiredFilled: required.filter((section) => section.isFilled).length,
    requiredTotal: required.length,
    optionalFilled: optional.filter((section) => section.isFilled).length,
    optionalTotal: optional.length,
  };
}
