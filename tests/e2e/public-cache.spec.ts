// #16: public pages come from the page cache in front of Next (lib/cli/page-cache.mjs). An anonymous visitor's
// page may be held by a shared cache and carries nothing personal; a signed-in visitor's page is rendered for
// them and kept private; a change staff publish is on the public page at the next request.
import crypto from "node:crypto";
import { prisma } from "@/lib/db";
import { copySelection, SINGKAWANG_SLUG } from "../factories/selections";
import { DEMO, expect, pageAs, readyAfterLoad, sessionCookieHeader, test } from "./fixtures";

const PUBLIC_PATHS = ["/", "/seleksi", `/seleksi/${SINGKAWANG_SLUG}`, "/pengumuman", "/masuk", "/verifikasi", "/cek-kelayakan"];
// A NIK (16 digits) or a NIP (18 digits), with or without spaces: nothing of the sort belongs on a public page.
const IDENTIFIER = /\b\d{16}\b|\b\d{8} ?\d{6} ?\d ?\d{3}\b/;

test("an anonymous visitor's public pages may be held by a shared cache and carry no personal data", async ({ request }) => {
  for (const path of PUBLIC_PATHS) {
    const first = await request.get(path);
    expect(first.status(), path).toBe(200);
    expect(first.headers()["cache-control"], path).toMatch(/^public, .*s-maxage=\d+, stale-while-revalidate=\d+/);
    expect(first.headers()["vary"], path).toMatch(/Cookie/);
    expect(first.headers()["set-cookie"], path).toBeUndefined();
    const html = await first.text();
    expect(html, path).not.toMatch(IDENTIFIER);
    expect(html, path).not.toContain("Keluar");
    // The stored page keeps the CSP it was rendered with: its nonce is the one on the page's scripts.
    const again = await request.get(path);
    const nonce = /'nonce-([^']+)'/.exec(again.headers()["content-security-policy"] ?? "")?.[1];
    expect(nonce, path).toBeTruthy();
    expect(await again.text(), path).toContain(`nonce="${nonce}"`);
  }
});

test("a page served from the cache still runs its scripts (the phone menu opens)", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = readyAfterLoad(await context.newPage());
  for (let visit = 0; visit < 2; visit += 1) {
    const response = await page.goto(`/seleksi/${SINGKAWANG_SLUG}`);
    expect(response?.headers()["cache-control"]).toMatch(/^public/);
    const menu = page.getByRole("banner").getByRole("button", { name: "Menu" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await menu.click(); // only hydrated React opens it: the stored page's scripts ran under its stored CSP
    await expect(menu).toHaveAttribute("aria-expanded", "true");
  }
  await context.close();
});

test("a signed-in visitor gets the same page with their own header, never stored for others", async ({ request, browser }) => {
  const user = await prisma.user.findUniqueOrThrow({ where: { email: DEMO.applicant }, select: { id: true, name: true } });
  const signedIn = await request.get(`/seleksi/${SINGKAWANG_SLUG}`, { headers: { cookie: await sessionCookieHeader(user.id) } });
  expect(signedIn.headers()["cache-control"]).toMatch(/private|no-store/);
  expect(await signedIn.text()).toContain(user.name);
  const anonymous = await request.get(`/seleksi/${SINGKAWANG_SLUG}`, { headers: { cookie: "" } });
  expect(await anonymous.text()).not.toContain(user.name);
  // In a browser: the header shows who is signed in.
  const page = await pageAs(browser, "applicant");
  await page.goto(`/seleksi/${SINGKAWANG_SLUG}`);
  await expect(page.getByRole("banner")).toContainText(user.name);
});

test("a schedule change staff publish is on the public page and in the announcements at the next request", async ({ signInAs, request }) => {
  // A selection of the test's own (a copy of Singkawang 2025), so no other spec finds its schedule changed.
  const selection = await copySelection({ label: `cache-${crypto.randomBytes(3).toString("hex")}` });
  const reason = `Ruang ujian dipakai kegiatan lain (${selection.slug})`;
  for (const path of [`/seleksi/${selection.slug}`, "/pengumuman"]) {
    await request.get(path);
    const cached = await request.get(path); // now held by the page cache
    expect(cached.headers()["cache-control"], path).toMatch(/^public/);
    expect(await cached.text(), path).not.toContain(reason);
  }

  const staff = await signInAs("secretariat");
  await staff.goto(`/pansel/seleksi/${selection.slug}/jadwal`);
  const form = staff.getByRole("form", { name: /Ubah jadwal Seleksi Kompetensi Teknis/ });
  await form.getByLabel("Mulai (WIB)").fill("2025-11-10T13:00");
  await form.getByLabel("Selesai (WIB)").fill("2025-11-10T17:00");
  await form.getByLabel("Alasan perubahan (diumumkan)").fill(reason);
  await form.getByRole("button", { name: "Ubah jadwal" }).click();
  await expect(form.getByRole("status")).toContainText("Jadwal diubah");

  const page = await request.get(`/seleksi/${selection.slug}`);
  expect(await page.text()).toContain(reason);
  const announcements = await request.get("/pengumuman");
  expect(await announcements.text()).toContain(`/pengumuman/${selection.slug}-jadwal-`);
});
