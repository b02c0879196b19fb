// The administrator's view of the mail queue: a mail whose retries ran out is listed (recipient masked,
// the error, the attempts) and "Kirim ulang" (after a confirmation) hands it back to the server's worker,
// which delivers it to the outbox.
import crypto from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { prisma } from "@/lib/db";
import { readOutboxMails } from "../factories/mail";
import { expect, serverInfo, test } from "./fixtures";

test("an admin sees a mail that failed for good and sends it again", async ({ signInAs }) => {
  const suffix = crypto.randomBytes(3).toString("hex");
  const to = `gagal.${suffix}@example.go.id`;
  // A mail whose eight retries failed (as lib/mail/mutations.ts records it on the last attempt).
  const mail = await prisma.outgoingMail.create({
    data: {
      id: crypto.randomUUID(),
      kind: "account",
      to,
      subject: `Uji antrean ${suffix}`,
      text: "Isi surat uji antrean.",
      status: "FAILED",
      attempts: 9,
      lastError: "ECONNECTION: connect ECONNREFUSED 127.0.0.1:2525",
      failedAt: new Date(),
    },
  });
  const page = await signInAs("admin");
  await page.goto("/pansel");
  await page.getByRole("link", { name: "Antrean tugas" }).click();
  const row = page.getByRole("row").filter({ hasText: `ga•••@example.go.id` });
  await expect(row).toContainText("ECONNECTION: connect ECONNREFUSED");
  await expect(row).toContainText("9");
  await expect(row).not.toContainText(to);
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical")).toEqual([]);

  await row.getByRole("button", { name: "Kirim ulang" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Ya, kirim ulang" }).click();
  await expect(page.getByRole("row").filter({ hasText: `ga•••@example.go.id` })).toHaveCount(0);
  expect(await prisma.auditLog.count({ where: { action: "mail.resend", entityId: mail.id } })).toBe(1);

  // The server's own worker sends it.
  const mails = await readOutboxMails(to, serverInfo().outboxDir, { containing: "Isi surat uji antrean." });
  expect(mails).toHaveLength(1);
  await expect.poll(async () => (await prisma.outgoingMail.findUniqueOrThrow({ where: { id: mail.id } })).status).toBe("SENT");
});
