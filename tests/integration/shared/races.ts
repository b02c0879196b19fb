// Twenty requests at once, as an impatient double-clicker or a script would send them: one application,
// one submission, one account. The outcome is read from the database (rows, audit rows, events), not from
// the messages, which the sign-up may word differently (it must not reveal whether an account exists).
import { beforeAll, describe, expect, it } from "vitest";
import { createApplication, submitApplication } from "@/lib/applications/mutations";
import { prisma } from "@/lib/db";
import { registerApplicant } from "@/lib/users/mutations";
import { signUpSchema } from "@/lib/validation/auth";
import { attachAllRegistrationDocuments, cloneDemoApplicant, singkawangVacancyId } from "../../factories/applications";

const PARALLEL = 20;
const DURING_REGISTRATION = new Date("2025-10-28T03:00:00Z"); // 28 Oct 2025 10:00 WIB
const declarations = { willingAllStages: true, willingToReside: true, noMppStatement: false };

let vacancyId: string;

function times<T>(count: number, run: (index: number) => Promise<T>): Promise<PromiseSettledResult<T>[]> {
  return Promise.allSettled(Array.from({ length: count }, (_, index) => run(index)));
}

/** The race tests, run on whatever database DATABASE_URL names when the first test runs (the server, or a pooler). */
export function describeRaces(): void {
  describe(`${PARALLEL} simultaneous requests`, () => {
    beforeAll(async () => {
      vacancyId = await singkawangVacancyId();
    });

    it("to apply for one vacancy make one application with one set of document slots", async () => {
      const userId = await cloneDemoApplicant("pelamar@demo.seleksi.id", "balapan.lamar@uji.seleksi.id", "197203151998031091");
      const outcomes = await times(PARALLEL, () => createApplication({ userId, vacancyId, declarations, ip: null, now: DURING_REGISTRATION }));
      const applications = await prisma.application.findMany({ where: { applicantId: userId }, select: { id: true, _count: { select: { documents: true } } } });
      expect(applications).toHaveLength(1);
      // One slot per requirement: the announcement's 22 and the no-MPP statement (item 23) of the 58-year path.
      expect(applications[0]!._count.documents).toBe(23);
      // Whoever lost the race is told about the one application (or refused), never given another one.
      const ids = outcomes.flatMap((outcome) => (outcome.status === "fulfilled" ? [outcome.value.applicationId] : []));
      expect(new Set(ids)).toEqual(new Set([applications[0]!.id]));
      expect(await prisma.auditLog.count({ where: { entityId: applications[0]!.id, action: "application.create" } })).toBe(1);
    });

    it("to submit one application submit it once: one event, one audit row, one notification", async () => {
      const userId = await cloneDemoApplicant("pelamar@demo.seleksi.id", "balapan.kirim@uji.seleksi.id", "197203151998031092");
      const { applicationId } = await createApplication({ userId, vacancyId, declarations, ip: null, now: DURING_REGISTRATION });
      await attachAllRegistrationDocuments(applicationId, userId);
      const outcomes = await times(PARALLEL, () => submitApplication({ userId, applicationId, ip: null, now: DURING_REGISTRATION }));
      expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
      // The others are refused as a sent application (a domain error), never a server fault.
      for (const outcome of outcomes) {
        if (outcome.status === "rejected") expect(outcome.reason).toMatchObject({ code: "INVALID_TRANSITION" });
      }
      expect(await prisma.application.findUniqueOrThrow({ where: { id: applicationId }, select: { status: true } })).toEqual({ status: "SUBMITTED" });
      expect(await prisma.applicationEvent.count({ where: { applicationId, kind: "application.submitted" } })).toBe(1);
      expect(await prisma.auditLog.count({ where: { entityId: applicationId, action: "application.submit" } })).toBe(1);
      expect(await prisma.notification.count({ where: { userId, title: "Lamaran terkirim" } })).toBe(1);
    });

    const signUp = (overrides: { email?: string; nip?: string; nik?: string } = {}) =>
      signUpSchema.parse({
        employment: "PNS",
        fullName: "Pendaftar Balapan",
        nip: overrides.nip ?? "198505052010011077",
        nik: overrides.nik ?? "6172010505850077",
        email: overrides.email ?? "balapan@uji.seleksi.id",
        phone: "081234567890",
        password: "RahasiaBalapan2025",
        passwordConfirm: "RahasiaBalapan2025",
      });

    it("to sign up with one e-mail and NIP create one account with one profile", async () => {
      const data = signUp();
      const outcomes = await times(PARALLEL, () => registerApplicant(data, null));
      const users = await prisma.user.findMany({ where: { OR: [{ email: data.email }, { nip: "198505052010011077" }] }, select: { id: true } });
      expect(users).toHaveLength(1);
      expect(await prisma.applicantProfile.count({ where: { userId: users[0]!.id } })).toBe(1);
      expect(await prisma.auditLog.count({ where: { entityId: users[0]!.id, action: "user.sign_up" } })).toBe(1);
      // Sign-up answers alike whether or not the account exists (no enumeration): every call ends quietly, one creates.
      expect(outcomes.every((outcome) => outcome.status === "fulfilled")).toBe(true);
      expect(outcomes.filter((outcome) => outcome.status === "fulfilled" && outcome.value.created)).toHaveLength(1);
    });

    // Each its own NIK, so that only the field under test clashes.
    const nikOf = (index: number, base: string) => `${base}${String(index).padStart(2, "0")}`;

    it("to sign up with one NIP under different e-mails create one account", async () => {
      const nip = "198505052010011078";
      const outcomes = await times(PARALLEL, (index) => registerApplicant(signUp({ nip, nik: nikOf(index, "61720105058501"), email: `balapan.nip${index}@uji.seleksi.id` }), null));
      expect(await prisma.user.count({ where: { nip } })).toBe(1);
      expect(await prisma.applicantProfile.count({ where: { nip } })).toBe(1);
      for (const outcome of outcomes) {
        if (outcome.status === "rejected") expect(outcome.reason).toMatchObject({ code: "CONFLICT" });
      }
    });

    it("to sign up with one e-mail under different NIPs create one account", async () => {
      const email = "balapan.surel@uji.seleksi.id";
      const outcomes = await times(PARALLEL, (index) => registerApplicant(signUp({ email, nik: nikOf(index, "61720105058502"), nip: `1985050520100110${String(index + 10)}` }), null));
      expect(await prisma.user.count({ where: { email } })).toBe(1);
      for (const outcome of outcomes) {
        if (outcome.status === "rejected") expect(outcome.reason).toMatchObject({ code: "CONFLICT" });
      }
    });
  });
}
