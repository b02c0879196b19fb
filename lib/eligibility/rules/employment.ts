import { z } from "zod";

import { fail, joinWords, pass, pending } from "@/lib/eligibility/text";
import type { RuleContext, RuleEvaluation } from "@/lib/eligibility/types";
import { EMPLOYMENT_STATUSES, type EmploymentStatus } from "@/lib/validation/eligibility-input";

const EMPLOYMENT_STATUS_LABELS: Readonly<Record<EmploymentStatus, string>> = {
  PNS: "PNS",
  PPPK: "PPPK",
  NON_ASN: "non-ASN",
};

const regionCode = z.string().regex(/^\d{2,10}$/, { error: "kode wilayah harus 2 sampai 10 digit angka" });

export const pnsStatusParamsSchema = z.strictObject({
  allowed: z.array(z.enum(EMPLOYMENT_STATUSES)).min(1),
});

export function evaluatePnsStatus(
  params: z.output<typeof pnsStatusParamsSchema>,
  { candidate }: RuleContext,
): RuleEvaluation {
  const allowed = joinWords(params.allowed.map((status) => EMPLOYMENT_STATUS_LABELS[status]), "atau");
  const status = candidate.employmentStatus;
  if (!status) return pending("Status kepegawaian belum diisi");
  return params.allowed.includes(status)
    ? pass(`Berstatus ${EMPLOYMENT_STATUS_LABELS[status]}`)
    : fail(`Berstatus ${EMPLOYMENT_STATUS_LABELS[status]}; yang dapat mendaftar hanya ${allowed}`);
}

export const regionScopeParamsSchema = z.strictObject({
  regionCodes: z.array(regionCode).min(1),
});

export function evaluateRegionScope(
  params: z.output<typeof regionScopeParamsSchema>,
  { candidate }: RuleContext,
): RuleEvaluation {
  const code = candidate.instansi?.regionCode;
  if (!code) return pending("Kode wilayah instansi asal belum diisi");
  const scope = joinWords(params.regionCodes, "atau");
  const where = candidate.instansi?.name ? `${candidate.instansi.name} (kode wilayah ${code})` : `Kode wilayah ${code}`;
  // A region code is hierarchical (61 province, 6172 city), so a prefix match
  // admits the province government and every regency/city inside it.
  return params.regionCodes.some((prefix) => code.startsWith(prefix))
    ? pass(`Instansi asal ${where} termasuk wilayah seleksi (kode ${scope})`)
    : fail(`Instansi asal ${where} di luar wilayah seleksi (kode ${scope})`);
}

export const outsidePpkApprovalParamsSchema = z.strictObject({
  organiserRegionCode: regionCode,
  organiserName: z.string().trim().min(1),
});

/**
 * The instansi's region code identifies the employing regional government, so
 * equality with the organiser's code means "PNS of the organiser". Anyone else
 * needs the approval letter of their own PPK, which only the secretariat can
 * verify: pending until a decision is recorded.
 */
export function evaluateOutsidePpkApproval(
  params: z.output<typeof outsidePpkApprovalParamsSchema>,
  { candidate }: RuleContext,
): RuleEvaluation {
  const code = candidate.instansi?.regionCode;
  if (!code) return pending("Instansi asal belum diisi; belum dapat ditentukan perlu tidaknya persetujuan PPK");
  if (code === params.organiserRegionCode) {
    return pass(`PNS ${params.organiserName}; surat persetujuan PPK instansi asal tidak diperlukan`);
  }
  return pending(
    `PNS di luar ${params.organiserName}; menunggu verifikasi surat persetujuan mengikuti seleksi dari PPK instansi asal`,
  );
}

export const notCivilServantParamsSchema = z.strictObject({});

/** CPNS regime: TNI/Polri membership is not part of the input, so only PNS can fail here. */
export function evaluateNotCivilServant(
  _params: z.output<typeof notCivilServantParamsSchema>,
  { candidate }: RuleContext,
): RuleEvaluation {
  const status = candidate.employmentStatus;
  if (!status) return pending("Status kepegawaian belum diisi");
  return status === "PNS"
    ? fail("Berstatus PNS; PNS tidak dapat mendaftar sebagai CPNS")
    : pass(`Berstatus ${EMPLOYMENT_STATUS_LABELS[status]}, bukan PNS`);
}
