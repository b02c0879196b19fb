import "server-only";
import { writeAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import type { RoleName } from "@/lib/auth/permissions";
import { Prisma, prisma } from "@/lib/db";
import { now as clockNow } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { issueAccountToken, verificationMail } from "@/lib/accounts/mutations";
import { enqueueMail, queueMail, type QueuedMail } from "@/lib/mail/mutations";
import { absoluteUrl } from "@/lib/urls/base-url";
import type { SignUpData } from "@/lib/validation/auth";
import { nikBirthDate, parseNik } from "@/lib/identifiers/nik";
import { parseNip } from "@/lib/identifiers/nip";
import { utcToWibCalendarDate } from "@/lib/dates/wib";

const DUPLICATE_MESSAGES = {
  email: "E-mail ini sudah terdaftar. Silakan masuk atau gunakan e-mail lain.",
  nip: "NIP ini sudah terdaftar. Silakan masuk dengan NIP tersebut.",
} as const;

function duplicateError(fields: Array<keyof typeof DUPLICATE_MESSAGES>): AppError {
  const fieldErrors = Object.fromEntries(fields.map((field) => [field, DUPLICATE_MESSAGES[field]]));
  return new AppError("CONFLICT", "Akun dengan data ini sudah ada.", fieldErrors);
}

/** The one answer sign-up gives, whether or not the e-mail, NIP or NIK already has an account. */
export const SIGN_UP_ANSWER =
  "Pendaftaran diterima. Jika data Anda belum terdaftar, akun Anda telah dibuat dan Anda dapat masuk sekarang; " +
  "kami mengirim tautan verifikasi ke e-mail Anda, dan lamaran dapat dikirim setelah e-mail terverifikasi. " +
  "Jika e-mail, NIP atau NIK tersebut sudah terdaftar, kami mengirim pemberitahuan ke e-mail pemilik akunnya. Periksa e-mail Anda.";

export type SignUpOutcome = { created: true; userId: string } | { created: false };

/** The accounts that already hold the e-mail, the NIP or (through its CV) the NIK of a sign-up. */
async function findClashingAccounts(data: SignUpData): Promise<Array<{ id: string; email: string }>> {
  return prisma.user.findMany({
    where: { OR: [{ email: data.email }, ...(data.employment === "PNS" ? [{ nip: data.nip }] : []), { profile: { nik: data.nik } }] },
    select: { id: true, email: true },
  });
}

/** Tells the owners of existing accounts, by e-mail, that someone tried to sign up with their data. */
async function tellOwners(owners: Array<{ email: string }>): Promise<void> {
  for (const owner of owners) {
    await queueMail({
      kind: "account",
      to: owner.email,
      subject: "Percobaan pendaftaran dengan data akun Anda",
      text: [
        "Seseorang baru saja mencoba membuat akun baru di Portal Seleksi Terbuka dengan e-mail, NIP atau NIK yang sudah terdaftar pada akun Anda.",
        "Akun Anda tidak berubah dan tidak ada akun baru yang dibuat.",
        `Jika itu Anda, silakan masuk di ${absoluteUrl("/masuk")} dengan e-mail atau NIP Anda.`,
        "Jika bukan Anda, abaikan pesan ini; bila NIP atau NIK Anda dipakai orang lain, hubungi sekretariat Pansel.",
      ].join("\n\n"),
    });
  }
}

/**
 * What sign-up already knows of the CV: the declared employment status, and the birth date and gender
 * the NIP (exact) or, without one, the NIK (century guessed) encodes. The applicant confirms them in the CV.
 */
function signUpIdentity(data: SignUpData): { employmentStatus: "PNS" | "NON_ASN"; birthDate: Date | null; gender: "M" | "F" } {
  if (data.employment === "PNS") {
    const parsed = parseNip(data.nip);
    if (parsed.ok) return { employmentStatus: "PNS", birthDate: new Date(`${parsed.value.birthDate}T00:00:00.000Z`), gender: parsed.value.gender };
  }
  const nik = parseNik(data.nik);
  if (!nik.ok) throw new AppError("VALIDATION", nik.message);
  const birthDate = nikBirthDate(nik.value, Number(utcToWibCalendarDate(clockNow()).slice(0, 4)));
  return {
    employmentStatus: data.employment === "PNS" ? "PNS" : "NON_ASN",
    birthDate: birthDate ? new Date(`${birthDate}T00:00:00.000Z`) : null,
    gender: nik.value.gender,
  };
}

/**
 * Creates an applicant account with its (still almost empty) CV, unless the e-mail, the NIP or the NIK
 * already has one: then nothing is created and the existing account's owner is told by e-mail. The caller
 * shows SIGN_UP_ANSWER either way, so sign-up does not reveal which e-mails, NIPs or NIKs are registered.
 * The password is hashed in both cases, so the two take about the same time.
 */
export async function registerApplicant(data: SignUpData, ip: string | null): Promise<SignUpOutcome> {
  const passwordHash = await hashPassword(data.password);
  const clashing = await findClashingAccounts(data);
  if (clashing.length > 0) {
    await tellOwners(clashing);
    return { created: false };
  }

  const nip = data.employment === "PNS" ? data.nip : null;
  const identity = signUpIdentity(data);
  let userId: string;
  try {
    userId = await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: data.email,
          nip,
          name: data.fullName,
          phone: data.phone,
          passwordHash,
          roles: ["APPLICANT"],
          // The one kind of account that starts unverified: the address was typed by a stranger.
          emailVerifiedAt: null,
          profile: {
            create: { fullName: data.fullName, nip, nik: data.nik, email: data.email, phone: data.phone, ...identity },
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
        after: { roles: ["APPLICANT"], employmentStatus: identity.employmentStatus },
        ip,
      });
      const token = await issueAccountToken(tx, { userId: user.id, purpose: "VERIFY_EMAIL", now: clockNow() });
      await enqueueMail(tx, welcomeMail(data, token));
      return user.id;
    });
  } catch (error) {
    // Sign-ups racing for the same e-mail, NIP or NIK: a unique index lets one through; whichever field it
    // was, the others get the same answer and the winner's owner is told, like a sign-up that came later.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      await tellOwners(await findClashingAccounts(data));
      return { created: false };
    }
    throw error;
  }
  return { created: true, userId };
}

/** The one mail of a sign-up: welcome and the verification link. */
function welcomeMail(data: SignUpData, verifyToken: string): QueuedMail {
  const verification = verificationMail(data.email, data.fullName, verifyToken);
  return {
    kind: "account",
    to: data.email,
    subject: "Akun Portal Seleksi Terbuka Anda telah dibuat",
    text: [
      `Yth. ${data.fullName},`,
      "Akun Anda di Portal Seleksi Terbuka telah dibuat.",
      `Silakan masuk di ${absoluteUrl("/masuk")} dengan e-mail atau NIP Anda, lalu lengkapi Daftar Riwayat Hidup sebelum melamar.`,
      // The verification link in the same mail: one message for one sign-up.
      verification.text.split("\n\n").slice(1, 4).join("\n\n"),
      "Jika Anda tidak mendaftar, hubungi sekretariat Pansel.",
    ].join("\n\n"),
  };
}

/**
 * Ends every session of the account, on this device and any other (a copied cookie included): sign-out calls
 * it, and so must anything that changes a password. The next sign-in starts at the new version.
 */
export async function endAllSessions(userId: string): Promise<void> {
  await prisma.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/** Staff accounts are created by an admin, never by sign-up; the admin vouches for the address (emailVerifiedAt defaults to now). */
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
    // Deactivating also ends every session of the account for good: reactivating does not revive old cookies.
    await tx.user.update({ where: { id: userId }, data: { isActive, ...(isActive ? {} : { sessionVersion: { increment: 1 } }) } });
    await writeAudit(tx, { actorId, action: "user.set_active", entityType: "User", entityId: userId, before, after: { isActive }, ip });
  });
}
