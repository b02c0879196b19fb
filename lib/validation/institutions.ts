import { z } from "zod";
import { requiredText } from "@/lib/validation/fields";
import { idField, singleLineText } from "@/lib/validation/text";

export const INSTITUTION_LEVELS = ["CENTRAL", "PROVINCE", "REGENCY", "CITY"] as const;
export type InstitutionLevelName = (typeof INSTITUTION_LEVELS)[number];

export const INSTITUTION_LEVEL_LABELS: Record<InstitutionLevelName, string> = {
  CENTRAL: "Instansi pusat",
  PROVINCE: "Pemerintah provinsi",
  REGENCY: "Pemerintah kabupaten",
  CITY: "Pemerintah kota",
};

/**
 * A BPS region code fits the level: two digits for a province (61), four for a regency (01–69) or a
 * city (71–99) of it (6172), and 00 for a central institution, which has no region.
 */
export function regionCodeProblem(level: InstitutionLevelName, code: string): string | null {
  if (level === "CENTRAL") return code === "00" ? null : "Instansi pusat memakai kode 00";
  if (level === "PROVINCE") return /^[1-9]\d$/.test(code) ? null : "Kode provinsi terdiri atas 2 angka, misalnya 61";
  if (!/^[1-9]\d\d\d$/.test(code)) return "Kode kabupaten/kota terdiri atas 4 angka, misalnya 6172";
  const local = Number(code.slice(2));
  if (level === "CITY" && local < 71) return "Kode kota berakhiran 71 ke atas (misalnya 6171 Kota Pontianak)";
  if (level === "REGENCY" && (local < 1 || local > 69)) return "Kode kabupaten berakhiran 01–69 (misalnya 6101 Kabupaten Sambas)";
  return null;
}

export const createInstitutionSchema = z
  .object({
    name: singleLineText().trim().min(5, "Nama instansi minimal 5 karakter").max(150, "Nama instansi terlalu panjang"),
    level: z.enum(INSTITUTION_LEVELS, { error: "Pilih jenis instansi" }),
    regionCode: singleLineText().trim().max(4, "Kode wilayah paling banyak 4 angka"),
  })
  .superRefine((value, ctx) => {
    const problem = regionCodeProblem(value.level, value.regionCode);
    if (problem) ctx.addIssue({ code: "custom", message: problem, path: ["regionCode"] });
  });
export type CreateInstitutionInput = z.input<typeof createInstitutionSchema>;
export type CreateInstitutionData = z.output<typeof createInstitutionSchema>;

/** The administrator names a PPK account as the PPK of an agency (instansi). */
export const assignAgencyPpkSchema = z.object({
  institutionId: idField("Pilih instansi"),
  email: requiredText("E-mail akun PPK", { max: 200 }).pipe(z.string().toLowerCase().pipe(z.email("Format e-mail tidak valid"))),
});
export type AssignAgencyPpkInput = z.input<typeof assignAgencyPpkSchema>;
export type AssignAgencyPpkData = z.output<typeof assignAgencyPpkSchema>;

export const unassignAgencyPpkSchema = z.object({ institutionId: idField(), userId: idField() });
export type UnassignAgencyPpkData = z.output<typeof unassignAgencyPpkSchema>;
