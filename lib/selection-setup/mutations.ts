import "server-only";
// Creating a selection from data: a template (JPT Pratama as Singkawang 2025, CPNS as Sawahlunto 2019),
// the seed, or a copy of an existing selection. One writer of a whole selection, so the seed, the admin
// screens and the test factories make selections the same way.
import { writeAudit } from "@/lib/audit";
import { skdThresholdsOf } from "@/lib/cat-results/thresholds";
import { ROLE_LABELS, type RoleName } from "@/lib/auth/permissions";
import { requireSelectionAccess } from "@/lib/auth/selection-access";
import { now as clockNow } from "@/lib/clock";
import { wibToUtc } from "@/lib/dates/wib";
import { prisma, type TransactionClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lockSelection, transitionSelection } from "@/lib/selections/transitions";
import type { SkdThresholdsData } from "@/lib/validation/cat-results";
import type { CreateSelectionData, SeatMemberData, SelectionDetailsData, VacancyData } from "@/lib/validation/selection-setup";
import { selectionSeedFromDb } from "./queries";
import { findTemplate, publicationGaps, redateSelection } from "./templates";
import type { SelectionSeed } from "./types";

const calendarDate = (value: string) => new Date(`${value}T00:00:00.000Z`);

/** The Prisma create data of a whole selection described by `seed` (its organiser must exist). */
export function selectionCreateData(seed: SelectionSeed, organiserId: string): Prisma.SelectionCreateInput {
  return {
    slug: seed.slug,
    status: seed.status,
    regime: seed.regime,
    title: seed.title,
    summary: seed.summary,
    organiser: { connect: { id: organiserId } },
    committeeName: seed.committeeName,
    committeeAddress: seed.committeeAddress,
    announcementNumber: seed.announcementNumber,
    announcementDate: calendarDate(seed.announcementDate),
    announcementPlace: seed.announcementPlace,
    chairName: seed.chairName,
    legalBasis: seed.legalBasis,
    registrationOpensAt: wibToUtc(seed.registrationOpensAt),
    registrationClosesAt: wibToUtc(seed.registrationClosesAt),
    documentDeadlineAt: wibToUtc(seed.documentDeadlineAt),
    referenceDatePlanned: calendarDate(seed.referenceDatePlanned),
    ageReading: seed.ageReading,
    minApplicantsPerVacancy: seed.minApplicantsPerVacancy,
    shortlistPerQuota: seed.shortlistPerQuota,
    shortlistOrder: seed.shortlistOrder,
    rejectionNeedsSecondCheck: seed.rejectionNeedsSecondCheck,
    asnKarierRequired: seed.asnKarierRequired ?? false,
    objectionEnabled: seed.objectionEnabled,
    objectionWindowDays: seed.objectionWindowDays,
    skdMinTwk: seed.skdThresholds?.twk ?? null,
    skdMinTiu: seed.skdThresholds?.tiu ?? null,
    skdMinTkp: seed.skdThresholds?.tkp ?? null,
    registrationTerms: seed.registrationTerms,
    otherTerms: seed.otherTerms,
    scheduleNote: seed.scheduleNote,
    vacancies: { create: seed.vacancies.map((vacancy, order) => ({ ...vacancy, order })) },
    stages: {
      create: seed.stages.map((stage, index) => ({ ...stage, order: index + 1, startsAt: wibToUtc(stage.startsAt), endsAt: wibToUtc(stage.endsAt) })),
    },
    rules: { create: seed.rules.map((rule, index) => ({ ...rule, order: index + 1, params: rule.params as Prisma.InputJsonValue })) },
    documents: { create: seed.documents },
    forms: { create: seed.forms },
  };
}

/**
 * Writes a whole selection (vacancies, stages, rules, documents, forms) in the caller's transaction, with
 * an audit row; published selections also get their call announcement. Returns the new id.
 */
export async function insertSelection(
  tx: TransactionClient,
  seed: SelectionSeed,
  audit: { actorId: string | null; ip?: string | null; source: string },
): Promise<string> {
  const organiser = await tx.institution.upsert({ where: { name: seed.organiser.name }, create: seed.organiser, update: {}, select: { id: true } });
  const selection = await tx.selection.create({ data: selectionCreateData(seed, organiser.id), select: { id: true } });
  if (seed.status === "OPEN") {
    await tx.announcement.create({
      data: {
        slug: `${seed.slug}-pengumuman`,
        selectionId: selection.id,
        kind: "CALL",
        number: seed.announcementNumber,
        title: `Pengumuman ${seed.title}`,
        body: seed.summary,
        publishedAt: calendarDate(seed.announcementDate),
      },
    });
  }
  await writeAudit(tx, {
    actorId: audit.actorId,
    action: "selection.create",
    entityType: "Selection",
    entityId: selection.id,
    after: { slug: seed.slug, regime: seed.regime, title: seed.title, status: seed.status, source: audit.source },
    ip: audit.ip,
  });
  return selection.id;
}

// ───────────────────────────── The administrator's setup of a selection ─────────────────────────────

const SETUP_REFUSAL = "Hanya administrator yang dapat mengatur seleksi.";
const DRAFT_ONLY = "Seleksi sudah diumumkan: data pengumuman dan formasinya tidak dapat diubah lagi di sini.";

/** Which portal role a seat of each position needs (the seat gives the role its reach on this selection). */
const SEAT_ROLE: Record<SeatMemberData["position"], RoleName> = { CHAIR: "CHAIR", SECRETARY: "SECRETARIAT", MEMBER: "COMMITTEE" };

async function requireDraft(tx: TransactionClient, selectionId: string, actorId: string) {
  await requireSelectionAccess({ actorId, selectionId, permission: "administer:selection", refusal: SETUP_REFUSAL, db: tx });
  await lockSelection(tx, selectionId);
  const selection = await tx.selection.findUniqueOrThrow({ where: { id: selectionId }, select: { status: true, slug: true } });
  if (selection.status !== "DRAFT") throw new AppError("LOCKED", DRAFT_ONLY);
  return selection;
}

/** A new draft selection from a template or a copy of a stored one, re-dated to its own registration opening. */
export async function createSelection(input: { actorId: string; ip: string | null; data: CreateSelectionData }): Promise<{ slug: string }> {
  const { data } = input;
  return prisma.$transaction(
    async (tx) => {
      const [kind, key] = data.source.split(":") as ["template" | "copy", string];
      const source = kind === "template" ? findTemplate(key)?.seed : await selectionSeedFromDb(tx, key);
      if (!source) throw new AppError("VALIDATION", "Sumber seleksi tidak ditemukan.", { source: "Pilih templat atau seleksi yang ada" });
      if (await tx.selection.findUnique({ where: { slug: data.slug }, select: { id: true } })) {
        throw new AppError("CONFLICT", "Alamat halaman sudah dipakai seleksi lain.", { slug: "Alamat halaman ini sudah dipakai; pilih yang lain" });
      }
      const seed = redateSelection(source, data);
      await insertSelection(tx, seed, { actorId: input.actorId, ip: input.ip, source: data.source });
      return { slug: seed.slug };
    },
    { timeout: 30_000 },
  );
}

export async function updateSelectionDetails(input: { actorId: string; ip: string | null; data: SelectionDetailsData }): Promise<void> {
  const { selectionId, announcementDate, ...fields } = input.data;
  await prisma.$transaction(async (tx) => {
    await requireDraft(tx, selectionId, input.actorId);
    const before = await tx.selection.findUniqueOrThrow({
      where: { id: selectionId },
      select: { title: true, summary: true, announcementNumber: true, announcementPlace: true, committeeName: true, committeeAddress: true, chairName: true },
    });
    await tx.selection.update({ where: { id: selectionId }, data: { ...fields, announcementDate: new Date(`${announcementDate}T00:00:00.000Z`) } });
    await writeAudit(tx, { actorId: input.actorId, action: "selection.update", entityType: "Selection", entityId: selectionId, before, after: { ...fields, announcementDate }, ip: input.ip });
  });
}

export async function addVacancy(input: { actorId: string; ip: string | null; data: VacancyData }): Promise<void> {
  const { selectionId, ...vacancy } = input.data;
  await prisma.$transaction(async (tx) => {
    await requireDraft(tx, selectionId, input.actorId);
    if (await tx.vacancy.findUnique({ where: { selectionId_code: { selectionId, code: vacancy.code } }, select: { id: true } })) {
      throw new AppError("CONFLICT", "Kode formasi sudah dipakai di seleksi ini.", { code: "Kode ini sudah dipakai; pilih kode lain" });
    }
    const order = await tx.vacancy.count({ where: { selectionId } });
    const row = await tx.vacancy.create({ data: { selectionId, ...vacancy, order }, select: { id: true } });
    await writeAudit(tx, { actorId: input.actorId, action: "vacancy.create", entityType: "Vacancy", entityId: row.id, after: { selectionId, ...vacancy }, ip: input.ip });
  });
}

export async function removeVacancy(input: { actorId: string; ip: string | null; selectionId: string; vacancyId: string }): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await requireDraft(tx, input.selectionId, input.actorId);
    const vacancy = await tx.vacancy.findFirst({
      where: { id: input.vacancyId, selectionId: input.selectionId },
      select: { id: true, code: true, title: true, quota: true, _count: { select: { applications: true } } },
    });
    if (!vacancy) throw new AppError("NOT_FOUND", "Formasi tidak ditemukan.");
    if (vacancy._count.applications > 0) throw new AppError("LOCKED", "Formasi ini sudah memiliki lamaran dan tidak dapat dihapus.");
    await tx.vacancy.delete({ where: { id: vacancy.id } });
    const { _count, ...before } = vacancy;
    await writeAudit(tx, { actorId: input.actorId, action: "vacancy.delete", entityType: "Vacancy", entityId: vacancy.id, before, ip: input.ip });
  });
}

/** Seats a staff account on the selection's Pansel; the account must hold the portal role the position needs. */
export async function seatMember(input: { actorId: string; ip: string | null; data: SeatMemberData }): Promise<void> {
  const { selectionId, email, position } = input.data;
  await prisma.$transaction(async (tx) => {
    await requireSelectionAccess({ actorId: input.actorId, selectionId, permission: "administer:selection", refusal: SETUP_REFUSAL, db: tx });
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, name: true, roles: true, isActive: true, committeeMemberships: { where: { selectionId }, select: { position: true } } } });
    const role = SEAT_ROLE[position];
    if (!user || !user.isActive || !user.roles.includes(role)) {
      throw new AppError("VALIDATION", "Akun petugas tidak sesuai.", {
        email: `Tidak ada akun petugas aktif dengan e-mail ini yang berperan ${ROLE_LABELS[role]}. Buat atau ubah akunnya di menu Pengguna.`,
      });
    }
    if (user.committeeMemberships.length > 0) {
      throw new AppError("CONFLICT", `${user.name} sudah duduk di Pansel seleksi ini.`, { email: "Petugas ini sudah menjadi anggota Pansel seleksi ini" });
    }
    const seat = await tx.committeeMember.create({ data: { selectionId, userId: user.id, position }, select: { id: true } });
    await writeAudit(tx, { actorId: input.actorId, action: "committee.seat", entityType: "CommitteeMember", entityId: seat.id, after: { selectionId, userId: user.id, position }, ip: input.ip });
  });
}

/** Takes a seat away, unless its holder already has work on the selection (assigned stages, scores, verdicts). */
export async function unseatMember(input: { actorId: string; ip: string | null; selectionId: string; userId: string }): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await requireSelectionAccess({ actorId: input.actorId, selectionId: input.selectionId, permission: "administer:selection", refusal: SETUP_REFUSAL, db: tx });
    const seat = await tx.committeeMember.findUnique({ where: { selectionId_userId: { selectionId: input.selectionId, userId: input.userId } }, select: { id: true, position: true } });
    if (!seat) throw new AppError("NOT_FOUND", "Anggota Pansel tidak ditemukan.");
    const [assignments, scores] = await Promise.all([
      tx.stageAssignment.count({ where: { userId: input.userId, stage: { selectionId: input.selectionId } } }),
      tx.score.count({ where: { assessorId: input.userId, stage: { selectionId: input.selectionId } } }),
    ]);
    if (assignments + scores > 0) throw new AppError("LOCKED", "Anggota ini sudah ditugaskan menilai pada seleksi ini; kedudukannya tidak dapat dicabut.");
    await tx.committeeMember.delete({ where: { id: seat.id } });
    await writeAudit(tx, { actorId: input.actorId, action: "committee.unseat", entityType: "CommitteeMember", entityId: seat.id, before: { selectionId: input.selectionId, userId: input.userId, position: seat.position }, ip: input.ip });
  });
}

/** Announces a draft: the status moves to OPEN and the call announcement is published with today's date. */
export async function publishSelection(input: { actorId: string; ip: string | null; selectionId: string }): Promise<{ slug: string }> {
  return prisma.$transaction(async (tx) => {
    const { slug } = await requireDraft(tx, input.selectionId, input.actorId);
    const selection = await tx.selection.findUniqueOrThrow({
      where: { id: input.selectionId },
      select: {
        title: true,
        summary: true,
        announcementNumber: true,
        _count: { select: { vacancies: true } },
        committee: { select: { position: true } },
        stages: { where: { kind: "REGISTRATION" }, select: { id: true } },
      },
    });
    const gaps = publicationGaps({ vacancyCount: selection._count.vacancies, positions: selection.committee.map((seat) => seat.position), hasRegistrationStage: selection.stages.length > 0 });
    if (gaps.length > 0) throw new AppError("VALIDATION", `Seleksi belum dapat diumumkan: ${gaps.join(" ")}`);
    await transitionSelection(tx, { selectionId: input.selectionId, to: "OPEN", actorId: input.actorId, ip: input.ip, cause: "selection.publish", action: "selection.publish" });
    await tx.announcement.create({
      data: {
        slug: `${slug}-pengumuman`,
        selectionId: input.selectionId,
        kind: "CALL",
        number: selection.announcementNumber,
        title: `Pengumuman ${selection.title}`,
        body: selection.summary,
        publishedAt: clockNow(),
      },
    });
    return { slug };
  });
}

/**
 * The SKD passing thresholds of a draft CPNS selection (its own form on the setup page): they decide who
 * passes the SKD, so they are settled before the selection is announced.
 */
export async function updateSkdThresholds(input: { actorId: string; ip: string | null; data: SkdThresholdsData }): Promise<void> {
  const { selectionId, twk, tiu, tkp } = input.data;
  await prisma.$transaction(async (tx) => {
    await requireDraft(tx, selectionId, input.actorId);
    const before = await tx.selection.findUniqueOrThrow({ where: { id: selectionId }, select: { regime: true, skdMinTwk: true, skdMinTiu: true, skdMinTkp: true } });
    if (before.regime !== "CPNS") throw new AppError("INVALID_TRANSITION", "Nilai ambang batas SKD hanya untuk seleksi CPNS.");
    await tx.selection.update({ where: { id: selectionId }, data: { skdMinTwk: twk, skdMinTiu: tiu, skdMinTkp: tkp } });
    await writeAudit(tx, {
      actorId: input.actorId,
      action: "selection.set_skd_thresholds",
      entityType: "Selection",
      entityId: selectionId,
      before: skdThresholdsOf(before),
      after: { twk, tiu, tkp },
      ip: input.ip,
    });
  });
}
