// The frozen content of the three-names announcement and of the final result, stored in
// Announcement.snapshot when the chair publishes; the page and the PDF render from it alone. Only
// public fields: registration number, name, masked NIP, vacancy, rank and final score (ranked order).
import { z } from "zod";
import { maskNip } from "@/lib/identifiers/nip";

export const DECISION_SNAPSHOT_VERSION = 1;

const rowSchema = z.object({
  no: z.number().int().positive(),
  registrationNumber: z.string(),
  name: z.string(),
  nipMasked: z.string(),
  /** Rank in the Pansel's ranking; null in an alphabetical list. */
  rank: z.number().int().positive().nullable(),
  /** Final score as printed ("84,250"); null in an alphabetical list. */
  final: z.string().nullable(),
  label: z.string(),
});

const vacancySchema = z.object({
  title: z.string(),
  quota: z.number().int().positive(),
  rows: z.array(rowSchema),
  /** E.g. the tie at the cut-off and how the Pansel handled it. */
  note: z.string().nullable(),
});

export const decisionSnapshotSchema = z.object({
  version: z.literal(DECISION_SNAPSHOT_VERSION),
  kind: z.enum(["SHORTLIST", "FINAL_RESULT"]),
  title: z.string(),
  number: z.string(),
  date: z.string(),
  order: z.enum(["RANKED", "ALPHABETICAL"]),
  selection: z.object({ slug: z.string(), title: z.string() }),
  committee: z.object({ name: z.string(), address: z.string(), chairName: z.string(), place: z.string() }),
  opening: z.string(),
  closing: z.string(),
  vacancies: z.array(vacancySchema),
  /** The weights and minimums the ranking used, with the date the chair confirmed them (absent in older snapshots). */
  weightsNote: z.string().optional(),
});

export type DecisionSnapshot = z.infer<typeof decisionSnapshotSchema>;
export type DecisionSnapshotRow = z.infer<typeof rowSchema>;
export type DecisionSnapshotVacancy = z.infer<typeof vacancySchema>;

export type SnapshotName = { registrationNumber: string; name: string; nip: string | null; rank: number | null; final: number | null; label: string };

const finalFormat = new Intl.NumberFormat("id-ID", { minimumFractionDigits: 3, maximumFractionDigits: 3 });

/** Ranked: by rank, then registration number. Alphabetical: by name (Indonesian collation), no rank or score. */
export function buildSnapshotVacancy(
  vacancy: { title: string; quota: number; note: string | null },
  names: readonly SnapshotName[],
  order: DecisionSnapshot["order"],
): DecisionSnapshotVacancy {
  const collator = new Intl.Collator("id", { sensitivity: "base" });
  const sorted = [...names].sort((a, b) =>
    order === "RANKED"
      ? (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || a.registrationNumber.localeCompare(b.registrationNumber)
      : collator.compare(a.name, b.name) || a.registrationNumber.localeCompare(b.registrationNumber),
  );
  return {
    title: vacancy.title,
    quota: vacancy.quota,
    note: vacancy.note,
    rows: sorted.map((name, index) => ({
      no: index + 1,
      registrationNumber: name.registrationNumber,
      name: name.name,
      nipMasked: name.nip ? maskNip(name.nip) : "-",
      rank: order === "RANKED" ? name.rank : null,
      final: order === "RANKED" && name.final !== null ? finalFormat.format(name.final) : null,
      label: name.label,
    })),
  };
}

export function parseDecisionSnapshot(value: unknown): DecisionSnapshot | null {
  const parsed = decisionSnapshotSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
