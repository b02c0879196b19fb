// GENERATED DEMO DATA for the CPNS demo selection (Sawahlunto 2019 model): a few hundred invented applicants
// spread over its formations at different stages, so that the secretariat's queue, the dashboard and the
// exports of the CPNS demo look like a real registration period. Nobody here exists: names are drawn from
// common Indonesian given names and family names, NIKs are valid in form (a Sumatera Barat region code, the
// birth date with +40 for women, a sequence) but made up, every e-mail is @pelamar-demo.seleksi.id and every
// address says "data demo".
//
// Seeded only by `npm run demo` (seedDatabase({ demoApplicants: true })): the test and integration seeds
// stay as fast as before. Deterministic (a fixed pseudo-random sequence), written through the real domain
// functions (apply, upload, submit, verify, decide) at dates inside the demo's registration window, and
// resumable: a person already written is continued, never duplicated.
//
// No SKD scores: the product takes CAT results only after the administrative result is published, which
// closes registration (lib/cat-results/texts.ts). The demo keeps its registration open for visitors, so the
// furthest stage here is the secretariat's decision (MS, or TMS with its reason), not yet published.
import { toCalendarDate, type CalendarDate } from "@/lib/dates/calendar";
import type { EducationLevel } from "@/lib/identifiers/education";
import type { Accreditation } from "@/lib/generated/prisma/enums";

export const CPNS_DEMO_EMAIL_DOMAIN = "pelamar-demo.seleksi.id";
export const CPNS_DEMO_APPLICANT_COUNT = 320;

/** How far a generated application has gone: its documents partly uploaded, sent, or decided by the secretariat. */
export type DemoStage = "DRAFT" | "SUBMITTED" | "VERIFIED_MS" | "VERIFIED_TMS";

export type DemoCpnsApplicant = {
  index: number;
  email: string;
  fullName: string;
  nik: string;
  gender: "M" | "F";
  birthDate: CalendarDate;
  birthPlace: string;
  address: string;
  phone: string;
  formationCode: string;
  education: { level: EducationLevel; major: string; institutionName: string; graduationYear: number; diplomaDate: CalendarDate; gpa: string; accreditation: Accreditation };
  stage: DemoStage;
  /** Minutes after registration opens at which the person applies (and, unless a draft, submits). */
  appliedAfterMinutes: number;
};

// What each formation of the demo selection asks for (prisma/seed-data/sawahlunto-2019.ts) and how many of the
// generated applicants choose it: a degree that matches, and the title that goes with it.
const FORMATIONS: Array<{ code: string; share: number; degrees: Array<{ level: EducationLevel; major: string; title: string }> }> = [
  { code: "PK-AP", share: 0.3, degrees: [{ level: "S1", major: "Teknik Informatika", title: "S.Kom." }, { level: "S1", major: "Sistem Informasi", title: "S.Kom." }] },
  { code: "PRW-T", share: 0.22, degrees: [{ level: "D3", major: "Keperawatan", title: "A.Md.Kep." }] },
  {
    code: "GK-AP",
    share: 0.33,
    degrees: [
      { level: "S1", major: "Pendidikan Guru Sekolah Dasar", title: "S.Pd." },
      { level: "D4", major: "Pendidikan Guru Sekolah Dasar", title: "S.Tr.Pd." },
    ],
  },
  {
    code: "AK-AP",
    share: 0.15,
    degrees: [
      { level: "S1", major: "Ilmu Administrasi Negara", title: "S.A.P." },
      { level: "S1", major: "Ilmu Hukum", title: "S.H." },
      { level: "D4", major: "Manajemen Sumber Daya Manusia", title: "S.Tr.M." },
    ],
  },
];

const MALE = ["Ahmad", "Rizki", "Fajar", "Andi", "Hendra", "Irfan", "Yusuf", "Rahmat", "Arif", "Reza", "Dimas", "Fikri", "Taufik", "Hafiz", "Ilham", "Aldi", "Yoga", "Rendi", "Ikhsan", "Zulfikar"];
const FEMALE = ["Putri", "Siti", "Nurul", "Dewi", "Rahmi", "Fitri", "Aulia", "Annisa", "Wulan", "Indah", "Mega", "Rina", "Yulia", "Zahra", "Laila", "Sri", "Vina", "Nadia", "Ayu", "Tri"];
const FAMILY = ["Pratama", "Saputra", "Hidayat", "Kurniawan", "Rahmawati", "Lestari", "Permata", "Maharani", "Chaniago", "Piliang", "Tanjung", "Sikumbang", "Koto", "Jambak", "Nasution", "Harahap", "Syahputra", "Wahyuni", "Anggraini", "Firmansyah"];
const UNIVERSITIES = ["Universitas Andalas", "Universitas Negeri Padang", "Universitas Putra Indonesia YPTK", "Universitas Bung Hatta", "Poltekkes Kemenkes Padang", "UIN Imam Bonjol Padang"];
// Sumatera Barat: Sawahlunto (1373), Padang (1371), Solok (1372), Sijunjung (1303), Tanah Datar (1304), Bukittinggi (1375).
const REGIONS: Array<{ code: string; place: string }> = [
  { code: "137301", place: "Sawahlunto" },
  { code: "137302", place: "Sawahlunto" },
  { code: "137101", place: "Padang" },
  { code: "137201", place: "Solok" },
  { code: "130301", place: "Sijunjung" },
  { code: "130401", place: "Batusangkar" },
  { code: "137501", place: "Bukittinggi" },
];

/** mulberry32: a small deterministic generator, so every run of the demo seed writes the same people. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (value: number, length = 2) => String(value).padStart(length, "0");

/** Stages in the proportions of a registration under way: 20% drafts, 45% sent, 30% passed, 5% failed. */
function stageOf(index: number): DemoStage {
  const slot = index % 20;
  if (slot < 4) return "DRAFT";
  if (slot < 13) return "SUBMITTED";
  return slot < 19 ? "VERIFIED_MS" : "VERIFIED_TMS";
}

/**
 * The generated applicants, `count` of them. Birth dates make everyone 22–34 on the demo's reference date
 * (20 November 2026), inside the selection's 18–35; each degree matches the formation chosen.
 */
export function generateCpnsDemoApplicants(count = CPNS_DEMO_APPLICANT_COUNT): DemoCpnsApplicant[] {
  const next = random(2019_1373);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const people: DemoCpnsApplicant[] = [];
  let cumulative = 0;
  const bounds = FORMATIONS.map((formation) => (cumulative += formation.share));
  for (let index = 0; index < count; index += 1) {
    const position = (index + 0.5) / count;
    const formation = FORMATIONS[bounds.findIndex((bound) => position <= bound + 1e-9)] ?? FORMATIONS.at(-1)!;
    const degree = pick(formation.degrees);
    const gender = next() < 0.55 ? "F" : "M";
    const given = pick(gender === "F" ? FEMALE : MALE);
    const family = pick(FAMILY);
    const year = 1992 + Math.floor(next() * 12); // 1992–2003
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const region = pick(REGIONS);
    const nik = `${region.code}${pad(gender === "F" ? day + 40 : day)}${pad(month)}${pad(year % 100)}${pad(index + 1, 4)}`;
    const graduationYear = Math.min(2025, year + (degree.level === "D3" ? 21 : 22) + Math.floor(next() * 3));
    people.push({
      index,
      email: `cpns.${pad(index + 1, 4)}@${CPNS_DEMO_EMAIL_DOMAIN}`,
      fullName: `${given} ${family}, ${degree.title}`,
      nik,
      gender,
      birthDate: toCalendarDate(year, month, day),
      birthPlace: region.place,
      address: `Alamat contoh (data demo) nomor ${index + 1}, ${region.place}`,
      phone: `0812${pad(66000000 + index * 7919, 8).slice(-8)}`,
      formationCode: formation.code,
      education: {
        level: degree.level,
        major: degree.major,
        institutionName: pick(UNIVERSITIES),
        graduationYear,
        diplomaDate: toCalendarDate(graduationYear, 8 + Math.floor(next() * 3), 1 + Math.floor(next() * 28)),
        gpa: (2.75 + next() * 1.2).toFixed(2),
        accreditation: pick(["UNGGUL", "BAIK_SEKALI", "BAIK", "A", "B"] as const),
      },
      stage: stageOf(index),
      appliedAfterMinutes: Math.floor(next() * 13 * 24 * 60),
    });
  }
  return people;
}
