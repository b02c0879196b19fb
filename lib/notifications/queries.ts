import "server-only";
import { prisma } from "@/lib/db";

export const NOTIFICATIONS_PER_PAGE = 20;

export async function listNotifications(userId: string, page: number) {
  const [total, items] = await Promise.all([
    prisma.notification.count({ where: { userId } }),
    prisma.notification.findMany({
      where: { userId },
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * NOTIFICATIONS_PER_PAGE,
      take: NOTIFICATIONS_PER_PAGE,
      select: { id: true, title: true, body: true, link: true, readAt: true, createdAt: true },
    }),
  ]);
  return { total, items, pageCount: Math.max(1, Math.ceil(total / NOTIFICATIONS_PER_PAGE)) };
}
