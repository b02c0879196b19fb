import { beforeAll, describe, expect, it } from "vitest";
import { checkCredentials, MAX_FAILURES } from "@/lib/auth/sign-in";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { registerApplicant } from "@/lib/users/mutations";
import { signUpSchema } from "@/lib/validation/auth";

const signUp = (overrides: Partial<Record<string, string>> = {}) =>
  signUpSchema.parse({
    fullName: "Maria Ulfa, S.H.",
    nip: "198205122006042001",
    nik: "6101055205820004",
    email: "maria.ulfa@example.go.id",
    phone: "081298765432",
    password: "KataSandiAman1",
    passwordConfirm: "KataSandiAman1",
    ...overrides,
  });

describe("applicant sign-up", () => {
  let userId: string;

  beforeAll(async () => {
    ({ userId } = await registerApplicant(signUp(), "127.0.0.1"));
  });

  it("creates the account with the applicant role, its CV and an audit row", async () => {
    const user = await prisma.user.findUniqueOrThrow({
      where: { id: userId },
      select: { roles: true, nip: true, passwordHash: true, profile: { select: { nik: true, fullName: true } } },
    });
    expect(user.roles).toEqual(["APPLICANT"]);
    expect(user.nip).toBe("198205122006042001");
    expect(user.profile).toEqual({ nik: "6101055205820004", fullName: "Maria Ulfa, S.H." });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const audit = await prisma.auditLog.findMany({ where: { entityId: userId, action: "user.sign_up" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorId).toBe(userId);
    expect(audit[0]?.ip).toBe("127.0.0.1");
    // Personal identifiers stay out of the audit payload.
    expect(JSON.stringify(audit[0]?.after)).not.toContain("6101055205820004");
  });

  it("refuses a second account with the same NIP, naming the field", async () => {
    const attempt = registerApplicant(signUp({ email: "lain@example.go.id" }), null);
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { nip: expect.stringMatching(/NIP ini sudah terdaftar/) } });
  });

  it("refuses a second account with the same e-mail", async () => {
    await expect(registerApplicant(signUp({ nip: "198205122006042099" }), null)).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { email: expect.stringMatching(/E-mail ini sudah terdaftar/) },
    });
    expect(await prisma.user.count({ where: { email: "maria.ulfa@example.go.id" } })).toBe(1);
  });

  it("signs in by e-mail (any case) or by NIP with spaces", async () => {
    expect(await checkCredentials("Maria.Ulfa@Example.go.id", "KataSandiAman1")).toEqual({ ok: true, userId });
    expect(await checkCredentials("19820512 200604 2 001", "KataSandiAman1")).toEqual({ ok: true, userId });
  });

  it("locks an identifier after repeated wrong passwords, even with the right password", async () => {
    const now = new Date("2026-01-10T03:00:00Z");
    for (let attempt = 1; attempt < MAX_FAILURES; attempt += 1) {
      expect(await checkCredentials("maria.ulfa@example.go.id", "salah", now)).toMatchObject({ ok: false, reason: "invalid" });
    }
    expect(await checkCredentials("maria.ulfa@example.go.id", "salah", now)).toMatchObject({ ok: false, reason: "locked" });
    expect(await checkCredentials("maria.ulfa@example.go.id", "KataSandiAman1", now)).toMatchObject({ ok: false, reason: "locked" });
    // The lock is per identifier and ends after its time.
    const later = new Date(now.getTime() + 16 * 60_000);
    expect(await checkCredentials("maria.ulfa@example.go.id", "KataSandiAman1", later)).toEqual({ ok: true, userId });
  });

  it("counts the e-mail and the NIP of one account together", async () => {
    const now = new Date("2026-01-12T03:00:00Z");
    for (let attempt = 1; attempt < MAX_FAILURES; attempt += 1) {
      const identifier = attempt % 2 === 0 ? "maria.ulfa@example.go.id" : "198205122006042001";
      expect(await checkCredentials(identifier, "salah", now)).toMatchObject({ ok: false, reason: "invalid" });
    }
    expect(await checkCredentials("198205122006042001", "salah", now)).toMatchObject({ ok: false, reason: "locked" });
    expect(await checkCredentials("maria.ulfa@example.go.id", "KataSandiAman1", now)).toMatchObject({ ok: false, reason: "locked" });
  });

  it("lets no more than the allowed number of guesses through when they arrive all at once", async () => {
    const now = new Date("2026-01-13T03:00:00Z");
    const burst = await Promise.all(Array.from({ length: 24 }, () => checkCredentials("maria.ulfa@example.go.id", "salah", now)));
    expect(burst.filter((result) => !result.ok && result.reason === "invalid")).toHaveLength(MAX_FAILURES - 1);
    // The right password right after the burst is refused: the lock holds.
    expect(await checkCredentials("maria.ulfa@example.go.id", "KataSandiAman1", now)).toMatchObject({ ok: false, reason: "locked" });
  });

  it("throttles unknown identifiers the same way (no hint that an account exists)", async () => {
    const now = new Date("2026-01-11T03:00:00Z");
    let last;
    for (let attempt = 0; attempt < MAX_FAILURES; attempt += 1) last = await checkCredentials("tidak.ada@example.go.id", "x", now);
    expect(last).toMatchObject({ ok: false, reason: "locked" });
  });
});

describe("audit log", () => {
  it("is append-only: updates and deletes are refused by the database", async () => {
    const row = await prisma.auditLog.findFirstOrThrow({ select: { id: true } });
    await expect(prisma.auditLog.update({ where: { id: row.id }, data: { action: "forged" } })).rejects.toThrow(/append-only/);
    await expect(prisma.auditLog.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
  });
});
