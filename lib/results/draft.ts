// What stands between the secretariat's decisions and a publishable result (the draft list before publishing). Pure.
import type { AdminDecisionState } from "./admin-decision";

export type DraftEntry = {
  id: string;
  registrationNumber: string;
  name: string;
  state: AdminDecisionState;
  reasons: readonly string[];
};

export type Blocker = { applicationId: string; registrationNumber: string; name: string; message: string };

export function blockerMessage(entry: DraftEntry): string | null {
  switch (entry.state) {
    case "UNDECIDED":
      return "belum diputuskan";
    case "AWAITING_SECOND_CHECK":
      return "keputusan TMS belum dikonfirmasi anggota Sekretariat kedua";
    case "DECIDED_TMS":
      // The applicant must read the reason of every failed item; a TMS without one is not publishable.
      return entry.reasons.length === 0 ? "keputusan TMS belum memuat alasan" : null;
    case "DECIDED_MS":
      return null;
  }
}

export function blockersOf(entries: readonly DraftEntry[]): Blocker[] {
  const blockers: Blocker[] = [];
  for (const entry of entries) {
    const message = blockerMessage(entry);
    if (message) blockers.push({ applicationId: entry.id, registrationNumber: entry.registrationNumber, name: entry.name, message });
  }
  return blockers;
}

export function describeBlocker(blocker: Blocker): string {
  return `${blocker.registrationNumber} (${blocker.name}): ${blocker.message}`;
}
