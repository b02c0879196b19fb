// Demo applications: three eligible applicants have submitted to Singkawang 2025, so the
// secretariat has work in the demo and in the end-to-end tests. They are made through the real
// domain functions (apply, upload, submit) at 28 Oct 2025 10:00 WIB, inside the registration
// window, so the data is exactly what the portal itself would store. Idempotent and resumable:
// an application that exists is continued (missing uploads, then the submission), a submitted one
// is left alone. pelamar@ and yohanes@ keep no application (hands-on demos and other tests use them).
import fs from "node:fs";
import { Readable } from "node:stream";
import { PDFDocument, rgb, StandardFonts } from "pdf-lib";
import { createApplication, submitApplication } from "@/lib/applications/mutations";
import { documentApplies } from "@/lib/applications/submission-check";
import { prisma } from "@/lib/db";
import { uploadDocument } from "@/lib/documents/mutations";
import { toWinAnsiLine, wrapText } from "@/lib/pdf/text";

export const DEMO_APPLICATIONS_NOW = new Date("2025-10-28T10:00:00+07:00");

/** In this order, so their registration numbers are 00001, 00002 and 00003. */
export const DEMO_APPLICATION_EMAILS = ["siti.rahma@demo.seleksi.id", "hendri.kurniawan@demo.seleksi.id", "nurul.aini@demo.seleksi.id"] as const;

const DECLARATIONS = { willingAllStages: true, willingToReside: true, noMppStatement: false };

async function demoPdf(number: number, title: string, applicantName: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Berkas ${number} - ${toWinAnsiLine(title)}`);
  const page = doc.addPage([595.28, 841.89]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  let y = 770;
  page.drawText(`BERKAS NOMOR ${number}`, { x: 72, y, size: 16, font: bold });
  y -= 28;
  for (const line of wrapText(toWinAnsiLine(title), font, 12, 451)) {
    page.drawText(line, { x: 72, y, size: 12, font });
    y -= 17;
  }
  y -= 12;
  page.drawText(toWinAnsiLine(`Atas nama: ${applicantName}`), { x: 72, y, size: 12, font });
  page.drawText("Dokumen contoh untuk demonstrasi Portal Seleksi Terbuka.", { x: 72, y: 90, size: 9, font, color: rgb(0.4, 0.4, 0.4) });
  return Buffer.from(await doc.save());
}

/**
 * A 4 × 6 passport photo in miniature (40 × 60 px): a grey silhouette on the required red background.
 * A committed file (234 bytes), read once: no image encoder in the seed.
 */
const DEMO_PHOTO_PNG = fs.readFileSync(new URL("./pas-foto-demo.png", import.meta.url));

/**
 * Uploads the registration documents the application still lacks (demo PDFs, the demo photo), at `now`;
 * `limit` stops after that many uploads (a draft that is half done).
 */
export async function uploadMissingDocuments(userId: string, applicationId: string, applicantName: string, now = DEMO_APPLICATIONS_NOW, limit = Infinity): Promise<void> {
  let uploaded = 0;
  const application = await prisma.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      selection: { select: { organiser: { select: { regionCode: true } } } },
      applicant: { select: { profile: { select: { institution: { select: { regionCode: true } } } } } },
      documents: {
        orderBy: { requirement: { number: "asc" } },
        select: {
          currentVersionId: true,
          requirement: { select: { id: true, number: true, title: true, dueStage: true, condition: true, acceptedTypes: true } },
        },
      },
    },
  });
  const applicantRegion = application.applicant.profile?.institution?.regionCode ?? null;
  for (const { currentVersionId, requirement } of application.documents) {
    if (uploaded >= limit) return;
    if (currentVersionId || requirement.dueStage !== "REGISTRATION") continue;
    const applicability = { applicantRegionCode: applicantRegion, organiserRegionCode: application.selection.organiser.regionCode, reliesOnExtendedAge: false };
    // The demo applicants are under 56 and do not declare the no-MPP statement.
    if (!documentApplies(requirement.condition, applicability)) continue;
    const isPhoto = !requirement.acceptedTypes.includes("application/pdf");
    const body = isPhoto ? DEMO_PHOTO_PNG : await demoPdf(requirement.number, requirement.title, applicantName);
    await uploadDocument({
      userId,
      applicationId,
      requirementId: requirement.id,
      fileName: isPhoto ? "pas-foto.png" : `berkas-${String(requirement.number).padStart(2, "0")}.pdf`,
      contentType: isPhoto ? "image/png" : "application/pdf",
      body: Readable.from([body]),
      declaredSizeBytes: body.length,
      ip: null,
      now,
    });
    uploaded += 1;
  }
}

export async function seedDemoApplications(selectionSlug: string): Promise<void> {
  const vacancy = await prisma.vacancy.findFirst({
    where: { selection: { slug: selectionSlug } },
    orderBy: { order: "asc" },
    select: { id: true },
  });
  if (!vacancy) return;
  for (const email of DEMO_APPLICATION_EMAILS) {
    const user = await prisma.user.findUnique({
      where: { email },
      select: { id: true, name: true, applications: { where: { vacancyId: vacancy.id }, select: { id: true, status: true } } },
    });
    if (!user) continue;
    const existing = user.applications[0];
    if (existing && existing.status !== "DRAFT") continue;
    await submitDemoApplication(user, vacancy.id);
  }
}

/**
 * Applies (or continues the draft: createApplication returns an existing one), uploads every registration
 * document still missing and submits, at DEMO_APPLICATIONS_NOW. Also used by the end-to-end tests to give
 * a spec submitted applications of its own (tests/factories/selections.ts).
 */
export async function submitDemoApplication(user: { id: string; name: string }, vacancyId: string): Promise<{ applicationId: string; registrationNumber: string }> {
  const { applicationId, registrationNumber } = await createApplication({ userId: user.id, vacancyId, declarations: DECLARATIONS, ip: null, now: DEMO_APPLICATIONS_NOW });
  await uploadMissingDocuments(user.id, applicationId, user.name);
  await submitApplication({ userId: user.id, applicationId, ip: null, now: DEMO_APPLICATIONS_NOW });
  return { applicationId, registrationNumber };
}
