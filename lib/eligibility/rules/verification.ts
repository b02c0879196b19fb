import { z } from "zod";

import { joinWords, pending } from "@/lib/eligibility/text";
import type { RuleContext, RuleEvaluation } from "@/lib/eligibility/types";

/** Rules that no candidate data can decide: a document, the Pansel or a signed declaration does. */
export const verificationParamsSchema = z.strictObject({
  decidedBy: z.enum(["DOCUMENT", "PANSEL", "DECLARATION"]),
  documentNumbers: z.array(z.int().positive()).min(1).optional(),
});

export function evaluateByVerification(
  params: z.output<typeof verificationParamsSchema>,
  _context: RuleContext,
): RuleEvaluation {
  const documents = params.documentNumbers
    ? ` (berkas nomor ${joinWords(params.documentNumbers.map(String))})`
    : "";
  switch (params.decidedBy) {
    case "DOCUMENT":
      return pending(`Menunggu verifikasi dokumen${documents} oleh Sekretariat Pansel`);
    case "PANSEL":
      return pending(`Menunggu penilaian Panitia Seleksi${documents}`);
    case "DECLARATION":
      return pending(`Menunggu verifikasi surat pernyataan${documents}`);
  }
}
