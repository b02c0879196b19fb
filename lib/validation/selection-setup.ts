// The administrator's forms for a selection: create it (from a template or a copy), its details and
// formations while it is a draft, its Pansel seats, publishing it. Shared by the forms and the server.
import { z } from "zod";
import { EDUCATION_LEVELS } from "@/lib/identifiers/education";
import { idField, slugField } from "@/lib/validation/text";
import { integerParser, optionalText, requiredDate, requiredField, requiredText, textParser } from "@/lib/validation/fields";

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const newSlugField = requiredText("Alamat halaman", { min: 5, max: 80 }).refine(
  (value) => SLUG_PATTERN.test(value),
  "Alamat halaman hanya huruf kecil, angka dan tanda hubung (contoh: sekda-singkawang-2027)",
);

const SOURCE_MESSAGE = "Pilih sumber seleksi baru: templat atau seleksi yang disalin";
const sourceField = requiredField(textParser("Sumber", { max: 220 }), SOURCE_MESSAGE).refine((value) => /^(template|copy):[a-z0-9-]+$/.test(value), SOURCE_MESSAGE);

export const createSelectionSchema = z.object({
  /** "template:<id>" or "copy:<slug>". */
  source: sourceField,
  title: requiredText("Judul seleksi", { min: 10, max: 200 }),
  slug: newSlugField,
  announcementNumber: requiredText("Nomor pengumuman", { min: 3, max: 100 }),
  registrationOpensOn: requiredDate("Tanggal pembukaan pendaftaran"),
});
export type CreateSelectionInput = z.input<typeof createSelectionSchema>;
export type CreateSelectionData = z.output<typeof createSelectionSchema>;

export const selectionDetailsSchema = z.object({
  selectionId: idField(),
  title: requiredText("Judul seleksi", { min: 10, max: 200 }),
  summary: requiredText("Ringkasan", { min: 10, max: 2000, multiline: true }),
  announcementNumber: requiredText("Nomor pengumuman", { min: 3, max: 100 }),
  announcementDate: requiredDate("Tanggal pengumuman"),
  announcementPlace: requiredText("Tempat pengumuman", { max: 100 }),
  committeeName: requiredText("Nama panitia", { min: 5, max: 200 }),
  committeeAddress: requiredText("Alamat panitia", { min: 5, max: 300 }),
  chairName: requiredText("Nama ketua panitia", { min: 3, max: 150 }),
});
export type SelectionDetailsInput = z.input<typeof selectionDetailsSchema>;
export type SelectionDetailsData = z.output<typeof selectionDetailsSchema>;

export const vacancySchema = z.object({
  selectionId: idField(),
  code: requiredText("Kode", { max: 12 }).refine((value) => /^[A-Z0-9]+$/.test(value), "Kode hanya huruf besar dan angka (contoh: F01)"),
  title: requiredText("Nama jabatan/formasi", { min: 3, max: 200 }),
  unit: optionalText("Unit kerja", { max: 200 }),
  quota: requiredField(integerParser("Jumlah kebutuhan", 1, () => 1000), "Jumlah kebutuhan wajib diisi"),
  educationRequired: z.array(z.enum(EDUCATION_LEVELS, { error: "Jenjang pendidikan tidak dikenal" })).max(EDUCATION_LEVELS.length),
});
export type VacancyInput = z.input<typeof vacancySchema>;
export type VacancyData = z.output<typeof vacancySchema>;

export const removeVacancySchema = z.object({ selectionId: idField(), vacancyId: idField() });

export const SEAT_POSITIONS = ["CHAIR", "SECRETARY", "MEMBER"] as const;
export const SEAT_POSITION_LABELS: Record<(typeof SEAT_POSITIONS)[number], string> = {
  CHAIR: "Ketua Pansel",
  SECRETARY: "Sekretariat Pansel",
  MEMBER: "Anggota Pansel",
};

export const seatMemberSchema = z.object({
  selectionId: idField(),
  email: requiredText("E-mail petugas", { max: 200 }).pipe(z.string().toLowerCase().pipe(z.email("Format e-mail tidak valid"))),
  position: z.enum(SEAT_POSITIONS, { error: "Pilih kedudukan di Pansel" }),
});
export type SeatMemberInput = z.input<typeof seatMemberSchema>;
export type SeatMemberData = z.output<typeof seatMemberSchema>;

export const unseatMemberSchema = z.object({ selectionId: idField(), userId: idField() });

export const publishSelectionSchema = z.object({ selectionId: idField() });

export const selectionSlugSchema = z.object({ slug: slugField() });
