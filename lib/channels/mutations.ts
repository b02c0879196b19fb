import "server-only";
// Both official channels beside the portal (#13 item 6, seed III.1 and III.3):
// - the ASN Karier registration number: given by the applicant, editable until the application is
//   sent; the secretariat marks it verified (or withdraws the mark);
// - "berkas fisik diterima": the secretariat records the sealed envelope of originals with the date
//   received and the receiving member, and can undo it with a reason. The applicant sees both on the
//   application's timeline.
// Staff writes go through requireSelectionAccess (role and seat, fresh from the database); every
// change writes its audit row in the same transaction, under the application's row lock.
import { writeAudit } from "@/lib/audit";
import { requireSelectionAccess } from "@/lib/auth/selection-access";
import { now as clockNow } from "@/lib/clock";
import { formatCalendarDate, type CalendarDate } from "@/lib/dates/calendar";
import { todayInWib } from "@/lib/dates/wib";
import { prisma, type TransactionClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { recordApplicationEvent } from "@/lib/notifications";

const NOT_FOUND = "Lamaran tidak ditemukan.";
const SECRETARIAT_ONLY = "Hanya anggota Sekretariat Pansel seleksi ini yang dapat mencatat ini.";

type ChannelRow = {
  status: ApplicationStatus;
  asnKarierNumber: string | null;
  asnKarierVerifiedAt: Date | null;
  physicalReceivedOn: Date | null;
  physicalReceivedById: string | null;
};

async function lockChannels(tx: TransactionClient, applicationId: string): Promise<ChannelRow> {
  const [row] = await tx.$queryRaw<ChannelRow[]>`
    SELECT status, "asnKarierNumber", "asnKarierVerifiedAt", "physicalReceivedOn", "physicalReceivedById"
    FROM "Application" WHERE id = ${applicationId} FOR UPDATE`;
  if (!row) throw new AppError("NOT_FOUND", NOT_FOUND);
  return row;
}

function assertSent(status: ApplicationStatus): void {
  if (status === "DRAFT") throw new AppError("LOCKED", "Lamaran ini belum dikirim oleh pelamar.");
  if (status === "WITHDRAWN") throw new AppError("LOCKED", "Lamaran ini sudah ditarik.");
}

async function selectionOf(applicationId: string): Promise<{ id: string; selectionId: string }> {
  const application = await prisma.application.findUnique({ where: { id: applicationId }, select: { id: true, selectionId: true } });
  if (!application) throw new AppError("NOT_FOUND", NOT_FOUND);
  return application;
}

/** The application and the actor's seat as a secretariat member of its selection: every staff write here. */
async function secretariatOn(applicationId: string, actorId: string) {
  const application = await selectionOf(applicationId);
  const actor = await requireSelectionAccess({ actorId, selectionId: application.selectionId, permission: "verify:document", refusal: SECRETARIAT_ONLY });
  return { application, actor };
}

/** The applicant's own number: only on a draft, before the document deadline. */
export async function setAsnKarierNumber(input: {
  userId: string;
  applicationId: string;
  asnKarierNumber: string | null;
  ip: string | null;
  now?: Date;
}): Promise<void> {
  const now = input.now ?? clockNow();
  const application = await prisma.application.findFirst({
    where: { id: input.applicationId, applicantId: input.userId },
    select: { id: true, selection: { select: { documentDeadlineAt: true } } },
  });
  if (!application) throw new AppError("NOT_FOUND", NOT_FOUND);
  if (now >= application.selection.documentDeadlineAt) throw new AppError("DEADLINE_PASSED", "Batas waktu pendaftaran telah lewat.");
  await prisma.$transaction(async (tx) => {
    const row = await lockChannels(tx, application.id);
    if (row.status !== "DRAFT") {
      throw new AppError("LOCKED", "Lamaran yang sudah dikirim tidak dapat diubah; nomor ASN Karier hanya dapat diubah sebelum lamaran dikirim.");
    }
    if (row.asnKarierNumber === input.asnKarierNumber) return;
    await tx.application.update({
      where: { id: application.id },
      data: { asnKarierNumber: input.asnKarierNumber, asnKarierVerifiedAt: null, asnKarierVerifiedById: null, version: { increment: 1 } },
    });
    await writeAudit(tx, {
      actorId: input.userId,
      action: "application.asn_karier_number",
      entityType: "Application",
      entityId: application.id,
      before: { asnKarierNumber: row.asnKarierNumber },
      after: { asnKarierNumber: input.asnKarierNumber },
      ip: input.ip,
    });
  });
}

/** The secretariat marks the number as found on ASN Karier (verified: true) or withdraws the mark. */
export async function verifyAsnKarierNumber(input: {
  actorId: string;
  applicationId: string;
  verified: boolean;
  ip: string | null;
  now?: Date;
}): Promise<{ verifiedAt: Date | null }> {
  const now = input.now ?? clockNow();
  const { application, actor } = await secretariatOn(input.applicationId, input.actorId);
  return prisma.$transaction(async (tx) => {
    const row = await lockChannels(tx, application.id);
    assertSent(row.status);
    if (!row.asnKarierNumber) throw new AppError("VALIDATION", "Pelamar belum mengisi nomor pendaftaran ASN Karier.");
    const verifiedAt = input.verified ? now : null;
    if (Boolean(row.asnKarierVerifiedAt) === input.verified) {
      throw new AppError("CONFLICT", input.verified ? "Nomor ASN Karier ini sudah ditandai terverifikasi." : "Nomor ASN Karier ini belum ditandai terverifikasi.");
    }
    await tx.application.update({
      where: { id: application.id },
      data: { asnKarierVerifiedAt: verifiedAt, asnKarierVerifiedById: input.verified ? actor.id : null, version: { increment: 1 } },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "application.asn_karier_verify",
      entityType: "Application",
      entityId: application.id,
      before: { asnKarierNumber: row.asnKarierNumber, verified: Boolean(row.asnKarierVerifiedAt) },
      after: { asnKarierNumber: row.asnKarierNumber, verified: input.verified },
      ip: input.ip,
    });
    return { verifiedAt };
  });
}

function dateOnly(date: CalendarDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/**
 * Records the sealed envelope of stamped originals (III.3) as received on `receivedOn` (a WIB
 * calendar date, not in the future) by `receivedById` (a secretariat member of the selection; by
 * default the actor). Refused when already recorded (undo first).
 */
export async function recordPhysicalReceipt(input: {
  actorId: string;
  applicationId: string;
  receivedOn: CalendarDate;
  receivedById?: string | null;
  ip: string | null;
  now?: Date;
}): Promise<{ receivedOn: CalendarDate; receivedById: string }> {
  const now = input.now ?? clockNow();
  if (input.receivedOn > todayInWib(now)) throw new AppError("VALIDATION", "Tanggal diterima tidak boleh sesudah hari ini.", { receivedOn: "Tanggal diterima tidak boleh sesudah hari ini" });
  const { application, actor } = await secretariatOn(input.applicationId, input.actorId);
  const receiverId = input.receivedById || actor.id;
  const receiver =
    receiverId === actor.id
      ? actor
      : await requireSelectionAccess({ actorId: receiverId, selectionId: application.selectionId, permission: "verify:document" }).catch(() => {
          throw new AppError("VALIDATION", "Penerima harus anggota Sekretariat Pansel seleksi ini.", { receivedById: "Penerima harus anggota Sekretariat Pansel seleksi ini" });
        });

  await prisma.$transaction(async (tx) => {
    const row = await lockChannels(tx, application.id);
    assertSent(row.status);
    if (row.physicalReceivedOn) {
      throw new AppError("CONFLICT", "Penerimaan berkas fisik lamaran ini sudah dicatat. Batalkan catatan itu terlebih dahulu bila perlu diubah.");
    }
    await tx.application.update({
      where: { id: application.id },
      data: { physicalReceivedOn: dateOnly(input.receivedOn), physicalReceivedById: receiver.id, physicalRecordedAt: now, version: { increment: 1 } },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "application.physical_received",
      entityType: "Application",
      entityId: application.id,
      after: { receivedOn: input.receivedOn, receivedById: receiver.id },
      ip: input.ip,
    });
    return recordApplicationEvent(tx, {
      applicationId: application.id,
      kind: "application.physical_received",
      message: `Berkas fisik (amplop tertutup berisi surat lamaran dan dokumen persyaratan asli) diterima Sekretariat Pansel pada ${formatCalendarDate(input.receivedOn)}, diterima oleh ${receiver.name}.`,
      actorId: actor.id,
      notifyTitle: "Berkas fisik diterima",
      link: `/akun/lamaran/${application.id}`,
    });
  });
  return { receivedOn: input.receivedOn, receivedById: receiver.id };
}

/** Undoes a receipt recorded by mistake; the reason is kept in the audit row and on the timeline. */
export async function undoPhysicalReceipt(input: {
  actorId: string;
  applicationId: string;
  reason: string;
  ip: string | null;
}): Promise<void> {
  const { application, actor } = await secretariatOn(input.applicationId, input.actorId);
  await prisma.$transaction(async (tx) => {
    const row = await lockChannels(tx, application.id);
    if (!row.physicalReceivedOn) throw new AppError("CONFLICT", "Belum ada catatan penerimaan berkas fisik untuk dibatalkan.");
    await tx.application.update({
      where: { id: application.id },
      data: { physicalReceivedOn: null, physicalReceivedById: null, physicalRecordedAt: null, version: { increment: 1 } },
    });
    const receivedOn = row.physicalReceivedOn.toISOString().slice(0, 10);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "application.physical_receipt_undone",
      entityType: "Application",
      entityId: application.id,
      before: { receivedOn, receivedById: row.physicalReceivedById },
      after: { reason: input.reason },
      ip: input.ip,
    });
    return recordApplicationEvent(tx, {
      applicationId: application.id,
      kind: "application.physical_receipt_undone",
      message: `Catatan penerimaan berkas fisik tanggal ${formatCalendarDate(receivedOn)} dibatalkan oleh Sekretariat Pansel. Alasan: ${input.reason}`,
      actorId: actor.id,
      notifyTitle: "Catatan berkas fisik dibatalkan",
      link: `/akun/lamaran/${application.id}`,
    });
  });
}
