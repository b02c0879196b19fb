import { expect, test } from "./fixtures";

// On a phone (390 × 844) the header is one row with a "Menu" button instead of three rows of links.
test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the main navigation folds behind a Menu button that works with the keyboard", async ({ page }) => {
    await page.goto("/");
    const header = page.locator("header");
    const menu = header.getByRole("button", { name: "Menu" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(header.getByRole("link", { name: "Pengumuman" })).toBeHidden();
    expect((await header.boundingBox())!.height).toBeLessThan(70);

    await menu.focus();
    await page.keyboard.press("Enter");
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    const list = page.locator(`#${await menu.getAttribute("aria-controls")}`);
    await expect(list.getByRole("link", { name: "Pengumuman" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toBeFocused();

    await menu.click();
    await list.getByRole("link", { name: "Seleksi", exact: true }).click();
    await expect(page).toHaveURL(/\/seleksi$/);
    await expect(header.getByRole("button", { name: "Menu" })).toHaveAttribute("aria-expanded", "false");
  });
});

test("on a wide screen the links show without a Menu button", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("header").getByRole("button", { name: "Menu" })).toBeHidden();
  await expect(page.locator("header").getByRole("link", { name: "Pengumuman" })).toBeVisible();
});

test("the site has an icon: /favicon.ico and the icon the pages link to", async ({ page, request }) => {
  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  await page.goto("/");
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toBeTruthy();
  expect((await request.get(href!)).status()).toBe(200);
});

test("a visitor who asks for reduced motion gets no transitions; others keep the short colour fade", async ({ browser }) => {
  const durationOf = async (reducedMotion: "reduce" | "no-preference") => {
    const context = await browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await page.goto("/masuk");
    const duration = await page.getByRole("button", { name: "Masuk" }).evaluate((button) => getComputedStyle(button).transitionDuration);
    await context.close();
    return duration;
  };
  expect(await durationOf("reduce")).toBe("0s");
  expect(await durationOf("no-preference")).not.toBe("0s");
});
