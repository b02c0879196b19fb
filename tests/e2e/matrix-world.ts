// The data every identity of tests/e2e/access-rules.ts needs, created per run: a copied selection with the
// demo Pansel seated, applicant A's submitted application on it, another applicant, and a secretariat member
// seated only on another copy, and a PPK of another agency. Used by the authorisation matrix and the accessibility sweep.
import crypto from "node:crypto";
import { prisma } from "@/lib/db";
import { demoUserId } from "../factories/applications";
import { addDemoApplicantCopy, addSubmittedDemoApplicant, copySelection } from "../factories/selections";
import type { Identity, MatrixData } from "./access-rules";

export type SignedInIdentity = Exclude<Identity, "anonymous">;

export async function createMatrixWorld(): Promise<{ data: MatrixData; userIds: Record<SignedInIdentity, string> }> {
  const label = `matriks-${crypto.randomBytes(2).toString("hex")}`;
  const target = await copySelection({ label });
  const other = await copySelection({ label: `${label}-lain` });
  const owner = await addSubmittedDemoApplicant(target, "pelamar@demo.seleksi.id");
  const stranger = await addDemoApplicantCopy("siti.rahma@demo.seleksi.id");
  // A secretariat member whose only seat is on the other selection (the demo secretariat sits on both copies).
  const outsider = await prisma.user.create({
    data: { email: `sekretariat.${label}@uji.seleksi.id`, name: "Sekretariat Seleksi Lain", passwordHash: "-", roles: ["SECRETARIAT"] },
    select: { id: true },
  });
  await prisma.committeeMember.create({ data: { selectionId: other.id, userId: outsider.id, position: "SECRETARY" } });
  // A PPK of another agency (Pemerintah Kota Pontianak): the copies are organised by Singkawang.
  const otherPpk = await prisma.user.create({ data: { email: `ppk.${label}@uji.seleksi.id`, name: "PPK Instansi Lain", passwordHash: "-", roles: ["PPK"] }, select: { id: true } });
  const otherAgency = await prisma.institution.findFirstOrThrow({ where: { regionCode: "6171" }, select: { id: true } });
  await prisma.agencyPpk.create({ data: { institutionId: otherAgency.id, userId: otherPpk.id } });
  const version = await prisma.documentVersion.findFirstOrThrow({ where: { document: { applicationId: owner.applicationId } }, select: { id: true } });
  const stage = await prisma.stage.findFirstOrThrow({ where: { selectionId: target.id, isScored: true }, orderBy: { order: "asc" }, select: { id: true } });
  const announcement = await prisma.announcement.findFirstOrThrow({ where: { publishedAt: { not: null } }, select: { slug: true } });
  const data: MatrixData = {
    slug: target.slug,
    applicationA: owner.applicationId,
    registrationNumberA: owner.registrationNumber,
    versionA: version.id,
    stageId: stage.id,
    announcementSlug: announcement.slug,
  };
  const userIds: Record<SignedInIdentity, string> = {
    applicantA: owner.userId,
    applicantB: stranger.userId,
    secretariat: await demoUserId("sekretariat@demo.seleksi.id"),
    secretariatOther: outsider.id,
    committee: await demoUserId("anggota@demo.seleksi.id"),
    chair: await demoUserId("ketua@demo.seleksi.id"),
    ppk: await demoUserId("ppk@demo.seleksi.id"),
    ppkOther: otherPpk.id,
    admin: await demoUserId("admin@demo.seleksi.id"),
  };
  return { data, userIds };
}
