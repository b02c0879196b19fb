// PostgreSQL paused while the portal serves (SIGSTOP of the postmaster and its backends: the port still
// accepts connections, nothing answers), then resumed (SIGCONT). The spec starts its own production server
// on its own embedded cluster, so pausing it disturbs no other spec.
// - /api/health answers 503 within 2 s (it used to hang until the database came back);
// - a page answers with the "Layanan sedang mengalami gangguan" page, not a stack trace, and does not hang;
// - a submission sent during the outage is refused with a clear message and changes nothing;
// - once the database is back the portal recovers by itself, and the submission sent again is recorded once.
import fs from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { createApplication } from "@/lib/applications/mutations";
import { freePort } from "@/lib/cli/pg-server";
import { disconnectDb, prisma } from "@/lib/db";
import { startAppServer, type AppServer, type AppServerInfo } from "../setup/app-server";
import { attachAllRegistrationDocuments, cloneDemoApplicant } from "../factories/applications";

const SESSION_COOKIE = "authjs.session-token";
const SERVER_CLOCK = "2025-10-28T10:00:00+07:00"; // inside the Singkawang 2025 registration window
const declarations = { willingAllStages: true, willingToReside: true, noMppStatement: false };

/** The postmaster and its backends: every process of the cluster, found from its pid file. */
function clusterPids(postmasterPid: number): number[] {
  const children = fs
    .readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        // Field 4 of /proc/<pid>/stat is the parent pid (after the parenthesised command name).
        const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === postmasterPid;
      } catch {
        return false;
      }
    })
    .map(Number);
  return [postmasterPid, ...children];
}

function signalCluster(postmasterPid: number, signal: "SIGSTOP" | "SIGCONT"): void {
  for (const pid of clusterPids(postmasterPid)) {
    try {
      process.kill(pid, signal);
    } catch {
      // a backend that just exited
    }
  }
}

/** The server action's id as Next registered it (the build's manifest), by file and export name. */
function actionId(file: string, name: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === file && entry.exportedName === name);
  if (!found) throw new Error(`No server action ${file}#${name} in the build`);
  return found[0];
}

/** Calls a server action as the browser does (a POST to its page, the arguments as JSON) and reads its result. */
async function callAction(context: APIRequestContext, page: string, id: string, input: unknown): Promise<{ status: number; result: { ok: boolean; code?: string; message?: string } | null; ms: number }> {
  const started = Date.now();
  const response = await context.post(page, {
    headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
    data: JSON.stringify([input]),
    maxRedirects: 0,
    failOnStatusCode: false,
    timeout: 30_000,
  });
  const text = await response.text();
  const line = text.split("\n").find((row) => row.startsWith("1:"));
  const result = line && line.startsWith("1:{") ? (JSON.parse(line.slice(2)) as { ok: boolean; code?: string; message?: string }) : null;
  return { status: response.status(), result, ms: Date.now() - started };
}

test.describe.configure({ mode: "serial" });

let server: AppServer;
let authSecret = "";
let postmasterPid = 0;
let paused = false;
const saved = { DATABASE_URL: process.env.DATABASE_URL, STORAGE_DIR: process.env.STORAGE_DIR, MAIL_OUTBOX_DIR: process.env.MAIL_OUTBOX_DIR, PORTAL_FAKE_NOW: process.env.PORTAL_FAKE_NOW };

test.beforeAll(async () => {
  test.setTimeout(240_000);
  // Its own embedded cluster (never the shared e2e one: it is about to be paused).
  await disconnectDb();
  delete process.env.DATABASE_URL;
  process.env.PORTAL_FAKE_NOW = SERVER_CLOCK;
  const infoFile = path.resolve(`.data/e2e/outage-${process.pid}.json`);
  server = await startAppServer({ port: await freePort(), label: `outage-${process.pid}`, stdio: "ignore", wait: true, infoFile });
  authSecret = (JSON.parse(fs.readFileSync(infoFile, "utf8")) as AppServerInfo).authSecret;
  const client = new pg.Client({ connectionString: server.databaseUrl });
  await client.connect();
  const dataDirectory = (await client.query<{ setting: string }>("SELECT setting FROM pg_settings WHERE name = 'data_directory'")).rows[0]!.setting;
  await client.end();
  postmasterPid = Number(fs.readFileSync(path.join(dataDirectory, "postmaster.pid"), "utf8").split("\n")[0]);
  expect(postmasterPid).toBeGreaterThan(0);
});

test.afterAll(async () => {
  if (paused) signalCluster(postmasterPid, "SIGCONT");
  await disconnectDb();
  await server?.stop();
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

test("a paused database: health 503 within 2 s, the outage page, no lost submission, recovery by itself", async ({ browser }) => {
  test.setTimeout(180_000);
  // An applicant (a copy of the eligible demo applicant) with a complete draft, ready to send.
  const userId = await cloneDemoApplicant("pelamar@demo.seleksi.id", "gangguan@uji.seleksi.id", "197203151998031093");
  const { applicationId } = await createApplication({ userId, vacancyId: (await prisma.vacancy.findFirstOrThrow({ select: { id: true } })).id, declarations, ip: null, now: new Date(SERVER_CLOCK) });
  await attachAllRegistrationDocuments(applicationId, userId);
  // The token carries the account's session version, as a real sign-in's does (revocable sessions).
  const { sessionVersion } = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  await disconnectDb(); // the test process holds no connection to the cluster it pauses
  const cookie = `${SESSION_COOKIE}=${await encode({ token: { sub: userId, sv: sessionVersion }, secret: authSecret, salt: SESSION_COOKIE, maxAge: 3600 })}`;
  const context = await playwrightRequest.newContext({ baseURL: server.baseUrl, extraHTTPHeaders: { cookie } });
  const submit = actionId("app/(applicant)/akun/lamaran/actions.ts", "submitApplicationAction");
  const applicationPage = `/akun/lamaran/${applicationId}`;

  // Serving normally.
  expect((await context.get("/api/health")).status()).toBe(200);
  expect((await context.get("/akun")).status()).toBe(200);

  signalCluster(postmasterPid, "SIGSTOP");
  paused = true;
  try {
    // Health: 503 within 2 s, with a reason.
    const started = Date.now();
    const health = await context.get("/api/health", { timeout: 10_000 });
    const healthMs = Date.now() - started;
    expect(health.status()).toBe(503);
    expect(await health.json()).toMatchObject({ status: "error", db: "unreachable" });
    expect(healthMs).toBeLessThan(2_000);

    // Let the app's pool close its idle connections (pg closes them after 10 s idle): a page then needs a
    // new connection, which the app gives up on after 5 s, and shows the outage page.
    await new Promise((resolve) => setTimeout(resolve, 11_000));
    const pageStarted = Date.now();
    const page = await context.get("/akun", { timeout: 20_000, failOnStatusCode: false });
    const html = await page.text();
    expect(page.status()).toBe(500);
    expect(html).not.toMatch(/\bat \S+ \(|PrismaClient|ECONNREFUSED|Error: /);
    expect(Date.now() - pageStarted).toBeLessThan(12_000);
    // The root layout itself failed (it reads the signed-in user), so Next sends an empty error shell and
    // the browser renders app/global-error.tsx: what a person sees is checked in a browser.
    const browserContext = await browser.newContext({ baseURL: server.baseUrl });
    await browserContext.addCookies([{ name: SESSION_COOKIE, value: cookie.slice(SESSION_COOKIE.length + 1), url: server.baseUrl }]);
    const tab = await browserContext.newPage();
    await tab.goto("/akun", { timeout: 20_000 });
    await expect(tab.getByRole("heading", { name: "Layanan sedang mengalami gangguan" })).toBeVisible({ timeout: 15_000 });
    await expect(tab.getByRole("button", { name: "Coba lagi" })).toBeVisible();
    await browserContext.close();

    // A submission during the outage: refused with a message, nothing written.
    const during = await callAction(context, applicationPage, submit, { applicationId });
    expect(during.result).toMatchObject({ ok: false, code: "INTERNAL", message: expect.stringMatching(/coba lagi/i) });
    expect(during.ms).toBeLessThan(15_000);
  } finally {
    signalCluster(postmasterPid, "SIGCONT");
    paused = false;
  }

  // Recovery by itself: healthy again within a few seconds, pages served, the submission sent again recorded.
  await expect.poll(async () => (await context.get("/api/health", { failOnStatusCode: false })).status(), { timeout: 15_000 }).toBe(200);
  expect((await context.get("/akun")).status()).toBe(200);
  expect(await prisma.application.findUniqueOrThrow({ where: { id: applicationId }, select: { status: true } })).toEqual({ status: "DRAFT" });
  const after = await callAction(context, applicationPage, submit, { applicationId });
  expect(after.result).toMatchObject({ ok: true });
  expect(await prisma.application.findUniqueOrThrow({ where: { id: applicationId }, select: { status: true } })).toEqual({ status: "SUBMITTED" });
  expect(await prisma.auditLog.count({ where: { entityId: applicationId, action: "application.submit" } })).toBe(1);
  expect(await prisma.applicationEvent.count({ where: { applicationId, kind: "application.submitted" } })).toBe(1);
  await context.dispose();
});
