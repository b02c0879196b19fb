import { formatCalendarDate, isCalendarDate } from "@/lib/dates/calendar";
import type { ApplicantFormData, FormContext, FormSelection } from "@/lib/pdf/forms-types";
import { BLANK, CM, createPdfWriter, type FieldRow, type PdfWriter } from "@/lib/pdf/layout";

// Building blocks shared by the Lampiran renderers: the header every form
// starts with, the title, the applicant's identity rows and the wording that
// depends on the selection (so a second selection reuses the same forms).

/** Field rows sit about one centimetre in from the body text, as on the official forms. */
export const FIELD_INDENT = 1 * CM;
/** One label column for every identity block, so colons line up across blocks and forms. */
export const FIELD_LABEL_WIDTH = 4.3 * CM;
/** Options for identity rows in the letters (all forms except the DRH). */
export const IDENTITY_ROWS_LAYOUT = { indent: FIELD_INDENT, labelWidth: FIELD_LABEL_WIDTH } as const;

export function formatAnnouncementDate(date: string): string {
  // A malformed date is printed as given: a form with an odd date is more
  // useful to an applicant than no form at all.
  return isCalendarDate(date) ? formatCalendarDate(date) : date;
}

export async function createFormWriter(
  roman: string,
  formTitle: string,
  ctx: FormContext,
  options: { pageNumbers?: boolean } = {},
): Promise<PdfWriter> {
  const { selection, applicant } = ctx;
  return createPdfWriter({
    title: `Lampiran ${roman} - ${formTitle}${applicant ? ` - ${applicant.name}` : ""}`,
    subject: selection.title,
    author: selection.committeeName,
    keywords: ["seleksi terbuka", `lampiran ${roman}`, selection.announcementNumber],
    pageNumbers: options.pageNumbers,
  });
}

/** "Lampiran <roman> Pengumuman / Nomor : ... / Tanggal : ..." in the top-right corner. */
export function attachmentHeader(w: PdfWriter, roman: string, selection: FormSelection): void {
  const size = w.fontSize - 1;
  const indent = w.contentWidth * 0.58;
  w.paragraph(`Lampiran ${roman} Pengumuman`, { size, indent, spaceAfter: 0 });
  w.fieldRows(
    [
      { label: "Nomor", value: selection.announcementNumber },
      { label: "Tanggal", value: formatAnnouncementDate(selection.announcementDate) },
    ],
    { size, indent, spaceAfter: size * 1.5 },
  );
}

export function formTitle(w: PdfWriter, title: string, subtitle?: string): void {
  w.heading(title.toUpperCase(), { size: w.fontSize + 2, spaceAfter: subtitle ? 2 : w.fontSize });
  if (subtitle) w.paragraph(subtitle, { align: "center", spaceAfter: w.fontSize });
}

export type IdentityField = "name" | "nip" | "rank" | "position" | "institution" | "unit" | "unitAndInstitution" | "address";

const IDENTITY_LABELS: Record<IdentityField, string> = {
  name: "Nama",
  nip: "NIP",
  rank: "Pangkat / Gol. Ruang",
  position: "Jabatan",
  institution: "Instansi",
  unit: "Unit Kerja",
  unitAndInstitution: "Unit Kerja / Instansi",
  address: "Alamat",
};

function identityValue(field: IdentityField, applicant: ApplicantFormData): string {
  switch (field) {
    case "name":
      return applicant.name;
    case "nip":
      return applicant.nip;
    case "rank":
      return applicant.rankLabel;
    case "position":
      return applicant.positionTitle;
    case "institution":
      return applicant.institutionName;
    case "unit":
      return applicant.unitKerja;
    case "unitAndInstitution":
      return [applicant.unitKerja, applicant.institutionName].filter((part) => part.trim()).join(" / ");
    case "address":
      return applicant.address;
  }
}

/** Identity rows of a PNS; blank (dotted) when the person is not known to the portal. */
export function identityRows(fields: readonly IdentityField[], person?: ApplicantFormData | null): FieldRow[] {
  return fields.map((field) => ({
    label: IDENTITY_LABELS[field],
    value: person ? identityValue(field, person) : "",
  }));
}

/** "Pratama" / "Madya" / "Utama", read from the selection title; the forms default to Pratama. */
export function jptLevel(selection: FormSelection): string {
  const match = /pimpinan\s+tinggi\s+(pratama|madya|utama)/i.exec(selection.title);
  const level = match?.[1] ?? "pratama";
  return level.charAt(0).toUpperCase() + level.slice(1).toLowerCase();
}

/** "Kota Singkawang" from "Pemerintah Kota Singkawang": the region the official will live in. */
export function regionName(selection: FormSelection): string {
  const region = selection.organiserName.replace(/^\s*pemerintah\s+/i, "").trim();
  return region || selection.city;
}

/** The date on a letter the applicant signs by hand: place and day are left blank. */
export function blankSigningDate(selection: FormSelection): { place: string; dateText: string } {
  return { place: "", dateText: `${BLANK} ${selection.year}` };
}
