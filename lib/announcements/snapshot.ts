// What a published announcement lists, read from its frozen snapshot: an administrative result (or
// its correction), the three names / final result, or a CPNS formation's final result. The page and
// the PDF route decide the same way.
import { parseDecisionSnapshot, type DecisionSnapshot } from "@/lib/decisions/snapshot";
import { parseResultSnapshot, type ResultSnapshot } from "@/lib/results/snapshot";
import { parseCpnsResultSnapshot, type CpnsResultSnapshot } from "@/lib/cat-results/snapshot";

export type AnnouncementList =
  | { type: "result"; snapshot: ResultSnapshot }
  | { type: "decision"; snapshot: DecisionSnapshot }
  | { type: "cpns"; snapshot: CpnsResultSnapshot };

export function readPublishedList(snapshot: unknown): AnnouncementList | null {
  const result = parseResultSnapshot(snapshot);
  if (result) return { type: "result", snapshot: result };
  const decision = parseDecisionSnapshot(snapshot);
  if (decision) return { type: "decision", snapshot: decision };
  const cpns = parseCpnsResultSnapshot(snapshot);
  return cpns ? { type: "cpns", snapshot: cpns } : null;
}
