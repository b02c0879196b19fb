// WCAG 2.1 AA, checked by axe-core on every page of the route tree (tests/e2e/access-rules.ts) at desktop width and
// on a phone (390 × 844). A signed-in page is checked as every role that may open it (its controls differ per
// role: the chair's and the PPK's decisions page are not the same page); a public page as the first identity that
// may see it, and the home page as every identity (each role has its own header). Fails on any serious or critical
// violation, and on a page that scrolls sideways on a phone.
import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "@playwright/test";
import { IDENTITIES, ROUTE_RULES, type Identity, type MatrixData } from "./access-rules";
import { expect, signInContextAsUser, test } from "./fixtures";
import { createMatrixWorld, type SignedInIdentity } from "./matrix-world";

const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
/** One identity per role: the "other" identities of the matrix hold the same role on another seat or agency. */
const ROLE_IDENTITIES: readonly Identity[] = ["applicantA", "secretariat", "committee", "chair", "ppk", "admin"];

/** The pages each identity visits (see the header). */
function visitsByIdentity(): Map<Identity, ((data: MatrixData) => string)[]> {
  const visits = new Map<Identity, ((data: MatrixData) => string)[]>(IDENTITIES.map((who) => [who, []]));
  for (const [file, rule] of Object.entries(ROUTE_RULES)) {
    if (!file.endsWith("page.tsx")) continue;
    if (file === "(public)/page.tsx") {
      for (const who of IDENTITIES) visits.get(who)!.push(rule.url);
      continue;
    }
    const allowed = IDENTITIES.filter((who) => rule.expect[who] === "ok");
    const isPublic = file.startsWith("(public)/") || file.startsWith("(auth)/");
    const roles = isPublic ? [] : allowed.filter((who) => ROLE_IDENTITIES.includes(who));
    for (const who of roles.length > 0 ? roles : allowed.slice(0, 1)) visits.get(who)!.push(rule.url);
  }
  return visits;
}

let world: Awaited<ReturnType<typeof createMatrixWorld>> | undefined;

async function check(browser: Browser, who: Identity, urls: string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    const context = await browser.newContext({ viewport, bypassCSP: true });
    if (who !== "anonymous") await signInContextAsUser(context, world!.userIds[who as SignedInIdentity]);
    const page = await context.newPage();
    for (const url of urls) {
      const response = await page.goto(url);
      expect(response?.status(), `${url} as ${who}`).toBeLessThan(400);
      const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      for (const violation of result.violations) {
        if (violation.impact !== "serious" && violation.impact !== "critical") continue;
        const where = violation.nodes.slice(0, 3).map((node) => node.target.join(" ")).join(" | ");
        problems.push(`${url} [${name}] ${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.length}× ${where}`);
      }
      if (name === "phone") {
        const overflow = await page.evaluate(() => {
          const by = document.documentElement.scrollWidth - window.innerWidth;
          if (by <= 0) return null;
          // The elements that stick out and have no child that does: where to look.
          const out = [...document.querySelectorAll("body *")].filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5);
          const leaves = out.filter((element) => !out.some((other) => other !== element && element.contains(other)));
          const describe = (element: Element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}.${[...element.classList].slice(0, 4).join(".")}`;
          return { by, where: leaves.slice(0, 3).map(describe).join(" | ") };
        });
        if (overflow) problems.push(`${url} [phone] scrolls sideways by ${overflow.by} px: ${overflow.where}`);
      }
    }
    await context.close();
  }
  return problems;
}

test.describe("accessibility (WCAG 2.1 AA, axe-core)", () => {
  test.beforeAll(async () => {
    world ??= await createMatrixWorld();
  });

  for (const [who, urls] of visitsByIdentity()) {
    if (urls.length === 0) continue;
    test(`${who}: ${urls.length} page(s), desktop and phone, 0 serious or critical violations`, async ({ browser }) => {
      test.setTimeout(test.info().timeout * 3);
      const problems = await check(browser, who, urls.map((url) => url(world!.data)));
      expect(problems).toEqual([]);
    });
  }
});
