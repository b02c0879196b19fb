import "server-only";
// The staff dashboard of one selection and its participant export. A fixed number of queries however
// many applications there are: grouped counts, one distinct count per stage in SQL, one list query.
import { applicationStatusLabel, applicationStatusLabels } from "@/lib/applications/status";
import { staffSelectionWhere, type SelectionViewer } from "@/lib/auth/selection-access";
import { prisma } from "@/lib/db";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { splitReasons } from "@/lib/results/admin-decision";
import type { CalendarDate } from "@/lib/dates/calendar";
import { scoreBands, sentPerDay } from "./dashboard-charts";
import { buildFunnel } from "./funnel";
import { latestExtendedClosing, originalClosing, vacanciesShortOfApplicants } from "./registration-window";

/** Null for an unknown selection or one the viewer has no seat on. `now` decides whether registration has closed. */
export async function getSelectionDashboard(slug: string, viewer: SelectionViewer, now: Date = new Date()) {
  const selection = await prisma.selection.findFirst({
    where: { slug, ...staffSelectionWhere(viewer, "view:applications") },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      regime: true,
      registrationOpensAt: true,
      registrationClosesAt: true,
      objectionEnabled: true,
      minApplicantsPerVacancy: true,
      vacancies: { orderBy: { order: "asc" }, select: { id: true, title: true } },
      stages: {
        orderBy: { order: "asc" },
        select: {
          id: true,
          name: true,
          kind: true,
          startsAt: true,
          endsAt: true,
          isAllDay: true,
          status: true,
          isScored: true,
          changes: { select: { previousEndsAt: true, newEndsAt: true, changedAt: true, kind: true } },
        },
      },
    },
  });
  if (!selection) return null;
  const [grouped, submitted, assessedRows, result, perVacancy, perDay, perMember, candidateScores] = await Promise.all([
    prisma.application.groupBy({ by: ["status"], where: { selectionId: selection.id }, _count: { _all: true } }),
    prisma.application.count({ where: { selectionId: selection.id, submittedAt: { not: null } } }),
    prisma.$queryRaw<Array<{ stageId: string; assessed: bigint }>>`
      SELECT s."stageId", COUNT(DISTINCT s."applicationId") AS assessed
      FROM "Score" s JOIN "Stage" st ON st.id = s."stageId"
      WHERE st."selectionId" = ${selection.id} AND s.status = 'SUBMITTED'
      GROUP BY s."stageId"`,
    prisma.announcement.findFirst({
      where: { selectionId: selection.id, kind: "ADMIN_RESULT", publishedAt: { not: null } },
      select: { slug: true, number: true, publishedAt: true },
    }),
    prisma.application.groupBy({ by: ["vacancyId"], where: { selectionId: selection.id, submittedAt: { not: null } }, _count: { _all: true } }),
    // Timestamps are stored in UTC; the day is the applicant's day in Singkawang (WIB).
    prisma.$queryRaw<Array<{ day: string; count: bigint }>>`
      SELECT to_char(("submittedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Pontianak', 'YYYY-MM-DD') AS day, COUNT(*) AS count
      FROM "Application"
      WHERE "selectionId" = ${selection.id} AND "submittedAt" IS NOT NULL
      GROUP BY 1`,
    prisma.$queryRaw<Array<{ name: string; count: bigint }>>`
      SELECT u.name, COUNT(*) AS count
      FROM "DocumentVerification" v
      JOIN "Document" d ON d.id = v."documentId"
      JOIN "Application" a ON a.id = d."applicationId"
      JOIN "User" u ON u.id = v."verifiedById"
      WHERE a."selectionId" = ${selection.id}
      GROUP BY u.id, u.name
      ORDER BY count DESC, u.name`,
    // Each candidate's mean of the submitted scores (a corrected score is SUPERSEDED, its correction counts).
    prisma.$queryRaw<Array<{ stageId: string; value: number }>>`
      SELECT s."stageId", AVG(s.value)::float8 AS value
      FROM "Score" s JOIN "Stage" st ON st.id = s."stageId"
      WHERE st."selectionId" = ${selection.id} AND s.status = 'SUBMITTED'
      GROUP BY s."stageId", s."applicationId"`,
  ]);
  const statusCounts: Partial<Record<ApplicationStatus, number>> = {};
  for (const row of grouped) statusCounts[row.status] = row._count._all;
  const registered = grouped.reduce((sum, row) => sum + row._count._all, 0);
  const assessed = new Map(assessedRows.map((row) => [row.stageId, Number(row.assessed)]));
  const stages = selection.stages.map(({ changes: _changes, ...stage }) => ({ ...stage, assessed: assessed.get(stage.id) ?? 0 }));
  // Announcement V.5: registration closed with too few applicants ⇒ the Pansel may extend it.
  const registrationStage = selection.stages.find((stage) => stage.kind === "REGISTRATION");
  const sentPerVacancy = new Map(perVacancy.map((row) => [row.vacancyId, row._count._all]));
  const short = vacanciesShortOfApplicants(
    selection.vacancies.map((vacancy) => ({ title: vacancy.title, submitted: sentPerVacancy.get(vacancy.id) ?? 0 })),
    selection.minApplicantsPerVacancy,
  );
  const registrationShortfall =
    registrationStage && selection.status === "OPEN" && now >= selection.registrationClosesAt && short.length > 0
      ? {
          minimum: selection.minApplicantsPerVacancy,
          vacancies: short,
          latestClosing: latestExtendedClosing(originalClosing(registrationStage.endsAt, registrationStage.changes)),
        }
      : null;
  return {
    selection: {
      slug: selection.slug,
      title: selection.title,
      status: selection.status,
      /** The applications' statuses in the words of the selection's regime. */
      statusLabels: applicationStatusLabels(selection.regime),
      registration: { opensAt: selection.registrationOpensAt, closesAt: selection.registrationClosesAt },
      objectionEnabled: selection.objectionEnabled,
    },
    registered,
    submitted,
    statusCounts,
    stages,
    funnel: buildFunnel({ registered, submitted, statusCounts, stages: stages.filter((stage) => stage.isScored) }),
    result,
    registrationShortfall,
    charts: {
      sentPerDay: sentPerDay(
        perDay.map((row) => ({ day: row.day as CalendarDate, count: Number(row.count) })),
        selection.registrationOpensAt,
        selection.registrationClosesAt,
      ),
      verifiedPerMember: perMember.map((row, index) => ({ key: String(index), label: row.name, value: Number(row.count) })),
      scoresPerStage: stages
        .filter((stage) => stage.isScored && stage.assessed > 0)
        .map((stage) => ({
          id: stage.id,
          name: stage.name,
          bands: scoreBands(candidateScores.filter((row) => row.stageId === stage.id).map((row) => row.value)),
        })),
    },
  };
}
export type SelectionDashboard = NonNullable<Awaited<ReturnType<typeof getSelectionDashboard>>>;

export const PARTICIPANT_EXPORT_HEADER = [
  "No",
  "Nomor Pendaftaran",
  "Nama",
  "NIP",
  "E-mail",
  "Telepon",
  "Instansi",
  "Pangkat/Gol. Ruang",
  "Jabatan Saat Ini",
  "Jabatan yang Dilamar",
  "Status",
  "Hasil Cek Kelayakan",
  "Keputusan Administrasi",
  "Alasan",
  "Waktu Kirim (WIB)",
] as const;

const VERDICT_LABELS = { ELIGIBLE: "Memenuhi", NOT_ELIGIBLE: "Tidak memenuhi", PENDING_VERIFICATION: "Menunggu verifikasi" } as const;

/**
 * Staff-only export of every submitted application (full NIP and contact data are allowed for staff;
 * null unless the viewer may view the selection's applications). Ordered as the published list: vacancy, then number.
 */
export async function listParticipantsForExport(slug: string, viewer: SelectionViewer): Promise<{ title: string; rows: Array<Array<string | number | Date>> } | null> {
  const selection = await prisma.selection.findFirst({ where: { slug, ...staffSelectionWhere(viewer, "view:applications") }, select: { id: true, title: true, regime: true } });
  if (!selection) return null;
  const applications = await prisma.application.findMany({
    where: { selectionId: selection.id, submittedAt: { not: null } },
    orderBy: [{ vacancy: { order: "asc" } }, { registrationNumber: "asc" }],
    select: {
      registrationNumber: true,
      status: true,
      submittedAt: true,
      eligibilityVerdict: true,
      adminDecision: true,
      adminDecisionReason: true,
      vacancy: { select: { title: true } },
      applicant: {
        select: {
          name: true,
          email: true,
          nip: true,
          phone: true,
          profile: { select: { fullName: true, nip: true, phone: true, currentRank: true, currentPositionTitle: true, institution: { select: { name: true } } } },
        },
      },
    },
  });
  const rows = applications.map((application, index) => {
    const { applicant } = application;
    const profile = applicant.profile;
    return [
      index + 1,
      application.registrationNumber,
      profile?.fullName ?? applicant.name,
      profile?.nip ?? applicant.nip ?? "",
      applicant.email,
      profile?.phone ?? applicant.phone ?? "",
      profile?.institution?.name ?? "",
      profile?.currentRank ?? "",
      profile?.currentPositionTitle ?? "",
      application.vacancy.title,
      applicationStatusLabel(application.status, selection.regime),
      application.eligibilityVerdict ? VERDICT_LABELS[application.eligibilityVerdict] : "",
      application.adminDecision ?? "",
      splitReasons(application.adminDecisionReason).join("; "),
      application.submittedAt ?? "",
    ];
  });
  return { title: selection.title, rows };
}
