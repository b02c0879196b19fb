// What the log receives from real code paths that handle a NIK, a NIP and an e-mail address: the sign-up
// (its audit row, its welcome mail, the notice to the owner of a clashing account) and a Prisma error that
// quotes the query's arguments, logged by the route handlers' error path. None of the three ever appears.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { errorResponse } from "@/lib/http";
import { REDACTED } from "@/lib/log";
import { deliverDueMail } from "@/lib/mail/mutations";
import { registerApplicant } from "@/lib/users/mutations";
import { signUpSchema } from "@/lib/validation/auth";
import { captureLog, logLines } from "../fixtures/log-capture";

const NIK = "6101055205820077";
const NIP = "198205122006042077";
const EMAIL = "log.uji@example.go.id";

const signUp = (overrides: Partial<Record<string, string>> = {}) =>
  signUpSchema.parse({
    employment: "PNS",
    fullName: "Uji Log, S.H.",
    nip: NIP,
    nik: NIK,
    email: EMAIL,
    phone: "081298760077",
    password: "KataSandiAman1",
    passwordConfirm: "KataSandiAman1",
    ...overrides,
  });

describe("personal data never reaches the log", () => {
  it("sign-up, its mail, a clashing sign-up and a Prisma error quoting the NIK: events logged, identifiers not", async () => {
    let userId = "";
    const output = await captureLog(async () => {
      const outcome = await registerApplicant(signUp(), "127.0.0.1");
      if (!outcome.created) throw new Error("the sign-up must create the account");
      userId = outcome.userId;
      // Same NIK, other NIP and e-mail: the owner is told by e-mail.
      expect(await registerApplicant(signUp({ nip: "198205122006042078", email: "lain.log@example.go.id" }), null)).toEqual({ created: false });
      // Both mails wait in the queue: the worker's delivery (the same code path) logs each one it sends.
      expect(await deliverDueMail()).toBeGreaterThanOrEqual(2);
      // A query Prisma refuses (here: no password hash): its validation error quotes the arguments, the NIK too.
      const clash = await prisma.user
        // @ts-expect-error -- a call the types refuse, as a bug would make it
        .create({ data: { email: EMAIL, nip: NIP, name: "Kembar", roles: ["APPLICANT"], profile: { create: { fullName: "Kembar", nik: NIK } } } })
        .then(
          () => null,
          (error: unknown) => error,
        );
      expect(clash).toBeInstanceOf(Error);
      expect((clash as Error).message).toContain(NIK);
      expect(errorResponse(clash).status).toBe(500);
    });

    const lines = logLines(output);
    expect(lines.find((line) => line.event === "audit")).toMatchObject({ level: "info", action: "user.sign_up", entityId: userId });
    const mails = lines.filter((line) => line.event === "mail.sent");
    expect(mails.length).toBeGreaterThanOrEqual(2); // the welcome and the notice to the owner
    for (const mail of mails) expect(mail.to).toBe(REDACTED);
    expect(lines.find((line) => line.event === "route.failed")).toMatchObject({ level: "error" });
    for (const secret of [NIK, NIP, EMAIL, "081298760077", "lain.log@example.go.id"]) expect(output).not.toContain(secret);
  }, 60_000);
});
