import "server-only";
// The administrator adds an institution (instansi) to the reference list the CV accepts; the list is
// cached under the `institutions` tag, which the action expires.
import { writeAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CreateInstitutionData } from "@/lib/validation/institutions";

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
