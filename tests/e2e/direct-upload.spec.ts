// #17 item 4: with documents in S3, the applicant's browser uploads the file straight to the bucket through a
// URL the portal signs for it, with progress; the portal then checks what arrived before it becomes the current
// version. Runs against the e2e server's twin (same database and secret, documents in s3rver).
import { createApplication } from "@/lib/applications/mutations";
import { prisma } from "@/lib/db";
import { cloneDemoApplicant, singkawangVacancyId, unusedNip } from "../factories/applications";
import { HTML_PAGE, makePdf } from "../fixtures/pdf-files";
import { expect, readyAfterLoad, serverInfo, signInContextAsUser, test } from "./fixtures";

const DURING_REGISTRATION = new Date("2025-10-28T03:00:00Z");

test("a document goes straight to S3, is checked by the portal, and a fake PDF is refused with the earlier file kept", async ({ browser }) => {
  const twin = serverInfo().s3BaseUrl;
  if (!twin) throw new Error("The e2e server started no S3 twin (tests/setup/e2e-server.ts)");
  await expect.poll(async () => (await fetch(`${twin}/api/health`).catch(() => null))?.status ?? 0, { timeout: 60_000 }).toBe(200);

  const userId = await cloneDemoApplicant("pelamar@demo.seleksi.id", `langsung.${Date.now()}@uji.seleksi.id`, await unusedNip("198001012005014"));
  const declarations = { willingAllStages: true, willingToReside: true, noMppStatement: false };
  const { applicationId } = await createApplication({ userId, vacancyId: await singkawangVacancyId(), declarations, ip: null, now: DURING_REGISTRATION });
  const context = await browser.newContext({ baseURL: twin });
  await signInContextAsUser(context, userId);
  const page = readyAfterLoad(await context.newPage());
  const bucketRequests: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "PUT") bucketRequests.push(new URL(request.url()).origin);
  });
  await page.goto(`/akun/lamaran/${applicationId}`);

  const slot = page.getByTestId("unggah-1");
  await slot.getByLabel(/Pilih berkas/).setInputFiles({ name: "surat-lamaran.pdf", mimeType: "application/pdf", buffer: await makePdf({ text: "Surat lamaran" }) });
  await expect(slot.getByText("Berkas tersimpan sebagai versi 1.")).toBeVisible();
  await expect(slot.getByText("surat-lamaran.pdf")).toBeVisible();
  // The bytes went to the bucket, not through the portal.
  expect(bucketRequests).toHaveLength(1);
  expect(bucketRequests[0]).not.toBe(new URL(twin).origin);

  // An HTML page named .pdf reaches the bucket too, but the portal's check refuses it; version 1 stays.
  await slot.getByLabel(/Ganti berkas/).setInputFiles({ name: "palsu.pdf", mimeType: "application/pdf", buffer: HTML_PAGE });
  await expect(slot.getByRole("alert")).toContainText(/bukan PDF/);
  await expect(slot.getByText("surat-lamaran.pdf")).toBeVisible();
  const document = await prisma.document.findFirstOrThrow({
    where: { applicationId, requirement: { number: 1 } },
    select: { currentVersion: { select: { version: true, fileName: true, storageKey: true } } },
  });
  expect(document.currentVersion).toMatchObject({ version: 1, fileName: "surat-lamaran.pdf" });

  // The stored file is served back through the portal's authorised route.
  const download = await page.request.get(`/api/dokumen/${(await prisma.documentVersion.findFirstOrThrow({ where: { storageKey: document.currentVersion!.storageKey }, select: { id: true } })).id}`);
  expect(download.status()).toBe(200);
  expect((await download.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  await context.close();
});
