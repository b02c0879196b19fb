// The stored CV as the forms print it (Lampiran I–VIII): every value a display string, dates in
// Indonesian, codes as their labels, missing values empty. One mapping for the printable DRH page
// and the PDF forms, so both show the same rows in the same order. Pure.
import { formatCalendarDate, isCalendarDate } from "@/lib/dates/calendar";
import { formatNpwp } from "@/lib/identifiers/npwp";
import { isRankCode, rankLabel } from "@/lib/identifiers/rank";
import type { ApplicantFormData } from "@/lib/pdf/forms-types";
import { GENDER_LABELS, type Gender } from "@/lib/profile/options";
import type { StoredPersonalData, StoredRows } from "@/lib/profile/row-tables";

/** What the mapping reads of the applicant's own profile (lib/profile/queries getOwnProfile). */
export type DrhProfile = {
  nip: string | null;
  /** The account's e-mail, which the CV shows. */
  email: string;
  institution: { name: string } | null;
  personal: StoredPersonalData;
  rows: Omit<StoredRows, "appraisals">;
};

const text = (value: string | number | null | undefined): string => (value === null || value === undefined ? "" : String(value).trim());
const day = (value: string | null | undefined): string => (value && isCalendarDate(value) ? formatCalendarDate(value) : text(value));
const rank = (code: string | null | undefined): string => (code && isRankCode(code) ? rankLabel(code) : text(code));
const joined = (parts: Array<string | null | undefined>, separator: string): string => parts.map(text).filter(Boolean).join(separator);

/** The applicant's identity and full Daftar Riwayat Hidup, ready to print. */
export function drhFormDataFromProfile(profile: DrhProfile): ApplicantFormData {
  const { personal: p, rows } = profile;
  const spouses = rows.family.filter((member) => member.relation === "SPOUSE");
  const children = rows.family.filter((member) => member.relation === "CHILD");
  return {
    name: text(p.fullName),
    nip: text(profile.nip),
    rankLabel: rank(p.currentRank),
    positionTitle: text(p.currentPositionTitle),
    unitKerja: text(p.unitKerja),
    institutionName: text(profile.institution?.name),
    address: text(p.address),
    drh: {
      personal: {
        birthPlace: text(p.birthPlace),
        birthDate: day(p.birthDate),
        gender: p.gender && p.gender in GENDER_LABELS ? GENDER_LABELS[p.gender as Gender] : text(p.gender),
        cpnsTmt: day(p.tmtCpns),
        religion: text(p.religion),
        maritalStatus: text(p.maritalStatus),
        childrenCount: p.childrenCount,
        phone: text(p.phone),
        email: profile.email,
        nik: text(p.nik),
        npwp: p.npwp ? formatNpwp(p.npwp) : "",
        hasSevereDiscipline: p.hasSevereDiscipline,
        underDisciplineExam: p.underDisciplineExam,
        hasCriminalRecord: p.hasCriminalRecord,
      },
      ranks: rows.ranks.map((row) => ({ rank: rank(row.rank), tmt: day(row.tmt), decreeNumber: text(row.decreeNumber), decreeDate: day(row.decreeDate) })),
      positions: rows.positions.map((row) => ({
        title: joined([row.title, row.unitKerja], ", "),
        decreeNumber: text(row.decreeNumber),
        period: `${day(row.startDate)} – ${row.endDate ? day(row.endDate) : "sekarang"}`,
        supervisorName: text(row.supervisorName),
      })),
      educations: rows.educations.map((row) => ({
        level: row.level,
        major: text(row.major),
        institution: text(row.institutionName),
        certificateNumber: text(row.diplomaNumber),
      })),
      trainings: rows.trainings.map((row) => ({ name: text(row.name), organiser: text(row.organizer), certificateNumber: text(row.certificateNumber), year: text(row.year) })),
      assignments: rows.assignments.map((row) => ({ teamName: text(row.teamName), institution: text(row.agency), letterNumber: text(row.letterNumber), year: text(row.year) })),
      achievements: rows.achievements.map((row) => ({ achievement: text(row.title), level: text(row.level), awardedBy: text(row.grantor), year: text(row.year) })),
      publications: rows.publications.map((row) => ({ title: row.kind ? `${text(row.title)} (${row.kind})` : text(row.title), year: text(row.year) })),
      organizations: rows.organizations.map((row) => ({ name: text(row.name), role: text(row.role), year: text(row.years) })),
      spouses: spouses.map((member) => ({
        name: text(member.name),
        birthPlace: text(member.birthPlace),
        birthDate: day(member.birthDate),
        marriageDate: day(member.marriageDate),
        occupation: text(member.occupation),
        note: text(member.note),
      })),
      children: children.map((member) => ({
        name: text(member.name),
        birthPlace: text(member.birthPlace),
        birthDate: day(member.birthDate),
        occupationOrEducation: text(member.occupation),
        note: text(member.note),
      })),
    },
  };
}
