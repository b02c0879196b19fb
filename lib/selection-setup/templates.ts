// The templates an administrator starts a selection from, and the one way a selection's data is
// re-dated for a new run. Pure: the templates are data files, so a third regime or model is a new
// entry here, never a branch in the code.
import { addDays, daysBetween } from "@/lib/dates/calendar";
import { sawahlunto2019 } from "@/prisma/seed-data/sawahlunto-2019";
import { singkawang2025 } from "@/prisma/seed-data/singkawang-2025";
import type { SelectionSeed } from "./types";

export type SelectionTemplate = { id: string; label: string; description: string; seed: SelectionSeed };

export const SELECTION_TEMPLATES: readonly SelectionTemplate[] = [
  {
    id: "jpt-pratama",
    label: "JPT Pratama (model Seleksi Terbuka Sekda Kota Singkawang 2025)",
    description: "Persyaratan, dokumen, tahapan, bobot penilaian dan formulir Lampiran I–VIII pengumuman 05/SELTER/SKW/X/2025.",
    seed: singkawang2025,
  },
  {
    id: "cpns",
    label: "CPNS (model pedoman pengadaan CPNS Kota Sawahlunto 2019)",
    description: "Persyaratan pelamar, dokumen, tahapan SKD–SKB dengan bobot 40/60 dan masa sanggah menurut Peraturan Walikota Sawahlunto 60/2019; formasi contoh diganti dengan formasi sendiri.",
    seed: sawahlunto2019,
  },
];

export function findTemplate(id: string): SelectionTemplate | undefined {
  return SELECTION_TEMPLATES.find((template) => template.id === id);
}

export type NewSelectionIdentity = {
  slug: string;
  title: string;
  announcementNumber: string;
  /** YYYY-MM-DD (WIB): the day registration opens; every date of the source moves by the same days. */
  registrationOpensOn: string;
};

function shiftDateTime(value: string, days: number): string {
  return `${addDays(value.slice(0, 10), days)}${value.slice(10)}`;
}

/**
 * The source selection's data under a new identity, as a draft, with the whole schedule (announcement,
 * registration, document deadline, stages, age reference date) moved by the whole days between the
 * source's registration opening and the new one: the intervals between steps stay as the source had them.
 */
export function redateSelection(source: SelectionSeed, identity: NewSelectionIdentity): SelectionSeed {
  const days = daysBetween(source.registrationOpensAt.slice(0, 10), identity.registrationOpensOn);
  return {
    ...source,
    slug: identity.slug,
    title: identity.title,
    announcementNumber: identity.announcementNumber,
    status: "DRAFT",
    announcementDate: addDays(source.announcementDate, days),
    registrationOpensAt: shiftDateTime(source.registrationOpensAt, days),
    registrationClosesAt: shiftDateTime(source.registrationClosesAt, days),
    documentDeadlineAt: shiftDateTime(source.documentDeadlineAt, days),
    referenceDatePlanned: addDays(source.referenceDatePlanned, days),
    stages: source.stages.map((stage) => ({ ...stage, startsAt: shiftDateTime(stage.startsAt, days), endsAt: shiftDateTime(stage.endsAt, days) })),
  };
}

/** The shortest time a call stays open, in calendar days (seed 002, IV.A.3: "paling singkat 15 (lima belas) hari kalender"). */
export const MINIMUM_OPEN_DAYS = 15;

/**
 * Calendar days from the opening day of registration to its closing day, counted as the announcements
 * count them: Singkawang 2025's "15 (lima belas) hari kalender mulai tanggal 22 Oktober s.d. 06 November".
 */
export function openDays(opensOn: string, closesOn: string): number {
  return daysBetween(opensOn.slice(0, 10), closesOn.slice(0, 10));
}

/** What a draft still lacks before it can be announced; empty when it is ready. */
export function publicationGaps(selection: { vacancyCount: number; positions: readonly string[]; hasRegistrationStage: boolean }): string[] {
  const gaps: string[] = [];
  if (selection.vacancyCount === 0) gaps.push("Belum ada jabatan/formasi.");
  if (!selection.hasRegistrationStage) gaps.push("Jadwal belum memuat tahap pendaftaran.");
  if (!selection.positions.includes("CHAIR")) gaps.push("Pansel belum memiliki ketua.");
  if (!selection.positions.includes("SECRETARY")) gaps.push("Pansel belum memiliki sekretariat.");
  return gaps;
}
