import "server-only";
// Maps the applicant's stored CV to what the official forms print (Lampiran I–VIII).
import { prisma } from "@/lib/db";
import { formatCalendarDate } from "@/lib/dates/calendar";
import { isRankCode, rankLabel } from "@/lib/identifiers/rank";
import type { ApplicantFormData, DrhData } from "@/lib/pdf/forms";

const day = (date: Date | null | undefined) => (date ? formatCalendarDate(date.toISOString().slice(0, 10)) : "");
const text = (value: string | number | null | undefined) => (value === null || value === undefined ? "" : String(value));

const EDUCATION_ROW: Record<string, "SD" | "SLTP" | "SLTA" | "DIPLOMA" | "S1" | "S2" | "S3"> = {
  SD: "SD",
  SMP: "SLTP",
  SMA: "SLTA",
  D1: "DIPLOMA",
  D2: "DIPLOMA",
  D3: "DIPLOMA",
  D4: "S1",
  S1: "S1",
  S2: "S2",
  S3: "S3",
};

/** The signed-in applicant's own form data; null when the CV does not exist yet. */
export async function getOwnFormData(userId: string): Promise<ApplicantFormData | null> {
  const profile = await prisma.applicantProfile.findUnique({
    where: { userId },
    select: {
      fullName: true,
      nip: true,
      nik: true,
      npwp: true,
      birthPlace: true,
      birthDate: true,
      gender: true,
      religion: true,
      maritalStatus: true,
      childrenCount: true,
      address: true,
      phone: true,
      email: true,
      unitKerja: true,
      currentRank: true,
      tmtCpns: true,
      currentPositionTitle: true,
      institution: { select: { name: true } },
      ranks: { orderBy: { tmt: "asc" }, select: { rank: true, tmt: true, decreeNumber: true, decreeDate: true } },
      positions: { orderBy: { startDate: "asc" }, select: { title: true, decreeNumber: true, startDate: true, endDate: true, supervisorName: true } },
      educations: { orderBy: { graduationYear: "asc" }, select: { level: true, major: true, institutionName: true, diplomaNumber: true } },
      trainings: { orderBy: { year: "asc" }, select: { name: true, organizer: true, certificateNumber: true, year: true } },
      assignments: { orderBy: { year: "asc" }, select: { teamName: true, agency: true, letterNumber: true, year: true } },
      achievements: { orderBy: { year: "asc" }, select: { title: true, level: true, grantor: true, year: true } },
      publications: { orderBy: { year: "asc" }, select: { title: true, year: true } },
      organizations: { select: { name: true, role: true, years: true } },
      family: {
        orderBy: { birthDate: "asc" },
        select: { relation: true, name: true, birthPlace: true, birthDate: true, marriageDate: true, occupation: true, note: true },
      },
    },
  });
  if (!profile) return null;
  const rank = profile.currentRank && isRankCode(profile.currentRank) ? rankLabel(profile.currentRank) : text(profile.currentRank);
  const drh: DrhData = {
    personal: {
      birthPlace: profile.birthPlace,
      birthDate: day(profile.birthDate),
      gender: profile.gender === "M" ? "Laki-laki" : profile.gender === "F" ? "Perempuan" : "",
      cpnsTmt: day(profile.tmtCpns),
      religion: profile.religion,
      maritalStatus: profile.maritalStatus,
      childrenCount: profile.childrenCount,
      phone: profile.phone,
      email: profile.email,
      nik: profile.nik,
      npwp: profile.npwp,
    },
    ranks: profile.ranks.map((row) => ({
      rank: isRankCode(row.rank) ? rankLabel(row.rank) : row.rank,
      tmt: day(row.tmt),
      decreeNumber: text(row.decreeNumber),
      decreeDate: day(row.decreeDate),
    })),
    positions: profile.positions.map((row) => ({
      title: row.title,
      decreeNumber: text(row.decreeNumber),
      period: `${day(row.startDate)} – ${row.endDate ? day(row.endDate) : "sekarang"}`,
      supervisorName: text(row.supervisorName),
    })),
    educations: profile.educations.map((row) => ({
      level: EDUCATION_ROW[row.level] ?? "S1",
      major: text(row.major),
      institution: row.institutionName,
      certificateNumber: text(row.diplomaNumber),
    })),
    trainings: profile.trainings.map((row) => ({ name: row.name, organiser: text(row.organizer), certificateNumber: text(row.certificateNumber), year: text(row.year) })),
    assignments: profile.assignments.map((row) => ({ teamName: row.teamName, institution: text(row.agency), letterNumber: text(row.letterNumber), year: text(row.year) })),
    achievements: profile.achievements.map((row) => ({ achievement: row.title, level: text(row.level), awardedBy: text(row.grantor), year: text(row.year) })),
    publications: profile.publications.map((row) => ({ title: row.title, year: text(row.year) })),
    organizations: profile.organizations.map((row) => ({ name: row.name, role: text(row.role), year: text(row.years) })),
    spouses: profile.family
      .filter((member) => member.relation === "SPOUSE")
      .map((member) => ({
        name: member.name,
        birthPlace: text(member.birthPlace),
        birthDate: day(member.birthDate),
        marriageDate: day(member.marriageDate),
        occupation: text(member.occupation),
        note: text(member.note),
      })),
    children: profile.family
      .filter((member) => member.relation === "CHILD")
      .map((member) => ({
        name: member.name,
        birthPlace: text(member.birthPlace),
        birthDate: day(member.birthDate),
        occupationOrEducation: text(member.occupation),
        note: text(member.note),
      })),
  };
  return {
    name: profile.fullName,
    nip: text(profile.nip),
    rankLabel: rank,
    positionTitle: text(profile.currentPositionTitle),
    unitKerja: text(profile.unitKerja),
    institutionName: text(profile.institution?.name),
    address: text(profile.address),
    drh,
  };
}
