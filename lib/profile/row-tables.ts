import "server-only";
// The ten history tables of the CV behind one interface, so that adding, editing, deleting and
// auditing a row is written once (lib/profile/mutations.ts). Each table states its columns, how a
// validated row becomes Prisma data, and which values stay out of the audit trail; the delegate type
// below makes the compiler check every mapping against the Prisma model.
import type { TransactionClient } from "@/lib/db";
import { Prisma } from "@/lib/db";
import type { CalendarDate } from "@/lib/dates/calendar";
import type { ProfileRowData, ProfileSection } from "@/lib/validation/profile";

// ───────────── Plain values: what pages and the audit trail see ─────────────

/** Calendar dates are stored as @db.Date: midnight UTC of that day. */
export function toDbDate(date: CalendarDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

export function toDbDateOrNull(date: CalendarDate | null): Date | null {
  return date === null ? null : toDbDate(date);
}

export type Plain<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] extends Prisma.Decimal | null ? number | null : T[K];
};

/** Dates → "YYYY-MM-DD", decimals → numbers: serialisable and comparable. */
export function toPlain<T extends Record<string, unknown>>(row: T): Plain<T> {
  const plain: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (value instanceof Date) plain[key] = value.toISOString().slice(0, 10);
    else if (Prisma.Decimal.isDecimal(value)) plain[key] = (value as Prisma.Decimal).toNumber();
    else plain[key] = value;
  }
  return plain as Plain<T>;
}

// ───────────── Columns ─────────────

/** The columns of section I (Data pribadi) as stored. */
export const PERSONAL_SELECT = {
  fullName: true,
  birthPlace: true,
  birthDate: true,
  gender: true,
  religion: true,
  maritalStatus: true,
  childrenCount: true,
  address: true,
  phone: true,
  nik: true,
  npwp: true,
  employmentStatus: true,
  institutionId: true,
  unitKerja: true,
  currentRank: true,
  tmtCpns: true,
  currentPositionTitle: true,
  hasSevereDiscipline: true,
  underDisciplineExam: true,
  hasCriminalRecord: true,
} as const;

export type StoredPersonalData = Plain<Prisma.ApplicantProfileGetPayload<{ select: typeof PERSONAL_SELECT }>>;


export const ROW_SELECTS = {
  ranks: { id: true, rank: true, tmt: true, decreeNumber: true, decreeDate: true },
  positions: { id: true, title: true, level: true, eselon: true, unitKerja: true, decreeNumber: true, startDate: true, endDate: true, supervisorName: true },
  educations: { id: true, level: true, major: true, institutionName: true, diplomaNumber: true, graduationYear: true, diplomaDate: true, gpa: true, accreditation: true },
  trainings: { id: true, name: true, organizer: true, certificateNumber: true, year: true, isLeadership: true },
  assignments: { id: true, teamName: true, agency: true, letterNumber: true, year: true },
  achievements: { id: true, title: true, level: true, grantor: true, year: true },
  publications: { id: true, title: true, kind: true, year: true },
  organizations: { id: true, name: true, role: true, years: true },
  family: { id: true, relation: true, name: true, birthPlace: true, birthDate: true, marriageDate: true, occupation: true, note: true },
  appraisals: { id: true, year: true, allElementsAtLeastGood: true },
} as const satisfies Record<ProfileSection, Record<string, true>>;

type DbRows = {
  ranks: Prisma.RankHistoryGetPayload<{ select: typeof ROW_SELECTS.ranks }>;
  positions: Prisma.PositionHistoryGetPayload<{ select: typeof ROW_SELECTS.positions }>;
  educations: Prisma.EducationHistoryGetPayload<{ select: typeof ROW_SELECTS.educations }>;
  trainings: Prisma.TrainingHistoryGetPayload<{ select: typeof ROW_SELECTS.trainings }>;
  assignments: Prisma.AssignmentHistoryGetPayload<{ select: typeof ROW_SELECTS.assignments }>;
  achievements: Prisma.AchievementGetPayload<{ select: typeof ROW_SELECTS.achievements }>;
  publications: Prisma.PublicationGetPayload<{ select: typeof ROW_SELECTS.publications }>;
  organizations: Prisma.OrganizationHistoryGetPayload<{ select: typeof ROW_SELECTS.organizations }>;
  family: Prisma.FamilyMemberGetPayload<{ select: typeof ROW_SELECTS.family }>;
  appraisals: Prisma.PerformanceAppraisalGetPayload<{ select: typeof ROW_SELECTS.appraisals }>;
};

/** The columns a row is written with (the profile is set by the generic code). */
type RowData = {
  ranks: Omit<Prisma.RankHistoryUncheckedCreateWithoutProfileInput, "id">;
  positions: Omit<Prisma.PositionHistoryUncheckedCreateWithoutProfileInput, "id">;
  educations: Omit<Prisma.EducationHistoryUncheckedCreateWithoutProfileInput, "id">;
  trainings: Omit<Prisma.TrainingHistoryUncheckedCreateWithoutProfileInput, "id">;
  assignments: Omit<Prisma.AssignmentHistoryUncheckedCreateWithoutProfileInput, "id">;
  achievements: Omit<Prisma.AchievementUncheckedCreateWithoutProfileInput, "id">;
  publications: Omit<Prisma.PublicationUncheckedCreateWithoutProfileInput, "id">;
  organizations: Omit<Prisma.OrganizationHistoryUncheckedCreateWithoutProfileInput, "id">;
  family: Omit<Prisma.FamilyMemberUncheckedCreateWithoutProfileInput, "id">;
  appraisals: Omit<Prisma.PerformanceAppraisalUncheckedCreateWithoutProfileInput, "id">;
};

/**
 * A stored row as pages receive it. It is what the database holds, which need not satisfy today's
 * schema (e.g. a rank code typed before a list changed), so pages show it with a fallback.
 */
export type StoredRow<S extends ProfileSection> = Plain<DbRows[S]> & { id: string };
export type StoredRows = { [S in ProfileSection]: StoredRow<S>[] };

// ───────────── One interface over the ten Prisma delegates ─────────────

type RowWhere = { id: string; profileId: string };

/** The slice of a Prisma delegate the generic code uses; a wrong column fails to compile. */
type RowDelegate<Data, Select, Row> = {
  create(args: { data: Data & { profileId: string }; select: { id: true } }): PromiseLike<{ id: string }>;
  updateMany(args: { where: RowWhere; data: Data }): PromiseLike<{ count: number }>;
  deleteMany(args: { where: RowWhere }): PromiseLike<{ count: number }>;
  findFirst(args: { where: RowWhere; select: Select }): PromiseLike<Row | null>;
};

type TableConfig<S extends ProfileSection> = {
  entityType: string;
  delegate: (tx: TransactionClient) => RowDelegate<RowData[S], (typeof ROW_SELECTS)[S], DbRows[S]>;
  toDb: (values: ProfileRowData<S>) => RowData[S];
  /** Personal data of third parties (family): the audit row names these fields, never their values. */
  redactedFields?: readonly string[];
  /** The message for a unique-index violation (one appraisal per year). */
  duplicate?: (values: ProfileRowData<S>) => { field: string; message: string };
};

/** What the mutations use: no Prisma types leak out of this file. */
export type RowTable<S extends ProfileSection> = {
  entityType: string;
  redactedFields: readonly string[];
  duplicate?: (values: ProfileRowData<S>) => { field: string; message: string };
  create(tx: TransactionClient, profileId: string, values: ProfileRowData<S>): Promise<{ id: string }>;
  update(tx: TransactionClient, where: RowWhere, values: ProfileRowData<S>): Promise<number>;
  remove(tx: TransactionClient, where: RowWhere): Promise<number>;
  find(tx: TransactionClient, where: RowWhere): Promise<StoredRow<S> | null>;
};

function rowTable<S extends ProfileSection>(section: S, config: TableConfig<S>): RowTable<S> {
  const select = ROW_SELECTS[section];
  return {
    entityType: config.entityType,
    redactedFields: config.redactedFields ?? [],
    duplicate: config.duplicate,
    async create(tx, profileId, values) {
      return config.delegate(tx).create({ data: { ...config.toDb(values), profileId }, select: { id: true } });
    },
    async update(tx, where, values) {
      return (await config.delegate(tx).updateMany({ where, data: config.toDb(values) })).count;
    },
    async remove(tx, where) {
      return (await config.delegate(tx).deleteMany({ where })).count;
    },
    async find(tx, where) {
      const row = await config.delegate(tx).findFirst({ where, select });
      return row ? (toPlain(row) as StoredRow<S>) : null;
    },
  };
}

export const ROW_TABLES: { [S in ProfileSection]: RowTable<S> } = {
  ranks: rowTable("ranks", {
    entityType: "RankHistory",
    delegate: (tx) => tx.rankHistory,
    toDb: (v) => ({ ...v, tmt: toDbDate(v.tmt), decreeDate: toDbDateOrNull(v.decreeDate) }),
  }),
  positions: rowTable("positions", {
    entityType: "PositionHistory",
    delegate: (tx) => tx.positionHistory,
    toDb: (v) => ({ ...v, startDate: toDbDate(v.startDate), endDate: toDbDateOrNull(v.endDate) }),
  }),
  educations: rowTable("educations", {
    entityType: "EducationHistory",
    delegate: (tx) => tx.educationHistory,
    toDb: (v) => ({ ...v, diplomaDate: toDbDateOrNull(v.diplomaDate), gpa: v.gpa === null ? null : new Prisma.Decimal(v.gpa) }),
  }),
  trainings: rowTable("trainings", {
    entityType: "TrainingHistory",
    delegate: (tx) => tx.trainingHistory,
    toDb: (v) => ({ ...v }),
  }),
  assignments: rowTable("assignments", {
    entityType: "AssignmentHistory",
    delegate: (tx) => tx.assignmentHistory,
    toDb: (v) => ({ ...v }),
  }),
  achievements: rowTable("achievements", {
    entityType: "Achievement",
    delegate: (tx) => tx.achievement,
    toDb: (v) => ({ ...v }),
  }),
  publications: rowTable("publications", {
    entityType: "Publication",
    delegate: (tx) => tx.publication,
    toDb: (v) => ({ ...v }),
  }),
  organizations: rowTable("organizations", {
    entityType: "OrganizationHistory",
    delegate: (tx) => tx.organizationHistory,
    toDb: (v) => ({ ...v }),
  }),
  family: rowTable("family", {
    entityType: "FamilyMember",
    delegate: (tx) => tx.familyMember,
    toDb: (v) => ({ ...v, birthDate: toDbDateOrNull(v.birthDate), marriageDate: toDbDateOrNull(v.marriageDate) }),
    redactedFields: ["name", "birthPlace", "birthDate", "marriageDate"],
  }),
  appraisals: rowTable("appraisals", {
    entityType: "PerformanceAppraisal",
    delegate: (tx) => tx.performanceAppraisal,
    toDb: (v) => ({ ...v }),
    duplicate: (v) => ({ field: "year", message: `Penilaian kinerja tahun ${v.year} sudah ada. Ubah baris yang ada.` }),
  }),
};
