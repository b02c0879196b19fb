// The CPNS CAT journey of tests/integration/cpns-skd.test.ts and cpns-skb.test.ts: one CPNS selection with
// two formations and thirteen candidates who passed the administrative selection (one more who did not), and
// the SKD files of both formations. The journey's state lives here, per test file (each file imports its own
// copy of this module); `setUpCatJourney` fills it, `publishSkdOfBothFormations` brings a new journey to where
// the SKD part leaves it.
import { prisma } from "@/lib/db";
import { buildXlsx } from "@/lib/export/xlsx";
import { importCatResults } from "@/lib/cat-results/mutations";
import { publishCpnsSkdResult } from "@/lib/cat-results/publish";
import { addCpnsCandidate, createCpnsSelection, seatCpnsCommittee, type CpnsCommittee, type CpnsTestSelection } from "./cpns";
import { skipAdministrativeSelection } from "./results";

export const IP = "10.9.8.22";

export type Person = { key: string; applicationId: string; registrationNumber: string; birthDate: string; gpa: number; skd: [number, number, number] };

export let selection: CpnsTestSelection;
export let committee: CpnsCommittee;
export let skdStageId: string;
export let skbStageId: string;
export const people = new Map<string, Person>();
export let notPassed: { registrationNumber: string };

// Formation A (quota 2: 6 SKB places). A6 and A7 are equal on all four SKD criteria at the 6th place, so
// both go through; A8 has the same total but a lower TKP, so it stays out; A9 misses the TKP threshold.
export const FORMATION_A: Array<[string, [number, number, number], string, number]> = [
  ["A1", [120, 150, 170], "1995-01-10", 3.5],
  ["A2", [110, 140, 165], "1994-03-01", 3.4],
  ["A3", [100, 130, 160], "1996-05-05", 3.3],
  ["A4", [100, 125, 160], "1993-07-07", 3.2],
  ["A5", [95, 120, 150], "1997-09-09", 3.1],
  ["A6", [90, 110, 145], "1992-02-02", 3.2],
  ["A7", [90, 110, 145], "1998-04-04", 3.6],
  ["A8", [100, 105, 140], "1991-06-06", 3.9],
  ["A9", [150, 175, 120], "1990-08-08", 3.0],
];
// Formation B (quota 1: 3 SKB places). B4 meets every threshold exactly but is 4th.
export const FORMATION_B: Array<[string, [number, number, number], string, number]> = [
  ["B1", [100, 100, 150], "1995-11-11", 3.0],
  ["B2", [80, 90, 130], "1996-12-12", 3.1],
  ["B3", [70, 85, 127], "1994-10-10", 3.2],
  ["B4", [65, 80, 126], "1993-01-01", 3.3],
];

export function person(key: string): Person {
  const found = people.get(key);
  if (!found) throw new Error(`unknown ${key}`);
  return found;
}

export function csv(lines: readonly string[]): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${lines.join("\r\n")}\r\n`);
}

export function skdLine(key: string, scores = person(key).skd): string {
  return `${person(key).registrationNumber};${key};${scores.join(";")};${scores[0] + scores[1] + scores[2]}`;
}

export const SKD_HEADER = "Nomor Peserta;Nama;TWK;TIU;TKP;Total";
export const formationACsv = () => csv([SKD_HEADER, ...FORMATION_A.map(([key]) => skdLine(key))]);
export const formationBXlsx = () =>
  buildXlsx({ name: "SKD", header: ["No. Pendaftaran", "Nama", "TWK", "TIU", "TKP"], rows: FORMATION_B.map(([key, scores]) => [person(key).registrationNumber, key, ...scores]) });

/** The CAT rows of the selection and the chair's audit rows of imports and of the moves they cause. */
export async function counts() {
  const [skd, skb, audits] = await Promise.all([
    prisma.skdResult.count({ where: { application: { selectionId: selection.id } } }),
    prisma.skbResult.count({ where: { application: { selectionId: selection.id } } }),
    prisma.auditLog.count({ where: { actorId: committee.chairId, action: { in: ["score.import_skd", "score.import_skb", "application.enter_stages", "stage.status_change", "selection.status_change"] } } }),
  ]);
  return { skd, skb, audits };
}

export async function setUpCatJourney(): Promise<void> {
  selection = await createCpnsSelection("skor");
  committee = await seatCpnsCommittee(selection);
  const stages = await prisma.stage.findMany({ where: { selectionId: selection.id, kind: { in: ["SKD", "SKB"] } }, select: { id: true, kind: true } });
  skdStageId = stages.find((stage) => stage.kind === "SKD")!.id;
  skbStageId = stages.find((stage) => stage.kind === "SKB")!.id;
  const passed: string[] = [];
  for (const [vacancyIndex, list] of [FORMATION_A, FORMATION_B].entries()) {
    for (const [key, skd, birthDate, gpa] of list) {
      const applicant = await addCpnsCandidate(selection, committee, { name: `Peserta ${key}`, vacancyIndex, birthDate, gpa });
      people.set(key, { key, applicationId: applicant.applicationId, registrationNumber: applicant.registrationNumber, birthDate, gpa, skd });
      passed.push(applicant.applicationId);
    }
  }
  // Sent, but never passed the administrative selection.
  notPassed = await addCpnsCandidate(selection, committee, { name: "Peserta Belum Lulus", vacancyIndex: 0, birthDate: "1995-01-01", gpa: 3.0, decision: null });
  await skipAdministrativeSelection(selection.id, passed);
}

/** Where the SKD part of the journey leaves it: both formations' SKD imported (A5's corrected) and announced. */
export async function publishSkdOfBothFormations(): Promise<void> {
  const corrected = csv([SKD_HEADER, ...FORMATION_A.map(([key]) => (key === "A5" ? skdLine(key, [95, 121, 150]) : skdLine(key)))]);
  await importCatResults({ actorId: committee.chairId, stageId: skdStageId, fileName: "skd-a-ralat.csv", content: corrected, ip: IP });
  await importCatResults({ actorId: committee.chairId, stageId: skdStageId, fileName: "skd-b.xlsx", content: await formationBXlsx(), ip: IP });
  person("A5").skd = [95, 121, 150];
  await publishCpnsSkdResult({ actorId: committee.chairId, slug: selection.slug, vacancyId: selection.vacancies[0]!.id, number: "800/70/BKPSDM-SWL/2019", date: null, ip: IP });
  await publishCpnsSkdResult({ actorId: committee.chairId, slug: selection.slug, vacancyId: selection.vacancies[1]!.id, number: "800/71/BKPSDM-SWL/2019", ip: IP });
}
