// #15 item 5: the SKD passing thresholds are data of a CPNS selection. The administrator sees the
// template's figures on a draft's setup page, corrects one (a wrong value is refused beside its field), and
// the page then shows the new figures; the card passes the accessibility sweep.
import AxeBuilder from "@axe-core/playwright";
import { prisma } from "@/lib/db";
import { createCpnsSelection } from "../factories/cpns";
import { expect, pageAs, test } from "./fixtures";

let SLUG: string;
let SELECTION_ID: string;

test.beforeAll(async () => {
  // A draft whose registration opens after the e2e server's fake now, so Singkawang stays the default selection.
  const selection = await createCpnsSelection("ambang-e2e", (seed) => ({ ...seed, status: "DRAFT" }));
  SLUG = selection.slug;
  SELECTION_ID = selection.id;
});

test("the admin changes a draft CPNS selection's SKD thresholds on its setup page", async ({ browser }) => {
  const admin = await pageAs(browser, "admin");
  await admin.goto(`/pansel/seleksi/${SLUG}/pengaturan`);
  const card = admin.locator("#ambang-batas-skd");
  await expect(card.getByTestId("ambang-batas-skd")).toContainText("TWK 65, TIU 80, TKP 126");
  const form = card.getByRole("form", { name: "Nilai ambang batas SKD" });
  await form.getByLabel("TKP (0–175)").fill("176");
  await form.getByRole("button", { name: "Simpan ambang batas SKD" }).click();
  await expect(form.getByText("Ambang batas TKP harus antara 0 dan 175")).toBeVisible();
  await form.getByLabel("TKP (0–175)").fill("166");
  await form.getByRole("button", { name: "Simpan ambang batas SKD" }).click();
  await expect(form.getByText("Nilai ambang batas SKD disimpan.")).toBeVisible();
  await expect(card.getByTestId("ambang-batas-skd")).toContainText("TWK 65, TIU 80, TKP 166");
  const stored = await prisma.selection.findUniqueOrThrow({ where: { id: SELECTION_ID }, select: { skdMinTkp: true } });
  expect(stored.skdMinTkp?.toNumber()).toBe(166);

  const result = await new AxeBuilder({ page: admin }).include("#ambang-batas-skd").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(result.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => violation.id)).toEqual([]);
});
