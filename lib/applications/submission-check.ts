// Pure: what still stops an application from being submitted, as sentences the applicant can act on.
import type { EligibilityResult } from "@/lib/eligibility";
import { ruleLabel } from "@/lib/eligibility";
import type { DeclarationWording } from "@/lib/applications/declarations";

type DocumentState = {
  currentVersionId: string | null;
  requirement: { number: number; title: string; dueStage: string; condition: string };
};

/** What decides whether a conditional requirement concerns this applicant. */
export type ApplicabilityContext = {
  applicantRegionCode: string | null;
  organiserRegionCode: string;
  /** The candidate relies on the age rule's extended limit (reliesOnExtendedAge of the eligibility engine). */
  reliesOnExtendedAge: boolean;
};

/** Whether a requirement is required of this applicant (submission, verification, the suggestion). */
export function documentApplies(condition: string, context: ApplicabilityContext): boolean {
  // Only PNS from outside the organising government need e.g. their own PPK's approval (item 21).
  if (condition === "OUTSIDE_ORGANISER") return context.applicantRegionCode !== context.organiserRegionCode;
  // The signed no-MPP statement: only for a candidate who needs the 58-year limit.
  if (condition === "EXTENDED_AGE_LIMIT") return context.reliesOnExtendedAge;
  return true;
}

export function missingForSubmission(input: {
  declarations: { willingAllStages: boolean; willingToReside: boolean };
  documents: DocumentState[];
  applicability: ApplicabilityContext;
  eligibility: EligibilityResult;
  /** The selection's wording of the declarations (the JPT one when absent). */
  wording?: Pick<DeclarationWording, "resideMissing">;
}): string[] {
  const missing: string[] = [];
  if (!input.declarations.willingAllStages) missing.push("Pernyataan bersedia mengikuti seluruh tahapan seleksi belum dicentang.");
  if (!input.declarations.willingToReside) missing.push(input.wording?.resideMissing ?? "Pernyataan bersedia menetap belum dicentang.");
  const required = input.documents
    .filter((document) => document.requirement.dueStage === "REGISTRATION")
    .filter((document) => documentApplies(document.requirement.condition, input.applicability))
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
