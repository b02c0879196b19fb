// #15: the administrator runs the next selection from the browser. A copy of Singkawang 2025 becomes a draft,
// gets a formation and its own Pansel, and is published; the new Pansel's secretariat member then works on
// it and finds nothing of Singkawang 2025 (its pages and an application answer "not found").
import crypto from "node:crypto";
import { prisma } from "@/lib/db";
import { SINGKAWANG_SLUG } from "../factories/selections";
import { expect, pageAs, readyAfterLoad, signInContextAsUser, test } from "./fixtures";

const suffix = crypto.randomBytes(3).toString("hex");
const SLUG = `kadis-uji-${suffix}`;
const TITLE = `Seleksi Terbuka JPT Pratama Kepala Dinas Uji ${suffix}`;
let secretary = { id: "", email: "" };
let chair = { id: "", email: "" };

async function staffUser(label: string, roles: ("SECRETARIAT" | "CHAIR" | "COMMITTEE")[]) {
  const email = `${label.toLowerCase()}.${suffix}@pansel-baru.uji`;
  const user = await prisma.user.create({ data: { email, name: `${label} ${suffix}`, passwordHash: "-", roles }, select: { id: true } });
  return { id: user.id, email };
}

test.beforeAll(async () => {
  secretary = await staffUser("Sekretariat", ["SECRETARIAT"]);
  chair = await staffUser("Ketua", ["CHAIR", "COMMITTEE"]);
});

test("the admin copies Singkawang 2025, adds a formation, seats a Pansel and publishes; that Pansel cannot open Singkawang's applications", async ({ browser }) => {
  const admin = await pageAs(browser, "admin");
  await admin.goto("/pansel");
  await admin.getByRole("link", { name: "Buat seleksi baru" }).click();
  await expect(admin.getByRole("heading", { name: "Buat seleksi baru" })).toBeVisible();

  // Nothing chosen: every field says what is missing, and nothing is created.
  const create = admin.getByRole("form", { name: "Buat seleksi baru" });
  await create.getByRole("button", { name: "Buat draf seleksi" }).click();
  await expect(create.getByText("Pilih sumber seleksi baru: templat atau seleksi yang disalin")).toBeVisible();
  await expect(create.getByText("Alamat halaman wajib diisi")).toBeVisible();

  await create.getByLabel("Mulai dari").selectOption(`copy:${SINGKAWANG_SLUG}`);
  await create.getByLabel("Judul seleksi").fill(TITLE);
  await create.getByLabel("Alamat halaman").fill(SLUG);
  await create.getByLabel("Nomor pengumuman").fill(`09/SELTER/UJI/${suffix}`);
  // Before Singkawang's own opening, so Singkawang stays the newest selection for the other specs.
  await create.getByLabel("Tanggal pembukaan pendaftaran").fill("2025-01-06");
  await create.getByRole("button", { name: "Buat draf seleksi" }).click();

  await admin.waitForURL(`**/pansel/seleksi/${SLUG}/pengaturan`);
  await readyAfterLoad(admin).reload();
  await expect(admin.getByTestId("status-seleksi")).toHaveText("Draf");
  // A draft has no public page yet, so nothing links to one.
  await expect(admin.getByText("Halaman publik terbit setelah seleksi diumumkan")).toBeVisible();
  await expect(admin.getByRole("link", { name: "Halaman publik" })).toHaveCount(0);
  await expect(admin.getByText("18 persyaratan · 23 dokumen")).toBeVisible();
  const gaps = admin.getByTestId("kekurangan-seleksi");
  await expect(gaps).toContainText("Pansel belum memiliki ketua.");
  await expect(gaps).toContainText("Pansel belum memiliki sekretariat.");

  // A second formation: a wrong code is refused beside the field, what was typed stays.
  const formation = admin.getByRole("form", { name: "Tambah jabatan atau formasi" });
  await formation.getByLabel("Kode").fill("kadis 1");
  await formation.getByLabel("Nama jabatan/formasi").fill("Kepala Dinas Pendidikan dan Kebudayaan");
  await formation.getByLabel("Jumlah kebutuhan").fill("1");
  await formation.getByRole("button", { name: "Tambah formasi" }).click();
  await expect(formation.getByText("Kode hanya huruf besar dan angka")).toBeVisible();
  await expect(formation.getByLabel("Nama jabatan/formasi")).toHaveValue("Kepala Dinas Pendidikan dan Kebudayaan");
  await formation.getByLabel("Kode").fill("KADISDIK");
  await formation.getByRole("button", { name: "Tambah formasi" }).click();
  await expect(admin.getByRole("row").filter({ hasText: "KADISDIK" })).toContainText("Kepala Dinas Pendidikan dan Kebudayaan");

  // The Pansel: an account without the position's role is refused; the right ones are seated.
  const seat = admin.getByRole("form", { name: "Tambah anggota Pansel" });
  await seat.getByLabel("E-mail akun petugas").fill(secretary.email);
  await seat.getByLabel("Kedudukan").selectOption({ label: "Ketua Pansel" });
  await seat.getByRole("button", { name: "Tambahkan ke Pansel" }).click();
  await expect(seat.getByText(/berperan Ketua Pansel/)).toBeVisible();
  await seat.getByLabel("Kedudukan").selectOption({ label: "Sekretariat Pansel" });
  await seat.getByRole("button", { name: "Tambahkan ke Pansel" }).click();
  const members = admin.getByRole("region", { name: "Anggota Pansel" });
  await expect(members.getByRole("row").filter({ hasText: secretary.email })).toContainText("Sekretariat Pansel");
  await seat.getByLabel("E-mail akun petugas").fill(chair.email);
  await seat.getByLabel("Kedudukan").selectOption({ label: "Ketua Pansel" });
  await seat.getByRole("button", { name: "Tambahkan ke Pansel" }).click();
  await expect(members.getByRole("row").filter({ hasText: chair.email })).toContainText("Ketua Pansel");

  await admin.getByRole("button", { name: "Umumkan seleksi" }).click();
  const dialog = admin.getByRole("dialog", { name: "Umumkan seleksi ini?" });
  await expect(dialog).toContainText("dengan 2 jabatan/formasi");
  await dialog.getByRole("button", { name: "Ya, umumkan" }).click();
  await expect(admin.getByTestId("status-seleksi")).toHaveText("Pendaftaran dibuka");
  await expect(admin.getByRole("link", { name: "Halaman publik" })).toBeVisible();

  // The public reads it.
  const visitor = readyAfterLoad(await (await browser.newContext()).newPage());
  await visitor.goto(`/seleksi/${SLUG}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText(TITLE);

  // The new Pansel's secretariat member: its own selection only.
  const context = await browser.newContext();
  await signInContextAsUser(context, secretary.id);
  const member = readyAfterLoad(await context.newPage());
  await member.goto("/pansel");
  const list = member.locator("#seleksi-staf");
  await expect(list.getByRole("link", { name: TITLE })).toBeVisible();
  await expect(list.locator(`a[href="/seleksi/${SINGKAWANG_SLUG}"]`)).toHaveCount(0);
  const queue = await member.goto(`/pansel/seleksi/${SINGKAWANG_SLUG}/lamaran`);
  expect(queue?.status()).toBe(403);
  await expect(member.getByRole("heading", { level: 1 })).toHaveText("Akses ditolak");
  const application = await prisma.application.findFirstOrThrow({ where: { selection: { slug: SINGKAWANG_SLUG }, status: { not: "DRAFT" } }, select: { id: true } });
  const workbench = await member.goto(`/pansel/lamaran/${application.id}`);
  expect(workbench?.status()).toBe(403);
  const own = await member.goto(`/pansel/seleksi/${SLUG}/lamaran`);
  expect(own?.status()).toBe(200);
});
