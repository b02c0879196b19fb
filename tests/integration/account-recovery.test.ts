// Account recovery and the verified address (issue #14 item 3): single-use links stored as SHA-256, the
// 30-minute reset window (with the server's `now` passed in), one answer for any address, every session
// ended after a reset or a password change, the e-mail change confirmed by the new address, submission
// refused until the address is verified; and every mail's links absolute, from one base URL.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import {
  changePassword,
  confirmEmailLink,
  INVALID_LINK_MESSAGE,
  requestEmailChange,
  requestPasswordReset,
  resendVerification,
  resetPassword,
} from "@/lib/accounts/mutations";
import { createApplication, EMAIL_UNVERIFIED_MESSAGE, submitApplication } from "@/lib/applications/mutations";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { readOutbox } from "@/lib/mail";
import { enqueueNotificationMails } from "@/lib/notifications";
import { deliverDueMail } from "@/lib/mail/mutations";
import { registerApplicant } from "@/lib/users/mutations";
import { getSessionUser } from "@/lib/users/queries";
import { signUpSchema } from "@/lib/validation/auth";
import { attachAllRegistrationDocuments, cloneDemoApplicant, singkawangVacancyId, uniqueNik } from "../factories/applications";
import { allOutboxMails, mailBody, mailLinks, relativeLinks } from "../factories/mail";

const BASE = "https://seleksi.contoh.go.id";
process.env.PUBLIC_BASE_URL = BASE;
// The seed's mail was written before this file set its base URL (with the default of a test run).
const SEED_MAILS = new Set(allOutboxMails(process.env.MAIL_OUTBOX_DIR!).map((mail) => mail.file));

const T0 = new Date("2026-03-02T01:00:00Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);
const PASSWORD = "KataSandiLama2025";
const NEW_PASSWORD = "KataSandiBaru2026";

/** The token of the last link to `page` mailed to the address. */
async function lastToken(to: string, page: string): Promise<string> {
  const links = (await readOutbox(to)).flatMap((eml) => mailLinks(mailBody(eml))).filter((link) => link.startsWith(`${BASE}${page}?token=`));
  const last = links.at(-1);
  if (!last) throw new Error(`no ${page} link mailed to ${to}`);
  return decodeURIComponent(new URL(last).searchParams.get("token")!);
}

async function makeUser(email: string): Promise<string> {
  const user = await prisma.user.create({
    data: { email, name: "Pengguna Uji", passwordHash: await hashPassword(PASSWORD), roles: ["APPLICANT"] },
    select: { id: true },
  });
  return user.id;
}

async function version(userId: string): Promise<number> {
  return (await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } })).sessionVersion;
}

describe("password reset", () => {
  let userId: string;
  const email = "lupa.sandi@uji.seleksi.id";

  beforeAll(async () => {
    userId = await makeUser(email);
  });

  it("mails a link whose token is stored only as its SHA-256, valid 30 minutes, audited", async () => {
    expect(await requestPasswordReset(email, { ip: "10.1.0.1", now: T0 })).toEqual({ sent: true });
    const token = await lastToken(email, "/atur-ulang-kata-sandi");
    const rows = await prisma.accountToken.findMany({ where: { userId, purpose: "RESET_PASSWORD" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(crypto.createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0]!.expiresAt).toEqual(minutes(30));
    expect(await prisma.auditLog.count({ where: { entityId: userId, action: "user.password_reset_request" } })).toBe(1);
  });

  it("gives the same quiet outcome for an unknown address: no error, no mail, no token", async () => {
    const before = await prisma.accountToken.count();
    await expect(requestPasswordReset("tidak.ada@uji.seleksi.id", { ip: "10.1.0.2", now: T0 })).resolves.toEqual({ sent: false });
    expect((await readOutbox("tidak.ada@uji.seleksi.id"))).toEqual([]);
    expect(await prisma.accountToken.count()).toBe(before);
  });

  it("refuses a link past its 30 minutes (the server's now passed in), and a link replaced by a newer one", async () => {
    const token = await lastToken(email, "/atur-ulang-kata-sandi");
    await expect(resetPassword({ token, password: NEW_PASSWORD }, { ip: null, now: minutes(30) })).rejects.toMatchObject({ message: INVALID_LINK_MESSAGE });
    await requestPasswordReset(email, { ip: "10.1.0.1", now: minutes(1) });
    const newer = await lastToken(email, "/atur-ulang-kata-sandi");
    expect(newer).not.toBe(token);
    await expect(resetPassword({ token, password: NEW_PASSWORD }, { ip: null, now: minutes(2) })).rejects.toMatchObject({ message: INVALID_LINK_MESSAGE });
  });

  it("sets the new password once, ends every session, and audits it", async () => {
    const token = await lastToken(email, "/atur-ulang-kata-sandi");
    const oldVersion = await version(userId);
    expect(await getSessionUser(userId, oldVersion)).not.toBeNull();
    await resetPassword({ token, password: NEW_PASSWORD }, { ip: "10.1.0.3", now: minutes(30) });
    const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
    expect(await verifyPassword(user.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(await getSessionUser(userId, oldVersion)).toBeNull();
    expect(await version(userId)).toBe(oldVersion + 1);
    const audit = await prisma.auditLog.findMany({ where: { entityId: userId, action: "user.password_reset" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.ip).toBe("10.1.0.3");
    // Single use: the same link again changes nothing.
    await expect(resetPassword({ token, password: "LainLagiSandi99" }, { ip: null, now: minutes(31) })).rejects.toMatchObject({ message: INVALID_LINK_MESSAGE });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
    expect(await verifyPassword(after.passwordHash, NEW_PASSWORD)).toBe(true);
    expect((await readOutbox(email)).some((eml) => mailBody(eml).includes("Kata sandi akun Anda telah diganti") || eml.includes("telah diganti"))).toBe(true);
  });

  it("lets one of two parallel uses of a link through", async () => {
    await requestPasswordReset(email, { ip: "10.1.0.4", now: minutes(40) });
    const token = await lastToken(email, "/atur-ulang-kata-sandi");
    const results = await Promise.allSettled([
      resetPassword({ token, password: "BalapanSatu111" }, { ip: null, now: minutes(41) }),
      resetPassword({ token, password: "BalapanDua2222" }, { ip: null, now: minutes(41) }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
  });

  it("limits requests per address alike whether or not it has an account", async () => {
    const at = minutes(200);
    for (const address of ["batas@uji.seleksi.id", "batas.tanpa.akun@uji.seleksi.id"]) {
      if (address === "batas@uji.seleksi.id") await makeUser(address);
      for (let n = 0; n < 3; n++) await requestPasswordReset(address, { ip: `10.2.0.${n}`, now: at });
      await expect(requestPasswordReset(address, { ip: "10.2.0.9", now: at })).rejects.toMatchObject({
        code: "RATE_LIMITED",
        message: "Terlalu banyak percobaan. Coba lagi dalam 15 menit.",
      });
      // A new window later (the limiter's window runs on the real clock: Date is moved past it).
      vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 16 * 60_000 });
      try {
        await expect(requestPasswordReset(address, { ip: "10.2.0.9", now: new Date(at.getTime() + 16 * 60_000) })).resolves.toBeDefined();
      } finally {
        vi.useRealTimers();
      }
    }
  });
});

describe("verified e-mail at sign-up", () => {
  const email = "belum.verifikasi@uji.seleksi.id";
  let userId: string;

  beforeAll(async () => {
    const outcome = await registerApplicant(
      signUpSchema.parse({ employment: "PNS", fullName: "Pendaftar Baru, S.E.", nip: "198001012005011099", nik: uniqueNik(), email, phone: "081234567899", password: PASSWORD, passwordConfirm: PASSWORD }),
      null,
    );
    if (!outcome.created) throw new Error("sign-up must create the account");
    userId = outcome.userId;
  });

  it("starts unverified and mails a single-use verification link with the welcome", async () => {
    expect((await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { emailVerifiedAt: true } })).emailVerifiedAt).toBeNull();
    const token = await lastToken(email, "/konfirmasi-email");
    expect(await confirmEmailLink(token, { ip: null })).toEqual({ kind: "verified" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { emailVerifiedAt: true } })).emailVerifiedAt).not.toBeNull();
    await expect(confirmEmailLink(token, { ip: null })).rejects.toMatchObject({ message: INVALID_LINK_MESSAGE });
    expect(await prisma.auditLog.count({ where: { entityId: userId, action: "user.email_verify" } })).toBe(1);
  });

  it("refuses a submission before the address is verified, then accepts it", async () => {
    const applicant = await cloneDemoApplicant("pelamar@demo.seleksi.id", "salinan.verifikasi@uji.seleksi.id", "197203152000031099");
    await prisma.user.update({ where: { id: applicant }, data: { emailVerifiedAt: null } });
    const during = new Date("2025-10-28T03:00:00Z");
    const { applicationId } = await createApplication({
      userId: applicant,
      vacancyId: await singkawangVacancyId(),
      declarations: { willingAllStages: true, willingToReside: true, noMppStatement: false },
      ip: null,
      now: during,
    });
    await attachAllRegistrationDocuments(applicationId, applicant);
    await expect(submitApplication({ userId: applicant, applicationId, ip: null, now: during })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: EMAIL_UNVERIFIED_MESSAGE,
    });
    expect(EMAIL_UNVERIFIED_MESSAGE).toContain("Kirim ulang tautan verifikasi");
    // The resend action sends a new link; the earlier one (none here) would stop working.
    expect(await resendVerification(applicant, { ip: null, now: T0 })).toEqual({ alreadyVerified: false });
    await confirmEmailLink(await lastToken("salinan.verifikasi@uji.seleksi.id", "/konfirmasi-email"), { ip: null, now: T0 });
    const result = await submitApplication({ userId: applicant, applicationId, ip: null, now: during });
    expect(result.submittedAt).toEqual(during);
  });

  it("limits resending", async () => {
    const id = await makeUser("kirim.ulang@uji.seleksi.id");
    await prisma.user.update({ where: { id }, data: { emailVerifiedAt: null } });
    for (let n = 0; n < 3; n++) await resendVerification(id, { ip: null, now: minutes(500) });
    await expect(resendVerification(id, { ip: null, now: minutes(501) })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});

describe("signed-in changes", () => {
  it("changes the password only with the current one, ending the other sessions", async () => {
    const userId = await makeUser("ganti.sandi@uji.seleksi.id");
    await expect(changePassword(userId, { currentPassword: "salah-sekali-1", password: NEW_PASSWORD }, { ip: null })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { currentPassword: "Kata sandi saat ini salah." },
    });
    expect(await version(userId)).toBe(0);
    await changePassword(userId, { currentPassword: PASSWORD, password: NEW_PASSWORD }, { ip: null });
    expect(await getSessionUser(userId, 0)).toBeNull();
    expect(await prisma.auditLog.count({ where: { entityId: userId, action: "user.password_change" } })).toBe(1);
  });

  it("moves to a new address only once the new address confirms; the old one is told", async () => {
    const oldEmail = "alamat.lama@uji.seleksi.id";
    const newEmail = "alamat.baru@uji.seleksi.id";
    const userId = await makeUser(oldEmail);
    await requestEmailChange(userId, { newEmail, currentPassword: PASSWORD }, { ip: null });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: userId } })).email).toBe(oldEmail);
    expect((await readOutbox(oldEmail)).map(mailBody).join("\n")).toContain("Ada permintaan untuk mengganti alamat e-mail");
    const token = await lastToken(newEmail, "/konfirmasi-email");
    expect(await confirmEmailLink(token, { ip: null })).toEqual({ kind: "changed" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: userId } })).email).toBe(newEmail);
    expect((await readOutbox(oldEmail)).map(mailBody).join("\n")).toContain("Alamat e-mail akun Portal Seleksi Terbuka Anda telah diganti");
    expect(await prisma.auditLog.count({ where: { entityId: userId, action: "user.email_change" } })).toBe(1);
    await expect(confirmEmailLink(token, { ip: null })).rejects.toMatchObject({ message: INVALID_LINK_MESSAGE });
  });

  it("gives the same outcome for an address another account holds, and mails no link to it", async () => {
    const userId = await makeUser("mau.pindah@uji.seleksi.id");
    await expect(requestEmailChange(userId, { newEmail: "pelamar@demo.seleksi.id", currentPassword: PASSWORD }, { ip: null })).resolves.toBeUndefined();
    expect(await prisma.accountToken.count({ where: { userId, purpose: "CHANGE_EMAIL" } })).toBe(0);
    expect((await readOutbox("pelamar@demo.seleksi.id")).map(mailBody).some((text) => text.includes("/konfirmasi-email"))).toBe(false);
  });
});

describe("links in e-mails", () => {
  it("every mail in the outbox (the seed's notifications, sign-up, recovery, this file's notices) links absolutely to PUBLIC_BASE_URL", async () => {
    // Mail the seed's in-app notifications now, with this file's base URL.
    const pending = await prisma.notification.findMany({ where: { link: { not: null } }, select: { id: true }, take: 20 });
    const ids = pending.map((row) => row.id);
    await prisma.notification.updateMany({ where: { id: { in: ids } }, data: { emailedAt: null } });
    await prisma.outgoingMail.deleteMany({ where: { notificationId: { in: ids } } });
    await prisma.$transaction((tx) => enqueueNotificationMails(tx, ids));
    await deliverDueMail();
    const mails = allOutboxMails(env().MAIL_OUTBOX_DIR);
    const notificationMails = mails.filter((mail) => mail.text.includes("Rincian:"));
    expect(notificationMails.length).toBeGreaterThan(0);
    for (const mail of mails) {
      expect({ file: mail.file, relative: relativeLinks(mail.text) }).toEqual({ file: mail.file, relative: [] });
      const base = SEED_MAILS.has(mail.file) ? /^http:\/\/localhost:\d+\// : new RegExp(`^${BASE.replace(/\./g, "\\.")}/`);
      for (const link of mailLinks(mail.text)) expect(link, mail.file).toMatch(base);
    }
  });
});
