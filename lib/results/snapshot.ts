// The frozen list of a published administrative result. Built once when the chair publishes (or a
// correction is published) and stored in Announcement.snapshot; the page and the PDF render only from
// it. By construction it holds what may be public and nothing else: no reasons, no NIK, no full NIP,
// no birth date, no address.
//
// Order (documented in DECISIONS.md): by vacancy (the selection's order), then by registration number,
// which is the order of registration within a vacancy. The list is neither ranked nor grouped by
// result, so a reader finds a participant by number and the order says nothing about anyone.
import { z } from "zod";
import { maskNip } from "@/lib/identifiers/nip";

export const RESULT_CODES = ["MS", "TMS"] as const;
export type ResultCode = (typeof RESULT_CODES)[number];

export const RESULT_LABELS: Record<ResultCode, string> = {
  MS: "Memenuhi Syarat",
  TMS: "Tidak Memenuhi Syarat",
};

export const SNAPSHOT_VERSION = 1;

const rowSchema = z.object({
  no: z.number().int().positive(),
  registrationNumber: z.string(),
  name: z.string(),
  nipMasked: z.string(),
  vacancy: z.string(),
  result: z.enum(RESULT_CODES),
  resultLabel: z.string(),
});

const changeSchema = z.object({
  registrationNumber: z.string(),
  name: z.string(),
  from: z.enum(RESULT_CODES),
  to: z.enum(RESULT_CODES),
});

export const resultSnapshotSchema = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  kind: z.enum(["ADMIN_RESULT", "CORRECTION"]),
  title: z.string(),
  number: z.string(),
  /** The signing date printed on the announcement, `YYYY-MM-DD`. */
  date: z.string(),
  selection: z.object({ slug: z.string(), title: z.string() }),
  committee: z.object({ name: z.string(), address: z.string(), chairName: z.string(), place: z.string() }),
  opening: z.string(),
  closing: z.string(),
  rows: z.array(rowSchema),
  totals: z.object({ participants: z.number().int(), ms: z.number().int(), tms: z.number().int() }),
  /** Last day (WIB) of the objection period, when objections are open for this result. */
  objectionLastDay: z.string().nullable(),
  corrects: z.object({ slug: z.string(), number: z.string(), title: z.string() }).nullable(),
  /** An addendum (the applications sent after registration was reopened): the result it adds to. Absent before #15. */
  supplements: z.object({ slug: z.string(), number: z.string(), title: z.string() }).nullable().default(null),
  changes: z.array(changeSchema),
});

export type ResultSnapshot = z.infer<typeof resultSnapshotSchema>;
export type ResultSnapshotRow = z.infer<typeof rowSchema>;
export type ResultChange = z.infer<typeof changeSchema>;

export type SnapshotParticipant = {
  registrationNumber: string;
  name: string;
  nip: string | null;
  vacancyTitle: string;
  vacancyOrder: number;
  result: ResultCode;
};

export type SnapshotHeader = Omit<ResultSnapshot, "version" | "rows" | "totals" | "changes" | "supplements"> & { supplements?: ResultSnapshot["supplements"] };

function compareParticipants(a: SnapshotParticipant, b: SnapshotParticipant): number {
  if (a.vacancyOrder !== b.vacancyOrder) return a.vacancyOrder - b.vacancyOrder;
  if (a.vacancyTitle !== b.vacancyTitle) return a.vacancyTitle < b.vacancyTitle ? -1 : 1;
  return a.registrationNumber < b.registrationNumber ? -1 : a.registrationNumber > b.registrationNumber ? 1 : 0;
}

function totalsOf(rows: readonly ResultSnapshotRow[]): ResultSnapshot["totals"] {
  const ms = rows.filter((row) => row.result === "MS").length;
  return { participants: rows.length, ms, tms: rows.length - ms };
}

/** Masks, orders and numbers the participants; only the whitelisted fields are copied. */
export function buildSnapshotRows(participants: readonly SnapshotParticipant[]): ResultSnapshotRow[] {
  return [...participants].sort(compareParticipants).map((participant, index) => ({
    no: index + 1,
    registrationNumber: participant.registrationNumber,
    name: participant.name,
    nipMasked: participant.nip ? maskNip(participant.nip) : "-",
    vacancy: participant.vacancyTitle,
    result: participant.result,
    resultLabel: RESULT_LABELS[participant.result],
  }));
}

export function buildResultSnapshot(header: SnapshotHeader, participants: readonly SnapshotParticipant[]): ResultSnapshot {
  const rows = buildSnapshotRows(participants);
  return { version: SNAPSHOT_VERSION, ...header, supplements: header.supplements ?? null, rows, totals: totalsOf(rows), changes: [] };
}

/**
 * A correction starts from the result in force, not from today's database: only the rows of the
 * accepted objections change, everything else (names, order, numbering) stays as published.
 */
export function buildCorrectionSnapshot(
  previous: ResultSnapshot,
  header: SnapshotHeader,
  corrected: ReadonlyMap<string, ResultCode>,
): ResultSnapshot {
  const changes: ResultChange[] = [];
  const rows = previous.rows.map((row) => {
    const next = corrected.get(row.registrationNumber);
    if (!next || next === row.result) return { ...row };
    changes.push({ registrationNumber: row.registrationNumber, name: row.name, from: row.result, to: next });
    return { ...row, result: next, resultLabel: RESULT_LABELS[next] };
  });
  return { version: SNAPSHOT_VERSION, ...header, supplements: previous.supplements ?? null, rows, totals: totalsOf(rows), changes };
}

/** Reads a stored snapshot; anything that is not a result snapshot gives null. */
export function parseResultSnapshot(value: unknown): ResultSnapshot | null {
  const parsed = resultSnapshotSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
