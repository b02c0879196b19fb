import "server-only";
// The steps recorded after the chair's proposal, per vacancy (steps.ts): the PPK's approval, the report
// to BKN and its recommendation (letters stored through the one checked-upload path), the PPK's
// choice, and the PPK's annulment of that choice (V.6: the chosen candidate gave false information). Each
// asks its own permission on this selection, checks its order under the per-selection lock and writes its
// audit row.
import { requireSelectionAccess } from "@/lib/auth/selection-access";
import { transitionApplications } from "@/lib/applications/transitions";
import { writeAudit, type AuditAction } from "@/lib/audit";
import { now as clockNow } from "@/lib/clock";
import { Prisma, prisma } from "@/lib/db";
import { storeCheckedUpload, type CheckedUpload } from "@/lib/documents/checked-upload";
import { AppError } from "@/lib/errors";
import { lockSelection } from "@/lib/selections/transitions";
import { recordStepSchema } from "@/lib/validation/decisions";
import { parseOrThrow } from "@/lib/validation/parse";
import { findDecisionTarget } from "./queries";
import { settleSelectionStatus } from "./selection-status";
import { annulledApplicationIds, assertDecisionTransition, currentChoiceId, currentProposal, STEP_RULES, type ProposalData, type RecordedStep, type StepData } from "./steps";

type Meta = { actorId: string; ip?: string | null; now?: Date };

export const DECISION_DOCUMENT_MAX_BYTES = 5 * 1024 * 1024;

const STEP_AUDIT: Record<RecordedStep, AuditAction> = {
  PPK_APPROVED_SHORTLIST: "decision.approve_shortlist",
  REPORTED_TO_BKN: "decision.report_bkn",
  BKN_RECOMMENDATION: "decision.bkn_recommendation",
  PPK_CHOICE: "decision.ppk_choice",
  CHOICE_ANNULLED: "decision.annul_choice",
};

/** A decision letter through the one checked-upload path: PDF only, at most 5 MB. */
async function storeLetter(selectionId: string, file: File): Promise<CheckedUpload> {
  return storeCheckedUpload(file, {
    acceptedTypes: ["application/pdf"],
    maxSizeBytes: DECISION_DOCUMENT_MAX_BYTES,
    keyPrefix: ["selections", selectionId, "keputusan"],
    fileName: file.name,
    fallbackFileName: "surat.pdf",
  });
}

export async function recordDecisionStep(
  input: Meta & {
    slug: string;
    vacancyId: string;
    step: RecordedStep;
    note?: string | null;
    letterNumber?: string | null;
    applicationId?: string | null;
    file?: File | null;
  },
): Promise<{ decisionId: string }> {
  const parsed = parseOrThrow(recordStepSchema, {
    slug: input.slug,
    vacancyId: input.vacancyId,
    step: input.step,
    note: input.note ?? undefined,
    letterNumber: input.letterNumber ?? undefined,
    applicationId: input.applicationId ?? undefined,
    file: input.file ?? undefined,
  });
  const { selectionId } = await findDecisionTarget(input.slug, input.vacancyId);
  // The step's permission on this selection: PPK steps for the PPK, BKN steps for a seat on this selection's Pansel.
  await requireSelectionAccess({ actorId: input.actorId, selectionId, permission: STEP_RULES[input.step].permission, refusal: "Anda tidak berwenang mencatat langkah ini untuk seleksi ini." });
  const rule = STEP_RULES[input.step];
  const file = parsed.file && parsed.file.size > 0 ? parsed.file : null;
  if (rule.document === "REQUIRED" && !file) throw new AppError("VALIDATION", "Unggah surat untuk langkah ini.", { file: `${rule.documentLabel} wajib diunggah (PDF)` });

  // The letter is stored before the transaction and removed again if the step is refused.
  const stored = file ? await storeLetter(selectionId, file) : null;
  let outcome: { decisionId: string; notificationIds: string[] };
  try {
    outcome = await prisma.$transaction(async (tx) => {
      await lockSelection(tx, selectionId);
      // In recorded order: an annulment starts a new round of the PPK's choice (steps.ts, currentRound).
      const decisions = await tx.selectionDecision.findMany({ where: { selectionId, vacancyId: input.vacancyId }, orderBy: { createdAt: "asc" }, select: { kind: true, data: true } });
      const kinds = decisions.map((decision) => decision.kind);
      assertDecisionTransition(kinds, input.step);
      const data: StepData = { note: parsed.note || null, letterNumber: parsed.letterNumber || null, ...(stored ? { file: { name: stored.fileName, sizeBytes: stored.sizeBytes, sha256: stored.sha256 } } : {}) };
      const notificationIds: string[] = [];
      if (input.step === "PPK_CHOICE") {
        const proposal = currentProposal(decisions)?.data as ProposalData | undefined;
        const chosen = proposal?.names.find((name) => name.applicationId === input.applicationId);
        if (!chosen) throw new AppError("VALIDATION", "Pilih salah satu nama yang diusulkan Pansel.", { applicationId: "Pilih salah satu dari tiga nama" });
        if (annulledApplicationIds(decisions).has(chosen.applicationId)) {
          throw new AppError("VALIDATION", "Pilihan atas nama ini telah dibatalkan PPK.", { applicationId: "Pilih nama lain yang belum dibatalkan" });
        }
        data.applicationId = chosen.applicationId;
      }
      if (input.step === "CHOICE_ANNULLED") {
        // The annulment concerns the current choice; the candidate is told, with the reason.
        const annulled = currentChoiceId(decisions);
        if (!annulled) throw new AppError("INVALID_TRANSITION", "Belum ada nama yang dipilih PPK untuk dibatalkan.");
        data.applicationId = annulled;
        const moved = await transitionApplications(tx, [annulled], {
          to: "ANNULLED",
          actorId: input.actorId,
          ip: input.ip,
          audit: { action: "application.annul_choice", after: () => ({ vacancyId: input.vacancyId, reason: data.note }) },
          event: () => ({
            kind: "choice.annulled",
            message: `Pejabat Pembina Kepegawaian membatalkan penetapan Anda sebagai calon terpilih. Alasan: ${data.note ?? "-"}`,
            notifyTitle: "Penetapan calon terpilih dibatalkan",
          }),
        });
        notificationIds.push(...moved.notificationIds);
      }
      const decision = await tx.selectionDecision.create({
        data: {
          selectionId,
          vacancyId: input.vacancyId,
          kind: input.step,
          actorId: input.actorId,
          note: data.note,
          storageKey: stored?.key ?? null,
          data: data as unknown as Prisma.InputJsonValue,
          createdAt: input.now ?? clockNow(),
        },
        select: { id: true },
      });
      await writeAudit(tx, {
        actorId: input.actorId,
        action: STEP_AUDIT[input.step],
        entityType: "SelectionDecision",
        entityId: decision.id,
        after: { vacancyId: input.vacancyId, step: input.step, ...data },
        ip: input.ip,
      });
      // The PPK's choice for the last vacancy still in the flow makes the selection DECIDED; an annulment
      // sends it back (IN_PROGRESS) until the new choice.
      await settleSelectionStatus(tx, { selectionId, actorId: input.actorId, ip: input.ip, cause: STEP_AUDIT[input.step] });
      return { decisionId: decision.id, notificationIds };
    });
  } catch (error) {
    await stored?.discard();
    throw error;
  }
  return { decisionId: outcome.decisionId };
}
