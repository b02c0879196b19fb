import crypto from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { prisma } from "@/lib/db";
import { copySelection } from "../factories/selections";
import { expect, pageAs, test } from "./fixtures";

// The PPK of an agency (#15 item 2), on /pansel/instansi: the administrator names a PPK account as the PPK of an
// agency; an account that is not an active PPK is refused beside the field, with what to do; and the assigned PPK
// then finds that agency's selection on /pansel, which they did not see before.
let agency: { id: string; name: string };
let ppk: { email: string; name: string };
let selectionTitle: string;

test.describe.configure({ mode: "serial", retries: 0 });

test.beforeAll(async () => {
  const suffix = crypto.randomBytes(3).toString("hex");
  agency = await prisma.institution.create({ data: { name: `Pemerintah Kabupaten Uji PPK ${suffix}`, regionCode: "6107", level: "REGENCY" }, select: { id: true, name: true } });
  ppk = { email: `ppk.uji.${suffix}@uji.seleksi.id`, name: `PPK Kabupaten Uji ${suffix}` };
  await prisma.user.create({ data: { email: ppk.email, name: ppk.name, passwordHash: "-", roles: ["PPK"] } });
  // A copy of the Singkawang selection (its registration opens before the default's), organised by the new agency.
  const selection = await copySelection({ label: `ppk-${suffix}` });
  await prisma.selection.update({ where: { id: selection.id }, data: { organiserId: agency.id } });
  selectionTitle = selection.title;
});

test("the admin assigns a PPK to an agency, a wrong account is refused, and the PPK then sees the agency's selection", async ({ browser }) => {
  // Before the assignment, the PPK account sees no selection of the agency.
  const ppkPage = await pageAs(browser, { email: ppk.email });
  await ppkPage.goto("/pansel");
  await expect(ppkPage.getByText(selectionTitle)).toHaveCount(0);

  const admin = await pageAs(browser, "admin");
  await admin.goto("/pansel/instansi");
  const form = admin.getByRole("form", { name: "Tetapkan PPK instansi" });
  await form.getByLabel("Instansi").selectOption({ label: agency.name });
  // The secretariat's account is not a PPK: refused beside the field, and nothing is assigned.
  await form.getByLabel("E-mail akun PPK").fill("sekretariat@demo.seleksi.id");
  await form.getByRole("button", { name: "Tetapkan sebagai PPK" }).click();
  await expect(form.getByText("Tidak ada akun aktif dengan e-mail ini yang berperan Pejabat Pembina Kepegawaian. Buat atau ubah akunnya di menu Pengguna.")).toBeVisible();
  await expect(form.getByLabel("E-mail akun PPK")).toHaveValue("sekretariat@demo.seleksi.id");
  await expect(admin.getByTestId("tabel-ppk")).not.toContainText(agency.name);
  expect(await prisma.agencyPpk.count({ where: { institutionId: agency.id } })).toBe(0);

  await form.getByLabel("E-mail akun PPK").fill(ppk.email);
  await form.getByRole("button", { name: "Tetapkan sebagai PPK" }).click();
  const row = admin.getByTestId("tabel-ppk").locator("tbody tr").filter({ hasText: agency.name });
  await expect(row).toContainText(ppk.name);
  await expect(row).toContainText(ppk.email);
  const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "agency_ppk.assign", after: { path: ["institutionId"], equals: agency.id } }, select: { actorId: true } });
  expect(audit.actorId).toBe((await prisma.user.findUniqueOrThrow({ where: { email: "admin@demo.seleksi.id" }, select: { id: true } })).id);
  // The same account twice is refused too.
  await form.getByLabel("Instansi").selectOption({ label: agency.name });
  await form.getByLabel("E-mail akun PPK").fill(ppk.email);
  await form.getByRole("button", { name: "Tetapkan sebagai PPK" }).click();
  await expect(form.getByText("Akun ini sudah menjadi PPK instansi tersebut")).toBeVisible();

  const axe = await new AxeBuilder({ page: admin }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  // The assigned PPK now finds the agency's selection, with its decisions page.
  await ppkPage.reload();
  const selectionRow = ppkPage.locator("tr").filter({ hasText: selectionTitle });
  await expect(selectionRow).toBeVisible();
  await expect(selectionRow.getByRole("link", { name: "Peringkat & keputusan" })).toBeVisible();
});
