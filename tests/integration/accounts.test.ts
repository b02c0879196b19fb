import { beforeAll, describe, expect, it } from "vitest";
import { ACCOUNT_FREE_FAILURES, checkCredentials, MAX_FAILURES, MAX_IP_FAILURES } from "@/lib/auth/sign-in";
import { prisma } from "@/lib/db";
import { readOutbox } from "@/lib/mail";
import { registerApplicant } from "@/lib/users/mutations";
import { signUpSchema } from "@/lib/validation/auth";

const signUp = (overrides: Partial<Record<string, string>> = {}) =>
  signUpSchema.parse({
    employment: "PNS",
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
    const outcome = await registerApplicant(signUp(), "127.0.0.1");
    if (!outcome.created) throw new Error("the first sign-up must create the account");
    userId = outcome.userId;
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

  it("welcomes the new account by e-mail", async () => {
    expect((await readOutbox("maria.ulfa@example.go.id")).join("\n")).toContain("Akun Portal Seleksi Terbuka Anda telah dibuat");
  });

  it("creates nothing for an NIP, e-mail or NIK already registered, says nothing about it, and tells the owner", async () => {
    const attempts = [
      signUp({ email: "lain@example.go.id", nik: "6101055205820011" }), // the NIP is taken
      signUp({ nip: "198205122006042099", nik: "6101055205820012" }), // the e-mail is taken
      signUp({ email: "lain2@example.go.id", nip: "198205122006042098" }), // the NIK is taken
    ];
    for (const attempt of attempts) expect(await registerApplicant(attempt, null)).toEqual({ created: false });
    expect(await prisma.user.count({ where: { OR: [{ email: { in: ["lain@example.go.id", "lain2@example.go.id"] } }, { nip: { in: ["198205122006042099", "198205122006042098"] } }] } })).toBe(0);
    expect(await prisma.user.count({ where: { email: "maria.ulfa@example.go.id" } })).toBe(1);
    const notices = (await readOutbox("maria.ulfa@example.go.id")).filter((mail) => mail.includes("Percobaan pendaftaran"));
    expect(notices).toHaveLength(3);
    // Nobody else hears about it: not the addresses typed in the attempts.
    expect((await readOutbox("lain@example.go.id"))).toEqual([]);
    expect((await readOutbox("lain2@example.go.id"))).toEqual([]);
  });

  it("racing sign-ups that clash on the NIP: one account, the same quiet answer for the others", async () => {
    const nip = "198811302010011001";
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, (_, n) =>
        registerApplicant(signUp({ nip, email: `balapan${n}@example.go.id`, nik: `61010552058201${String(20 + n)}` }), null),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.created)).toHaveLength(1);
    expect(outcomes.filter((outcome) => !outcome.created)).toHaveLength(7);
    expect(await prisma.user.count({ where: { nip } })).toBe(1);
  });

  it("signs in by e-mail (any case) or by NIP with spaces", async () => {
    expect(await checkCredentials("Maria.Ulfa@Example.go.id", "KataSandiAman1")).toEqual({ ok: true, userId });
    expect(await checkCredentials("19820512 200604 2 001", "KataSandiAman1")).toEqual({ ok: true, userId });
  });

  it("locks an identifier after repeated wrong passwords, even with the right password", async () => {
    const now = new Date("2026-01-10T03:00:00Z");
    for (let attempt = 1; attempt < MAX_FAILURES; attempt += 1) {
      expect(await checkCredentials("maria.ulfa@example.go.id", "salah", { now, ip: "10.1.1.1" })).toMatchObject({ ok: false, reason: "invalid" });
    }
    expect(await checkCredentials("maria.ulfa@example.go.id", "salah", { now, ip: "10.1.1.1" })).toMatchObject({ ok: false, reason: "locked" });
    expect(await checkCredentials("maria.ulfa@example.go.id", "KataSandiAman1", { now, ip: "10.1.1.1" })).toMatchObject({ ok: false, reason: "locked" });
    // The lock is per identifier and ends after its time.
    const later = new Date(now.getTime() + 16 * 60_000);
    expect(await checkCredentials("maria.ulfa@example.go.id", "KataSandiAman1", { now: later, ip: "10.1.1.1" })).toEqual({ ok: true, userId });
  });

  it("counts the e-mail and the NIP of one account together", async () => {
    const now = new Date("2026-01-12T03:00:00Z");
    for (let attempt = 1; attempt < MAX_FAILURES; attempt += 1) {
      const identifier = attempt % 2 === 0 ? "maria.ulfa@example.go.id" : "198205122006042001";
      expect(await checkCredentials(identifier, "salah", { now, ip: "10.1.1.1" })).toMatchObject({ ok: false, reason: "invalid" });
    }
    expect(await checkCredentials("198205122006042001", "salah", { now, ip: "10.1.1.1" })).toMatchObject({ ok: false, reason: "locked" });
    expect(await checkCredentials("maria.ulfa@example.go.id", "KataSandiAman1", { now, ip: "10.1.1.1" })).toMatchObject({ ok: false, reason: "locked" });
  });

  it("lets no more than the allowed number of guesses through when they arrive all at once", async () => {
    const now = new Date("2026-01-13T03:00:00Z");
    const burst = await Promise.all(Array.from({ length: 24 }, () => checkCredentials("maria.ulfa@example.go.id", "salah", { now, ip: "10.1.1.1" })));
    expect(burst.filter((result) => !result.ok && result.reason === "invalid")).toHaveLength(MAX_FAILURES - 1);
    // The right password right after the burst is refused: the lock holds.
    expect(await checkCredentials("maria.ulfa@example.go.id", "KataSandiAman1", { now, ip: "10.1.1.1" })).toMatchObject({ ok: false, reason: "locked" });
  });

  it("throttles unknown identifiers the same way (no hint that an account exists)", async () => {
    const now = new Date("2026-01-11T03:00:00Z");
    let last;
    for (let attempt = 0; attempt < MAX_FAILURES; attempt += 1) last = await checkCredentials("tidak.ada@example.go.id", "x", { now, ip: "10.1.1.1" });
    expect(last).toMatchObject({ ok: false, reason: "locked" });
  });

  it("limits failures per IP across identifiers, before any password is checked", async () => {
    const now = new Date("2026-01-14T03:00:00Z");
    const ip = "198.51.100.20";
    // Four failures on each of five identifiers: never five on one, so only the IP's counter can stop them.
    for (let n = 0; n < MAX_IP_FAILURES; n += 1) {
      expect(await checkCredentials(`tebakan${n % 5}@example.go.id`, "salah", { now, ip })).toMatchObject({ ok: false, reason: "invalid" });
    }
    // The next attempt from that IP is refused, even with the right password of a real account...
    expect(await checkCredentials("maria.ulfa@example.go.id", "KataSandiAman1", { now, ip })).toMatchObject({ ok: false, reason: "locked" });
    // ...while the owner signing in from elsewhere is not affected.
    expect(await checkCredentials("maria.ulfa@example.go.id", "KataSandiAman1", { now, ip: "203.0.113.5" })).toEqual({ ok: true, userId });
  });

  it("lets no more than the IP's allowance through when a burst spreads over many identifiers", async () => {
    const now = new Date("2026-01-15T03:00:00Z");
    const ip = "198.51.100.21";
    const burst = await Promise.all(
      Array.from({ length: 40 }, (_, n) => checkCredentials(`acak${n}@example.go.id`, "salah", { now, ip })),
    );
    expect(burst.filter((result) => !result.ok && result.reason === "invalid")).toHaveLength(MAX_IP_FAILURES);
  });

  it("a stranger's wrong passwords lock only the stranger: the owner still signs in from their own IP", async () => {
    const now = new Date("2026-01-16T03:00:00Z");
    for (let n = 0; n < MAX_FAILURES + 3; n += 1) await checkCredentials("maria.ulfa@example.go.id", "salah", { now, ip: "192.0.2.66" });
    expect(await checkCredentials("maria.ulfa@example.go.id", "KataSandiAman1", { now, ip: "192.0.2.66" })).toMatchObject({ ok: false, reason: "locked" });
    expect(await checkCredentials("maria.ulfa@example.go.id", "KataSandiAman1", { now, ip: "203.0.113.7" })).toEqual({ ok: true, userId });
  });

  it("slows guessing spread over many IPs: past the allowance, one attempt per delay, never a long lock", async () => {
    const now = new Date("2026-01-17T03:00:00Z");
    // Failures from many IPs, one each (below every per-IP and per-pair limit).
    for (let n = 0; n < ACCOUNT_FREE_FAILURES; n += 1) {
      expect(await checkCredentials("198205122006042001", "salah", { now, ip: `192.0.2.${n}` })).toMatchObject({ ok: false, reason: "invalid" });
    }
    // Beyond it, of a parallel burst from fresh IPs only one attempt is checked.
    const burst = await Promise.all(
      Array.from({ length: 12 }, (_, n) => checkCredentials("198205122006042001", "salah", { now, ip: `192.0.2.${100 + n}` })),
    );
    expect(burst.filter((result) => !result.ok && result.reason === "invalid")).toHaveLength(1);
    expect(burst.filter((result) => !result.ok && result.reason === "slowed")).toHaveLength(11);
    // The owner is delayed, not locked out: a minute later the right password goes through.
    const minuteLater = new Date(now.getTime() + 61_000);
    expect(await checkCredentials("maria.ulfa@example.go.id", "KataSandiAman1", { now: minuteLater, ip: "203.0.113.8" })).toEqual({ ok: true, userId });
  });

  it("stores nothing for an over-long identifier", async () => {
    const before = await prisma.loginThrottle.count();
    expect(await checkCredentials("9".repeat(10_000), "x", { ip: "10.9.9.9" })).toMatchObject({ ok: false, reason: "invalid" });
    expect(await prisma.loginThrottle.count()).toBe(before);
  });
});

describe("audit log", () => {
  it("is append-only: updates and deletes are refused by the database", async () => {
    const row = await prisma.auditLog.findFirstOrThrow({ select: { id: true } });
    await expect(prisma.auditLog.update({ where: { id: row.id }, data: { action: "forged" } })).rejects.toThrow(/append-only/);
    await expect(prisma.auditLog.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
  });
});

describe("sign-up by NIK (a non-PNS applicant for a CPNS formation)", () => {
  const nonPns = (overrides: Partial<Record<string, string>> = {}) =>
    signUpSchema.parse({
      employment: "NON_PNS",
      fullName: "Rina Kartika, S.Kom.",
      // A woman (day 41 + 40 → 1st) born 1 July 1998, registered in Sawahlunto (1373).
      nik: "1373024107980003",
      email: "rina.kartika@example.com",
      phone: "081277665544",
      password: "KataSandiAman1",
      passwordConfirm: "KataSandiAman1",
      ...overrides,
    });

  it("creates an account and a CV without NIP, non-PNS, birth date and gender from the NIK, audited", async () => {
    const outcome = await registerApplicant(nonPns(), "10.9.9.9");
    if (!outcome.created) throw new Error("the sign-up must create the account");
    const user = await prisma.user.findUniqueOrThrow({
      where: { id: outcome.userId },
      select: { nip: true, roles: true, emailVerifiedAt: true, profile: { select: { nip: true, nik: true, employmentStatus: true, birthDate: true, gender: true } } },
    });
    expect(user).toMatchObject({ nip: null, roles: ["APPLICANT"], emailVerifiedAt: null });
    expect(user.profile).toEqual({ nip: null, nik: "1373024107980003", employmentStatus: "NON_ASN", birthDate: new Date("1998-07-01T00:00:00Z"), gender: "F" });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityId: outcome.userId, action: "user.sign_up" }, select: { actorId: true, ip: true, after: true } });
    expect(audit).toMatchObject({ actorId: outcome.userId, ip: "10.9.9.9", after: { roles: ["APPLICANT"], employmentStatus: "NON_ASN" } });
    expect(JSON.stringify(audit.after)).not.toContain("1373024107980003");
  });

  it("answers a NIK or e-mail already registered as quietly as a NIP clash, and tells the owner", async () => {
    const before = await prisma.user.count();
    expect(await registerApplicant(nonPns({ email: "orang.lain@example.com" }), null)).toEqual({ created: false });
    expect(await registerApplicant(nonPns({ nik: "1373024107980004" }), null)).toEqual({ created: false });
    // A PNS whose NIK a non-PNS account holds: the same.
    expect(await registerApplicant(signUpSchema.parse({ ...nonPns(), employment: "PNS", nip: "199807012020122001", email: "pns.lain@example.com" }), null)).toEqual({ created: false });
    expect(await prisma.user.count()).toBe(before);
    expect((await readOutbox("rina.kartika@example.com")).filter((mail) => mail.includes("Percobaan pendaftaran"))).toHaveLength(3);
    expect((await readOutbox("orang.lain@example.com"))).toEqual([]);
  });
});
