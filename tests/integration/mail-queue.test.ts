// Durable e-mail (issue 17, "Done when"): the SMTP server is down while notifications are triggered,
// comes back, and every e-mail is delivered exactly once; a change that rolls back leaves no mail and
// no job; a mail whose retries run out is FAILED for the administrator and can be sent again.
// A real SMTP server (the `smtp-server` package) on a port chosen before the app reads SMTP_URL.
import { SMTPServer } from "smtp-server";
import { afterAll, describe, expect, it } from "vitest";
import { requestPasswordReset } from "@/lib/accounts/mutations";
import { freePort } from "@/lib/cli/pg-server";
import { prisma } from "@/lib/db";
import { jobProducer, prismaJobDb } from "@/lib/jobs/boss";
import { startJobWorker, stopJobWorker } from "@/lib/jobs/worker";
import { listFailedMails } from "@/lib/mail/queries";
import { deliverDueMail, deliverOutgoingMail, enqueueMail, resendFailedMail } from "@/lib/mail/mutations";
import { recordApplicationEvent } from "@/lib/notifications";
import { rescheduleStage } from "@/lib/selections/mutations";
import { wibToUtc } from "@/lib/dates/wib";
import { demoUserId } from "../factories/applications";

const port = await freePort();
process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;

type Received = { to: string; messageId: string; subject: string };
const received: Received[] = [];
let smtp: SMTPServer | null = null;

function header(raw: string, name: string): string {
  return raw.match(new RegExp(`^${name}:\\s*(.*)$`, "im"))?.[1]?.trim() ?? "";
}

async function startSmtp(): Promise<void> {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        for (const to of session.envelope.rcptTo) received.push({ to: to.address, messageId: header(raw, "Message-ID"), subject: header(raw, "Subject") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp!.listen(port, "127.0.0.1", resolve));
}

async function stopSmtp(): Promise<void> {
  if (!smtp) return;
  await new Promise<void>((resolve) => smtp!.close(() => resolve()));
  smtp = null;
}

/** The backoff's wait, skipped: what pg-boss would retry later is due now. */
async function fastForwardRetries(): Promise<void> {
  await prisma.$executeRaw`UPDATE pgboss.job SET start_after = now() WHERE name = 'mail' AND state = 'retry'`;
}

async function jobCount(): Promise<number> {
  const [row] = await prisma.$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'mail'`;
  return row!.n;
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

afterAll(async () => {
  await stopJobWorker();
  await stopSmtp();
});

describe("e-mail through the job queue", () => {
  it("survives an SMTP outage: every e-mail is delivered exactly once after the server is back", async () => {
    const before = await prisma.outgoingMail.count();
    // Notifications (a rescheduled stage tells every applicant) and an account mail, with SMTP down.
    const stage = await prisma.stage.findFirstOrThrow({ where: { selection: { slug: "sekda-singkawang-2025" }, kind: "ASSESSMENT" }, select: { id: true } });
    await rescheduleStage({
      actorId: await demoUserId("sekretariat@demo.seleksi.id"),
      stageId: stage.id,
      startsAt: wibToUtc("2025-11-12T00:00"),
      endsAt: wibToUtc("2025-11-14T23:59"),
      reason: "Ketersediaan asesor",
      ip: null,
    });
    await requestPasswordReset("pelamar@demo.seleksi.id", { ip: null });
    const queued = await prisma.outgoingMail.findMany({ where: { status: "QUEUED" }, select: { id: true, to: true, kind: true, notificationId: true } });
    expect(queued.length).toBe((await prisma.outgoingMail.count()) - before);
    expect(queued.filter((mail) => mail.kind === "notification").length).toBeGreaterThanOrEqual(2);
    expect(queued.some((mail) => mail.kind === "account" && mail.to === "pelamar@demo.seleksi.id")).toBe(true);

    // Every attempt fails while nothing listens; the error is kept, without any address.
    expect(await deliverDueMail()).toBe(queued.length);
    const failedOnce = await prisma.outgoingMail.findMany({ where: { id: { in: queued.map((mail) => mail.id) } }, select: { status: true, attempts: true, lastError: true, sentAt: true } });
    for (const mail of failedOnce) {
      expect(mail).toMatchObject({ status: "QUEUED", attempts: 1, sentAt: null });
      expect(mail.lastError).toMatch(/ECONNECTION|ECONNREFUSED/);
      expect(mail.lastError).not.toMatch(/@/);
    }
    expect(received).toEqual([]);

    // The server is back. One mail is sent by a worker that then dies before telling pg-boss (its job
    // stays to be retried): the retry must find it sent and not send it again.
    await startSmtp();
    const crashed = queued[0]!;
    expect(await deliverOutgoingMail(crashed.id, { final: false })).toBe("sent");
    expect(received.map((mail) => mail.messageId)).toEqual([`<${crashed.id}@portal-seleksi-terbuka>`]);

    // The real worker (its own pg-boss connection, polling) delivers the rest after the backoff.
    await fastForwardRetries();
    await startJobWorker({ pollingIntervalSeconds: 0.5 });
    await waitFor(async () => (await prisma.outgoingMail.count({ where: { id: { in: queued.map((mail) => mail.id) }, status: "SENT" } })) === queued.length);
    await waitFor(async () => (await prisma.$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'mail' AND state < 'completed'`)[0]!.n === 0);
    await stopJobWorker();

    // Exactly once: one message per queued mail, each with its own stable Message-ID, no more.
    const ids = received.map((mail) => mail.messageId).sort();
    expect(ids).toEqual(queued.map((mail) => `<${mail.id}@portal-seleksi-terbuka>`).sort());
    for (const mail of queued) expect(received.filter((got) => got.messageId.includes(mail.id))[0]?.to).toBe(mail.to);
    // Sent: the notification says so, and the body (it may hold a one-time link) is not kept.
    const sent = await prisma.outgoingMail.findMany({ where: { id: { in: queued.map((mail) => mail.id) } }, select: { text: true, notification: { select: { emailedAt: true } }, notificationId: true } });
    for (const mail of sent) {
      expect(mail.text).toBe("");
      if (mail.notificationId) expect(mail.notification?.emailedAt).not.toBeNull();
    }
    // Nothing is left to send, and running the queue again sends nothing.
    await fastForwardRetries();
    expect(await deliverDueMail()).toBe(0);
    expect(received).toHaveLength(queued.length);
  });

  it("a change that rolls back leaves no mail, no notification and no job", async () => {
    const [mails, notifications, jobs] = [await prisma.outgoingMail.count(), await prisma.notification.count(), await jobCount()];
    const application = await prisma.application.findFirstOrThrow({ select: { id: true } });
    await expect(
      prisma.$transaction(async (tx) => {
        await recordApplicationEvent(tx, { applicationId: application.id, kind: "test.rolled_back", message: "Tidak jadi.", actorId: null, notifyTitle: "Tidak jadi" });
        await enqueueMail(tx, { kind: "account", to: "siapa.saja@example.go.id", subject: "Tidak jadi", text: "Tidak jadi." });
        expect(await tx.outgoingMail.count()).toBe(mails + 2);
        throw new Error("the change fails after its mails were enqueued");
      }),
    ).rejects.toThrow("the change fails");
    expect([await prisma.outgoingMail.count(), await prisma.notification.count(), await jobCount()]).toEqual([mails, notifications, jobs]);
  });

  it("a mail whose retries ran out is FAILED, listed for the administrator and sent once again on request", async () => {
    await stopSmtp();
    const admin = await demoUserId("admin@demo.seleksi.id");
    const id = await prisma.$transaction((tx) => enqueueMail(tx, { kind: "account", to: "budi.santoso@example.go.id", subject: "Uji gagal", text: "Isi." }));
    // pg-boss's last attempt (retryCount = retryLimit) fails too.
    await prisma.$executeRaw`UPDATE pgboss.job SET retry_count = retry_limit WHERE name = 'mail' AND data->>'mailId' = ${id}`;
    await prisma.$executeRaw`UPDATE pgboss.job SET started_on = now() WHERE name = 'mail' AND data->>'mailId' = ${id}`;
    expect(await deliverDueMail()).toBe(1);
    const failed = await listFailedMails();
    const row = failed.find((mail) => mail.id === id);
    expect(row).toMatchObject({ kind: "account", recipient: "bu•••@example.go.id", attempts: 1 });
    expect(row?.lastError).toMatch(/ECONNECTION|ECONNREFUSED/);

    await startSmtp();
    await resendFailedMail(id, admin, "10.0.0.9");
    expect(await prisma.auditLog.count({ where: { action: "mail.resend", entityId: id, actorId: admin } })).toBe(1);
    await expect(resendFailedMail(id, admin, null)).rejects.toThrow("tidak lagi berstatus gagal");
    expect(await deliverDueMail()).toBe(1);
    expect(received.filter((mail) => mail.messageId === `<${id}@portal-seleksi-terbuka>`)).toHaveLength(1);
    expect((await listFailedMails()).some((mail) => mail.id === id)).toBe(false);
  });

  it("a mail whose last attempt died with its worker (pg-boss fails it by timeout) is FAILED through the dead-letter queue", async () => {
    const id = await prisma.$transaction((tx) => enqueueMail(tx, { kind: "account", to: "sinta.dewi@example.go.id", subject: "Uji waktu habis", text: "Isi." }));
    await prisma.$executeRaw`UPDATE pgboss.job SET retry_count = retry_limit WHERE name = 'mail' AND data->>'mailId' = ${id}`;
    const db = prismaJobDb(prisma);
    // A worker takes the job and dies: no handler runs; pg-boss then fails the job (as its expiry does).
    const [job] = await jobProducer().fetch<{ mailId: string }>("mail", { batchSize: 1, db });
    expect(job?.data.mailId).toBe(id);
    await jobProducer().fail("mail", job!.id, { message: "job failed by timeout in active state" }, { db });
    await deliverDueMail();
    const row = await prisma.outgoingMail.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "FAILED", sentAt: null, lastError: "Waktu pengiriman habis (pekerja berhenti di tengah pengiriman)" });
    expect((await listFailedMails()).some((mail) => mail.id === id)).toBe(true);
  });
});
