// A JPT selection that escalated for want of qualified candidates, with its first administrative result on record
// (#15 item 3): two candidates passed a real published result, were scored in the interview (the only stage) and
// the chair escalated with the option to reopen registration. The reopening itself, the new applicants and what
// follows are the specs' own steps; the helpers below write the parts a spec does not test through its screens.
import { prisma } from "@/lib/db";
import { createApplication } from "@/lib/applications/mutations";
import { escalateVacancy } from "@/lib/decisions/propose";
import { decideAdministration, setDocumentVerdict } from "@/lib/verification/mutations";
import { attachAllRegistrationDocuments, cloneDemoApplicant, unusedNip } from "./applications";
import { createScoringSelection, scoreInterviewAndClose, type ScoringSelection } from "./scoring";

export const FIRST_ROUND_CANDIDATES = ["Indra Wijaya, S.H.", "Joko Santoso, S.E."];
export const FIRST_RESULT_NUMBER_PREFIX = "05/HASIL-ADM/UJI";

export async function createEscalatedSelection(ip = "127.0.0.1"): Promise<ScoringSelection & { firstResultNumber: string }> {
  const firstResultNumber = `${FIRST_RESULT_NUMBER_PREFIX}/${Date.now().toString(36)}`;
  const selection = await createScoringSelection({
    candidates: FIRST_ROUND_CANDIDATES,
    registrationStage: true,
    administrativeResult: { number: firstResultNumber, date: "2025-10-10", now: new Date("2025-10-10T03:00:00Z") },
  });
  await scoreInterviewAndClose(selection, (index) => 80 - index * 5, ip);
  await escalateVacancy({
    actorId: selection.chairId,
    slug: selection.slug,
    vacancyId: selection.vacancyIds[0]!,
    option: "REOPEN",
    note: "Hanya dua peserta memenuhi syarat; diusulkan membuka kembali pendaftaran.",
    ip,
    // Dated before the e2e server's clock (2025-10-28): the decisions are read in recorded order, and the
    // reopening the server records must come after the escalation.
    now: new Date("2025-10-20T03:00:00Z"),
  });
  return { ...selection, firstResultNumber };
}

/**
 * A new applicant (a copy of the demo applicant's CV, e-mail verified) with a draft for the selection's vacancy and
 * every registration document stored, created at `now` (inside the reopened window on the server's clock).
 */
export async function addDraftApplicant(selection: ScoringSelection, options: { name: string; now: Date }) {
  const tag = `${selection.slug}-${Math.random().toString(36).slice(2, 8)}`;
  const email = `${tag}@uji.seleksi.id`;
  const userId = await cloneDemoApplicant("pelamar@demo.seleksi.id", email, await unusedNip("197203152000031"), options.name);
  await prisma.user.update({ where: { id: userId }, data: { emailVerifiedAt: new Date() } });
  const { applicationId, registrationNumber } = await createApplication({
    userId,
    vacancyId: selection.vacancyIds[0]!,
    declarations: { willingAllStages: true, willingToReside: true, noMppStatement: false },
    ip: null,
    now: options.now,
  });
  await attachAllRegistrationDocuments(applicationId, userId);
  return { userId, email, applicationId, registrationNumber };
}

/** The secretariat's work on a sent application: every document meets, the application MS (lib/verification). */
export async function verifyAsMeeting(selection: ScoringSelection, applicationId: string): Promise<void> {
  const documents = await prisma.document.findMany({ where: { applicationId, currentVersionId: { not: null } }, select: { id: true } });
  for (const document of documents) {
    await setDocumentVerdict({ actorId: selection.secretariatId, documentId: document.id, verdict: "MEETS", ip: null });
  }
  await decideAdministration({ actorId: selection.secretariatId, applicationId, decision: "MS", reasons: [], ip: null });
}
