import "server-only";
// Reads of the CPNS CAT results: the rows every formation's ranking is built from (shared with the
// import, which needs the SKB shortlist), and the staff page's view of the SKD and final rankings.
// The ranking itself is `rankCpns` (lib/ranking/cpns.ts), the same code as `npm run -s rank`.
import { prisma, type TransactionClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { requireSelectionAccess } from "@/lib/auth/selection-access";
import { canOnSelection } from "@/lib/auth/permissions";
import { gpaForFormation, rankCpnsFormation, replacementsFor, type CpnsApplicationRow } from "@/lib/cat-results/ranking";
import { SKD_THRESHOLDS_MISSING, skdThresholdsOf, toRankingThresholds } from "@/lib/cat-results/thresholds";
import type { SkdThresholds } from "@/lib/selection-setup/types";
import type { CpnsRankingResult } from "@/lib/ranking/types";
import { CPNS_PASSED_LABEL, parseCpnsResultSnapshot, type CpnsResultRow, type CpnsResultSnapshot } from "@/lib/cat-results/snapshot";
import { CPNS_REPLACEMENT_EVENT, CPNS_REPLACEMENT_LABEL, CPNS_WITHDRAWAL_EVENT, cpnsFinalSlug } from "@/lib/cat-results/texts";
import { applicationStatusLabel } from "@/lib/applications/status";

/** Applications ranked in the CAT stages: past the administrative selection, not withdrawn or annulled. */
export const CAT_RANKED_STATUSES: readonly ApplicationStatus[] = ["ADMIN_PASSED", "IN_STAGES", "SHORTLISTED", "NOT_SHORTLISTED", "SELECTED", "NOT_SELECTED"];
/** Applications that may receive an SKD result: they passed the administrative selection. */
export const SKD_STATUSES: readonly ApplicationStatus[] = ["ADMIN_PASSED", "IN_STAGES"];

const toNumber = (value: { toNumber(): number } | null | undefined) => (value === null || value === undefined ? null : value.toNumber());

export type CatCandidate = {
  id: string;
  registrationNumber: string;
  status: ApplicationStatus;
  vacancyId: string;
  name: string;
  nik: string | null;
  nip: string | null;
  birthDate: string | null;
  gpa: number | null;
  skd: { twk: number; tiu: number; tkp: number; total: number } | null;
  skb: { cat: number; additional: number | null; additionalWeight: number | null; final: number } | null;
};

export type CatFormation = {
  id: string;
  code: string;
  title: string;
  quota: number;
  candidates: CatCandidate[];
  result: CpnsRankingResult;
  withoutSkd: string[];
  missingData: Array<{ id: string; reason: string }>;
};

/** Every formation of the selection with its candidates, their stored results and `rankCpns` over them. */
export async function loadCatFormations(db: TransactionClient, selectionId: string, only?: { vacancyId: string }): Promise<CatFormation[]> {
  // A publication of one formation reads and ranks that formation alone.
  const vacancyWhere = only ? { id: only.vacancyId } : {};
  const [selection, vacancies, applications] = await Promise.all([
    db.selection.findUniqueOrThrow({ where: { id: selectionId }, select: { shortlistPerQuota: true, skdMinTwk: true, skdMinTiu: true, skdMinTkp: true } }),
    db.vacancy.findMany({ where: { selectionId, ...vacancyWhere }, orderBy: [{ order: "asc" }, { code: "asc" }], select: { id: true, code: true, title: true, quota: true, educationRequired: true } }),
    db.application.findMany({
      where: { selectionId, status: { in: [...CAT_RANKED_STATUSES] }, ...(only ? { vacancyId: only.vacancyId } : {}) },
      orderBy: { registrationNumber: "asc" },
      select: {
        id: true,
        registrationNumber: true,
        status: true,
        vacancyId: true,
        applicant: { select: { name: true, nip: true, profile: { select: { fullName: true, nik: true, nip: true, birthDate: true, educations: { select: { level: true, gpa: true } } } } } },
        skdResult: { select: { twk: true, tiu: true, tkp: true, total: true } },
        skbResult: { select: { catScore: true, additionalScore: true, additionalWeight: true, finalScore: true } },
      },
    }),
  ]);
  const stored = skdThresholdsOf(selection);
  if (!stored) throw new AppError("INVALID_TRANSITION", SKD_THRESHOLDS_MISSING);
  const thresholds = toRankingThresholds(stored);
  // Each formation's applications in one pass (not a scan of every application per formation).
  const byVacancy = new Map<string, typeof applications>();
  for (const application of applications) {
    const list = byVacancy.get(application.vacancyId);
    if (list) list.push(application);
    else byVacancy.set(application.vacancyId, [application]);
  }
  return vacancies.map((vacancy) => {
    const candidates = (byVacancy.get(vacancy.id) ?? [])
      .map((application): CatCandidate => {
        const profile = application.applicant.profile;
        const skd = application.skdResult;
        const skb = application.skbResult;
        return {
          id: application.id,
          registrationNumber: application.registrationNumber,
          status: application.status,
          vacancyId: application.vacancyId,
          name: profile?.fullName ?? application.applicant.name,
          nik: profile?.nik ?? null,
          nip: profile?.nip ?? application.applicant.nip,
          birthDate: profile?.birthDate ? profile.birthDate.toISOString().slice(0, 10) : null,
          gpa: gpaForFormation(
            (profile?.educations ?? []).map((education) => ({ level: education.level, gpa: toNumber(education.gpa) })),
            vacancy.educationRequired,
          ),
          skd: skd ? { twk: skd.twk.toNumber(), tiu: skd.tiu.toNumber(), tkp: skd.tkp.toNumber(), total: skd.total.toNumber() } : null,
          skb: skb
            ? { cat: skb.catScore.toNumber(), additional: toNumber(skb.additionalScore), additionalWeight: toNumber(skb.additionalWeight), final: skb.finalScore.toNumber() }
            : null,
        };
      });
    const rows: CpnsApplicationRow[] = candidates.map((candidate) => ({
      id: candidate.id,
      birthDate: candidate.birthDate,
      gpa: candidate.gpa,
      skd: candidate.skd,
      skb: candidate.skb?.final ?? null,
    }));
    const ranked = rankCpnsFormation({ quota: vacancy.quota, shortlistMultiplier: selection.shortlistPerQuota, thresholds }, rows);
    return { id: vacancy.id, code: vacancy.code, title: vacancy.title, quota: vacancy.quota, candidates, result: ranked.result, withoutSkd: ranked.withoutSkd, missingData: ranked.missingData };
  });
}

export type FormationReplacements = {
  selected: Array<{ id: string; registrationNumber: string; name: string }>;
  withdrawn: Array<{ registrationNumber: string; name: string; reason: string }>;
  proposed: Array<{ registrationNumber: string; name: string; rank: number | null }>;
  corrections: Array<{ slug: string; number: string | null }>;
};

export type CatStage = { id: string; kind: "SKD" | "SKB"; name: string; status: string; resultCount: number };

export type CpnsScoringView = {
  selection: { id: string; slug: string; title: string; shortlistPerQuota: number; status: string };
  /** The selection's SKD passing thresholds; null while not set (no ranking then). */
  thresholds: SkdThresholds | null;
  stages: CatStage[];
  formations: CatFormation[];
  isChair: boolean;
  /** Final-result announcements already published, per formation id. */
  published: Record<string, { slug: string; number: string | null }>;
  /** SKD-result announcements already published, per formation id. */
  skdPublished: Record<string, { slug: string; number: string | null }>;
  /** Per formation with a published final result: who is selected now, who withdrew since, who is next in rank, the corrections. */
  replacements: Record<string, FormationReplacements>;
  /** Each ranked application's status in the CPNS words (applicationStatusLabel), the replacement included. */
  statusLabels: Record<string, string>;
};

/** Of these applications, those selected in place of a participant who withdrew: their status label says "pengganti". */
export async function replacementApplicationIds(ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const events = await prisma.applicationEvent.findMany({ where: { applicationId: { in: [...ids] }, kind: CPNS_REPLACEMENT_EVENT }, distinct: ["applicationId"], select: { applicationId: true } });
  return new Set(events.map((event) => event.applicationId));
}

/** The CAT stages and every formation's ranking, for the staff scoring page of a CPNS selection. */
export async function getCpnsScoringView(input: { actorId: string; slug: string }): Promise<CpnsScoringView> {
  const selection = await prisma.selection.findUnique({
    where: { slug: input.slug },
    select: { id: true, slug: true, title: true, regime: true, status: true, shortlistPerQuota: true, skdMinTwk: true, skdMinTiu: true, skdMinTkp: true, stages: { where: { kind: { in: ["SKD", "SKB"] } }, orderBy: { order: "asc" }, select: { id: true, kind: true, name: true, status: true } } },
  });
  if (!selection) throw new AppError("NOT_FOUND", "Seleksi tidak ditemukan.");
  const actor = await requireSelectionAccess({ actorId: input.actorId, selectionId: selection.id, permission: "view:scoring" });
  if (selection.regime !== "CPNS") throw new AppError("NOT_FOUND", "Seleksi ini tidak memakai tahapan SKD dan SKB.");
  const thresholds = skdThresholdsOf(selection);
  const formations = thresholds ? await loadCatFormations(prisma, selection.id) : [];
  const [skdCount, skbCount] = await Promise.all([
    prisma.skdResult.count({ where: { application: { selectionId: selection.id } } }),
    prisma.skbResult.count({ where: { application: { selectionId: selection.id } } }),
  ]);
  const announcements = await prisma.announcement.findMany({
    where: { selectionId: selection.id, kind: { in: ["FINAL_RESULT", "STAGE_RESULT"] }, correctsId: null },
    select: { slug: true, number: true, snapshot: true },
  });
  const published: CpnsScoringView["published"] = {};
  const skdPublished: CpnsScoringView["skdPublished"] = {};
  for (const announcement of announcements) {
    const snapshot = parseCpnsResultSnapshot(announcement.snapshot);
    if (snapshot) (snapshot.type === "CPNS_SKD_RESULT" ? skdPublished : published)[snapshot.formation.id] = { slug: announcement.slug, number: announcement.number };
  }
  const candidates = formations.flatMap((formation) => formation.candidates);
  const replaced = await replacementApplicationIds(candidates.map((candidate) => candidate.id));
  const statusLabels = Object.fromEntries(candidates.map((candidate) => [candidate.id, applicationStatusLabel(candidate.status, selection.regime, { replacement: replaced.has(candidate.id) })]));
  const replacements: CpnsScoringView["replacements"] = {};
  for (const formation of formations.filter((row) => published[row.id])) {
    const plan = await loadReplacementPlan(prisma, selection, { code: formation.code, quota: formation.quota });
    if (!plan) continue;
    replacements[formation.id] = {
      selected: formation.candidates.filter((candidate) => candidate.status === "SELECTED").map((candidate) => ({ id: candidate.id, registrationNumber: candidate.registrationNumber, name: candidate.name })),
      withdrawn: plan.withdrawn.map((row) => ({ registrationNumber: row.registrationNumber, name: row.name, reason: plan.reasonOf(row.registrationNumber) })),
      proposed: plan.replacementRows.map((row) => ({ registrationNumber: row.registrationNumber, name: row.name, rank: row.rank })),
      corrections: plan.corrections,
    };
  }
  return {
    selection: { id: selection.id, slug: selection.slug, title: selection.title, shortlistPerQuota: selection.shortlistPerQuota, status: selection.status },
    thresholds,
    stages: selection.stages.map((stage) => ({
      id: stage.id,
      kind: stage.kind as "SKD" | "SKB",
      name: stage.name,
      status: stage.status,
      resultCount: stage.kind === "SKD" ? skdCount : skbCount,
    })),
    formations,
    isChair: canOnSelection(actor.roles, actor.seat, "manage:scoring"),
    published,
    skdPublished,
    replacements,
    statusLabels,
  };
}

/** The regime of the selection with this slug (public data), so the staff scoring page can branch on it. */
export async function findSelectionRegime(slug: string): Promise<"CPNS" | "JPT_PRATAMA"> {
  const selection = await prisma.selection.findUnique({ where: { slug }, select: { regime: true } });
  if (!selection) throw new AppError("NOT_FOUND", "Seleksi tidak ditemukan.");
  return selection.regime;
}

/** The SKD passing thresholds stored on a selection (the setup page shows them); null while not set. */
export async function getSkdThresholds(selectionId: string): Promise<SkdThresholds | null> {
  const selection = await prisma.selection.findUnique({ where: { id: selectionId }, select: { skdMinTwk: true, skdMinTiu: true, skdMinTkp: true } });
  return selection ? skdThresholdsOf(selection) : null;
}

/** The formations (vacancy ids) whose SKD result is published: their SKD scores are settled and their SKB may be imported. */
export async function skdAnnouncedFormations(db: TransactionClient, selectionId: string): Promise<Set<string>> {
  const announcements = await db.announcement.findMany({ where: { selectionId, kind: "STAGE_RESULT" }, select: { snapshot: true } });
  return new Set(
    announcements
      .map((announcement) => parseCpnsResultSnapshot(announcement.snapshot))
      .filter((snapshot) => snapshot?.type === "CPNS_SKD_RESULT")
      .map((snapshot) => snapshot!.formation.id),
  );
}

export type ReplacementPlan = {
  first: { id: string; slug: string; number: string | null };
  corrections: Array<{ slug: string; number: string | null }>;
  /** The latest published result of the formation (the first, or its latest correction). */
  latest: CpnsResultSnapshot;
  /** Rows published as passed whose participant has since withdrawn (not yet in a correction). */
  withdrawn: CpnsResultRow[];
  /** Application ids next in rank to take the withdrawn places, and their published rows. */
  replacements: string[];
  replacementRows: CpnsResultRow[];
  reasonOf(registrationNumber: string): string;
  idOf(registrationNumber: string): string | undefined;
};

/**
 * Where a formation's published final result stands after withdrawals: the first announcement and its
 * corrections, who withdrew since the latest, and who is next in rank (`replacementsFor`). Null before
 * the final result. Read by the staff page (the proposal) and by the corrected result's publisher.
 */
export async function loadReplacementPlan(db: TransactionClient, selection: { id: string; slug: string }, vacancy: { code: string; quota: number }): Promise<ReplacementPlan | null> {
  const first = await db.announcement.findUnique({
    where: { slug: cpnsFinalSlug(selection.slug, vacancy.code) },
    select: { id: true, slug: true, number: true, snapshot: true, corrections: { orderBy: { publishedAt: "asc" }, select: { slug: true, number: true, snapshot: true } } },
  });
  if (!first) return null;
  const latest = parseCpnsResultSnapshot(first.corrections.at(-1)?.snapshot ?? first.snapshot);
  if (!latest) throw new AppError("INTERNAL", "Pengumuman hasil akhir formasi tidak terbaca.");
  const applications = await db.application.findMany({
    where: { selectionId: selection.id, registrationNumber: { in: latest.rows.map((row) => row.registrationNumber) } },
    select: { id: true, registrationNumber: true, status: true, events: { where: { kind: CPNS_WITHDRAWAL_EVENT }, orderBy: { createdAt: "desc" }, take: 1, select: { data: true } } },
  });
  const byNumber = new Map(applications.map((application) => [application.registrationNumber, application]));
  const passed = new Set<string>([CPNS_PASSED_LABEL, CPNS_REPLACEMENT_LABEL]);
  const withdrawn = latest.rows.filter((row) => passed.has(row.label) && byNumber.get(row.registrationNumber)?.status === "WITHDRAWN");
  const replacements =
    withdrawn.length === 0
      ? []
      : replacementsFor(
          latest.rows.map((row) => ({ applicationId: byNumber.get(row.registrationNumber)?.id ?? row.registrationNumber, rank: row.rank, status: byNumber.get(row.registrationNumber)?.status ?? "UNKNOWN" })),
          vacancy.quota,
        );
  const replacing = new Set(replacements);
  return {
    first: { id: first.id, slug: first.slug, number: first.number },
    corrections: first.corrections.map((correction) => ({ slug: correction.slug, number: correction.number })),
    latest,
    withdrawn,
    replacements,
    replacementRows: latest.rows.filter((row) => replacing.has(byNumber.get(row.registrationNumber)?.id ?? "")),
    reasonOf(registrationNumber) {
      const data = byNumber.get(registrationNumber)?.events[0]?.data;
      return data && typeof data === "object" && !Array.isArray(data) && typeof data.reason === "string" ? data.reason : "tanpa keterangan";
    },
    idOf: (registrationNumber) => byNumber.get(registrationNumber)?.id,
  };
}
