import "server-only";
// The administrator adds an institution (instansi) to the reference list the CV accepts; the list is
// cached under the `institutions` tag, which the action expires. The administrator also names each
// agency's PPK accounts: a PPK acts only on the selections its agency organises (lib/auth/selection-access.ts).
import { writeAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { AssignAgencyPpkData, CreateInstitutionData, UnassignAgencyPpkData } from "@/lib/validation/institutions";

export async function createInstitution(input: CreateInstitutionData, actorId: string, ip: string | null): Promise<{ institutionId: string }> {
  return prisma.$transaction(async (tx) => {
    // A regency or city has one government: its code names one institution. Names are unique too.
    const clash = await tx.institution.findFirst({
      where: { OR: [{ name: { equals: input.name, mode: "insensitive" } }, ...(input.level === "REGENCY" || input.level === "CITY" ? [{ regionCode: input.regionCode, level: input.level }] : [])] },
      select: { name: true, regionCode: true },
    });
    if (clash) {
      const sameName = clash.name.toLowerCase() === input.name.toLowerCase();
      throw new AppError(
        "CONFLICT",
        "Instansi ini sudah ada dalam daftar.",
        sameName ? { name: `${clash.name} sudah terdaftar` } : { regionCode: `Kode ${clash.regionCode} sudah dipakai ${clash.name}` },
      );
    }
    const institution = await tx.institution.create({ data: { name: input.name, level: input.level, regionCode: input.regionCode }, select: { id: true } });
    await writeAudit(tx, { actorId, action: "institution.create", entityType: "Institution", entityId: institution.id, after: { ...input }, ip });
    return { institutionId: institution.id };
  });
}

/** Names an active PPK account as a PPK of the agency; audited. */
export async function assignAgencyPpk(input: AssignAgencyPpkData, actorId: string, ip: string | null): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const institution = await tx.institution.findUnique({ where: { id: input.institutionId }, select: { id: true, name: true } });
    if (!institution) throw new AppError("VALIDATION", "Instansi tidak ditemukan.", { institutionId: "Pilih instansi dari daftar" });
    const user = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, name: true, roles: true, isActive: true } });
    if (!user || !user.isActive || !user.roles.includes("PPK")) {
      throw new AppError("VALIDATION", "Akun PPK tidak sesuai.", {
        email: "Tidak ada akun aktif dengan e-mail ini yang berperan Pejabat Pembina Kepegawaian. Buat atau ubah akunnya di menu Pengguna.",
      });
    }
    const existing = await tx.agencyPpk.findUnique({ where: { institutionId_userId: { institutionId: institution.id, userId: user.id } }, select: { id: true } });
    if (existing) throw new AppError("CONFLICT", `${user.name} sudah menjadi PPK ${institution.name}.`, { email: "Akun ini sudah menjadi PPK instansi tersebut" });
    const row = await tx.agencyPpk.create({ data: { institutionId: institution.id, userId: user.id }, select: { id: true } });
    await writeAudit(tx, { actorId, action: "agency_ppk.assign", entityType: "AgencyPpk", entityId: row.id, after: { institutionId: institution.id, userId: user.id }, ip });
  });
}

/** Ends a PPK's assignment to the agency; the steps they already recorded stay in the history. Audited. */
export async function unassignAgencyPpk(input: UnassignAgencyPpkData, actorId: string, ip: string | null): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const row = await tx.agencyPpk.findUnique({ where: { institutionId_userId: { institutionId: input.institutionId, userId: input.userId } }, select: { id: true } });
    if (!row) throw new AppError("NOT_FOUND", "Penugasan PPK tidak ditemukan.");
    await tx.agencyPpk.delete({ where: { id: row.id } });
    await writeAudit(tx, { actorId, action: "agency_ppk.unassign", entityType: "AgencyPpk", entityId: row.id, before: { institutionId: input.institutionId, userId: input.userId }, ip });
  });
}
