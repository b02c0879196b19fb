// Test data for application flows, written straight to the test database (no mocks).
import crypto from "node:crypto";
import { prisma } from "@/lib/db";

export async function demoUserId(email: string): Promise<string> {
  const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  return user.id;
}

export async function singkawangVacancyId(): Promise<string> {
  const vacancy = await prisma.vacancy.findFirstOrThrow({ where: { selection: { slug: "sekda-singkawang-2025" } }, select: { id: true } });
  return vacancy.id;
}

/** Marks every registration-time document of an application as uploaded (a stored version each). */
export async function attachAllRegistrationDocuments(applicationId: string, uploadedById: string): Promise<void> {
  const documents = await prisma.document.findMany({
    where: { applicationId, requirement: { dueStage: "REGISTRATION" } },
    select: { id: true },
  });
  for (const document of documents) {
    const version = await prisma.documentVersion.create({
      data: {
        documentId: document.id,
        version: 1,
        storageKey: `test/${document.id}/${crypto.randomUUID()}`,
        fileName: "berkas.pdf",
        mimeType: "application/pdf",
        sizeBytes: 1234,
        sha256: crypto.createHash("sha256").update(document.id).digest("hex"),
        uploadedById,
      },
      select: { id: true },
    });
    await prisma.document.update({ where: { id: document.id }, data: { currentVersionId: version.id, status: "UPLOADED" } });
  }
}
