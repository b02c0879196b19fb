import "server-only";
// The chair of a CPNS selection imports the CAT result file of the SKD or the SKB: a preview shows every
// row (new, unchanged, changed, or an error with its line) and stores nothing; the import parses and
// checks the same bytes again under the selection's lock and is all-or-nothing. Importing the same file
// again changes nothing and writes nothing; a corrected file replaces the rows it changes, with one audit
// row per change (before and after). Who may get a result is data of the application: an SKD result needs
// the administrative selection passed; an SKB result a place in the formation's SKB shortlist, which
// `rankCpns` computes from the stored SKD results.
import { createHash } from "node:crypto";
import { transitionApplications } from "@/lib/applications/transitions";
import { writeAuditMany, type AuditEntry } from "@/lib/audit";
import { requireSelectionAccess } from "@/lib/auth/selection-access";
import { parseCatFile, type CatFile, type SkbFileRow, type SkdFileRow } from "@/lib/cat-results/file";
import { loadCatFormations, skdAnnouncedFormations, SKD_STATUSES } from "@/lib/cat-results/queries";
import { skbFinalScore } from "@/lib/cat-results/ranking";
import { catImportRefusal, CPNS_WITHDRAWAL_EVENT, cpnsFinalSlug, cpnsWithdrawalEventMessage, skbBeforeSkdAnnouncement, SKD_LOCKED_BY_SKB } from "@/lib/cat-results/texts";
import { now as clockNow } from "@/lib/clock";
import { Prisma, prisma, type TransactionClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { startScoring } from "@/lib/scoring/stage-transitions";
import { lockSelection } from "@/lib/selections/transitions";
import { catImportSchema, cpnsWithdrawalSchema, type CpnsWithdrawalData } from "@/lib/validation/cat-results";
import { recordApplicationEvents } from "@/lib/notifications";
import { parseOrThrow } from "@/lib/validation/parse";

const CHAIR_ONLY = "Hanya Ketua Pansel seleksi ini yang dapat mengimpor hasil CAT.";

export type CatTest = "SKD" | "SKB";
export type CatRowStatus = "NEW" | "UNCHANGED" | "CHANGED" | "ERROR";

/** The values a row stores: SKD subtests, or the SKB scores (final computed with the additional test's weight). */
export type CatValues =
  | { test: "SKD"; twk: number; tiu: number; tkp: number; total: number }
  | { test: "SKB"; cat: number; additional: number | null; additionalWeight: number | null; final: number };

export type CatPreviewRow = {
  rowNumber: number;
  registrationNumber: string;
  nameInFile: string | null;
  applicantName: string | null;
  formation: string | null;
  values: CatValues | null;
  /** What is stored today, when the row would change it. */
  stored: CatValues | null;
  status: CatRowStatus;
  errors: string[];
};

export type CatPreview = {
  test: CatTest;
  stageName: string;
  fileName: string;
  sha256: string;
  rows: CatPreviewRow[];
  newCount: number;
  changedCount: number;
  unchangedCount: number;
  errorRowCount: number;
  /** Candidates of the stage without a row in the file (and without a stored result). */
  missing: Array<{ registrationNumber: string; name: string }>;
};

export type CatImportOutcome = { test: CatTest; created: number; changed: number; unchanged: number };

type FileInput = { actorId: string; stageId: string; fileName: string; content: Uint8Array; additionalWeight?: number | null };

const fileFieldsSchema = catImportSchema.pick({ stageId: true, fileName: true, additionalWeight: true });

type CatStageRow = { id: string; selectionId: string; kind: CatTest; name: string; status: string; regime: string };

async function findCatStage(db: TransactionClient, stageId: string): Promise<CatStageRow> {
  const stage = await db.stage.findUnique({ where: { id: stageId }, select: { id: true, selectionId: true, kind: true, name: true, status: true, selection: { select: { regime: true } } } });
  if (!stage) throw new AppError("NOT_FOUND", "Tahap seleksi tidak ditemukan.");
  // Narrowed to SKD/SKB by `authoriseChair` before any use of the kind.
  return { id: stage.id, selectionId: stage.selectionId, kind: stage.kind as CatTest, name: stage.name, status: stage.status, regime: stage.selection.regime };
}

/** The chair of the stage's selection (NOT_FOUND without a seat, FORBIDDEN for another seat), then the stage's own checks. */
async function authoriseChair(actorId: string, stageId: string): Promise<CatStageRow> {
  const stage = await findCatStage(prisma, stageId);
  await requireSelectionAccess({ actorId, selectionId: stage.selectionId, permission: "manage:scoring", refusal: CHAIR_ONLY });
  // Branch on the regime and the stage's kind (data), never on a selection's name.
  if (stage.regime !== "CPNS" || (stage.kind !== "SKD" && stage.kind !== "SKB")) {
    throw new AppError("INVALID_TRANSITION", `Tahap "${stage.name}" bukan tahap SKD atau SKB seleksi CPNS; hasil CAT tidak dapat diimpor ke sini.`);
  }
  return stage;
}

async function requireOpenForImport(db: TransactionClient, stage: CatStageRow): Promise<void> {
  const current = await findCatStage(db, stage.id);
  const selection = await db.selection.findUniqueOrThrow({ where: { id: stage.selectionId }, select: { status: true } });
  const refusal = catImportRefusal(selection.status);
  if (refusal) throw new AppError("INVALID_TRANSITION", refusal);
  if (current.status === "CLOSED") throw new AppError("LOCKED", `Tahap "${stage.name}" sudah ditutup; hasil CAT tidak dapat diimpor lagi.`);
  if (stage.kind === "SKD") {
    // The SKB shortlist is read from the SKD results: once an SKB result exists, the SKD is settled.
    const skb = await db.skbResult.count({ where: { application: { selectionId: stage.selectionId } } });
    if (skb > 0) throw new AppError("LOCKED", SKD_LOCKED_BY_SKB);
  }
}

/** Applications that may hold an SKB result: in the stages, called to the SKB, or settled by the final result. */
const SKB_STATUSES: readonly ApplicationStatus[] = ["ADMIN_PASSED", "IN_STAGES", "SHORTLISTED", "SELECTED", "NOT_SELECTED"];

type Candidate = {
  id: string;
  registrationNumber: string;
  status: ApplicationStatus;
  name: string;
  formation: string;
  eligible: boolean;
  /** The formation's SKD result is published: its SKD scores are settled, its SKB may be imported. */
  skdAnnounced: boolean;
  stored: CatValues | null;
};

/** Every application of the selection named in the file or eligible for the stage, with its stored result. */
async function loadCandidates(db: TransactionClient, stage: CatStageRow, numbers: readonly string[]): Promise<Candidate[]> {
  const applications = await db.application.findMany({
    where: { selectionId: stage.selectionId, OR: [{ registrationNumber: { in: [...numbers] } }, { status: { in: [...(stage.kind === "SKD" ? SKD_STATUSES : SKB_STATUSES)] } }] },
    select: {
      id: true,
      registrationNumber: true,
      status: true,
      vacancy: { select: { id: true, title: true } },
      applicant: { select: { name: true, profile: { select: { fullName: true } } } },
      skdResult: { select: { twk: true, tiu: true, tkp: true, total: true } },
      skbResult: { select: { catScore: true, additionalScore: true, additionalWeight: true, finalScore: true } },
    },
  });
  const announced = await skdAnnouncedFormations(db, stage.selectionId);
  let shortlisted = new Set<string>();
  if (stage.kind === "SKB") {
    const formations = await loadCatFormations(db, stage.selectionId);
    shortlisted = new Set(formations.flatMap((formation) => formation.result.skbShortlist));
  }
  return applications.map((application) => {
    const skd = application.skdResult;
    const skb = application.skbResult;
    const stored: CatValues | null =
      stage.kind === "SKD"
        ? skd && { test: "SKD", twk: skd.twk.toNumber(), tiu: skd.tiu.toNumber(), tkp: skd.tkp.toNumber(), total: skd.total.toNumber() }
        : skb && {
            test: "SKB",
            cat: skb.catScore.toNumber(),
            additional: skb.additionalScore?.toNumber() ?? null,
            additionalWeight: skb.additionalWeight?.toNumber() ?? null,
            final: skb.finalScore.toNumber(),
          };
    const isAdminPassed = SKD_STATUSES.includes(application.status);
    return {
      id: application.id,
      registrationNumber: application.registrationNumber,
      status: application.status,
      name: application.applicant.profile?.fullName ?? application.applicant.name,
      formation: application.vacancy.title,
      skdAnnounced: announced.has(application.vacancy.id),
      // An SKB result (or its correction, after the result) for a participant of the SKB shortlist still in the selection.
      eligible: stage.kind === "SKD" ? isAdminPassed : SKB_STATUSES.includes(application.status) && shortlisted.has(application.id),
      stored,
    };
  });
}

function valuesOf(file: CatFile, row: SkdFileRow | SkbFileRow, additionalWeight: number | null): CatValues | null {
  if (row.errors.length > 0) return null;
  if (file.test === "SKD") {
    const skd = row as SkdFileRow;
    if (skd.twk === null || skd.tiu === null || skd.tkp === null) return null;
    return { test: "SKD", twk: skd.twk, tiu: skd.tiu, tkp: skd.tkp, total: skd.twk + skd.tiu + skd.tkp };
  }
  const skb = row as SkbFileRow;
  if (skb.cat === null) return null;
  const additional = skb.additional !== null && additionalWeight !== null ? { score: skb.additional, weight: additionalWeight } : null;
  return { test: "SKB", cat: skb.cat, additional: additional?.score ?? null, additionalWeight: additional?.weight ?? null, final: skbFinalScore(skb.cat, additional) };
}

function sameValues(a: CatValues, b: CatValues): boolean {
  if (a.test === "SKD" && b.test === "SKD") return a.twk === b.twk && a.tiu === b.tiu && a.tkp === b.tkp;
  if (a.test === "SKB" && b.test === "SKB") return a.cat === b.cat && a.additional === b.additional && a.additionalWeight === b.additionalWeight;
  return false;
}

function checkFileShape(file: CatFile, additionalWeight: number | null): void {
  if (file.test !== "SKB") return;
  if (file.hasAdditionalColumn && additionalWeight === null) {
    throw new AppError("VALIDATION", "Berkas memuat kolom tes tambahan: isi bobot tes tambahan (paling tinggi 40%).", { additionalWeight: "Isi bobot tes tambahan" });
  }
  if (!file.hasAdditionalColumn && additionalWeight !== null) {
    throw new AppError("VALIDATION", "Bobot tes tambahan diisi, tetapi berkas tidak memuat kolom tes_tambahan.", { additionalWeight: "Kosongkan bobot atau tambahkan kolom tes_tambahan" });
  }
}

function checkRows(stage: CatStageRow, file: CatFile, candidates: readonly Candidate[], additionalWeight: number | null) {
  const byNumber = new Map(candidates.map((candidate) => [candidate.registrationNumber.toUpperCase(), candidate]));
  const inFile = new Set<string>();
  const rows = file.rows.map((row): CatPreviewRow & { applicationId: string | null } => {
    const errors = [...row.errors];
    const at = `Baris ${row.rowNumber}`;
    const number = row.registrationNumber;
    const candidate = number === "" ? undefined : byNumber.get(number);
    if (number !== "") inFile.add(number);
    if (number !== "" && !candidate) errors.push(`${at}: nomor peserta ${number} tidak terdaftar pada seleksi ini`);
    else if (candidate && stage.kind === "SKD" && candidate.skdAnnounced) {
      errors.push(`${at}: hasil SKD formasi ${candidate.formation} sudah diumumkan; nilai SKD peserta ${number} tidak dapat diubah`);
    } else if (candidate && !candidate.eligible) {
      errors.push(
        stage.kind === "SKD"
          ? `${at}: peserta ${number} tidak mengikuti SKD (belum/tidak lulus seleksi administrasi)`
          : `${at}: peserta ${number} tidak termasuk peserta SKB formasi ${candidate.formation}`,
      );
    } else if (candidate && stage.kind === "SKB" && !candidate.skdAnnounced) {
      errors.push(`${at}: ${skbBeforeSkdAnnouncement(candidate.formation)}`);
    }
    const values = errors.length === 0 ? valuesOf(file, row, additionalWeight) : null;
    const stored = candidate?.stored ?? null;
    const status: CatRowStatus = errors.length > 0 || !values ? "ERROR" : !stored ? "NEW" : sameValues(values, stored) ? "UNCHANGED" : "CHANGED";
    return {
      rowNumber: row.rowNumber,
      registrationNumber: number,
      nameInFile: row.name,
      applicantName: candidate?.name ?? null,
      formation: candidate?.formation ?? null,
      values,
      stored: status === "CHANGED" ? stored : null,
      status,
      errors,
      applicationId: status === "ERROR" ? null : (candidate?.id ?? null),
    };
  });
  const missing = candidates
    // Expected now: SKD of formations not yet announced, SKB of formations announced.
    .filter((candidate) => candidate.eligible && candidate.skdAnnounced === (stage.kind === "SKB") && candidate.stored === null && !inFile.has(candidate.registrationNumber.toUpperCase()))
    .sort((a, b) => a.registrationNumber.localeCompare(b.registrationNumber))
    .map((candidate) => ({ registrationNumber: candidate.registrationNumber, name: candidate.name }));
  return { rows, missing };
}

async function prepare(db: TransactionClient, stage: CatStageRow, file: CatFile, additionalWeight: number | null) {
  checkFileShape(file, additionalWeight);
  const numbers = [...new Set(file.rows.map((row) => row.registrationNumber).filter((number) => number !== ""))];
  return checkRows(stage, file, await loadCandidates(db, stage, numbers), additionalWeight);
}

function sha256Of(content: Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

/** What an import of this file would do, row by row. Stores nothing. */
export async function previewCatImport(input: FileInput): Promise<CatPreview> {
  const fields = parseOrThrow(fileFieldsSchema, { stageId: input.stageId, fileName: input.fileName, additionalWeight: input.additionalWeight ?? null });
  const stage = await authoriseChair(input.actorId, fields.stageId);
  await requireOpenForImport(prisma, stage);
  const file = await parseCatFile(stage.kind, fields.fileName, input.content);
  const checked = await prepare(prisma, stage, file, fields.additionalWeight);
  const rows = checked.rows.map(({ applicationId: _applicationId, ...row }) => row);
  const count = (status: CatRowStatus) => rows.filter((row) => row.status === status).length;
  return {
    test: stage.kind,
    stageName: stage.name,
    fileName: fields.fileName,
    sha256: sha256Of(input.content),
    rows,
    newCount: count("NEW"),
    changedCount: count("CHANGED"),
    unchangedCount: count("UNCHANGED"),
    errorRowCount: count("ERROR"),
    missing: checked.missing,
  };
}

const decimal = (value: number) => new Prisma.Decimal(value.toFixed(3));

/** The rows stored or replaced, one audit row per change, in one transaction; any bad row refuses all. */
export async function importCatResults(input: FileInput & { ip?: string | null; now?: Date }): Promise<CatImportOutcome> {
  const fields = parseOrThrow(fileFieldsSchema, { stageId: input.stageId, fileName: input.fileName, additionalWeight: input.additionalWeight ?? null });
  const chairStage = await authoriseChair(input.actorId, fields.stageId);
  const file = await parseCatFile(chairStage.kind, fields.fileName, input.content);
  const sha256 = sha256Of(input.content);
  const importedAt = input.now ?? clockNow();

  return prisma.$transaction(
    async (tx) => {
      await lockSelection(tx, chairStage.selectionId);
      await requireOpenForImport(tx, chairStage);
      const checked = await prepare(tx, chairStage, file, fields.additionalWeight);
      const bad = checked.rows.filter((row) => row.status === "ERROR");
      if (bad.length > 0) {
        throw new AppError(
          "VALIDATION",
          `Impor dibatalkan: ${bad.length} baris bergalat. Tidak ada nilai yang disimpan; perbaiki berkas lalu ulangi.`,
          Object.fromEntries(bad.map((row) => [`baris.${row.rowNumber}`, row.errors.join("; ")])),
        );
      }
      const changes = checked.rows.filter((row) => row.status === "NEW" || row.status === "CHANGED");
      const source = { fileName: fields.fileName, fileSha256: sha256, importedById: input.actorId, importedAt };
      const audits: AuditEntry[] = [];
      for (const row of changes) {
        const applicationId = row.applicationId as string;
        const values = row.values as CatValues;
        let id: string;
        if (values.test === "SKD") {
          const data = { twk: decimal(values.twk), tiu: decimal(values.tiu), tkp: decimal(values.tkp), total: decimal(values.total), ...source };
          id = (await tx.skdResult.upsert({ where: { applicationId }, create: { applicationId, ...data }, update: data, select: { id: true } })).id;
        } else {
          const data = {
            catScore: decimal(values.cat),
            additionalScore: values.additional === null ? null : decimal(values.additional),
            additionalWeight: values.additionalWeight === null ? null : decimal(values.additionalWeight),
            finalScore: decimal(values.final),
            ...source,
          };
          id = (await tx.skbResult.upsert({ where: { applicationId }, create: { applicationId, ...data }, update: data, select: { id: true } })).id;
        }
        const { test: _test, ...after } = values;
        const before = row.stored ? (({ test: _t, ...rest }) => rest)(row.stored) : null;
        audits.push({
          actorId: input.actorId,
          action: values.test === "SKD" ? "score.import_skd" : "score.import_skb",
          entityType: values.test === "SKD" ? "SkdResult" : "SkbResult",
          entityId: id,
          before,
          after: { ...after, applicationId, registrationNumber: row.registrationNumber, fileName: fields.fileName, sha256, format: file.format },
          ip: input.ip,
        });
      }
      if (audits.length > 0) {
        await writeAuditMany(tx, audits);
        await startScoring(tx, { stageId: chairStage.id, selectionId: chairStage.selectionId, actorId: input.actorId, ip: input.ip, cause: `score.import_${chairStage.kind.toLowerCase()}` });
      }
      if (chairStage.kind === "SKD") {
        // With a result of the first CAT stage, a candidate who passed the administration is in the stages.
        const entering = await tx.application.findMany({ where: { id: { in: changes.map((row) => row.applicationId as string) }, status: "ADMIN_PASSED" }, select: { id: true } });
        await transitionApplications(
          tx,
          entering.map((application) => application.id),
          { to: "IN_STAGES", actorId: input.actorId, ip: input.ip, audit: { action: "application.enter_stages", after: () => ({ stageId: chairStage.id }) } },
        );
      }
      return {
        test: chairStage.kind,
        created: checked.rows.filter((row) => row.status === "NEW").length,
        changed: checked.rows.filter((row) => row.status === "CHANGED").length,
        unchanged: checked.rows.filter((row) => row.status === "UNCHANGED").length,
      };
    },
    { timeout: 60_000 },
  );
}

export type CpnsWithdrawalOutcome = { registrationNumber: string; formation: string };

/**
 * The chair records that a participant the formation's final result selected withdrew (reason, audited,
 * on the applicant's timeline): the application leaves the result through the status machine. The next
 * participant in rank takes the place when the chair publishes the corrected result beside the first.
 */
export async function recordCpnsWithdrawal(input: { actorId: string; ip: string | null; data: CpnsWithdrawalData }): Promise<CpnsWithdrawalOutcome> {
  const { slug, applicationId, reason } = parseOrThrow(cpnsWithdrawalSchema, input.data);
  const application = await prisma.application.findFirst({
    where: { id: applicationId, selection: { slug } },
    select: { id: true, selectionId: true, registrationNumber: true, vacancy: { select: { code: true, title: true } }, selection: { select: { regime: true } } },
  });
  if (!application) throw new AppError("NOT_FOUND", "Lamaran tidak ditemukan.");
  await requireSelectionAccess({ actorId: input.actorId, selectionId: application.selectionId, permission: "publish:result", refusal: "Hanya Ketua Pansel seleksi ini yang dapat mencatat pengunduran diri peserta." });
  if (application.selection.regime !== "CPNS") throw new AppError("INVALID_TRANSITION", "Pengunduran diri peserta yang lulus dicatat di sini hanya untuk seleksi CPNS.");
  await prisma.$transaction(async (tx) => {
    await lockSelection(tx, application.selectionId);
    const published = await tx.announcement.findUnique({ where: { slug: cpnsFinalSlug(slug, application.vacancy.code) }, select: { id: true } });
    if (!published) throw new AppError("INVALID_TRANSITION", `Hasil akhir formasi ${application.vacancy.title} belum diumumkan.`);
    const current = await tx.application.findUniqueOrThrow({ where: { id: application.id }, select: { status: true } });
    if (current.status !== "SELECTED") throw new AppError("INVALID_TRANSITION", `Peserta ${application.registrationNumber} tidak berstatus lulus; pengunduran dirinya tidak dapat dicatat di sini.`);
    const { moves } = await transitionApplications(tx, [application.id], {
      to: "WITHDRAWN",
      actorId: input.actorId,
      ip: input.ip,
      audit: { action: "application.withdraw_selected", after: () => ({ reason, announcementId: published.id }) },
    });
    return recordApplicationEvents(
      tx,
      moves.map((move) => ({
        applicationId: move.id,
        applicantId: move.applicantId,
        kind: CPNS_WITHDRAWAL_EVENT,
        message: cpnsWithdrawalEventMessage({ formation: application.vacancy.title, reason }),
        actorId: input.actorId,
        data: { reason },
        notifyTitle: "Pengunduran diri dicatat",
      })),
    );
  });
  return { registrationNumber: application.registrationNumber, formation: application.vacancy.title };
}
