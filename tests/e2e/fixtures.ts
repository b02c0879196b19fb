import { expect, test as base, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "DemoSeleksi2025";
export const DEMO = {
  applicant: "pelamar@demo.seleksi.id",
  secretariat: "sekretariat@demo.seleksi.id",
  chair: "ketua@demo.seleksi.id",
  member: "anggota@demo.seleksi.id",
  member2: "anggota2@demo.seleksi.id",
  ppk: "ppk@demo.seleksi.id",
  admin: "admin@demo.seleksi.id",
} as const;

export async function signIn(page: Page, identifier: string, password = DEMO_PASSWORD) {
  await page.goto("/masuk");
  await page.getByLabel("E-mail atau NIP").fill(identifier);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
}

/** A page already signed in as one of the demo accounts. */
export const test = base.extend<{ signInAs: (who: keyof typeof DEMO) => Promise<Page> }>({
  signInAs: async ({ page }, use) => {
    await use(async (who) => {
      await signIn(page, DEMO[who]);
      await expect(page).not.toHaveURL(/\/masuk/);
      return page;
    });
  },
});

export { expect };
