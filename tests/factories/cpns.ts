// A small CPNS selection of a test's own (two formations, the regime's stages, rules and documents), written
// by the same domain function as the seed and the admin's "create from template". Registration is open
// now and closes in 30 days, so applicants can apply at once. Real rows in the test database (no mocks).
import crypto from "node:crypto";
import { prisma } from "@/lib/db";
import { utcToWibCalendarDate, utcToWibDateTime } from "@/lib/dates/wib";
import { insertSelection } from "@/lib/selection-setup/mutations";
import type { SelectionSeed } from "@/lib/selection-setup/types";
import { sawahlunto2019 } from "@/prisma/seed-data/sawahlunto-2019";
import { demoUserId } from "./applications";
import { addSubmittedApplication, type NonAsnTestApplicant, type ResultSelection } from "./results";

const DAY = 24 * 60 * 60 * 1000;
const PDF = ["application/pdf"];
const IMAGE = ["image/jpeg", "image/png"];
const MiB = 1024 * 1024;

/** WIB "YYYY-MM-DDTHH:mm" of now + `days`. */
function wibIn(days: number): string {
  return utcToWibDateTime(new Date(Date.now() + days * DAY));
}

export function cpnsTestSeed(label: string): SelectionSeed {
  const suffix = crypto.randomBytes(3).toString("hex");
  const stage = (kind: SelectionSeed["stages"][number]["kind"], name: string, from: number, to: number, weight: number | null = null) => ({
    kind,
    scheduleNo: null,
    name,
    startsAt: wibIn(from),
    endsAt: wibIn(to),
    isAllDay: false,
    responsible: null,
    note: null,
    isScored: weight !== null,
    weight,
    minimumScore: null,
  });
  const document = (number: number, title: string, form: "ORIGINAL" | "COPY" | "PHOTO", types = PDF) => ({
    number,
    title,
    form,
    requiresStamp: false,
    copies: 1,
    dueStage: "REGISTRATION" as const,
    condition: "ALWAYS" as const,
    acceptedTypes: types,
    maxSizeBytes: 2 * MiB,
    formCode: null,
    ruleIds: [],
    note: null,
  });
  return {
    slug: `uji-cpns-${label}-${suffix}`,
    regime: "CPNS",
    title: `Seleksi Uji CPNS ${label} ${suffix}`,
    summary: "Seleksi penerimaan CPNS untuk pengujian.",
    status: "OPEN",
    organiser: { name: "Pemerintah Kota Sawahlunto", regionCode: "13.73", level: "CITY" },
    committeeName: "Panitia Seleksi Pengadaan CPNS Kota Sawahlunto",
    committeeAddress: "Jl. Soekarno-Hatta No. 1, Sawahlunto",
    announcementNumber: `800/${suffix}/BKPSDM-SWL/2019`,
    announcementDate: utcToWibCalendarDate(new Date(Date.now() - DAY)),
    announcementPlace: "Sawahlunto",
    chairName: "Ketua Panitia Uji",
    legalBasis: [],
    registrationOpensAt: wibIn(-1),
    registrationClosesAt: wibIn(30),
    documentDeadlineAt: wibIn(30),
    referenceDatePlanned: utcToWibCalendarDate(new Date(Date.now() + 30 * DAY)),
    ageReading: "STRICT",
    minApplicantsPerVacancy: 1,
    shortlistPerQuota: 3,
    shortlistOrder: "RANKED",
    rejectionNeedsSecondCheck: false,
    objectionEnabled: true,
    objectionWindowDays: 3,
    skdThresholds: sawahlunto2019.skdThresholds,
    registrationTerms: [],
    otherTerms: [],
    scheduleNote: null,
    vacancies: [
      { code: `A${suffix.slice(0, 3).toUpperCase()}`, title: "Pranata Komputer Ahli Pertama", eselon: null, unit: "Dinas Komunikasi dan Informatika", quota: 2, educationRequired: ["S1"] },
      { code: `B${suffix.slice(0, 3).toUpperCase()}`, title: "Perawat Terampil", eselon: null, unit: "RSUD Sawahlunto", quota: 1, educationRequired: ["D3"] },
    ],
    stages: [
      stage("REGISTRATION", "Pendaftaran", -1, 30),
      stage("ADMINISTRATIVE", "Seleksi administrasi", 31, 35),
      stage("ADMIN_RESULT", "Pengumuman hasil seleksi administrasi", 36, 36),
      stage("OBJECTION", "Masa sanggah", 36, 39),
      stage("SKD", "Seleksi Kompetensi Dasar (SKD)", 45, 50, 40),
      stage("SKB", "Seleksi Kompetensi Bidang (SKB)", 60, 65, 60),
      stage("FINAL_RESULT", "Pengumuman hasil akhir", 70, 70),
    ],
    rules: [
      { ruleId: "age_range", text: "Berusia paling rendah 18 tahun dan paling tinggi 35 tahun pada saat melamar", sourceItem: null, params: { min: 18, max: 35 } },
      { ruleId: "not_civil_servant", text: "Tidak berkedudukan sebagai PNS, TNI atau Polri", sourceItem: null, params: {} },
      { ruleId: "education_in_formation", text: "Kualifikasi pendidikan sesuai formasi yang dilamar", sourceItem: null, params: { accepted: ["S1", "D3"] } },
    ],
    documents: [
      document(1, "Surat lamaran", "ORIGINAL"),
      document(2, "Kartu Tanda Penduduk (KTP)", "COPY"),
      document(3, "Ijazah dan transkrip nilai yang dilegalisir", "COPY"),
      document(4, "Pas foto berlatar belakang merah", "PHOTO", IMAGE),
    ],
    forms: [],
  };
}

export type CpnsTestSelection = { id: string; slug: string; title: string; vacancies: Array<{ id: string; code: string; quota: number }> };

export async function createCpnsSelection(label: string, adjust?: (seed: SelectionSeed) => SelectionSeed): Promise<CpnsTestSelection> {
  const base = cpnsTestSeed(label);
  const seed = adjust ? adjust(base) : base;
  const id = await prisma.$transaction((tx) => insertSelection(tx, seed, { actorId: null, source: "test" }));
  const vacancies = await prisma.vacancy.findMany({ where: { selectionId: id }, orderBy: { order: "asc" }, select: { id: true, code: true, quota: true } });
  return { id, slug: seed.slug, title: seed.title, vacancies };
}

export type CpnsCommittee = { chairId: string; memberId: string; secretariatId: string; secondSecretariatId: string };

/** Seats the demo chair, a member and the secretariat on the selection (the lead's admin pages do this in the app). */
export async function seatCpnsCommittee(selection: CpnsTestSelection): Promise<CpnsCommittee> {
  const [chairId, memberId, secretariatId, secondSecretariatId] = await Promise.all(
    ["ketua", "anggota", "sekretariat", "sekretariat2"].map((name) => demoUserId(`${name}@demo.seleksi.id`)),
  );
  await prisma.committeeMember.createMany({
    data: [
      { selectionId: selection.id, userId: chairId!, position: "CHAIR" },
      { selectionId: selection.id, userId: memberId!, position: "MEMBER" },
      { selectionId: selection.id, userId: secretariatId!, position: "SECRETARY" },
    ],
  });
  return { chairId: chairId!, memberId: memberId!, secretariatId: secretariatId!, secondSecretariatId: secondSecretariatId! };
}

/**
 * A CPNS applicant (no NIP) with an application to the formation, made by the results factory, and the CV
 * data the ranking's tie-breaks read: the birth date and the diploma's GPA at the formation's level.
 */
export async function addCpnsCandidate(
  selection: CpnsTestSelection,
  committee: CpnsCommittee,
  options: { name: string; vacancyIndex: number; birthDate: string; gpa: number | null; level?: "S1" | "D3"; decision?: "MS" | "TMS" | null },
): Promise<NonAsnTestApplicant> {
  const base: ResultSelection = { id: selection.id, slug: selection.slug, vacancyIds: selection.vacancies.map((vacancy) => vacancy.id), ...committee };
  const applicant = await addSubmittedApplication(base, { name: options.name, nip: null, vacancyIndex: options.vacancyIndex, decision: options.decision ?? "MS" });
  const profile = await prisma.applicantProfile.update({
    where: { userId: applicant.userId },
    data: { birthDate: new Date(`${options.birthDate}T00:00:00Z`), employmentStatus: "NON_ASN" },
    select: { id: true },
  });
  await prisma.educationHistory.create({
    data: {
      profileId: profile.id,
      level: options.level ?? (options.vacancyIndex === 0 ? "S1" : "D3"),
      institutionName: "Universitas Andalas",
      gpa: options.gpa === null ? null : options.gpa.toFixed(2),
    },
  });
  return applicant;
}
