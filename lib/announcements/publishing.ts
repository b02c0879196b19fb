import "server-only";
// The one way to publish an announcement of a selection (administrative result, its correction, the
// three names, the final result): the chair of this selection, the number and signing date checked,
// one transaction under the per-selection lock in which the publisher builds its frozen snapshot and
// moves the candidates, the announcement row with its audit row, and the e-mails after commit.
import { compareCalendarDates, formatCalendarDate, type CalendarDate } from "@/lib/dates/calendar";
import { todayInWib } from "@/lib/dates/wib";
import type { TransactionClient } from "@/lib/db";
import { Prisma, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { announcementDateField, announcementNumberField } from "@/lib/validation/results";
import { requireSelectionAccess } from "@/lib/auth/selection-access";
import { lockSelection } from "@/lib/selections/transitions";
import type { AuditAction } from "@/lib/audit";
import { writeAudit } from "@/lib/audit";
import { now as clockNow } from "@/lib/clock";
import type { AnnouncementKind } from "@/lib/generated/prisma/enums";

export type PublishInput = {
  actorId: string;
  slug: string;
  /** The announcement number, e.g. "06/SELTER/SKW/XI/2025". */
  number: string;
  /** The signing date printed on the announcement (`YYYY-MM-DD`); today in WIB when omitted. */
  date?: string | null;
  ip: string | null;
  now?: Date;
};

const CHAIR_ONLY = "Hanya Ketua Panitia Seleksi ini yang dapat mengumumkan hasil seleksi.";
// Publishing touches every application of the selection: far more work than Prisma's 5 s default.
const LONG_TRANSACTION = { timeout: 120_000 } as const;

const SELECTION_SELECT = {
  id: true,
  slug: true,
  title: true,
  committeeName: true,
  committeeAddress: true,
  chairName: true,
  announcementPlace: true,
  announcementDate: true,
  otherTerms: true,
  objectionEnabled: true,
  objectionWindowDays: true,
  rejectionNeedsSecondCheck: true,
  shortlistOrder: true,
} as const;

export type SelectionRow = Prisma.SelectionGetPayload<{ select: typeof SELECTION_SELECT }>;

async function findSelection(slug: string): Promise<SelectionRow> {
  const selection = await prisma.selection.findUnique({ where: { slug }, select: SELECTION_SELECT });
  if (!selection) throw new AppError("NOT_FOUND", "Seleksi tidak ditemukan.");
  return selection;
}

function parseHeaderInput(input: PublishInput, selection: SelectionRow, now: Date): { number: string; date: CalendarDate } {
  const number = announcementNumberField.safeParse(input.number);
  const date = announcementDateField.safeParse(input.date ?? undefined);
  const fieldErrors: Record<string, string> = {};
  if (!number.success) fieldErrors.number = number.error.issues[0]?.message ?? "Nomor pengumuman tidak valid";
  if (!date.success) fieldErrors.date = date.error.issues[0]?.message ?? "Tanggal pengumuman tidak valid";
  const today = todayInWib(now);
  const signedOn = (date.success ? date.data : null) ?? today;
  const earliest = selection.announcementDate.toISOString().slice(0, 10);
  if (date.success && compareCalendarDates(signedOn, today) > 0) fieldErrors.date = "Tanggal pengumuman tidak boleh sesudah hari ini";
  if (date.success && compareCalendarDates(signedOn, earliest) < 0) {
    fieldErrors.date = `Tanggal pengumuman tidak boleh sebelum pengumuman seleksi (${formatCalendarDate(earliest)})`;
  }
  if (!number.success || Object.keys(fieldErrors).length > 0) throw new AppError("VALIDATION", "Periksa kembali nomor dan tanggal pengumuman.", fieldErrors);
  return { number: number.data, date: signedOn };
}

async function assertNumberFree(tx: TransactionClient, selectionId: string, number: string): Promise<void> {
  const taken = await tx.announcement.findFirst({ where: { selectionId, number }, select: { id: true } });
  if (taken) throw new AppError("VALIDATION", "Periksa kembali nomor pengumuman.", { number: `Nomor ${number} sudah dipakai pengumuman lain seleksi ini` });
}

export type Committee = { name: string; address: string; chairName: string; place: string };

function committeeOf(selection: SelectionRow): Committee {
  return { name: selection.committeeName, address: selection.committeeAddress, chairName: selection.chairName, place: selection.announcementPlace };
}

/** What a publisher sees inside the transaction: the selection (locked), the checked header and the committee. */
export type PublishContext = {
  tx: TransactionClient;
  selection: SelectionRow;
  number: string;
  date: CalendarDate;
  now: Date;
  committee: Committee;
  actorId: string;
  ip: string | null;
  /** Stores the frozen announcement and its audit row; call it once, before moving the candidates. */
  createAnnouncement(announcement: NewAnnouncement): Promise<{ id: string; slug: string }>;
};

export type NewAnnouncement = {
  kind: AnnouncementKind;
  slug: string;
  title: string;
  opening: string;
  closing: string;
  snapshot: unknown;
  correctsId?: string | null;
  audit: { action: AuditAction; after: Record<string, unknown> };
};

/**
 * Publishes one announcement: `build` runs inside the transaction after the lock and the number check,
 * refuses what is not ready, calls `createAnnouncement` and moves the candidates; it returns what the
 * caller reports and the notifications to e-mail after commit.
 */
export async function publishAnnouncement<T>(
  input: PublishInput,
  build: (context: PublishContext) => Promise<{ outcome: T; notificationIds: string[] }>,
): Promise<T> {
  const now = input.now ?? clockNow();
  const selection = await findSelection(input.slug);
  await requireSelectionAccess({ actorId: input.actorId, selectionId: selection.id, permission: "publish:result", refusal: CHAIR_ONLY });
  const { number, date } = parseHeaderInput(input, selection, now);

  const { outcome } = await prisma.$transaction(async (tx) => {
    await lockSelection(tx, selection.id);
    let created = false;
    const context: PublishContext = {
      tx,
      selection,
      number,
      date,
      now,
      committee: committeeOf(selection),
      actorId: input.actorId,
      ip: input.ip,
      async createAnnouncement(announcement) {
        if (created) throw new AppError("INTERNAL", "Satu penerbitan hanya membuat satu pengumuman.");
        created = true;
        await assertNumberFree(tx, selection.id, number);
        const row = await tx.announcement.create({
          data: {
            selectionId: selection.id,
            kind: announcement.kind,
            slug: announcement.slug,
            number,
            title: announcement.title,
            body: `${announcement.opening}\n\n${announcement.closing}`,
            snapshot: announcement.snapshot as Prisma.InputJsonValue,
            publishedAt: now,
            publishedById: input.actorId,
            correctsId: announcement.correctsId ?? null,
          },
          select: { id: true, slug: true },
        });
        await writeAudit(tx, { actorId: input.actorId, action: announcement.audit.action, entityType: "Announcement", entityId: row.id, after: announcement.audit.after, ip: input.ip });
        return row;
      },
    };
    const built = await build(context);
    if (!created) throw new AppError("INTERNAL", "Penerbitan selesai tanpa pengumuman.");
    return built;
  }, LONG_TRANSACTION);

  // The e-mails were enqueued in the transaction (lib/notifications): the worker sends them.
  return outcome;
}
