import "server-only";
import { CACHE_TAGS, cachePublicData } from "@/lib/cache-tags";
import { prisma } from "@/lib/db";

export const ANNOUNCEMENTS_PER_PAGE = 20;

async function loadAnnouncements(page: number) {
  const where = { publishedAt: { not: null } };
  const [total, rows] = await Promise.all([
    prisma.announcement.count({ where }),
    prisma.announcement.findMany({
      where,
      orderBy: [{ publishedAt: "desc" }, { createdAt: "desc" }],
      skip: (page - 1) * ANNOUNCEMENTS_PER_PAGE,
      take: ANNOUNCEMENTS_PER_PAGE,
      select: {
        slug: true,
        kind: true,
        number: true,
        title: true,
        publishedAt: true,
        selection: { select: { slug: true, title: true } },
      },
    }),
  ]);
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / ANNOUNCEMENTS_PER_PAGE)),
    items: rows.map((row) => ({ ...row, publishedAt: row.publishedAt?.toISOString() ?? null })),
  };
}

export const listPublishedAnnouncements = cachePublicData(loadAnnouncements, "published-announcements", {
  tags: [CACHE_TAGS.announcements],
  revalidate: 300,
});

async function loadAnnouncement(slug: string) {
  const row = await prisma.announcement.findFirst({
    where: { slug, publishedAt: { not: null } },
    select: {
      slug: true,
      kind: true,
      number: true,
      title: true,
      body: true,
      snapshot: true,
      publishedAt: true,
      selection: { select: { slug: true, title: true, committeeName: true } },
      corrects: { select: { slug: true, title: true, number: true } },
      corrections: { where: { publishedAt: { not: null } }, orderBy: { publishedAt: "asc" }, select: { slug: true, title: true, number: true } },
    },
  });
  return row ? { ...row, publishedAt: row.publishedAt?.toISOString() ?? null } : null;
}

export const getPublishedAnnouncement = cachePublicData(loadAnnouncement, "published-announcement", {
  tags: [CACHE_TAGS.announcements],
  revalidate: 300,
});

async function loadSelectionAnnouncements(selectionSlug: string) {
  const rows = await prisma.announcement.findMany({
    where: { selection: { slug: selectionSlug }, publishedAt: { not: null } },
    orderBy: [{ publishedAt: "desc" }, { createdAt: "desc" }],
    take: 50,
    select: { slug: true, kind: true, number: true, title: true, publishedAt: true },
  });
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt?.toISOString() ?? null }));
}

/** Every published announcement of one selection (results, corrections, schedule changes), newest first. */
export const listSelectionAnnouncements = cachePublicData(loadSelectionAnnouncements, "selection-announcements", {
  tags: [CACHE_TAGS.announcements],
  revalidate: 300,
});
