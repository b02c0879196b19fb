// Schemas of the secretariat's verification: shared by the workbench forms, the server actions and
// the queue's GET parameters.
import { z } from "zod";
import { idField, multiLineText, singleLineText } from "@/lib/validation/text";
import { ApplicationStatus } from "@/lib/generated/prisma/enums";
import {
  DECISION_REASON_MAX_LENGTH,
  DECISION_REASONS_MAX_COUNT,
  VERDICT_REASON_MAX_LENGTH,
} from "@/lib/verification/reasons";

const id = idField();

export const documentVerdictSchema = z
  .object({
    documentId: id,
    /** The version the verifier looked at; a newer upload in between is a conflict, not a silent verdict. */
    versionId: id.optional(),
    verdict: z.enum(["MEETS", "FAILS"], { error: "Pilih memenuhi atau tidak memenuhi." }),
    reason: multiLineText({ label: "Alasan" })
      .trim()
      .max(VERDICT_REASON_MAX_LENGTH, `Alasan paling panjang ${VERDICT_REASON_MAX_LENGTH} karakter.`)
      .optional()
      .default(""),
  })
  .superRefine((value, ctx) => {
    if (value.verdict === "FAILS" && value.reason.length === 0) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Alasan wajib diisi bila berkas tidak memenuhi syarat." });
    }
  });
export type DocumentVerdictInput = z.input<typeof documentVerdictSchema>;
export type DocumentVerdictData = z.output<typeof documentVerdictSchema>;

const expectedVersion = z.number().int().min(1).optional();

export const adminDecisionSchema = z
  .object({
    applicationId: id,
    decision: z.enum(["MS", "TMS"]),
    /** One reason per line, as typed in the textarea. */
    reasons: multiLineText({ label: "Alasan" }).max(DECISION_REASONS_MAX_COUNT * (DECISION_REASON_MAX_LENGTH + 1), "Alasan terlalu panjang.").optional().default(""),
    expectedVersion,
  })
  .transform((value) => ({
    ...value,
    reasons: value.reasons
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line.length > 0),
  }))
  .superRefine((value, ctx) => {
    if (value.decision === "TMS" && value.reasons.length === 0) {
      ctx.addIssue({ code: "custom", path: ["reasons"], message: "Tuliskan paling sedikit satu alasan tidak memenuhi syarat." });
    }
    if (value.reasons.length > DECISION_REASONS_MAX_COUNT) {
      ctx.addIssue({ code: "custom", path: ["reasons"], message: `Paling banyak ${DECISION_REASONS_MAX_COUNT} alasan.` });
    }
    if (value.reasons.some((reason) => reason.length > DECISION_REASON_MAX_LENGTH)) {
      ctx.addIssue({ code: "custom", path: ["reasons"], message: `Setiap alasan paling panjang ${DECISION_REASON_MAX_LENGTH} karakter.` });
    }
  });
export type AdminDecisionInput = z.input<typeof adminDecisionSchema>;

export const confirmAdministrationSchema = z.object({ applicationId: id, expectedVersion });

export const trackRecordSchema = z.object({
  applicationId: id,
  notes: multiLineText({ label: "Catatan rekam jejak" }).trim().min(1, "Catatan rekam jejak wajib diisi.").max(5000, "Catatan paling panjang 5.000 karakter."),
  conclusion: multiLineText({ label: "Kesimpulan" }).trim().min(1, "Kesimpulan wajib diisi.").max(500, "Kesimpulan paling panjang 500 karakter."),
  /** Empty: no score (the selection may not weigh the track record). */
  score: singleLineText({ label: "Nilai" })
    .trim()
    .optional()
    .default("")
    .transform((value, ctx) => {
      if (value === "") return null;
      const number = Number(value.replace(",", "."));
      if (!Number.isFinite(number) || number < 0 || number > 100) {
        ctx.addIssue({ code: "custom", message: "Nilai harus angka 0 sampai 100." });
        return z.NEVER;
      }
      if (Math.round(number * 1000) !== number * 1000) {
        ctx.addIssue({ code: "custom", message: "Nilai paling banyak tiga angka di belakang koma." });
        return z.NEVER;
      }
      return number;
    }),
});
export type TrackRecordInput = z.input<typeof trackRecordSchema>;
export type TrackRecordData = z.output<typeof trackRecordSchema>;

export const QUEUE_PAGE_SIZE = 25;

/** The queue's GET parameters; anything unreadable falls back to "no filter" rather than an error page. */
export const queueSearchSchema = z.object({
  q: singleLineText().trim().max(100).optional().catch(undefined),
  status: z.enum(ApplicationStatus).optional().catch(undefined),
  berkas: z.enum(["memenuhi", "tidak-memenuhi"]).optional().catch(undefined),
  belum: z.literal("1").optional().catch(undefined),
  keputusan: z.enum(["belum", "ms", "tms", "menunggu-konfirmasi"]).optional().catch(undefined),
  jabatan: singleLineText().trim().max(64).optional().catch(undefined),
  halaman: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type QueueSearchParams = z.output<typeof queueSearchSchema>;
