// The wording of the applicant's declarations, per regime and from the selection's rules. Pure: the apply
// form, the draft's page and the pre-submission check read the same sentences.
import type { RuleConfig } from "@/lib/eligibility/types";
import type { Regime } from "@/lib/generated/prisma/enums";

export type DeclarationWording = {
  /** The "willing to reside / be placed" statement, required before submission. */
  reside: string;
  /** Said when it is not ticked. */
  resideMissing: string;
  /** Shown on a sent application. */
  resideDone: string;
  /** The no-MPP statement exists only where an age rule has the 58-year path. */
  offersNoMpp: boolean;
};

// Seed 002, IV.B.1.h: "bersedia ditempatkan di seluruh wilayah Negara Kesatuan Republik Indonesia".
export const CPNS_PLACEMENT_STATEMENT = "bersedia ditempatkan di seluruh wilayah Negara Kesatuan Republik Indonesia";

function hasNoMppPath(rules: readonly RuleConfig[]): boolean {
  return rules.some((rule) => {
    if (rule.ruleId !== "age_max" || typeof rule.params !== "object" || rule.params === null) return false;
    return (rule.params as { extendedRequiresNoMpp?: unknown }).extendedRequiresNoMpp === true;
  });
}

export function declarationWording(regime: Regime, rules: readonly RuleConfig[]): DeclarationWording {
  const offersNoMpp = hasNoMppPath(rules);
  if (regime === "CPNS") {
    return {
      reside: `Saya ${CPNS_PLACEMENT_STATEMENT}. Wajib sebelum lamaran dikirim.`,
      resideMissing: "Pernyataan bersedia ditempatkan di seluruh wilayah NKRI belum dicentang.",
      resideDone: "Bersedia ditempatkan di seluruh wilayah NKRI",
      offersNoMpp,
    };
  }
  return {
    reside: "Apabila terpilih, saya bersedia menetap di daerah penempatan (Lampiran VIII). Wajib sebelum lamaran dikirim.",
    resideMissing: "Pernyataan bersedia menetap belum dicentang.",
    resideDone: "Bersedia menetap di daerah penempatan",
    offersNoMpp,
  };
}
