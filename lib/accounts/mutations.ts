import "server-only";
// Account recovery and the verified e-mail address: single-use links sent by e-mail (verification at
// sign-up, password reset, e-mail change), the password change, and their rate limits. A link carries a
// random token; only its SHA-256 is stored, so a copy of the database cannot be used to take over accounts.
// Every link is claimed in one conditional update (usedAt IS NULL), so two clicks cannot both succeed.
import crypto from "node:crypto";
import { writeAudit } from "@/lib/audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { Prisma, prisma, type TransactionClient } from "@/lib/db";
import { now as clockNow } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { enforceRateLimits } from "@/lib/rate-limit";
import type { MailMessage } from "@/lib/mail";
import { enqueueMail, queueMail } from "@/lib/mail/mutations";
import { absoluteUrl } from "@/lib/urls/base-url";

import { CHANGE_EMAIL_TOKEN_HOURS, RESET_TOKEN_MINUTES, VERIFY_TOKEN_HOURS } from "@/lib/accounts/constants";

export { CHANGE_EMAIL_TOKEN_HOURS, RESET_TOKEN_MINUTES, VERIFY_TOKEN_HOURS };

/** The one answer to a reset request, whether or not the address has an account. */
export const RESET_REQUEST_ANSWER =
  `Jika e-mail tersebut terdaftar, kami telah mengirim tautan untuk mengatur ulang kata sandi ke alamat itu. ` +
  `Tautan berlaku ${RESET_TOKEN_MINUTES} menit dan hanya dapat dipakai sekali. Periksa juga folder spam.`;
/** The one answer to an e-mail change request, whether or not the new address belongs to another account. */
export const EMAIL_CHANGE_ANSWER =
  "Tautan konfirmasi telah dikirim ke alamat e-mail baru. Alamat e-mail akun berubah setelah tautan itu dibuka. " +
  "Alamat lama juga menerima pemberitahuan.";
export const INVALID_LINK_MESSAGE =
  "Tautan ini tidak berlaku: sudah dipakai, sudah kedaluwarsa, atau tidak lengkap. Minta tautan baru.";

type Purpose = "VERIFY_EMAIL" | "RESET_PASSWORD" | "CHANGE_EMAIL";
export type AccountContext = { ip: string | null; now?: Date };

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

const LIFETIME_MS: Record<Purpose, number> = {
  VERIFY_EMAIL: VERIFY_TOKEN_HOURS * 3_600_000,
  RESET_PASSWORD: RESET_TOKEN_MINUTES * 60_000,
  CHANGE_EMAIL: CHANGE_EMAIL_TOKEN_HOURS * 3_600_000,
};

/**
 * A new link of the purpose for the user, in the caller's transaction; earlier unused links of the same
 * purpose stop working (only the latest mail counts). Returns the token to put in the link.
 */
export async function issueAccountToken(
  tx: TransactionClient,
  input: { userId: string; purpose: Purpose; newEmail?: string; now: Date },
): Promise<string> {
  await tx.accountToken.updateMany({ where: { userId: input.userId, purpose: input.purpose, usedAt: null }, data: { usedAt: input.now } });
  const token = crypto.randomBytes(32).toString("base64url");
  await tx.accountToken.create({
    data: {
      userId: input.userId,
      purpose: input.purpose,
      tokenHash: hashToken(token),
      newEmail: input.newEmail ?? null,
      expiresAt: new Date(input.now.getTime() + LIFETIME_MS[input.purpose]),
    },
  });
  return token;
}

/** The link a token is followed at. */
export function accountLink(purpose: Purpose, token: string): string {
  const page = purpose === "RESET_PASSWORD" ? "/atur-ulang-kata-sandi" : "/konfirmasi-email";
  return absoluteUrl(`${page}?token=${encodeURIComponent(token)}`);
}

export function verificationMail(to: string, name: string, token: string): MailMessage {
  return {
    to,
    subject: "Verifikasi alamat e-mail Anda",
    text: [
      `Yth. ${name},`,
      "Buka tautan berikut untuk memverifikasi alamat e-mail akun Portal Seleksi Terbuka Anda. Lamaran baru dapat dikirim setelah alamat e-mail terverifikasi.",
      accountLink("VERIFY_EMAIL", token),
      `Tautan berlaku ${VERIFY_TOKEN_HOURS} jam dan hanya dapat dipakai sekali.`,
      "Jika Anda tidak mendaftar, abaikan pesan ini.",
    ].join("\n\n"),
  };
}

/** Claims a link: the row if it is of the purpose, unused and unexpired, now marked used; else INVALID_LINK. */
async function claimToken(tx: TransactionClient, token: string, purposes: Purpose[], now: Date) {
  const row = await tx.accountToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, userId: true, purpose: true, newEmail: true, expiresAt: true, usedAt: true, user: { select: { isActive: true, email: true, name: true } } },
  });
  if (!row || !purposes.includes(row.purpose) || row.usedAt || row.expiresAt <= now || !row.user.isActive) {
    throw new AppError("VALIDATION", INVALID_LINK_MESSAGE);
  }
  const claimed = await tx.accountToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
  if (claimed.count !== 1) throw new AppError("VALIDATION", INVALID_LINK_MESSAGE);
  return row;
}

// ─────────────────────────── Password reset ───────────────────────────

/**
 * Sends a reset link if the address belongs to an active account. The caller shows RESET_REQUEST_ANSWER
 * either way; the rate limits count every request, whether or not the address has an account.
 */
export async function requestPasswordReset(email: string, ctx: AccountContext): Promise<{ sent: boolean }> {
  const now = ctx.now ?? clockNow();
  // Per client IP and per address (lib/rate-limit/rules.ts), whether or not the address has an account.
  await enforceRateLimits(
    [
      { limit: "reset-request:ip", key: ctx.ip },
      { limit: "reset-request:email", key: email },
    ],
    ctx.ip,
  );
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, name: true, isActive: true } });
  if (!user || !user.isActive) return { sent: false };
  await prisma.$transaction(async (tx) => {
    const token = await issueAccountToken(tx, { userId: user.id, purpose: "RESET_PASSWORD", now });
    await writeAudit(tx, { actorId: null, action: "user.password_reset_request", entityType: "User", entityId: user.id, ip: ctx.ip });
    await enqueueMail(tx, {
    kind: "account",
    to: email,
    subject: "Atur ulang kata sandi",
    text: [
      `Yth. ${user.name},`,
      "Kami menerima permintaan untuk mengatur ulang kata sandi akun Portal Seleksi Terbuka Anda. Buka tautan berikut untuk membuat kata sandi baru:",
      accountLink("RESET_PASSWORD", token),
      `Tautan berlaku ${RESET_TOKEN_MINUTES} menit dan hanya dapat dipakai sekali. Setelah kata sandi diganti, semua sesi yang masuk dengan akun ini diakhiri.`,
      "Jika Anda tidak meminta ini, abaikan pesan ini: kata sandi Anda tidak berubah.",
    ].join("\n\n"),
    });
  });
  return { sent: true };
}

/** Sets the new password from a reset link, once; every session of the account ends. */
export async function resetPassword(input: { token: string; password: string }, ctx: AccountContext): Promise<void> {
  const now = ctx.now ?? clockNow();
  await enforceRateLimits(
    [
      { limit: "reset-complete:ip", key: ctx.ip },
      { limit: "reset-complete:token", key: hashToken(input.token) },
    ],
    ctx.ip,
  );
  const passwordHash = await hashPassword(input.password);
  await prisma.$transaction(async (tx) => {
    const row = await claimToken(tx, input.token, ["RESET_PASSWORD"], now);
    await tx.accountToken.updateMany({ where: { userId: row.userId, purpose: "RESET_PASSWORD", usedAt: null }, data: { usedAt: now } });
    // Following the link proved the mailbox, so an address not yet verified is verified now.
    const before = await tx.user.findUniqueOrThrow({ where: { id: row.userId }, select: { emailVerifiedAt: true } });
    await tx.user.update({
      where: { id: row.userId },
      data: { passwordHash, sessionVersion: { increment: 1 }, ...(before.emailVerifiedAt ? {} : { emailVerifiedAt: now }) },
    });
    await writeAudit(tx, { actorId: row.userId, action: "user.password_reset", entityType: "User", entityId: row.userId, after: { sessionsEnded: true }, ip: ctx.ip });
    await enqueueMail(tx, { ...passwordChangedMail(row.user.email, row.user.name), kind: "account" });
  });
}

function passwordChangedMail(to: string, name: string): MailMessage {
  return {
    to,
    subject: "Kata sandi akun Anda telah diganti",
    text: [
      `Yth. ${name},`,
      "Kata sandi akun Portal Seleksi Terbuka Anda baru saja diganti, dan semua sesi lain yang masuk dengan akun ini telah diakhiri.",
      `Jika bukan Anda yang menggantinya, segera atur ulang kata sandi di ${absoluteUrl("/lupa-kata-sandi")} dan hubungi sekretariat Pansel.`,
    ].join("\n\n"),
  };
}

// ─────────────────────────── Signed-in user ───────────────────────────

/** Checks the current password (rate-limited per account); a wrong one is a field error. */
async function checkCurrentPassword(userId: string, password: string, limit: "password-change:account" | "email-change:account", ip: string | null) {
  await enforceRateLimits([{ limit, key: userId }], ip);
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true, email: true, name: true } });
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw new AppError("VALIDATION", "Kata sandi saat ini salah.", { currentPassword: "Kata sandi saat ini salah." });
  }
  return user;
}

/** Changes the password; every session of the account ends (the caller signs this device in again). */
export async function changePassword(userId: string, input: { currentPassword: string; password: string }, ctx: AccountContext): Promise<void> {
  const now = ctx.now ?? clockNow();
  const user = await checkCurrentPassword(userId, input.currentPassword, "password-change:account", ctx.ip);
  const passwordHash = await hashPassword(input.password);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await tx.accountToken.updateMany({ where: { userId, purpose: "RESET_PASSWORD", usedAt: null }, data: { usedAt: now } });
    await writeAudit(tx, { actorId: userId, action: "user.password_change", entityType: "User", entityId: userId, after: { sessionsEnded: true }, ip: ctx.ip });
    await enqueueMail(tx, { ...passwordChangedMail(user.email, user.name), kind: "account" });
  });
}

/**
 * Asks to move the account to a new address: the new address gets a confirmation link (the change applies
 * only when it is followed) and the old one a notice. When the new address already has an account, that
 * address is told instead, and the caller gets the same answer (EMAIL_CHANGE_ANSWER).
 */
export async function requestEmailChange(userId: string, input: { newEmail: string; currentPassword: string }, ctx: AccountContext): Promise<void> {
  const now = ctx.now ?? clockNow();
  const user = await checkCurrentPassword(userId, input.currentPassword, "email-change:account", ctx.ip);
  if (input.newEmail === user.email) throw new AppError("VALIDATION", "Alamat baru sama dengan alamat sekarang.", { newEmail: "Alamat baru sama dengan alamat sekarang." });
  const taken = await prisma.user.count({ where: { email: input.newEmail } });
  if (taken > 0) {
    await queueMail({
      kind: "account",
      to: input.newEmail,
      subject: "Permintaan perubahan e-mail",
      text: [
        "Seseorang meminta agar alamat e-mail ini dipakai untuk akun lain di Portal Seleksi Terbuka. Alamat ini sudah terdaftar, jadi tidak ada yang berubah.",
        `Jika itu Anda, masuk di ${absoluteUrl("/masuk")} dengan alamat ini.`,
      ].join("\n\n"),
    });
    return;
  }
  await prisma.$transaction(async (tx) => {
    const token = await issueAccountToken(tx, { userId, purpose: "CHANGE_EMAIL", newEmail: input.newEmail, now });
    await writeAudit(tx, { actorId: userId, action: "user.email_change_request", entityType: "User", entityId: userId, ip: ctx.ip });
    await enqueueMail(tx, {
    kind: "account",
    to: input.newEmail,
    subject: "Konfirmasi alamat e-mail baru",
    text: [
      `Yth. ${user.name},`,
      "Buka tautan berikut untuk menjadikan alamat ini alamat e-mail akun Portal Seleksi Terbuka Anda:",
      accountLink("CHANGE_EMAIL", token),
      `Tautan berlaku ${CHANGE_EMAIL_TOKEN_HOURS} jam dan hanya dapat dipakai sekali. Sebelum tautan dibuka, alamat akun tidak berubah.`,
    ].join("\n\n"),
    });
    await enqueueMail(tx, {
    kind: "account",
    to: user.email,
    subject: "Permintaan perubahan alamat e-mail akun Anda",
    text: [
      `Yth. ${user.name},`,
      "Ada permintaan untuk mengganti alamat e-mail akun Portal Seleksi Terbuka Anda ke alamat lain. Alamat akun berubah hanya setelah tautan yang dikirim ke alamat baru dibuka.",
      `Jika bukan Anda yang memintanya, segera ganti kata sandi di ${absoluteUrl("/akun/keamanan")} atau atur ulang di ${absoluteUrl("/lupa-kata-sandi")}.`,
    ].join("\n\n"),
    });
  });
}

/** Sends the verification link again (rate-limited); nothing when the address is verified already. */
export async function resendVerification(userId: string, ctx: AccountContext): Promise<{ alreadyVerified: boolean }> {
  const now = ctx.now ?? clockNow();
  await enforceRateLimits([{ limit: "verify-resend:account", key: userId }], ctx.ip);
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true, emailVerifiedAt: true } });
  if (user.emailVerifiedAt) return { alreadyVerified: true };
  await prisma.$transaction(async (tx) => {
    const token = await issueAccountToken(tx, { userId, purpose: "VERIFY_EMAIL", now });
    await enqueueMail(tx, { ...verificationMail(user.email, user.name, token), kind: "account" });
  });
  return { alreadyVerified: false };
}

/** Follows a verification or e-mail-change link, once. */
export async function confirmEmailLink(token: string, ctx: AccountContext): Promise<{ kind: "verified" | "changed" }> {
  const now = ctx.now ?? clockNow();
  let kind: "verified" | "changed";
  try {
    kind = await prisma.$transaction(async (tx) => {
      const row = await claimToken(tx, token, ["VERIFY_EMAIL", "CHANGE_EMAIL"], now);
      if (row.purpose === "VERIFY_EMAIL") {
        await tx.user.update({ where: { id: row.userId }, data: { emailVerifiedAt: now } });
        await writeAudit(tx, { actorId: row.userId, action: "user.email_verify", entityType: "User", entityId: row.userId, ip: ctx.ip });
        return "verified" as const;
      }
      const newEmail = row.newEmail!;
      await tx.user.update({ where: { id: row.userId }, data: { email: newEmail, emailVerifiedAt: now } });
      // The CV's contact address follows when it was the account's address.
      await tx.applicantProfile.updateMany({ where: { userId: row.userId, email: row.user.email }, data: { email: newEmail } });
      // A verification link sent to the old address means nothing now.
      await tx.accountToken.updateMany({ where: { userId: row.userId, usedAt: null }, data: { usedAt: now } });
      await writeAudit(tx, { actorId: row.userId, action: "user.email_change", entityType: "User", entityId: row.userId, ip: ctx.ip });
      await enqueueMail(tx, {
        kind: "account",
        to: row.user.email,
        subject: "Alamat e-mail akun Anda telah diganti",
        text: [
          `Yth. ${row.user.name},`,
          "Alamat e-mail akun Portal Seleksi Terbuka Anda telah diganti; pesan berikutnya dikirim ke alamat baru.",
          `Jika bukan Anda yang menggantinya, segera hubungi sekretariat Pansel. Halaman masuk: ${absoluteUrl("/masuk")}`,
        ].join("\n\n"),
      });
      return "changed" as const;
    });
  } catch (error) {
    // Someone signed up with the new address since the link was sent.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "Alamat e-mail baru itu sudah dipakai akun lain. Alamat akun Anda tidak berubah.");
    }
    throw error;
  }
  return { kind };
}
