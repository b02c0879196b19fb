// The application's status machine (ARCHITECTURE.md convention 5). Every write of Application.status
// goes through `transitionApplications` (transitions.ts), which checks each row's current status here,
// so an invalid move (e.g. submitting twice, or re-opening a rejected application) is refused with a
// clear code. Pure: pages, mutations and tests share it.
import { AppError } from "@/lib/errors";
import type { ApplicationStatus, Regime } from "@/lib/generated/prisma/enums";

const TRANSITIONS: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  DRAFT: ["SUBMITTED", "WITHDRAWN"],
  SUBMITTED: ["ADMIN_PASSED", "ADMIN_FAILED", "WITHDRAWN"],
  ADMIN_PASSED: ["IN_STAGES", "ADMIN_FAILED", "WITHDRAWN"],
  ADMIN_FAILED: ["ADMIN_PASSED"], // only through a published correction (objection accepted)
  IN_STAGES: ["SHORTLISTED", "NOT_SHORTLISTED", "WITHDRAWN"],
  SHORTLISTED: ["SELECTED", "NOT_SELECTED", "ANNULLED"], // annulled: the PPK's choice annulled before the result
  NOT_SHORTLISTED: [],
  SELECTED: ["ANNULLED", "WITHDRAWN"], // V.6: the PPK annuls the chosen candidate; CPNS: a selected participant withdraws
  NOT_SELECTED: ["SELECTED"], // chosen in the PPK's new choice after an annulment (a corrected final result)
  WITHDRAWN: [],
  ANNULLED: [],
};

export function canApplicationTransition(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** `registrationNumber` names the application in a bulk move, so the refusal says which one. */
export function assertApplicationTransition(from: ApplicationStatus, to: ApplicationStatus, registrationNumber?: string): void {
  if (!canApplicationTransition(from, to)) {
    const subject = registrationNumber ? `Status lamaran ${registrationNumber}` : "Status lamaran";
    throw new AppError("INVALID_TRANSITION", `${subject} tidak dapat diubah dari "${APPLICATION_STATUS_LABELS[from]}" menjadi "${APPLICATION_STATUS_LABELS[to]}".`);
  }
}

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  DRAFT: "Draf (belum dikirim)",
  SUBMITTED: "Terkirim, menunggu verifikasi",
  ADMIN_PASSED: "Memenuhi syarat administrasi",
  ADMIN_FAILED: "Tidak memenuhi syarat administrasi",
  IN_STAGES: "Mengikuti tahapan seleksi",
  SHORTLISTED: "Masuk tiga besar",
  NOT_SHORTLISTED: "Tidak masuk tiga besar",
  SELECTED: "Terpilih",
  NOT_SELECTED: "Tidak terpilih",
  WITHDRAWN: "Ditarik",
  ANNULLED: "Dibatalkan oleh PPK",
};

/**
 * What the stage statuses mean in a CPNS selection: the participants sit the SKD, the SKD announcement calls
 * those within the 3 × quota cut to the SKB (not "three names"; the others failed a threshold or fell outside
 * the cut), the final result passes them (no PPK choice), and a selected participant may withdraw.
 */
const CPNS_STATUS_LABELS: Partial<Record<ApplicationStatus, string>> = {
  IN_STAGES: "Peserta SKD",
  SHORTLISTED: "Lulus SKD, mengikuti SKB",
  NOT_SHORTLISTED: "Tidak lulus SKD / tidak mengikuti SKB",
  SELECTED: "Lulus hasil akhir",
  NOT_SELECTED: "Tidak lulus hasil akhir",
  WITHDRAWN: "Ditarik / mengundurkan diri",
  ANNULLED: "Kelulusan dibatalkan",
};

/** A CPNS participant selected in place of one who withdrew (the corrected final result of the formation). */
export const CPNS_REPLACEMENT_STATUS_LABEL = "Lulus hasil akhir (pengganti)";

/**
 * What the status alone does not say: the participant was selected as a replacement (an event on the
 * timeline), or the selection stands escalated to the supervising body (fewer qualified than the names to
 * propose), so "following the stages" would promise a next step that is not coming yet.
 */
export type ApplicationStatusFacts = { replacement?: boolean; escalated?: boolean };

/** An IN_STAGES participant while the selection is escalated (JPT: fewer than three qualified). */
export const ESCALATED_IN_STAGES_LABEL = "Seleksi dieskalasi kepada lembaga pengawas, menunggu keputusan lanjutan";

/**
 * The status in the words of the selection's regime (the regime is data of the selection, never its name),
 * for the applicant and the staff screens alike.
 */
export function applicationStatusLabel(status: ApplicationStatus, regime: Regime, facts: ApplicationStatusFacts = {}): string {
  if (regime === "CPNS" && status === "SELECTED" && facts.replacement) return CPNS_REPLACEMENT_STATUS_LABEL;
  if (status === "IN_STAGES" && facts.escalated) return ESCALATED_IN_STAGES_LABEL;
  return (regime === "CPNS" ? CPNS_STATUS_LABELS[status] : undefined) ?? APPLICATION_STATUS_LABELS[status];
}

/** Every status's label in the regime's words, for filters and counts. */
export function applicationStatusLabels(regime: Regime): Record<ApplicationStatus, string> {
  return Object.fromEntries((Object.keys(APPLICATION_STATUS_LABELS) as ApplicationStatus[]).map((status) => [status, applicationStatusLabel(status, regime)])) as Record<ApplicationStatus, string>;
}
