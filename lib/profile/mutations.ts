import "server-only";
// Writes to the applicant's own CV. Every write finds the profile through the caller's user id, so a
// row id guessed from another applicant's CV matches nothing; every write is audited in its own
// transaction, without copying NIK, NPWP, address or family members' personal data into the trail.
import { writeAudit } from "@/lib/audit";
import { Prisma, prisma, type TransactionClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { auditDiff } from "@/lib/profile/audit-diff";
import { PERSONAL_SELECT, ROW_TABLES, toDbDate, toDbDateOrNull, toPlain, type RowTable } from "@/lib/profile/row-tables";
import type { PersonalData, ProfileRowData, ProfileSection } from "@/lib/validation/profile";

export const STALE_VERSION_MESSAGE =
  "Data ini telah diubah di tab/perangkat lain. Muat ulang halaman untuk melihat data terbaru, lalu ulangi perubahan Anda.";
export const NO_PROFILE_MESSAGE = "Simpan data pribadi (bagian I) terlebih dahulu.";
export const ROW_NOT_FOUND_MESSAGE = "Baris riwayat ini tidak ditemukan; mungkin sudah dihapus. Muat ulang halaman.";

/** Their values never enter the audit trail; a change is recorded by field name. */
export const REDACTED_PERSONAL_FIELDS = ["nik", "npwp", "address"] as const;

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export const DUPLICATE_NIK_MESSAGE =
  "NIK ini sudah dipakai pada data pelamar lain. Satu NIK hanya untuk satu orang: periksa kembali NIK Anda, atau hubungi sekretariat bila NIK Anda dipakai orang lain.";

/** Whether a unique violation is the one-NIK-per-person index (Prisma names the index or its fields in `meta`). */
function isDuplicateNik(error: unknown): boolean {
  if (!isUniqueViolation(error)) return false;
  const meta = JSON.stringify((error as Prisma.PrismaClientKnownRequestError).meta ?? {});
  return meta.includes("ApplicantProfile_nik_key") || /"nik"/.test(meta);
}

/**
 * Saves section I. `input.version` is the version the form was loaded with (0: the applicant has no
 * CV yet, and this save creates it). The UPDATE itself requires that version, so of two saves made
 * from the same version exactly one wins; the other gets CONFLICT and changes nothing.
 */
export async function updatePersonalData(userId: string, input: PersonalData, ip: string | null): Promise<{ version: number }> {
  const { version: expectedVersion, ...values } = input;
  try {
    return await prisma.$transaction(async (tx) => {
      if (values.institutionId) {
        const institution = await tx.institution.findUnique({ where: { id: values.institutionId }, select: { id: true } });
        if (!institution) throw new AppError("VALIDATION", "Periksa kembali isian yang ditandai.", { institutionId: "Pilih instansi dari daftar" });
      }
      const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, nip: true } });
      if (!user) throw new AppError("NOT_FOUND", "Akun tidak ditemukan.");
      // The CV's e-mail is always the account's.
      const data = { ...values, birthDate: toDbDate(values.birthDate), tmtCpns: toDbDateOrNull(values.tmtCpns), email: user.email };

      const current = await tx.applicantProfile.findUnique({ where: { userId }, select: { id: true, version: true, ...PERSONAL_SELECT } });
      let profileId: string;
      let version: number;
      if (!current) {
        if (expectedVersion !== 0) throw new AppError("CONFLICT", STALE_VERSION_MESSAGE);
        const created = await tx.applicantProfile.create({ data: { ...data, userId, nip: user.nip }, select: { id: true, version: true } });
        ({ id: profileId, version } = created);
      } else {
        if (current.version !== expectedVersion) throw new AppError("CONFLICT", STALE_VERSION_MESSAGE);
        const { count } = await tx.applicantProfile.updateMany({
          where: { userId, version: expectedVersion },
          data: { ...data, version: { increment: 1 } },
        });
        if (count === 0) throw new AppError("CONFLICT", STALE_VERSION_MESSAGE);
        profileId = current.id;
        version = expectedVersion + 1;
      }

      // The rest of the app (header, lists, sign-in) reads the account's name and phone.
      await tx.user.update({ where: { id: userId }, data: { name: values.fullName, phone: values.phone } });

      const before = current ? toPlain(pickPersonal(current)) : null;
      const diff = auditDiff(before, values, REDACTED_PERSONAL_FIELDS);
      await writeAudit(tx, {
        actorId: userId,
        action: "profile.update",
        entityType: "ApplicantProfile",
        entityId: profileId,
        before: diff.before,
        after: { ...diff.after, version },
        ip,
      });
      return { version };
    });
  } catch (error) {
    if (isDuplicateNik(error)) throw new AppError("CONFLICT", DUPLICATE_NIK_MESSAGE, { nik: DUPLICATE_NIK_MESSAGE });
    // Two first saves racing to create the CV: the unique user id lets one through.
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", STALE_VERSION_MESSAGE);
    throw error;
  }
}

function pickPersonal<T extends Record<keyof typeof PERSONAL_SELECT, unknown>>(profile: T): Pick<T, keyof typeof PERSONAL_SELECT> {
  const picked = {} as Pick<T, keyof typeof PERSONAL_SELECT>;
  for (const key of Object.keys(PERSONAL_SELECT) as (keyof typeof PERSONAL_SELECT)[]) picked[key] = profile[key];
  return picked;
}

// ───────────── History rows (sections II–X and the appraisals) ─────────────

export type RowCommand<S extends ProfileSection> = { section: S; values: ProfileRowData<S> };
export type RowTarget = { section: ProfileSection; id: string };

async function ownProfileId(tx: TransactionClient, userId: string): Promise<string> {
  const profile = await tx.applicantProfile.findUnique({ where: { userId }, select: { id: true } });
  if (!profile) throw new AppError("NOT_FOUND", NO_PROFILE_MESSAGE);
  return profile.id;
}

/** A unique index (one appraisal per year) turned into a message beside the field. */
async function explainingDuplicates<S extends ProfileSection, T>(table: RowTable<S>, values: ProfileRowData<S>, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error) && table.duplicate) {
      const { field, message } = table.duplicate(values);
      throw new AppError("CONFLICT", message, { [field]: message });
    }
    throw error;
  }
}

export async function addProfileRow<S extends ProfileSection>(userId: string, command: RowCommand<S>, ip: string | null): Promise<{ id: string }> {
  const table: RowTable<S> = ROW_TABLES[command.section];
  return explainingDuplicates(table, command.values, () =>
    prisma.$transaction(async (tx) => {
      const profileId = await ownProfileId(tx, userId);
      const { id } = await table.create(tx, profileId, command.values);
      const diff = auditDiff(null, command.values, table.redactedFields);
      await writeAudit(tx, { actorId: userId, action: "profile.row_add", entityType: table.entityType, entityId: id, ...diff, ip });
      return { id };
    }),
  );
}

export async function updateProfileRow<S extends ProfileSection>(
  userId: string,
  command: RowCommand<S> & { id: string },
  ip: string | null,
): Promise<{ id: string }> {
  const table: RowTable<S> = ROW_TABLES[command.section];
  return explainingDuplicates(table, command.values, () =>
    prisma.$transaction(async (tx) => {
      const where = { id: command.id, profileId: await ownProfileId(tx, userId) };
      const before = await table.find(tx, where);
      if (!before || (await table.update(tx, where, command.values)) === 0) throw new AppError("NOT_FOUND", ROW_NOT_FOUND_MESSAGE);
      const diff = auditDiff(before, command.values, table.redactedFields);
      await writeAudit(tx, { actorId: userId, action: "profile.row_update", entityType: table.entityType, entityId: command.id, ...diff, ip });
      return { id: command.id };
    }),
  );
}

export async function deleteProfileRow(userId: string, target: RowTarget, ip: string | null): Promise<{ id: string }> {
  const table: RowTable<ProfileSection> = ROW_TABLES[target.section];
  return prisma.$transaction(async (tx) => {
    const where = { id: target.id, profileId: await ownProfileId(tx, userId) };
    const before = await table.find(tx, where);
    if (!before || (await table.remove(tx, where)) === 0) throw new AppError("NOT_FOUND", ROW_NOT_FOUND_MESSAGE);
    const diff = auditDiff(before, null, table.redactedFields);
    await writeAudit(tx, { actorId: userId, action: "profile.row_delete", entityType: table.entityType, entityId: target.id, ...diff, ip });
    return { id: target.id };
  });
}
