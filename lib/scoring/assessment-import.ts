import "server-only";
// The assessment center is scored by an external institution: the chair of the Pansel imports its
// results file once, as one score per candidate (assessor: the importing chair). A preview shows every
// row's status and stores nothing; the import parses and checks the same bytes again and is
// all-or-nothing. A later fix is a score correction approved by the chair, like any other score.
import { createHash } from "node:crypto";
import { writeAudit } from "@/lib/audit";
import { now as clockNow } from "@/lib/clock";
import { Prisma, prisma, type TransactionClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { requireSelectionAccess } from "@/lib/auth/selection-access";
import { parseAssessmentFile, type AssessmentCategory, type AssessmentFileRow } from "@/lib/scoring/assessment-file";
import { CHAIR_ONLY, findStage, lockStages, requireWeightsConfirmed } from "@/lib/scoring/guards";
import { SCORABLE_STATUSES } from "@/lib/scoring/rules";
import { firstRoundCandidateIds } from "@/lib/scoring/round-queries";
import { startScoring } from "@/lib/scoring/stage-transitions";
import { parseOrThrow } from "@/lib/validation/parse";
import { assessmentImportSchema } from "@/lib/validation/scoring";

export type AssessmentPreviewRow = {
  rowNumber: number;
  registrationNumber: string;
  nameInFile: string | null;
  /** The applicant's name when the registration number belongs to this selection. */
  applicantName: string | null;
  value: number | null;
  managerial: number | null;
  socioCultural: number | null;
  category: AssessmentCategory | null;
  errors: string[];
  warnings: string[];
};

export type AssessmentPreview = {
  stageName: string;
  fileName: string;
  rows: AssessmentPreviewRow[];
  /** Candidates in the scored stages without a row in the file: they get no assessment score. */
  missing: { registrationNumber: string; name: string }[];
  readyCount: number;
  errorRowCount: number;
  warningCount: number;
};

export type AssessmentImportOutcome = { imported: number; missing: number; weightsFrozen: boolean };

type FileInput = { actorId: string; stageId: string; fileName: string; content: Uint8Array };

type Candidate = { id: string; registrationNumber: string; status: ApplicationStatus; name: string };

const fileFieldsSchema = assessmentImportSchema.pick({ stageId: true, fileName: true });

/** The chair of the stage's selection, or a refusal. */
async function authoriseChair(actorId: string, stageId: string) {
  const stage = await findStage(stageId);
  await requireSelectionAccess({ actorId, selectionId: stage.selectionId, permission: "manage:scoring", refusal: CHAIR_ONLY });
  return stage;
}

/** An open assessment stage without scores; read again under the stage lock by the import. */
async function requireImportableStage(db: TransactionClient, stageId: string) {
  const stage = await findStage(stageId, db);
  if (stage.kind !== "ASSESSMENT" || !stage.isScored) {
    throw new AppError("INVALID_TRANSITION", `Tahap "${stage.name}" bukan tahap assessment center yang dinilai; hasil lembaga asesmen tidak dapat diimpor ke sini.`);
  }
  if (stage.status === "CLOSED") throw new AppError("LOCKED", `Tahap "${stage.name}" sudah ditutup; nilai tidak dapat diimpor lagi.`);
  // One source per stage: a stage scored by assigned committee members takes no imported results.
  if ((await db.stageAssignment.count({ where: { stageId: stage.id } })) > 0) {
    throw new AppError("INVALID_TRANSITION", `Tahap "${stage.name}" dinilai oleh anggota Pansel yang ditugaskan; hasil lembaga asesmen tidak dapat diimpor ke sini.`);
  }
  // A stage reopened for the new candidates after registration was reopened (#15 item 3) takes their results once.
  const firstRound = await firstRoundCandidateIds(db, stage.selectionId);
  const submitted = await db.score.count({ where: { stageId: stage.id, status: "SUBMITTED", ...(firstRound ? { applicationId: { notIn: [...firstRound] } } : {}) } });
  if (submitted > 0) throw new AppError("LOCKED", "Hasil asesmen sudah diimpor; perbaikan melalui koreksi nilai oleh Ketua Pansel.");
  return { ...stage, firstRound };
}

/** The selection's applications named in the file (any status) and every candidate of the scored stages. */
async function loadCandidates(db: TransactionClient, selectionId: string, rows: readonly AssessmentFileRow[]): Promise<Candidate[]> {
  const numbers = [...new Set(rows.map((row) => row.registrationNumber).filter((number) => number !== ""))];
  const applications = await db.application.findMany({
    where: { selectionId, OR: [{ registrationNumber: { in: numbers } }, { status: { in: [...SCORABLE_STATUSES] } }] },
    orderBy: { registrationNumber: "asc" },
    select: { id: true, registrationNumber: true, status: true, applicant: { select: { name: true, profile: { select: { fullName: true } } } } },
  });
  return applications.map((application) => ({
    id: application.id,
    registrationNumber: application.registrationNumber,
    status: application.status,
    name: application.applicant.profile?.fullName ?? application.applicant.name,
  }));
}

function comparableName(name: string): string {
  return name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function checkRows(fileRows: readonly AssessmentFileRow[], candidates: readonly Candidate[], firstRound: ReadonlySet<string> | null) {
  const isFirstRound = (candidate: Candidate) => firstRound?.has(candidate.id) ?? false;
  const byNumber = new Map(candidates.map((candidate) => [candidate.registrationNumber.toUpperCase(), candidate]));
  const firstRowOf = new Map<string, number>();
  const rows = fileRows.map((row): AssessmentPreviewRow & { applicationId: string | null } => {
    const errors = [...row.errors];
    const warnings: string[] = [];
    const at = `Baris ${row.rowNumber}`;
    const number = row.registrationNumber;
    const candidate = number === "" ? undefined : byNumber.get(number);
    if (number !== "") {
      const first = firstRowOf.get(number);
      if (first === undefined) firstRowOf.set(number, row.rowNumber);
      else errors.push(`${at}: peserta ${number} sudah ada pada baris ${first}`);
      if (!candidate) errors.push(`${at}: nomor pendaftaran ${number} tidak terdaftar pada seleksi ini`);
      else if (!SCORABLE_STATUSES.includes(candidate.status)) errors.push(`${at}: peserta ${number} tidak (lagi) mengikuti tahap penilaian`);
      else if (isFirstRound(candidate)) errors.push(`${at}: peserta ${number} dinilai sebelum pendaftaran dibuka kembali; nilainya tidak dapat diubah`);
      else if (row.name !== null && comparableName(row.name) !== comparableName(candidate.name)) {
        warnings.push(`${at}: nama "${row.name}" berbeda dengan nama pelamar "${candidate.name}"`);
      }
    }
    // A spreadsheet cell formatted as a percentage stores 78,5% as 0,785: almost surely not the score meant.
    if (row.value !== null && row.value > 0 && row.value <= 1) {
      warnings.push(`${at}: nilai ${String(row.value).replace(".", ",")} sangat kecil; bila sel berformat persen (78,5%), tulis nilainya sebagai angka 78,5`);
    }
    return {
      rowNumber: row.rowNumber,
      registrationNumber: number,
      nameInFile: row.name,
      applicantName: candidate?.name ?? null,
      value: row.value,
      managerial: row.managerial,
      socioCultural: row.socioCultural,
      category: row.category,
      errors,
      warnings,
      applicationId: errors.length === 0 && candidate ? candidate.id : null,
    };
  });
  const missing = candidates
    .filter((candidate) => SCORABLE_STATUSES.includes(candidate.status) && !isFirstRound(candidate) && !firstRowOf.has(candidate.registrationNumber.toUpperCase()))
    .map((candidate) => ({ registrationNumber: candidate.registrationNumber, name: candidate.name }));
  return { rows, missing };
}

function summarise(stageName: string, fileName: string, checked: ReturnType<typeof checkRows>): AssessmentPreview {
  const rows = checked.rows.map(({ applicationId: _applicationId, ...row }) => row);
  return {
    stageName,
    fileName,
    rows,
    missing: checked.missing,
    readyCount: rows.filter((row) => row.errors.length === 0).length,
    errorRowCount: rows.filter((row) => row.errors.length > 0).length,
    warningCount: rows.reduce((count, row) => count + row.warnings.length, 0) + checked.missing.length,
  };
}

/** What an import of this file would do, row by row. Stores nothing. */
export async function previewAssessmentImport(input: FileInput): Promise<AssessmentPreview> {
  const { stageId, fileName } = parseOrThrow(fileFieldsSchema, { stageId: input.stageId, fileName: input.fileName });
  const chairStage = await authoriseChair(input.actorId, stageId);
  const stage = await requireImportableStage(prisma, chairStage.id);
  const file = await parseAssessmentFile(fileName, input.content);
  const candidates = await loadCandidates(prisma, stage.selectionId, file.rows);
  return summarise(stage.name, fileName, checkRows(file.rows, candidates, stage.firstRound));
}

/** One SUBMITTED score per row, the weights frozen and one audit row, in one transaction; any bad row refuses all. */
export async function importAssessmentResults(input: FileInput & { ip?: string | null; now?: Date }): Promise<AssessmentImportOutcome> {
  const { stageId, fileName } = parseOrThrow(fileFieldsSchema, { stageId: input.stageId, fileName: input.fileName });
  const chairStage = await authoriseChair(input.actorId, stageId);
  const file = await parseAssessmentFile(fileName, input.content);
  const sha256 = createHash("sha256").update(input.content).digest("hex");
  const submittedAt = input.now ?? clockNow();

  return prisma.$transaction(async (tx) => {
    await lockStages(tx, chairStage.selectionId);
    const stage = await requireImportableStage(tx, chairStage.id);
    await requireWeightsConfirmed(tx, chairStage.selectionId);
    const checked = checkRows(file.rows, await loadCandidates(tx, stage.selectionId, file.rows), stage.firstRound);
    const bad = checked.rows.filter((row) => row.errors.length > 0);
    if (bad.length > 0) {
      throw new AppError(
        "VALIDATION",
        `Impor dibatalkan: ${bad.length} baris bergalat. Tidak ada nilai yang disimpan; perbaiki berkas lalu ulangi.`,
        Object.fromEntries(bad.map((row) => [`baris.${row.rowNumber}`, row.errors.join("; ")])),
      );
    }
    // The first score of the selection freezes every scored stage's weight and minimum (as submitScore does).
    const frozen = await tx.stage.updateMany({
      where: { selectionId: stage.selectionId, isScored: true, weightsFrozenAt: null },
      data: { weightsFrozenAt: submittedAt },
    });
    const note = `Hasil lembaga asesmen (berkas ${fileName})`;
    await tx.score.createMany({
      data: checked.rows.map((row) => {
        const subScores = {
          ...(row.managerial === null ? {} : { manajerial: row.managerial }),
          ...(row.socioCultural === null ? {} : { sosiokultural: row.socioCultural }),
          ...(row.category === null ? {} : { kategori: row.category }),
        };
        return {
          stageId: stage.id,
          applicationId: row.applicationId as string,
          assessorId: input.actorId,
          value: new Prisma.Decimal((row.value as number).toFixed(3)),
          subScores: Object.keys(subScores).length > 0 ? subScores : Prisma.DbNull,
          note,
          status: "SUBMITTED" as const,
          submittedAt,
        };
      }),
    });
    await startScoring(tx, { stageId: stage.id, selectionId: stage.selectionId, actorId: input.actorId, ip: input.ip, cause: "score.import_assessment" });
    // Counts and the file's fingerprint only: the scores themselves are in the Score rows.
    await writeAudit(tx, {
      actorId: input.actorId,
      action: "score.import_assessment",
      entityType: "Stage",
      entityId: stage.id,
      after: {
        fileName,
        format: file.format,
        sha256,
        sizeBytes: input.content.length,
        imported: checked.rows.length,
        missingCandidates: checked.missing.length,
        nameWarnings: checked.rows.filter((row) => row.warnings.length > 0).length,
        weightsFrozen: frozen.count > 0,
      },
      ip: input.ip,
    });
    return { imported: checked.rows.length, missing: checked.missing.length, weightsFrozen: frozen.count > 0 };
  });
}
