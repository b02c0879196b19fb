import fs from "node:fs";
import { expect, test as base, type BrowserContext, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { disconnectDb, prisma } from "@/lib/db";
import type { AppServerInfo } from "../setup/app-server";

export const DEMO_PASSWORD = "DemoSeleksi2025";
export const DEMO = {
  applicant: "pelamar@demo.seleksi.id",
  secretariat: "sekretariat@demo.seleksi.id",
  secretariat2: "sekretariat2@demo.seleksi.id",
  chair: "ketua@demo.seleksi.id",
  member: "anggota@demo.seleksi.id",
  member2: "anggota2@demo.seleksi.id",
  ppk: "ppk@demo.seleksi.id",
  admin: "admin@demo.seleksi.id",
} as const;

/** A demo account by role, or any account by e-mail (e.g. an applicant a spec created). */
export type Account = keyof typeof DEMO | { email: string };

// What Auth.js v5 (next-auth 5.0.0-beta.32, @auth/core 0.41) does with a session on plain http: the cookie is
// `authjs.session-token` (`__Secure-` only on https), and its value is a JWE whose key is derived from
// AUTH_SECRET with the cookie name as salt (@auth/core lib/actions/session.js: decode/encode with
// `salt = options.cookies.sessionToken.name`). The token carries the user id in `sub` and the account's
// session version in `sv` (lib/auth/config.ts: the jwt callback), as a sign-in through the form leaves it.
const SESSION_COOKIE = "authjs.session-token";
const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60; // lib/auth/config.ts

let info: AppServerInfo | undefined;

/** The running e2e server's URL, database, secret and folders (written by tests/setup/e2e-server.ts). */
export function serverInfo(): AppServerInfo {
  if (info) return info;
  const file = process.env.E2E_SERVER_INFO;
  if (!file || !fs.existsSync(file)) throw new Error(`No e2e server info at ${file ?? "(E2E_SERVER_INFO unset)"}: run the specs through playwright.config.ts`);
  info = JSON.parse(fs.readFileSync(file, "utf8")) as AppServerInfo;
  return info;
}

function emailOf(account: Account): string {
  return typeof account === "string" ? DEMO[account] : account.email;
}

/** The session token the server would set for the user after a sign-in through the form. */
async function mintSessionToken(userId: string): Promise<string> {
  const { sessionVersion } = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  return encode({ token: { sub: userId, sv: sessionVersion }, secret: serverInfo().authSecret, salt: SESSION_COOKIE, maxAge: SESSION_MAX_AGE_SECONDS });
}

/** A `Cookie` header value that signs a plain HTTP request in as the user. */
export async function sessionCookieHeader(userId: string): Promise<string> {
  return `${SESSION_COOKIE}=${await mintSessionToken(userId)}`;
}

/** Signs the browser context in as the user by minting the session cookie the server would set. */
export async function signInContextAsUser(context: BrowserContext, userId: string): Promise<void> {
  await context.addCookies([
    {
      name: SESSION_COOKIE,
      value: await mintSessionToken(userId),
      url: serverInfo().baseUrl,
      httpOnly: true,
      sameSite: "Lax",
      expires: Math.floor(Date.now() / 1000) + SESSION_MAX_AGE_SECONDS,
    },
  ]);
}

/** Signs the browser context in as the account. */
export async function signInContext(context: BrowserContext, account: Account): Promise<void> {
  const user = await prisma.user.findUniqueOrThrow({ where: { email: emailOf(account) }, select: { id: true } });
  await signInContextAsUser(context, user.id);
}

/** Signs out whoever is signed in and signs the account in (a second member confirming, the PPK approving...). */
export async function switchAccount(page: Page, account: Account): Promise<void> {
  await page.context().clearCookies();
  await signInContext(page.context(), account);
}

/**
 * After `goto` and `reload` of an HTML page, waits until React has hydrated it (`<html data-hydrated>`, set by
 * components/layout/hydration-mark.tsx). On a loaded machine a click that lands before hydration submits the
 * form natively (a GET of the page) and the spec waits in vain for the handler's answer.
 */
export function readyAfterLoad(page: Page): Page {
  const hydrated = async <T extends { headers(): Record<string, string> } | null>(response: T): Promise<T> => {
    if (response?.headers()["content-type"]?.includes("text/html")) await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
    return response;
  };
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (url, options) => hydrated(await goto(url, options));
  page.reload = async (options) => hydrated(await reload(options));
  return page;
}

/** A page in a context of its own, signed in as the account (several people working side by side). */
export async function pageAs(browser: import("@playwright/test").Browser, account: Account): Promise<Page> {
  const context = await browser.newContext();
  await signInContext(context, account);
  return readyAfterLoad(await context.newPage());
}

/** The real sign-in form: for the specs about signing in (auth.spec.ts) and accounts made through the UI. */
export async function signInWithForm(page: Page, identifier: string, password = DEMO_PASSWORD) {
  await page.goto("/masuk");
  await page.getByLabel("E-mail atau NIP").fill(identifier);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
}

export const test = base.extend<{ signInAs: (account: Account) => Promise<Page> }, { e2eServer: AppServerInfo }>({
  /** Playwright's page, waiting for hydration after each full load (`readyAfterLoad`). */
  page: async ({ page }, use) => {
    await use(readyAfterLoad(page));
  },
  // Every worker talks to the e2e server's database (the specs' factories, the session lookup) and writes
  // uploads and mail where the server reads them. The Prisma client connects on first use.
  e2eServer: [
    async ({}, use) => {
      const server = serverInfo();
      process.env.DATABASE_URL = server.databaseUrl;
      process.env.STORAGE_DIR = server.storageDir;
      process.env.MAIL_OUTBOX_DIR = server.outboxDir;
      await use(server);
      await disconnectDb();
    },
    { scope: "worker", auto: true },
  ],
  /** The test's page, signed in as the account (a minted session cookie, not the form). */
  signInAs: async ({ page }, use) => {
    await use(async (account) => {
      await signInContext(page.context(), account);
      return page;
    });
  },
});

export { expect };
