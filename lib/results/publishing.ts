import "server-only";
// What publishing a result and publishing its correction share: the input, the chair check, the
// number and date of the announcement, the per-selection lock and the e-mails after commit.
import { compareCalendarDates, formatCalendarDate, type CalendarDate } from "@/lib/dates/calendar";
import { todayInWib } from "@/lib/dates/wib";
import type { TransactionClient } from "@/lib/db";
import { Prisma, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { emailNotifications } from "@/lib/notifications";
import { announcementDateField, announcementNumberField } from "@/lib/validation/results";
import { requireSelectionAccess } from "@/lib/auth/selection-access";
import type { SnapshotHeader } from "./snapshot";

export type PublishInput = {
  actorId: string;
  slug: string;
  /** The announcement number, e.g. "06/SELTER/SKW/XI/2025". */
  number: string;
  /** The signing date printed on the announcement (`YYYY-MM-DD`); today in WIB when omitted. */
  date?: string | null;
  ip: string | null;
  now?: Date;
  /** Lets a server action send the e-mails after its response (Next's `after`); awaited by default. */
  deferEmails?: (send: () => Promise<void>) => void;
};

export type PublishOutcome = { announcementSlug: string; participants: number; ms: number; tms: number };

const CHAIR_ONLY = "Hanya Ketua Panitia Seleksi ini yang dapat mengumumkan hasil seleksi administrasi atau ralatnya.";
// Publishing touches every application of the selection: far more work than Prisma's 5 s default.
export const LONG_TRANSACTION = { timeout: 120_000, maxWait: 10_000 } as const;

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

export async function findSelection(slug: string): Promise<SelectionRow> {
  const selection = await prisma.selection.findUnique({ where: { slug }, select: SELECTION_SELECT });
  if (!selection) throw new AppError("NOT_FOUND", "Seleksi tidak ditemukan.");
  return selection;
}

export function parseHeaderInput(input: PublishInput, selection: SelectionRow, now: Date): { number: string; date: CalendarDate } {
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

/** Serialises publishing per selection: a second chair's click waits, then finds the result published. */
export async function lockSelection(tx: TransactionClient, selectionId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Selection" WHERE id = ${selectionId} FOR UPDATE`;
}

export async function assertNumberFree(tx: TransactionClient, selectionId: string, number: string): Promise<void> {
  const taken = await tx.announcement.findFirst({ where: { selectionId, number }, select: { id: true } });
  if (taken) throw new AppError("VALIDATION", "Periksa kembali nomor pengumuman.", { number: `Nomor ${number} sudah dipakai pengumuman lain seleksi ini` });
}

export function committeeOf(selection: SelectionRow): SnapshotHeader["committee"] {
  return { name: selection.committeeName, address: selection.committeeAddress, chairName: selection.chairName, place: selection.announcementPlace };
}

export function deliver(input: PublishInput, notificationIds: string[]): Promise<void> | void {
  const send = () => emailNotifications(notificationIds);
  if (input.deferEmails) return input.deferEmails(send);
  return send();
}

/** The chair of this selection, checked against the database. */
export async function requireChair(actorId: string, selectionId: string): Promise<void> {
  await requireSelectionAccess({ actorId, selectionId, permission: "publish:result", refusal: CHAIR_ONLY });
}
