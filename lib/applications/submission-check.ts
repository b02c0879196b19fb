// Pure: what still stops an application from being submitted, as sentences the applicant can act on.
import type { EligibilityResult } from "@/lib/eligibility";
import { ruleLabel } from "@/lib/eligibility";

type DocumentState = {
  currentVersionId: string | null;
  requirement: { number: number; title: string; dueStage: string; condition: string };
};

export function documentApplies(condition: string, applicantRegionCode: string | null, organiserRegionCode: string): boolean {
  // Only PNS from outside the organising government need e.g. their own PPK's approval (item 21).
  if (condition === "OUTSIDE_ORGANISER") return applicantRegionCode !== organiserRegionCode;
  return true;
}

export function missingForSubmission(input: {
  declarations: { willingAllStages: boolean; willingToReside: boolean };
  documents: DocumentState[];
  applicantRegionCode: string | null;
  organiserRegionCode: string;
  eligibility: EligibilityResult;
}): string[] {
  const missing: string[] = [];
  if (!input.declarations.willingAllStages) missing.push("Pernyataan bersedia mengikuti seluruh tahapan seleksi belum dicentang.");
  if (!input.declarations.willingToReside) missing.push("Pernyataan bersedia menetap belum dicentang.");
  const required = input.documents
    .filter((document) => document.requirement.dueStage === "REGISTRATION")
    .filter((document) => documentApplies(document.requirement.condition, input.applicantRegionCode, input.organiserRegionCode))
    .filter((document) => !document.currentVersionId)
    .sort((a, b) => a.requirement.number - b.requirement.number);
  for (const document of required) missing.push(`Berkas ${document.requirement.number} belum diunggah: ${document.requirement.title}.`);
  if (input.eligibility.verdict === "NOT_ELIGIBLE") {
    for (const rule of input.eligibility.rules.filter((item) => item.status === "fail")) {
      missing.push(`Persyaratan tidak terpenuhi — ${ruleLabel(rule.id)}: ${rule.reason}`);
    }
  }
  return missing;
}
