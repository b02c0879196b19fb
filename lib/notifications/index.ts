import "server-only";
// Application events: one call records the timeline entry (ApplicationEvent), the in-app notification,
// and enqueues the same message by e-mail in the same transaction (lib/mail/mutations.ts: the job
// commits or rolls back with the change; the worker sends it).
import type { TransactionClient } from "@/lib/db";
import { prisma, Prisma } from "@/lib/db";
import { enqueueMails } from "@/lib/mail/mutations";

import { absoluteUrl } from "@/lib/urls/base-url";

export type ApplicationEventInput = {
  applicationId: string;
  kind: string;
  message: string;
  actorId: string | null;
  data?: Record<string, unknown>;
  /** Notify the applicant (in-app and e-mail) with this title; omit for timeline-only events. */
  notifyTitle?: string;
  link?: string;
};

/** Inside the caller's transaction; the e-mail of the notification is enqueued in it. Returns the notification id, if any. */
export async function recordApplicationEvent(tx: TransactionClient, event: ApplicationEventInput): Promise<string | null> {
  const application = await tx.application.update({
    where: { id: event.applicationId },
    data: {
      events: {
        create: {
          kind: event.kind,
          message: event.message,
          actorId: event.actorId,
          data: event.data ? (event.data as Prisma.InputJsonValue) : Prisma.DbNull,
        },
      },
    },
    select: { applicantId: true },
  });
  if (!event.notifyTitle) return null;
  const notification = await tx.notification.create({
    data: {
      userId: application.applicantId,
      applicationId: event.applicationId,
      title: event.notifyTitle,
      body: event.message,
      link: event.link ?? null,
    },
    select: { id: true },
  });
  await enqueueNotificationMails(tx, [notification.id]);
  return notification.id;
}

/**
 * The same as recordApplicationEvent for many applications at once (publishing a result): one insert
 * for the timeline entries and one for the notifications, whatever the number of applicants. The
 * caller passes the applicant of each application, which it has already read.
 */
export async function recordApplicationEvents(
  tx: TransactionClient,
  events: ReadonlyArray<ApplicationEventInput & { applicantId: string }>,
): Promise<string[]> {
  if (events.length === 0) return [];
  await tx.applicationEvent.createMany({
    data: events.map((event) => ({
      applicationId: event.applicationId,
      kind: event.kind,
      message: event.message,
      actorId: event.actorId,
      data: event.data ? (event.data as Prisma.InputJsonValue) : Prisma.DbNull,
    })),
  });
  const notified = events.filter((event) => event.notifyTitle);
  if (notified.length === 0) return [];
  const rows = await tx.notification.createManyAndReturn({
    data: notified.map((event) => ({
      userId: event.applicantId,
      applicationId: event.applicationId,
      title: event.notifyTitle ?? "",
      body: event.message,
      link: event.link ?? null,
    })),
    select: { id: true },
  });
  const ids = rows.map((row) => row.id);
  await enqueueNotificationMails(tx, ids);
  return ids;
}

/**
 * A notice to staff accounts about their work, not about an application of their own (a scored stage reopened, to
 * its scorers): one notification each, not tied to an application, and its e-mail enqueued in the caller's
 * transaction. Returns the notification ids.
 */
export async function notifyUsers(tx: TransactionClient, userIds: readonly string[], notice: { title: string; body: string; link: string }): Promise<string[]> {
  if (userIds.length === 0) return [];
  const rows = await tx.notification.createManyAndReturn({
    data: [...new Set(userIds)].map((userId) => ({ userId, title: notice.title, body: notice.body, link: notice.link })),
    select: { id: true },
  });
  const ids = rows.map((row) => row.id);
  await enqueueNotificationMails(tx, ids);
  return ids;
}

/** The e-mail of an in-app notification: its stored link is a path of the site, mailed as an absolute URL. */
export function notificationMail(user: { email: string; name: string }, notification: { title: string; body: string; link: string | null }) {
  const details = notification.link ? `\nRincian: ${absoluteUrl(notification.link)}\n` : "";
  return {
    to: user.email,
    subject: `[Portal Seleksi Terbuka] ${notification.title}`,
    text: `Yth. ${user.name},\n\n${notification.body}\n${details}\nPesan ini dikirim otomatis oleh Portal Seleksi Terbuka.`,
  };
}

/** Enqueues the e-mail of each notification (once: OutgoingMail.notificationId is unique) in the caller's transaction. */
export async function enqueueNotificationMails(tx: TransactionClient, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const rows = await tx.notification.findMany({
    where: { id: { in: [...ids] }, emailedAt: null },
    select: { id: true, title: true, body: true, link: true, user: { select: { email: true, name: true } } },
  });
  await enqueueMails(tx, rows.map((row) => ({ ...notificationMail(row.user, row), kind: "notification" as const, notificationId: row.id })));
}

/** Marks the caller's own notifications as read (never someone else's: filtered on userId). */
export async function markNotificationsRead(userId: string, ids: string[] | "all"): Promise<number> {
  const result = await prisma.notification.updateMany({
    where: { userId, readAt: null, ...(ids === "all" ? {} : { id: { in: ids } }) },
    data: { readAt: new Date() },
  });
  return result.count;
}
