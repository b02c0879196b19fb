// Data printed on the official forms (Lampiran I–VIII). Everything is a
// display string: dates, periods and years arrive already formatted by the
// caller, so the PDF layer never has to know about time zones or locales.
import type { EducationLevel } from "@/lib/identifiers/education";

/** The selection a form belongs to; every form reads its wording from here. */
export type FormSelection = {
  /** e.g. "Seleksi Terbuka Jabatan Pimpinan Tinggi Pratama Sekretaris Daerah Kota Singkawang Tahun 2025" */
  title: string;
  /** e.g. "Sekretaris Daerah Kota Singkawang" */
  positionTitle: string;
  /** e.g. "Pemerintah Kota Singkawang" */
  organiserName: string;
  /** e.g. "Panitia Seleksi Jabatan Pimpinan Tinggi Pratama di Lingkungan Pemerintah Kota Singkawang" */
  committeeName: string;
  /** e.g. "05/SELTER/SKW/X/2025" */
  announcementNumber: string;
  /** Calendar date YYYY-MM-DD */
  announcementDate: string;
  year: number;
  /** e.g. "Singkawang" */
  city: string;
};

/** Section I of the Daftar Riwayat Hidup (items a–o) not already in ApplicantFormData. */
export type DrhPersonalData = {
  /** c. Tempat lahir */
  birthPlace?: string | null;
  /** c. Tanggal lahir, formatted */
  birthDate?: string | null;
  /** d. Jenis kelamin ("Laki-laki" / "Perempuan") */
  gender?: string | null;
  /** f. TMT CPNS, formatted */
  cpnsTmt?: string | null;
  /** h. Agama */
  religion?: string | null;
  /** i. Status perkawinan */
  maritalStatus?: string | null;
  /** j. Jumlah anak; defaults to the number of children listed in section X */
  childrenCount?: string | number | null;
  /** l. Nomor telepon / HP */
  phone?: string | null;
  /** m. Alamat surel */
  email?: string | null;
  /** n. NIK */
  nik?: string | null;
  /** o. NPWP */
  npwp?: string | null;
  /** The applicant's own answers printed under the declaration; missing ⇒ not printed. */
  hasSevereDiscipline?: boolean | null;
  underDisciplineExam?: boolean | null;
  hasCriminalRecord?: boolean | null;
};

/** II. Riwayat pangkat */
export type DrhRank = { rank: string; tmt: string; decreeNumber: string; decreeDate: string };

/** III. Riwayat jabatan */
export type DrhPosition = { title: string; decreeNumber: string; period: string; supervisorName: string };

/** IV. Riwayat pendidikan formal; the form's fixed rows group the levels (lib/profile/drh-layout.ts). */
export type DrhEducation = {
  level: EducationLevel;
  major: string;
  institution: string;
  certificateNumber: string;
};

/** V. Riwayat pendidikan dan pelatihan */
export type DrhTraining = { name: string; organiser: string; certificateNumber: string; year: string };

/** VI. Riwayat penugasan lain */
export type DrhAssignment = { teamName: string; institution: string; letterNumber: string; year: string };

/** VII. Prestasi; `level` is "Organisasi Kerja", "Nasional", "Internasional", ... */
export type DrhAchievement = { achievement: string; level: string; awardedBy: string; year: string };

/** VIII. Karya tulis */
export type DrhPublication = { title: string; year: string };

/** IX. Kegiatan organisasi / sosial kemasyarakatan */
export type DrhOrganization = { name: string; role: string; year: string };

/** X.1 Istri/Suami */
export type DrhSpouse = {
  name: string;
  birthPlace: string;
  birthDate: string;
  marriageDate: string;
  occupation: string;
  note?: string;
};

/** X.2 Anak */
export type DrhChild = {
  name: string;
  birthPlace: string;
  birthDate: string;
  occupationOrEducation: string;
  note?: string;
};

/** The full Daftar Riwayat Hidup (Lampiran II). */
export type DrhData = {
  personal?: DrhPersonalData;
  ranks?: DrhRank[];
  positions?: DrhPosition[];
  educations?: DrhEducation[];
  trainings?: DrhTraining[];
  assignments?: DrhAssignment[];
  achievements?: DrhAchievement[];
  publications?: DrhPublication[];
  organizations?: DrhOrganization[];
  spouses?: DrhSpouse[];
  children?: DrhChild[];
};

/** What the portal knows about the applicant; it pre-fills the applicant's part of each form. */
export type ApplicantFormData = {
  /** Full name with academic titles */
  name: string;
  nip: string;
  /** e.g. "Pembina Tk. I (IV/b)" */
  rankLabel: string;
  positionTitle: string;
  unitKerja: string;
  /** e.g. "Pemerintah Kabupaten Sambas" */
  institutionName: string;
  address: string;
  drh?: DrhData | null;
};

export type FormContext = {
  selection: FormSelection;
  /** Missing ⇒ the blank form, as published with the announcement. */
  applicant?: ApplicantFormData | null;
};
