// The administrator's forms for what an applicant applies to: the eligibility rules and their
// parameters, the required documents and the stages (while the selection is a draft), and the
// corrections of the announcement details and the documents after publication (with a reason).
// Each edit carries the version of the row it was made on, so a concurrent edit is refused.
// Shared by the forms and the server.
import { z } from "zod";
import { RULE_IDS } from "@/lib/eligibility/catalog";
import { isWibDateTime, wibToUtc } from "@/lib/dates/wib";
import { parseRuleParams } from "@/lib/selection-content/rule-params";
import { selectionDetailsSchema } from "@/lib/validation/selection-setup";
import { idField, multiLineText, singleLineText } from "@/lib/validation/text";
import { checkbox, decimalParser, integerParser, optionalField, optionalOneOf, optionalText, requiredField, requiredOneOf, requiredText } from "@/lib/validation/fields";

/** The fingerprint of the row as the form was loaded (lib/selection-content/versions.ts). */
export const versionField = () =>
  singleLineText({ error: "Muat ulang halaman lalu ulangi perubahan" }).regex(/^[0-9a-f]{16}$/, "Muat ulang halaman lalu ulangi perubahan");

export const reasonField = () =>
  multiLineText({ label: "Alasan perubahan" }).trim().min(5, "Tuliskan alasan perubahan (minimal 5 karakter)").max(500, "Alasan perubahan maksimal 500 karakter");

// ─────────────────────────────── Eligibility rules ───────────────────────────────

const paramValue = z.union([singleLineText().max(500, "Isian terlalu panjang"), z.array(singleLineText().max(60)).max(60)], { error: "Isian tidak valid" });

export const ruleEditSchema = z
  .object({
    selectionId: idField(),
    ruleId: z.enum(RULE_IDS, { error: "Persyaratan tidak dikenal" }),
    version: versionField(),
    text: requiredText("Bunyi persyaratan", { min: 5, max: 2000, multiline: true }),
    params: z.record(z.string().max(40), paramValue.optional()),
  })
  .transform((value, ctx) => {
    const parsed = parseRuleParams(value.ruleId, value.params);
    if (!parsed.ok) {
      for (const [key, message] of Object.entries(parsed.errors)) ctx.addIssue({ code: "custom", path: ["params", key], message });
      return z.NEVER;
    }
    return { ...value, params: parsed.params };
  });
export type RuleEditInput = z.input<typeof ruleEditSchema>;

/** A rule of the engine's catalogue the draft does not have yet, with its number in the announcement (II.A.n). */
export const ruleAddSchema = z
  .object({
    selectionId: idField(),
    ruleId: z.enum(RULE_IDS, { error: "Pilih persyaratan yang ditambahkan" }),
    sourceItem: optionalField(integerParser("Nomor pada pengumuman", 1, () => 99)),
    text: requiredText("Bunyi persyaratan", { min: 5, max: 2000, multiline: true }),
    params: z.record(z.string().max(40), paramValue.optional()),
  })
  .transform((value, ctx) => {
    const parsed = parseRuleParams(value.ruleId, value.params);
    if (!parsed.ok) {
      for (const [key, message] of Object.entries(parsed.errors)) ctx.addIssue({ code: "custom", path: ["params", key], message });
      return z.NEVER;
    }
    return { ...value, params: parsed.params };
  });
export type RuleAddInput = z.input<typeof ruleAddSchema>;
export type RuleAddData = z.output<typeof ruleAddSchema>;

export const removeRuleSchema = z.object({ selectionId: idField(), ruleId: z.enum(RULE_IDS, { error: "Persyaratan tidak dikenal" }) });
export type RuleEditData = z.output<typeof ruleEditSchema>;

// ─────────────────────────────── Required documents ───────────────────────────────

export const DOCUMENT_FORMS = ["ORIGINAL", "COPY", "PHOTO"] as const;
export const DOCUMENT_CONDITIONS = ["ALWAYS", "OUTSIDE_ORGANISER", "EXTENDED_AGE_LIMIT"] as const;
export const DOCUMENT_CONDITION_LABELS: Record<(typeof DOCUMENT_CONDITIONS)[number], string> = {
  ALWAYS: "Semua pelamar",
  OUTSIDE_ORGANISER: "Hanya PNS dari luar instansi penyelenggara",
  EXTENDED_AGE_LIMIT: "Hanya pelamar yang memakai batas usia diperpanjang",
};
export const UPLOAD_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;
export const MAX_UPLOAD_MB = 20;

const documentFields = {
  number: requiredField(integerParser("Nomor urut", 1, () => 99), "Nomor urut wajib diisi"),
  title: requiredText("Nama berkas", { min: 3, max: 500, multiline: true }),
  form: requiredOneOf(DOCUMENT_FORMS, "Pilih bentuk berkas: asli, fotokopi atau pas foto"),
  requiresStamp: checkbox(),
  copies: requiredField(integerParser("Jumlah rangkap", 1, () => 10), "Jumlah rangkap wajib diisi"),
  condition: requiredOneOf(DOCUMENT_CONDITIONS, "Pilih siapa yang wajib menyerahkan berkas ini"),
  acceptedTypes: z.array(z.enum(UPLOAD_TYPES, { error: "Jenis berkas tidak dikenal" })).min(1, "Pilih paling sedikit satu jenis berkas unggahan").max(UPLOAD_TYPES.length),
  maxSizeMb: requiredField(integerParser("Ukuran unggahan paling besar (MB)", 1, () => MAX_UPLOAD_MB), "Ukuran unggahan paling besar wajib diisi"),
  note: optionalText("Catatan", { max: 500, multiline: true }),
};

/** The stages a document may be due at, as the templates use them (lib/documents/labels.ts `dueLabel` words them). */
export const DOCUMENT_DUE_STAGES = ["REGISTRATION", "INTERVIEW"] as const;

/**
 * While the selection is a draft, also when the document is due and the form (Lampiran) that provides it.
 * The form code is one of the selection's forms, checked by the server (lib/selection-content/mutations.ts);
 * empty means none. An absent due stage keeps the document's (a new one is due at registration).
 */
const draftDocumentFields = {
  ...documentFields,
  dueStage: optionalOneOf(DOCUMENT_DUE_STAGES, "Pilih tahap penyerahan berkas"),
  formCode: optionalText("Formulir", { max: 20 }),
};

export const documentAddSchema = z.object({ selectionId: idField(), ...draftDocumentFields });
export type DocumentAddInput = z.input<typeof documentAddSchema>;
export type DocumentFieldsData = Omit<z.output<typeof documentAddSchema>, "selectionId">;

export const documentEditSchema = z.object({ selectionId: idField(), documentId: idField(), version: versionField(), ...draftDocumentFields });
export type DocumentEditInput = z.input<typeof documentEditSchema>;
export type DocumentEditData = z.output<typeof documentEditSchema>;

export const removeDocumentSchema = z.object({ selectionId: idField(), documentId: idField() });

/** After publication: the same fields (the number stays; the due stage and form stay too), with the reason shown on the public page. */
export const documentCorrectionSchema = z.object({ selectionId: idField(), documentId: idField(), version: versionField(), ...documentFields, reason: reasonField() });
export type DocumentCorrectionInput = z.input<typeof documentCorrectionSchema>;
export type DocumentCorrectionData = z.output<typeof documentCorrectionSchema>;

// ─────────────────────────────── Stages ───────────────────────────────

const wibDateTime = (label: string) =>
  singleLineText()
    .trim()
    .refine((value) => isWibDateTime(value), `${label}: isi tanggal dan jam yang valid (WIB)`);

export const stageEditSchema = z
  .object({
    selectionId: idField(),
    stageId: idField(),
    version: versionField(),
    name: requiredText("Nama tahap", { min: 3, max: 200 }),
    startsAt: wibDateTime("Mulai"),
    endsAt: wibDateTime("Selesai"),
    responsible: optionalText("Pelaksana", { max: 200 }),
    note: optionalText("Keterangan", { max: 500, multiline: true }),
    weight: optionalField(decimalParser("Bobot (%)", 0, 100)),
    minimumScore: optionalField(decimalParser("Nilai minimum", 0, 100)),
  })
  .refine((value) => !isWibDateTime(value.startsAt) || !isWibDateTime(value.endsAt) || wibToUtc(value.endsAt) >= wibToUtc(value.startsAt), {
    message: "Waktu selesai tidak boleh sebelum waktu mulai",
    path: ["endsAt"],
  });
export type StageEditInput = z.input<typeof stageEditSchema>;
export type StageEditData = z.output<typeof stageEditSchema>;

// ─────────────────────────────── Announcement details after publication ───────────────────────────────

export const detailsCorrectionSchema = selectionDetailsSchema.extend({ version: versionField(), reason: reasonField() });
export type DetailsCorrectionInput = z.input<typeof detailsCorrectionSchema>;
export type DetailsCorrectionData = z.output<typeof detailsCorrectionSchema>;
