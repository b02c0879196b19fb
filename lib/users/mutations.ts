import "server-only";
import { writeAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import type { RoleName } from "@/lib/auth/permissions";
import { Prisma, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SignUpData } from "@/lib/validation/auth";

const DUPLICATE_MESSAGES = {
  email: "E-mail ini sudah terdaftar. Silakan masuk atau gunakan e-mail lain.",
  nip: "NIP ini sudah terdaftar. Silakan masuk dengan NIP tersebut.",
} as const;

function duplicateError(fields: Array<keyof typeof DUPLICATE_MESSAGES>): AppError {
  const fieldErrors = Object.fromEntries(fields.map((field) => [field, DUPLICATE_MESSAGES[field]]));
  return new AppError("CONFLICT", "Akun dengan data ini sudah ada.", fieldErrors);
}

/** Creates an applicant account with its (still almost empty) CV. */
export async function registerApplicant(data: SignUpData, ip: string | null): Promise<{ userId: string }> {
  const existing = await prisma.user.findMany({
    where: { OR: [{ email: data.email }, { nip: data.nip }] },
    select: { email: true, nip: true },
  });
  const taken = [
    ...(existing.some((user) => user.email === data.email) ? (["email"] as const) : []),
    ...(existing.some((user) => user.nip === data.nip) ? (["nip"] as const) : []),
  ];
  if (taken.length > 0) throw duplicateError(taken);

  const passwordHash = await hashPassword(data.password);
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: data.email,
          nip: data.nip,
          name: data.fullName,
          phone: data.phone,
          passwordHash,
          roles: ["APPLICANT"],
          profile: {
            create: { fullName: data.fullName, nip: data.nip, nik: data.nik, email: data.email, phone: data.phone },
          },
        },
        select: { id: true },
      });
      await writeAudit(tx, {
        actorId: user.id,
        action: "user.sign_up",
        entityType: "User",
        entityId: user.id,
        // Identifiers stay out of the audit trail's payload; the row points at the user.
        after: { roles: ["APPLICANT"] },
        ip,
      });
      return { userId: user.id };
    });
  } catch (error) {
    // Two sign-ups racing for the same e-mail or NIP: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const target = String(error.meta?.target ?? "");
      throw duplicateError(target.includes("nip") ? ["nip"] : ["email"]);
    }
    throw error;
  }
}

/** Staff accounts are created by an admin, never by sign-up. */
export async function createStaffUser(
  input: { email: string; name: string; nip: string | null; password: string; roles: RoleName[] },
  actorId: string,
  ip: string | null,
): Promise<{ userId: string }> {
  if (input.roles.includes("APPLICANT")) throw new AppError("VALIDATION", "Akun pelamar dibuat lewat pendaftaran, bukan oleh admin.");
  const existing = await prisma.user.findMany({
    where: { OR: [{ email: input.email }, ...(input.nip ? [{ nip: input.nip }] : [])] },
    select: { email: true, nip: true },
  });
  const taken = [
    ...(existing.some((user) => user.email === input.email) ? (["email"] as const) : []),
    ...(input.nip && existing.some((user) => user.nip === input.nip) ? (["nip"] as const) : []),
  ];
  if (taken.length > 0) throw duplicateError(taken);
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, nip: input.nip, passwordHash, roles: input.roles },
      select: { id: true },
    });
    await writeAudit(tx, { actorId, action: "user.create", entityType: "User", entityId: user.id, after: { roles: input.roles }, ip });
    return { userId: user.id };
  });
}

/** Deactivating signs the user out at their next request (roles and status are read per request). */
export async function setUserActive(userId: string, isActive: boolean, actorId: string, ip: string | null): Promise<void> {
  if (userId === actorId && !isActive) throw new AppError("VALIDATION", "Anda tidak dapat menonaktifkan akun Anda sendiri.");
  await prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { isActive: true } });
    if (!before) throw new AppError("NOT_FOUND", "Pengguna tidak ditemukan.");
    await tx.user.update({ where: { id: userId }, data: { isActive } });
    await writeAudit(tx, { actorId, action: "user.set_active", entityType: "User", entityId: userId, before, after: { isActive }, ip });
  });
}
