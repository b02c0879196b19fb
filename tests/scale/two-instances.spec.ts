// #17: two production servers of one build on one PostgreSQL, one Redis and one storage folder, behind a
// round-robin proxy (tests/setup/scale-server.ts). "Through A" and "through B" pin a request to one instance
// (the proxy's x-scale-instance header); everything else alternates between them.
import crypto from "node:crypto";
import { createApplication, submitApplication } from "@/lib/applications/mutations";
import { hashPassword } from "@/lib/auth/password";
import { prisma } from "@/lib/db";
import { createRedisClient, type RedisClient } from "@/lib/redis";
import { makePdf } from "../fixtures/pdf-files";
import { attachAllRegistrationDocuments } from "../factories/applications";
import { addDemoApplicantCopy, addSubmittedDemoApplicant, copySelection, verifyAllDocuments } from "../factories/selections";
import { decideAdministration } from "@/lib/verification/mutations";
import { resultTitle } from "@/lib/results/texts";
import { DEMO_PASSWORD, expect, readyAfterLoad, serverInfo, sessionCookieHeader, signInContext, signInWithForm, test } from "../e2e/fixtures";
import { RATE_LIMITS } from "@/lib/rate-limit/rules";
import { INSTANCE_HEADER } from "./round-robin-proxy";

const THROUGH_A = { [INSTANCE_HEADER]: "A" };
const THROUGH_B = { [INSTANCE_HEADER]: "B" };
const FAKE_NOW = new Date("2025-10-28T10:00:00+07:00"); // playwright.scale.config.ts

async function withRedis<T>(work: (client: RedisClient) => Promise<T>): Promise<T> {
  const client = createRedisClient(serverInfo().redisUrl!, "scale-test");
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.close();
  }
}

/** The shared data cache's entries under a tag: key -> when stored (lib/cli/redis-cache-handler.mjs). */
async function dataCacheEntries(tag: string): Promise<Map<string, number>> {
  return withRedis(async (client) => {
    const entries = new Map<string, number>();
    for (const key of await client.keys("portal:cache:entry:*")) {
      const entry = JSON.parse((await client.get(key)) ?? "null") as { tags: string[]; lastModified: number } | null;
      if (entry?.tags.includes(tag)) entries.set(key, entry.lastModified);
    }
    return entries;
  });
}

test("the portal runs as two instances behind the proxy, which shares the requests between them", async ({ request }) => {
  expect(serverInfo().instanceUrls).toHaveLength(2);
  for (let i = 0; i < 4; i += 1) expect((await request.get("/api/health")).status()).toBe(200);
  const served = (await (await request.get("/__proxy/stats")).json()) as Record<string, number>;
  expect(served.A).toBeGreaterThanOrEqual(2);
  expect(served.B).toBeGreaterThanOrEqual(2);
});

test("a schedule change made through B is on A's public page at the next request (page cache and data cache)", async ({ page, request }) => {
  const selection = await copySelection({ label: `skala-${crypto.randomBytes(3).toString("hex")}` });
  const reason = `Ruang ujian dipakai kegiatan lain (${selection.slug})`;
  const publicPage = `/seleksi/${selection.slug}`;
  const viewer = await prisma.user.findUniqueOrThrow({ where: { email: "pelamar@demo.seleksi.id" }, select: { id: true } });
  const signedIn = { ...THROUGH_A, cookie: await sessionCookieHeader(viewer.id) };

  // A holds the page in its page cache, and the data behind it is in the shared data cache.
  await request.get(publicPage, { headers: THROUGH_A });
  const cached = await request.get(publicPage, { headers: THROUGH_A });
  expect(cached.headers()[INSTANCE_HEADER]).toBe("A");
  expect(cached.headers()["age"], "served from A's page cache").toBeDefined();
  expect(await cached.text()).not.toContain(reason);
  // A signed-in visitor's page is rendered by Next on A, reading through the data cache.
  expect(await (await request.get(publicPage, { headers: signedIn })).text()).not.toContain(reason);
  expect((await dataCacheEntries("selections")).size, "the data cache is in Redis").toBeGreaterThan(0);

  // The secretariat changes the schedule through B.
  await signInContext(page.context(), "secretariat");
  await page.setExtraHTTPHeaders(THROUGH_B);
  const changedAt = Date.now();
  await page.goto(`/pansel/seleksi/${selection.slug}/jadwal`);
  const form = page.getByRole("form", { name: /Ubah jadwal Seleksi Kompetensi Teknis/ });
  await form.getByLabel("Mulai (WIB)").fill("2025-11-10T13:00");
  await form.getByLabel("Selesai (WIB)").fill("2025-11-10T17:00");
  await form.getByLabel("Alasan perubahan (diumumkan)").fill(reason);
  await form.getByRole("button", { name: "Ubah jadwal" }).click();
  await expect(form.getByRole("status")).toContainText("Jadwal diubah");
  // The tag expired for every instance, in Redis, at the change.
  const expiredAt = Number(await withRedis((client) => client.hGet("portal:cache:tag-expiries", "selections")));
  expect(expiredAt).toBeGreaterThanOrEqual(changedAt);
  const beforeA = await dataCacheEntries("selections");

  // The next request to A: its page cache was purged, and the data behind the page is read anew.
  const anonymous = await request.get(publicPage, { headers: THROUGH_A });
  expect(anonymous.headers()[INSTANCE_HEADER]).toBe("A");
  expect(await anonymous.text()).toContain(reason);
  expect(await (await request.get(publicPage, { headers: signedIn })).text()).toContain(reason);
  const announcements = await request.get("/pengumuman", { headers: THROUGH_A });
  expect(await announcements.text()).toContain(`/pengumuman/${selection.slug}-jadwal-`);
  // A found the entries stored before the change expired in the shared cache, and stored them again.
  const afterA = await dataCacheEntries("selections");
  const storedAgainByA = [...beforeA].filter(([key, storedAt]) => storedAt <= expiredAt && (afterA.get(key) ?? 0) > expiredAt);
  expect(storedAgainByA.length, "entries A read as expired and stored anew").toBeGreaterThan(0);
});

test("the chair publishes the administrative result through B; A's public pages show it at the next request", async ({ page, request }) => {
  const selection = await copySelection({ label: `skala-hasil-${crypto.randomBytes(3).toString("hex")}` });
  const applicant = await addSubmittedDemoApplicant(selection, "hendri.kurniawan@demo.seleksi.id");
  await verifyAllDocuments(applicant.applicationId);
  const secretariat = await prisma.user.findUniqueOrThrow({ where: { email: "sekretariat@demo.seleksi.id" }, select: { id: true } });
  await decideAdministration({ actorId: secretariat.id, applicationId: applicant.applicationId, decision: "MS", reasons: [], ip: null });
  const title = resultTitle(selection.title);
  const number = `800/${crypto.randomBytes(2).toString("hex")}/HASIL-SKALA`;

  // A holds both public pages (its page cache) before the result exists.
  for (const path of [`/seleksi/${selection.slug}`, "/pengumuman"]) {
    await request.get(path, { headers: THROUGH_A });
    const cached = await request.get(path, { headers: THROUGH_A });
    expect(cached.headers()[INSTANCE_HEADER]).toBe("A");
    expect(await cached.text()).not.toContain(title);
  }

  // The chair publishes through B, behind its confirmation.
  await signInContext(page.context(), "chair");
  await page.setExtraHTTPHeaders(THROUGH_B);
  await page.goto(`/pansel/seleksi/${selection.slug}/hasil-administrasi`);
  await page.getByLabel("Nomor pengumuman").fill(number);
  await page.getByRole("button", { name: "Umumkan hasil" }).click();
  await page.getByRole("dialog", { name: "Umumkan hasil seleksi administrasi?" }).getByRole("button", { name: "Ya, umumkan hasil" }).click();
  await expect(page.getByTestId("pengumuman-terbit")).toContainText(`Nomor ${number}`);

  // The next anonymous request to A shows it on the selection page and in the announcements.
  const selectionPage = await request.get(`/seleksi/${selection.slug}`, { headers: THROUGH_A });
  expect(selectionPage.headers()[INSTANCE_HEADER]).toBe("A");
  expect(await selectionPage.text()).toContain(title);
  expect(await (await request.get("/pengumuman", { headers: THROUGH_A })).text()).toContain(title);
});

test("an applicant signs in through A and uploads through B; the secretariat on A sees the file", async ({ browser }) => {
  const selection = await copySelection({ label: `skala-${crypto.randomBytes(3).toString("hex")}` });
  const applicant = await addDemoApplicantCopy("siti.rahma@demo.seleksi.id");
  await prisma.user.update({ where: { id: applicant.userId }, data: { passwordHash: await hashPassword(DEMO_PASSWORD) } });
  const { applicationId } = await createApplication({
    userId: applicant.userId,
    vacancyId: selection.vacancyId,
    declarations: { willingAllStages: true, willingToReside: true, noMppStatement: false },
    ip: null,
    now: FAKE_NOW,
  });
  // Every registration document but the one uploaded below is on file already (placeholders, version 1).
  await attachAllRegistrationDocuments(applicationId, applicant.userId);

  // Signs in with the form, every request through A.
  const applicantContext = await browser.newContext({ extraHTTPHeaders: THROUGH_A });
  const page = readyAfterLoad(await applicantContext.newPage());
  await signInWithForm(page, applicant.email);
  await expect(page).toHaveURL(/\/akun/);

  // Uploads through B, with the session A gave.
  await page.setExtraHTTPHeaders(THROUGH_B);
  const file = await makePdf({ text: `Berkas uji dua instans ${applicationId}` });
  const response = await page.goto(`/akun/lamaran/${applicationId}`);
  expect(response?.headers()[INSTANCE_HEADER]).toBe("B");
  const row = page.getByTestId("berkas-1");
  await row.locator('input[type="file"]').setInputFiles({ name: "surat-lamaran.pdf", mimeType: "application/pdf", buffer: file });
  await expect(row.getByText("Berkas tersimpan sebagai versi 2.")).toBeVisible();
  await applicantContext.close();
  // Submitted (the secretariat's workbench holds submitted applications), by the domain function the form calls.
  await submitApplication({ userId: applicant.userId, applicationId, ip: null, now: FAKE_NOW });

  // The secretariat, on A, opens the application and downloads the very bytes uploaded through B.
  const staffContext = await browser.newContext({ extraHTTPHeaders: THROUGH_A });
  await signInContext(staffContext, "secretariat");
  const staff = readyAfterLoad(await staffContext.newPage());
  const workbench = await staff.goto(`/pansel/lamaran/${applicationId}`);
  expect(workbench?.headers()[INSTANCE_HEADER]).toBe("A");
  await expect(staff.getByTestId("dokumen-1")).toHaveAttribute("aria-current", "true");
  const download = staff.getByTestId("unduh-berkas");
  await expect(download).toHaveAttribute("href", /^\/api\/dokumen\//);
  const pdf = await staff.request.get((await download.getAttribute("href"))!, { headers: THROUGH_A });
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()[INSTANCE_HEADER]).toBe("A");
  expect(Buffer.from(await pdf.body()).equals(file)).toBe(true);
  await staffContext.close();
});

// Rate limits shared by the instances (#17 item 2, rate-limiter-flexible on this Redis): 200 parallel failed
// sign-ins from one IP (the proxy's X-Forwarded-For, believed with TRUSTED_PROXY=1), spread over A and B, are
// limited together. Last in this file (one worker, in order): it uses up the address's sign-in allowance.
test("200 parallel sign-in failures from one IP across both instances are limited together", async ({ playwright }) => {
  const api = await playwright.request.newContext({ baseURL: serverInfo().baseUrl, maxRedirects: 0 });
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const answers = await Promise.all(
    Array.from({ length: 200 }, async (_, n) => {
      const response = await api.post("/api/auth/callback/credentials", {
        form: { identifier: `gagal${n}.${crypto.randomBytes(2).toString("hex")}@uji.seleksi.id`, password: "SalahSandi", csrfToken },
      });
      return { status: response.status(), instance: response.headers()[INSTANCE_HEADER] };
    }),
  );
  const limited = answers.filter((answer) => answer.status === 429);
  const passed = answers.filter((answer) => answer.status !== 429);
  // Both instances answered, and together they let through no more than one allowance (less what this file's
  // earlier sign-ins from the same address took).
  expect(new Set(answers.map((answer) => answer.instance))).toEqual(new Set(["A", "B"]));
  expect(passed.length).toBeLessThanOrEqual(RATE_LIMITS["sign-in:ip"].points);
  expect(passed.length).toBeGreaterThan(0);
  expect(limited.length).toBe(200 - passed.length);
  expect(new Set(limited.map((answer) => answer.instance))).toEqual(new Set(["A", "B"]));
  await api.dispose();
});
