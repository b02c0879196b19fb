// The personal-data form's starting values from the stored CV: text inputs hold "" when empty,
// the yes/no questions "true"/"false"/"" (not answered yet).
import type { StoredPersonalData } from "@/lib/profile/row-tables";
import type { PersonalDataInput } from "@/lib/validation/profile";

const text = (value: string | number | null) => (value === null ? "" : String(value));
const yesNo = (value: boolean | null) => (value === null ? "" : value ? "true" : "false");

export function personalFormValues(
  profile: { version: number; personal: StoredPersonalData } | null,
  account: { name: string },
): PersonalDataInput {
  if (!profile) {
    // No CV yet: version 0 tells the server to create it.
    return { ...personalFormValues({ version: 0, personal: EMPTY_PERSONAL }, account), fullName: account.name };
  }
  const p = profile.personal;
  return {
    version: profile.version,
    fullName: text(p.fullName),
    birthPlace: text(p.birthPlace),
    birthDate: text(p.birthDate),
    gender: text(p.gender),
    religion: text(p.religion),
    maritalStatus: text(p.maritalStatus),
    childrenCount: text(p.childrenCount),
    address: text(p.address),
    phone: text(p.phone),
    nik: text(p.nik),
    npwp: text(p.npwp),
    employmentStatus: text(p.employmentStatus),
    institutionId: text(p.institutionId),
    unitKerja: text(p.unitKerja),
    currentRank: text(p.currentRank),
    tmtCpns: text(p.tmtCpns),
    currentPositionTitle: text(p.currentPositionTitle),
    hasSevereDiscipline: yesNo(p.hasSevereDiscipline),
    underDisciplineExam: yesNo(p.underDisciplineExam),
    hasCriminalRecord: yesNo(p.hasCriminalRecord),
  };
}

const EMPTY_PERSONAL: StoredPersonalData = {
  fullName: "",
  birthPlace: null,
  birthDate: null,
  gender: null,
  religion: null,
  maritalStatus: null,
  childrenCount: null,
  address: null,
  phone: null,
  nik: "",
  npwp: null,
  employmentStatus: null,
  institutionId: null,
  unitKerja: null,
  currentRank: null,
  tmtCpns: null,
  currentPositionTitle: null,
  hasSevereDiscipline: null,
  underDisciplineExam: null,
  hasCriminalRecord: null,
};
