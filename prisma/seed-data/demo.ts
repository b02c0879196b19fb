// Demo accounts (one per role) and demo applicants. The password is for local demos only and is
// printed in the README; production accounts are created by an admin.
import type { CommitteePosition, EducationLevel, InstitutionLevel, PositionLevel } from "@/lib/generated/prisma/enums";
import type { RoleName } from "@/lib/auth/permissions";
import { sawahlunto2019 } from "./sawahlunto-2019";
import { singkawang2025 } from "./singkawang-2025";

export const DEMO_PASSWORD = "DemoSeleksi2025";

// BPS region codes: 61 Kalimantan Barat and all its 12 regencies (6101–6112) and 2 cities (6171–6172), the
// governments the Singkawang 2025 announcement invites. 62 (Kalimantan Tengah) is outside its scope, for
// demos of the region rule. More are added by the administrator at /pansel/instansi.
export const INSTITUTIONS: { name: string; regionCode: string; level: InstitutionLevel }[] = [
  { name: "Pemerintah Provinsi Kalimantan Barat", regionCode: "61", level: "PROVINCE" },
  { name: "Pemerintah Kabupaten Sambas", regionCode: "6101", level: "REGENCY" },
  { name: "Pemerintah Kabupaten Bengkayang", regionCode: "6102", level: "REGENCY" },
  { name: "Pemerintah Kabupaten Landak", regionCode: "6103", level: "REGENCY" },
  { name: "Pemerintah Kabupaten Mempawah", regionCode: "6104", level: "REGENCY" },
  { name: "Pemerintah Kabupaten Sanggau", regionCode: "6105", level: "REGENCY" },
  { name: "Pemerintah Kabupaten Ketapang", regionCode: "6106", level: "REGENCY" },
  { name: "Pemerintah Kabupaten Sintang", regionCode: "6107", level: "REGENCY" },
  { name: "Pemerintah Kabupaten Kapuas Hulu", regionCode: "6108", level: "REGENCY" },
  { name: "Pemerintah Kabupaten Sekadau", regionCode: "6109", level: "REGENCY" },
  { name: "Pemerintah Kabupaten Melawi", regionCode: "6110", level: "REGENCY" },
  { name: "Pemerintah Kabupaten Kayong Utara", regionCode: "6111", level: "REGENCY" },
  { name: "Pemerintah Kabupaten Kubu Raya", regionCode: "6112", level: "REGENCY" },
  { name: "Pemerintah Kota Pontianak", regionCode: "6171", level: "CITY" },
  { name: "Pemerintah Kota Singkawang", regionCode: "6172", level: "CITY" },
  { name: "Pemerintah Provinsi Kalimantan Tengah", regionCode: "62", level: "PROVINCE" },
];

/** A demo staff account's seat on the Pansel of one demo selection (by slug). */
export type DemoSeat = { selection: string; position: CommitteePosition };

const SINGKAWANG = singkawang2025.slug;
const SAWAHLUNTO = sawahlunto2019.slug;

// Each Pansel account sits on one selection only: the Singkawang accounts see nothing of the CPNS demo and
// the CPNS accounts nothing of Singkawang (lib/auth/selection-access.ts). Admin and PPK reach every selection.
export const DEMO_STAFF: {
  email: string;
  name: string;
  nip: string | null;
  roles: RoleName[];
  committee: DemoSeat | null;
  /** PPK accounts: the agencies (institution names) whose selections they approve and choose for. */
  ppkOf?: string[];
}[] = [
  { email: "admin@demo.seleksi.id", name: "Admin Portal", nip: null, roles: ["ADMIN"], committee: null },
  { email: "sekretariat@demo.seleksi.id", name: "Rina Sekretariat", nip: null, roles: ["SECRETARIAT"], committee: { selection: SINGKAWANG, position: "SECRETARY" } },
  { email: "sekretariat2@demo.seleksi.id", name: "Budi Sekretariat", nip: null, roles: ["SECRETARIAT"], committee: { selection: SINGKAWANG, position: "SECRETARY" } },
  { email: "ketua@demo.seleksi.id", name: "Dr. HERMANSYAH, S.H., M.Hum", nip: null, roles: ["CHAIR", "COMMITTEE"], committee: { selection: SINGKAWANG, position: "CHAIR" } },
  { email: "anggota@demo.seleksi.id", name: "Anggota Pansel Satu", nip: null, roles: ["COMMITTEE"], committee: { selection: SINGKAWANG, position: "MEMBER" } },
  { email: "anggota2@demo.seleksi.id", name: "Anggota Pansel Dua", nip: null, roles: ["COMMITTEE"], committee: { selection: SINGKAWANG, position: "MEMBER" } },
  { email: "ppk@demo.seleksi.id", name: "Wali Kota Singkawang", nip: null, roles: ["PPK"], committee: null, ppkOf: [singkawang2025.organiser.name] },
  // The CPNS demo (Sawahlunto 2019 guideline): its chair is the Sekretaris Daerah (II.B.c of the guideline).
  { email: "sekretariat.cpns@demo.seleksi.id", name: "Dewi Sekretariat CPNS", nip: null, roles: ["SECRETARIAT"], committee: { selection: SAWAHLUNTO, position: "SECRETARY" } },
  { email: "ketua.cpns@demo.seleksi.id", name: "Sekretaris Daerah Kota Sawahlunto", nip: null, roles: ["CHAIR", "COMMITTEE"], committee: { selection: SAWAHLUNTO, position: "CHAIR" } },
  { email: "anggota.cpns@demo.seleksi.id", name: "Anggota Pansel CPNS", nip: null, roles: ["COMMITTEE"], committee: { selection: SAWAHLUNTO, position: "MEMBER" } },
];

type DemoApplicant = {
  email: string;
  profile: {
    fullName: string;
    nip: string;
    nik: string;
    birthPlace: string;
    birthDate: string;
    gender: "M" | "F";
    religion: string;
    maritalStatus: string;
    phone: string;
    address: string;
    employmentStatus: "PNS";
    institution: string;
    unitKerja: string;
    currentRank: string;
    tmtCpns: string;
    currentPositionTitle: string;
    positions: { title: string; level: PositionLevel; eselon: string | null; startDate: string; endDate: string | null }[];
    ranks: { rank: string; tmt: string }[];
    educations: { level: EducationLevel; major: string; institutionName: string; graduationYear: number }[];
    appraisals: { year: number; allElementsAtLeastGood: boolean }[];
  };
};

const GOOD_APPRAISALS = [
  { year: 2023, allElementsAtLeastGood: true },
  { year: 2024, allElementsAtLeastGood: true },
];

export const DEMO_APPLICANTS: DemoApplicant[] = [
  {
    email: "pelamar@demo.seleksi.id",
    profile: {
      fullName: "Drs. Ahmad Fauzi, M.Si",
      nip: "197203151998031002",
      nik: "6172011503720001",
      birthPlace: "Singkawang",
      birthDate: "1972-03-15",
      gender: "M",
      religion: "Islam",
      maritalStatus: "Kawin",
      phone: "081234567801",
      address: "Jl. Diponegoro No. 10, Singkawang",
      employmentStatus: "PNS",
      institution: "Pemerintah Kota Singkawang",
      unitKerja: "Badan Perencanaan Pembangunan Daerah",
      currentRank: "IV/b",
      tmtCpns: "1998-03-01",
      currentPositionTitle: "Kepala Bidang Perencanaan Ekonomi",
      positions: [
        { title: "Kepala Bidang Perencanaan Ekonomi", level: "ADMINISTRATOR", eselon: "III.b", startDate: "2020-01-06", endDate: null },
        { title: "Kepala Subbidang Ekonomi", level: "PENGAWAS", eselon: "IV.a", startDate: "2014-02-03", endDate: "2020-01-05" },
      ],
      ranks: [
        { rank: "IV/b", tmt: "2021-04-01" },
        { rank: "IV/a", tmt: "2017-04-01" },
      ],
      educations: [
        { level: "S1", major: "Ilmu Pemerintahan", institutionName: "Universitas Tanjungpura", graduationYear: 1996 },
        { level: "S2", major: "Administrasi Publik", institutionName: "Universitas Tanjungpura", graduationYear: 2008 },
      ],
      appraisals: GOOD_APPRAISALS,
    },
  },
  {
    email: "siti.rahma@demo.seleksi.id",
    profile: {
      fullName: "Dr. Siti Rahmawati, S.E., M.M.",
      nip: "197510222000122001",
      nik: "6171056210750002",
      birthPlace: "Pontianak",
      birthDate: "1975-10-22",
      gender: "F",
      religion: "Islam",
      maritalStatus: "Kawin",
      phone: "081234567802",
      address: "Jl. Ahmad Yani No. 5, Pontianak",
      employmentStatus: "PNS",
      institution: "Pemerintah Provinsi Kalimantan Barat",
      unitKerja: "Badan Pengelolaan Keuangan dan Aset Daerah",
      currentRank: "IV/c",
      tmtCpns: "2000-12-01",
      currentPositionTitle: "Sekretaris Badan Pengelolaan Keuangan dan Aset Daerah",
      positions: [
        { title: "Sekretaris Badan Pengelolaan Keuangan dan Aset Daerah", level: "ADMINISTRATOR", eselon: "III.a", startDate: "2019-07-01", endDate: null },
      ],
      ranks: [{ rank: "IV/c", tmt: "2022-10-01" }],
      educations: [
        { level: "S1", major: "Akuntansi", institutionName: "Universitas Tanjungpura", graduationYear: 1998 },
        { level: "S3", major: "Ilmu Manajemen", institutionName: "Universitas Brawijaya", graduationYear: 2016 },
      ],
      appraisals: GOOD_APPRAISALS,
    },
  },
  {
    email: "yohanes@demo.seleksi.id",
    profile: {
      fullName: "Yohanes Lim, S.T., M.T.",
      nip: "198001052005011003",
      nik: "6107010501800003",
      birthPlace: "Bengkayang",
      birthDate: "1980-01-05",
      gender: "M",
      religion: "Katolik",
      maritalStatus: "Kawin",
      phone: "081234567803",
      address: "Jl. Sanggau Ledo No. 3, Bengkayang",
      employmentStatus: "PNS",
      institution: "Pemerintah Kabupaten Bengkayang",
      unitKerja: "Dinas Pekerjaan Umum dan Penataan Ruang",
      currentRank: "IV/a",
      tmtCpns: "2005-01-01",
      currentPositionTitle: "Kepala Bidang Bina Marga",
      positions: [
        { title: "Kepala Bidang Bina Marga", level: "ADMINISTRATOR", eselon: "III.b", startDate: "2022-03-01", endDate: null },
      ],
      ranks: [{ rank: "IV/a", tmt: "2021-10-01" }],
      educations: [{ level: "S2", major: "Teknik Sipil", institutionName: "Universitas Gadjah Mada", graduationYear: 2012 }],
      appraisals: GOOD_APPRAISALS,
    },
  },
  // Two more eligible applicants who, with Siti, have submitted applications in the demo
  // (prisma/seed-data/demo-applications.ts): the secretariat's verification has work to do.
  {
    email: "hendri.kurniawan@demo.seleksi.id",
    profile: {
      fullName: "Hendri Kurniawan, S.Sos., M.Si.",
      nip: "197408171999031004",
      nik: "6172011708740005",
      birthPlace: "Singkawang",
      birthDate: "1974-08-17",
      gender: "M",
      religion: "Buddha",
      maritalStatus: "Kawin",
      phone: "081234567804",
      address: "Jl. Niaga No. 21, Singkawang",
      employmentStatus: "PNS",
      institution: "Pemerintah Kota Singkawang",
      unitKerja: "Dinas Pendidikan dan Kebudayaan",
      currentRank: "IV/c",
      tmtCpns: "1999-03-01",
      currentPositionTitle: "Kepala Dinas Pendidikan dan Kebudayaan",
      positions: [
        { title: "Kepala Dinas Pendidikan dan Kebudayaan", level: "JPT_PRATAMA", eselon: "II.b", startDate: "2021-02-01", endDate: null },
        { title: "Sekretaris Dinas Pendidikan", level: "ADMINISTRATOR", eselon: "III.a", startDate: "2015-06-01", endDate: "2021-01-31" },
      ],
      ranks: [
        { rank: "IV/c", tmt: "2021-10-01" },
        { rank: "IV/b", tmt: "2017-10-01" },
      ],
      educations: [
        { level: "S1", major: "Sosiologi", institutionName: "Universitas Tanjungpura", graduationYear: 1997 },
        { level: "S2", major: "Ilmu Administrasi Negara", institutionName: "Universitas Tanjungpura", graduationYear: 2010 },
      ],
      appraisals: GOOD_APPRAISALS,
    },
  },
  {
    email: "nurul.aini@demo.seleksi.id",
    profile: {
      fullName: "Nurul Aini, S.H., M.H.",
      nip: "197804092003012002",
      nik: "6101054904780006",
      birthPlace: "Sambas",
      birthDate: "1978-04-09",
      gender: "F",
      religion: "Islam",
      maritalStatus: "Kawin",
      phone: "081234567805",
      address: "Jl. Gusti Hamzah No. 7, Sambas",
      employmentStatus: "PNS",
      institution: "Pemerintah Kabupaten Sambas",
      unitKerja: "Sekretariat Daerah Kabupaten Sambas",
      currentRank: "IV/b",
      tmtCpns: "2003-01-01",
      currentPositionTitle: "Kepala Bagian Hukum",
      positions: [
        { title: "Kepala Bagian Hukum", level: "ADMINISTRATOR", eselon: "III.a", startDate: "2020-03-02", endDate: null },
        { title: "Kepala Subbagian Perundang-undangan", level: "PENGAWAS", eselon: "IV.a", startDate: "2014-05-05", endDate: "2020-03-01" },
      ],
      ranks: [
        { rank: "IV/b", tmt: "2022-04-01" },
        { rank: "IV/a", tmt: "2018-04-01" },
      ],
      educations: [
        { level: "S1", major: "Ilmu Hukum", institutionName: "Universitas Tanjungpura", graduationYear: 2001 },
        { level: "S2", major: "Ilmu Hukum", institutionName: "Universitas Tanjungpura", graduationYear: 2011 },
      ],
      appraisals: GOOD_APPRAISALS,
    },
  },
];
