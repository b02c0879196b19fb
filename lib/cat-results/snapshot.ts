// The frozen content of a CPNS final-result announcement of one formation, stored in
// Announcement.snapshot when the chair publishes; the page and the PDF render from it alone, so a later
// correction of a score never changes a published result silently. Only what the guideline's
// announcement lists (IV.D.4.c.3: the position, the education qualification, the participant's number
// and name, the integrated score by rank) plus the per-stage scores, and the NIK masked.
import { z } from "zod";
import { formatScore } from "@/lib/ranking/labels";
import { maskNik } from "@/lib/identifiers/nik";

export const CPNS_RESULT_SNAPSHOT_VERSION = 1;

const rowSchema = z.object({
  /** Rank by the integrated score; null for an SKB participant without an SKB score. */
  rank: z.number().int().positive().nullable(),
  registrationNumber: z.string(),
  name: z.string(),
  nikMasked: z.string(),
  twk: z.string(),
  tiu: z.string(),
  tkp: z.string(),
  skd: z.string(),
  skb: z.string(),
  final: z.string(),
  label: z.string(),
});

export const cpnsResultSnapshotSchema = z.object({
  version: z.literal(CPNS_RESULT_SNAPSHOT_VERSION),
  /** The SKD result (who passes the thresholds and who is called to the SKB) or the final result of the formation. */
  type: z.enum(["CPNS_SKD_RESULT", "CPNS_FINAL_RESULT"]),
  title: z.string(),
  number: z.string(),
  date: z.string(),
  selection: z.object({ slug: z.string(), title: z.string() }),
  committee: z.object({ name: z.string(), address: z.string(), chairName: z.string(), place: z.string() }),
  formation: z.object({ id: z.string(), code: z.string(), title: z.string(), quota: z.number().int().positive(), education: z.array(z.string()) }),
  /** A corrected final result (a selected participant withdrew): the announcement it stands beside, and why. */
  corrects: z.object({ slug: z.string(), number: z.string().nullable(), reason: z.string() }).optional(),
  opening: z.string(),
  closing: z.string(),
  rows: z.array(rowSchema),
  /** How the integrated score and the ties were computed, and a tie across the quota when there is one. */
  notes: z.array(z.string()),
});

export type CpnsResultSnapshot = z.infer<typeof cpnsResultSnapshotSchema>;
export type CpnsResultRow = z.infer<typeof rowSchema>;

export function parseCpnsResultSnapshot(value: unknown): CpnsResultSnapshot | null {
  const parsed = cpnsResultSnapshotSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export const CPNS_PASSED_LABEL = "Lulus";
export const CPNS_NOT_PASSED_LABEL = "Tidak lulus";

export type CpnsResultCandidate = {
  registrationNumber: string;
  name: string;
  nik: string | null;
  skd: { twk: number; tiu: number; tkp: number; total: number };
  skb: number | null;
};

const finalFormat = new Intl.NumberFormat("id-ID", { minimumFractionDigits: 3, maximumFractionDigits: 3 });

/** A published row's identity (NIK masked) and SKD columns, shared by the SKD and the final result. */
function skdColumns(candidate: CpnsResultCandidate) {
  return {
      registrationNumber: candidate.registrationNumber,
      name: candidate.name,
      nikMasked: candidate.nik ? maskNik(candidate.nik) : "-",
      twk: formatScore(candidate.skd.twk),
      tiu: formatScore(candidate.skd.tiu),
      tkp: formatScore(candidate.skd.tkp),
      skd: formatScore(candidate.skd.total),
  };
}

/** The ranked SKB participants (rank, final, selected) and those without an SKB score, as published rows. */
export function buildCpnsResultRows(
  ranking: ReadonlyArray<{ candidate: CpnsResultCandidate; rank: number; final: number; isSelected: boolean }>,
  unranked: ReadonlyArray<{ candidate: CpnsResultCandidate; reason: string }>,
): CpnsResultRow[] {
  const row = (candidate: CpnsResultCandidate) => ({ ...skdColumns(candidate), skb: formatScore(candidate.skb) });
  return [
    ...ranking.map((entry) => ({ ...row(entry.candidate), rank: entry.rank, final: finalFormat.format(entry.final), label: entry.isSelected ? CPNS_PASSED_LABEL : CPNS_NOT_PASSED_LABEL })),
    ...unranked.map((entry) => ({ ...row(entry.candidate), rank: null, final: "-", label: `${CPNS_NOT_PASSED_LABEL} (${entry.reason.toLowerCase()})` })),
  ];
}

export function cpnsReplacementTitle(selectionTitle: string, formationTitle: string): string {
  return `Pengumuman Perubahan Hasil Akhir ${selectionTitle} Formasi ${formationTitle}`;
}

export function cpnsFinalTitle(selectionTitle: string, formationTitle: string): string {
  return `Pengumuman Hasil Akhir ${selectionTitle} Formasi ${formationTitle}`;
}

/** The guideline's wording (IV.D.4.c.3) for what the final announcement holds. */
export function cpnsFinalOpening(input: { selectionTitle: string; formationTitle: string; education: readonly string[]; quota: number }): string {
  const education = input.education.length > 0 ? ` dengan kualifikasi pendidikan ${input.education.join("/")}` : "";
  return (
    `Berdasarkan hasil integrasi antara hasil Seleksi Kompetensi Dasar dan hasil Seleksi Kompetensi Bidang ${input.selectionTitle}, ` +
    `diumumkan hasil akhir seleksi untuk jabatan ${input.formationTitle}${education} (kebutuhan ${input.quota} orang), ` +
    `memuat nomor peserta, nama peserta, nilai hasil integrasi antara Seleksi Kompetensi Dasar dan Seleksi Kompetensi Bidang yang disusun berdasarkan peringkat, ` +
    `serta nilai setiap tahap.`
  );
}

export const CPNS_FINAL_NOTES = [
  "Nilai akhir = 40% × (nilai SKD/500 × 100) + 60% × nilai SKB.",
  "Nilai akhir yang sama diurutkan menurut nilai total SKD, TKP, TIU, TWK, IPK, lalu usia yang lebih tua.",
  "NIK ditampilkan sebagian untuk melindungi data pribadi peserta.",
] as const;

export function cpnsFinalClosing(otherTerms: readonly string[]): string {
  const term = otherTerms.at(-1)?.trim();
  return `${term ? `${term}\n\n` : ""}Demikian pengumuman ini disampaikan untuk diketahui.`;
}

// ---------------------------------------------------------------- SKD result

export const CPNS_SKD_CALLED_LABEL = "Lulus SKD, mengikuti SKB";
export const CPNS_SKD_NOT_CALLED_LABEL = "Memenuhi nilai ambang batas, di luar peringkat peserta SKB";

const sameSkd = (a: CpnsResultCandidate["skd"], b: CpnsResultCandidate["skd"]) => a.total === b.total && a.tkp === b.tkp && a.tiu === b.tiu && a.twk === b.twk;

/**
 * The SKD result of a formation as published rows: those who meet the thresholds by SKD rank (equal on
 * total, TKP, TIU and TWK share a rank), called to the SKB or not, then those who miss a threshold with
 * the reason. No SKB or final score yet ("-").
 */
export function buildCpnsSkdRows(
  passed: ReadonlyArray<{ candidate: CpnsResultCandidate; calledToSkb: boolean }>,
  failed: ReadonlyArray<{ candidate: CpnsResultCandidate; reason: string }>,
): CpnsResultRow[] {
  const row = (candidate: CpnsResultCandidate) => ({ ...skdColumns(candidate), skb: "-", final: "-" });
  let rank = 0;
  return [
    ...passed.map((entry, index) => {
      if (index === 0 || !sameSkd(passed[index - 1]!.candidate.skd, entry.candidate.skd)) rank = index + 1;
      return { ...row(entry.candidate), rank, label: entry.calledToSkb ? CPNS_SKD_CALLED_LABEL : CPNS_SKD_NOT_CALLED_LABEL };
    }),
    ...failed.map((entry) => ({ ...row(entry.candidate), rank: null, label: `${CPNS_NOT_PASSED_LABEL} (${entry.reason.toLowerCase()})` })),
  ];
}

export function cpnsSkdTitle(selectionTitle: string, formationTitle: string): string {
  return `Pengumuman Hasil Seleksi Kompetensi Dasar ${selectionTitle} Formasi ${formationTitle}`;
}

/** The guideline's wording (V.C.3.c.4) for what the SKD announcement holds. */
export function cpnsSkdOpening(input: { selectionTitle: string; formationTitle: string; education: readonly string[]; quota: number; shortlistTarget: number }): string {
  const education = input.education.length > 0 ? ` dengan kualifikasi pendidikan ${input.education.join("/")}` : "";
  return (
    `Berdasarkan hasil Seleksi Kompetensi Dasar ${input.selectionTitle}, diumumkan hasil Seleksi Kompetensi Dasar untuk jabatan ${input.formationTitle}${education} ` +
    `(kebutuhan ${input.quota} orang), memuat nomor peserta, nama peserta, nilai hasil Seleksi Kompetensi Dasar yang disusun berdasarkan nilai ambang batas, peringkat, ` +
    `serta peserta yang berhak mengikuti Seleksi Kompetensi Bidang (paling banyak ${input.shortlistTarget} orang menurut peringkat nilai Seleksi Kompetensi Dasar).`
  );
}

export function cpnsSkdNotes(shortlistPerQuota: number): string[] {
  return [
    `Peserta SKB paling banyak ${shortlistPerQuota} × kebutuhan formasi menurut nilai total SKD; nilai sama di batas diurutkan menurut TKP, TIU, lalu TWK, dan peserta yang sama pada semua unsur diikutkan seluruhnya.`,
    "NIK ditampilkan sebagian untuk melindungi data pribadi peserta.",
  ];
}
