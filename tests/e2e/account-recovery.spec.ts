import { hashPassword } from "@/lib/auth/password";
import { prisma } from "@/lib/db";
import { cloneDemoApplicant, unusedNip } from "../factories/applications";
import { mailLinks, outboxMailsNow, readOutboxMails } from "../factories/mail";
import { expect, serverInfo, signInWithForm, test } from "./fixtures";

// "Lupa kata sandi" from the sign-in page to a new password, the link read from the outbox the way the
// applicant reads it in a mail client: absolute, single-use; the old password and every session end.
const OLD_PASSWORD = "SandiLamaUji2025";
const NEW_PASSWORD = "SandiBaruUji2026";

async function resetLinks(email: string): Promise<string[]> {
  return (await readOutboxMails(email, serverInfo().outboxDir, { containing: "/atur-ulang-kata-sandi?token=" }))
    .flatMap(mailLinks)
    .filter((link) => link.includes("/atur-ulang-kata-sandi?token="));
}

test("an applicant who forgot the password gets a link by e-mail, sets a new one, and every old session ends", async ({ browser, page }) => {
  const email = `lupa.sandi${Date.now().toString().slice(-6)}@example.go.id`;
  const userId = await cloneDemoApplicant("pelamar@demo.seleksi.id", email, await unusedNip("198001012005012"));
  await prisma.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(OLD_PASSWORD) } });

  // A session on another device, signed in with the old password.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInWithForm(otherPage, email, OLD_PASSWORD);
  await expect(otherPage).toHaveURL(/\/akun/);

  // The request: the same answer for an unknown address and for this one.
  await page.goto("/masuk");
  await page.getByRole("link", { name: "Lupa kata sandi?" }).click();
  await expect(page).toHaveURL(/\/lupa-kata-sandi$/);
  await page.getByLabel("E-mail akun").fill("tidak.terdaftar@example.go.id");
  await page.getByRole("button", { name: "Kirim tautan atur ulang" }).click();
  const unknownAnswer = await page.getByRole("status").textContent();
  expect(unknownAnswer).toContain("Jika e-mail tersebut terdaftar");
  await page.goto("/lupa-kata-sandi");
  await page.getByLabel("E-mail akun").fill(email);
  await page.getByRole("button", { name: "Kirim tautan atur ulang" }).click();
  await expect(page.getByRole("status")).toHaveText(unknownAnswer!);
  expect(outboxMailsNow("tidak.terdaftar@example.go.id", serverInfo().outboxDir)).toEqual([]);

  // The link in the mail is absolute (the server's base URL) and leads to the form.
  const links = await resetLinks(email);
  expect(links).toHaveLength(1);
  expect(links[0]!.startsWith(`${serverInfo().baseUrl}/atur-ulang-kata-sandi?token=`)).toBe(true);
  await page.goto(links[0]!);
  await page.getByLabel("Kata sandi baru", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Ulangi kata sandi baru").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Simpan kata sandi baru" }).click();
  await expect(page.getByText("Kata sandi telah diganti dan semua sesi akun ini telah diakhiri.")).toBeVisible();

  // The other device's session is over.
  await otherPage.goto("/akun");
  await expect(otherPage).toHaveURL(/\/masuk/);
  await other.close();

  // The link works once only.
  await page.goto(links[0]!);
  await page.getByLabel("Kata sandi baru", { exact: true }).fill("SandiKetigaUji2027");
  await page.getByLabel("Ulangi kata sandi baru").fill("SandiKetigaUji2027");
  await page.getByRole("button", { name: "Simpan kata sandi baru" }).click();
  await expect(page.locator("[data-form-error]")).toContainText("Tautan ini tidak berlaku");

  // The old password no longer signs in; the new one does.
  await signInWithForm(page, email, OLD_PASSWORD);
  await expect(page.locator("[data-form-error]")).toContainText("E-mail/NIP atau kata sandi salah.");
  await signInWithForm(page, email, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/akun/);
  expect(await prisma.auditLog.count({ where: { entityId: userId, action: "user.password_reset" } })).toBe(1);
});

test("a signed-in user changes the password (this device stays in, the others end) and moves to a new address once it confirms", async ({ browser, page }) => {
  const suffix = Date.now().toString().slice(-6);
  const email = `ganti.sandi${suffix}@example.go.id`;
  const newEmail = `alamat.baru${suffix}@example.go.id`;
  const userId = await cloneDemoApplicant("pelamar@demo.seleksi.id", email, await unusedNip("198001012005013"));
  await prisma.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(OLD_PASSWORD) } });

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInWithForm(otherPage, email, OLD_PASSWORD);
  await expect(otherPage).toHaveURL(/\/akun/);

  await signInWithForm(page, email, OLD_PASSWORD);
  await expect(page).toHaveURL(/\/akun/);
  await page.goto("/akun/keamanan");
  const passwordForm = page.getByRole("region", { name: "Ganti kata sandi" });
  await passwordForm.getByLabel("Kata sandi saat ini").fill("BukanSandiIni99");
  await passwordForm.getByLabel("Kata sandi baru", { exact: true }).fill(NEW_PASSWORD);
  await passwordForm.getByLabel("Ulangi kata sandi baru").fill(NEW_PASSWORD);
  await passwordForm.getByRole("button", { name: "Ganti kata sandi" }).click();
  await expect(passwordForm.getByText("Kata sandi saat ini salah.").first()).toBeVisible();
  await passwordForm.getByLabel("Kata sandi saat ini").fill(OLD_PASSWORD);
  await passwordForm.getByRole("button", { name: "Ganti kata sandi" }).click();
  await expect(page.getByText("Kata sandi telah diganti. Sesi di perangkat lain telah diakhiri.")).toBeVisible();
  await page.goto("/akun");
  await expect(page).toHaveURL(/\/akun$/);
  await otherPage.goto("/akun");
  await expect(otherPage).toHaveURL(/\/masuk/);
  await other.close();

  const emailForm = page.getByRole("region", { name: "Ganti alamat e-mail" });
  await page.goto("/akun/keamanan");
  await emailForm.getByLabel("Alamat e-mail baru").fill(newEmail);
  await emailForm.getByLabel("Kata sandi saat ini").fill(NEW_PASSWORD);
  await emailForm.getByRole("button", { name: "Kirim tautan konfirmasi" }).click();
  await expect(emailForm.getByRole("status")).toContainText("Tautan konfirmasi telah dikirim ke alamat e-mail baru.");
  expect((await prisma.user.findUniqueOrThrow({ where: { id: userId } })).email).toBe(email);
  expect((await readOutboxMails(email, serverInfo().outboxDir, { containing: "Ada permintaan untuk mengganti alamat e-mail" })).some((text) => text.includes("Ada permintaan untuk mengganti alamat e-mail"))).toBe(true);
  const link = (await readOutboxMails(newEmail, serverInfo().outboxDir, { containing: "/konfirmasi-email?token=" })).flatMap(mailLinks).find((href) => href.includes("/konfirmasi-email?token="));
  expect(link?.startsWith(serverInfo().baseUrl)).toBe(true);
  await page.goto(link!);
  await page.getByRole("button", { name: "Konfirmasi alamat e-mail" }).click();
  await expect(page.getByText("Alamat e-mail akun Anda telah diganti.")).toBeVisible();
  expect((await prisma.user.findUniqueOrThrow({ where: { id: userId } })).email).toBe(newEmail);
});
