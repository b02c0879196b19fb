// The authorisation matrix, generated from the route tree: every page.tsx and route.ts under app/ must have
// a rule in tests/e2e/access-rules.ts, and every cell (route × identity) is requested over HTTP against the
// production server, signed in with a minted session cookie (no browser). Prints the matrix size and the
// leaks (a cell expected to be refused that served content); any cell off its rule fails the test.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { prisma } from "@/lib/db";
import { demoUserId } from "../factories/applications";
import { addDemoApplicantCopy, addSubmittedDemoApplicant, copySelection } from "../factories/selections";
import { IDENTITIES, ROUTE_RULES, type Identity, type MatrixData, type Outcome } from "./access-rules";
import { expect, serverInfo, test } from "./fixtures";

const APP = path.resolve(import.meta.dirname, "../../app");

/** Every page.tsx and route.ts under app/, as paths relative to it. */
function routeFiles(dir = APP): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "page.tsx" || entry.name === "route.ts" ? [path.relative(APP, full).split(path.sep).join("/")] : [];
  });
}

const SESSION_COOKIE = "authjs.session-token";

async function sessionCookie(userId: string): Promise<string> {
  // The token carries the account's session version, as a real sign-in's does (revocable sessions).
  const { sessionVersion } = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const value = await encode({ token: { sub: userId, sv: sessionVersion }, secret: serverInfo().authSecret, salt: SESSION_COOKIE, maxAge: 60 * 60 });
  return `${SESSION_COOKIE}=${value}`;
}

function outcomeOf(status: number, location: string | null): Outcome | `error ${number}` | `other ${number}` {
  if (status >= 200 && status < 300) return "ok";
  if (status >= 300 && status < 400) return location && new URL(location, "http://x").pathname === "/masuk" ? "deny" : "redirect";
  if ([401, 403, 404, 405].includes(status)) return "deny";
  if (status >= 500) return `error ${status}`;
  return `other ${status}`;
}

test.describe("authorisation matrix", () => {
  test.describe.configure({ mode: "serial" });

  test("every page and route handler has a rule, and every rule a file", () => {
    const files = routeFiles();
    expect(files.filter((file) => !(file in ROUTE_RULES)), "routes without a rule in tests/e2e/access-rules.ts").toEqual([]);
    expect(Object.keys(ROUTE_RULES).filter((file) => !files.includes(file)), "rules for routes that no longer exist").toEqual([]);
  });

  test("every cell answers as its rule says: 0 leaks", async () => {
    test.setTimeout(test.info().timeout * 6);
    const label = `matriks-${crypto.randomBytes(2).toString("hex")}`;
    const target = await copySelection({ label });
    const other = await copySelection({ label: `${label}-lain` });
    const owner = await addSubmittedDemoApplicant(target, "pelamar@demo.seleksi.id");
    const stranger = await addDemoApplicantCopy("siti.rahma@demo.seleksi.id");
    // A secretariat member whose only seat is on the other selection (the demo secretariat sits on both copies).
    const outsider = await prisma.user.create({
      data: { email: `sekretariat.${label}@uji.seleksi.id`, name: "Sekretariat Seleksi Lain", passwordHash: "-", roles: ["SECRETARIAT"] },
      select: { id: true },
    });
    await prisma.committeeMember.create({ data: { selectionId: other.id, userId: outsider.id, position: "SECRETARY" } });
    const version = await prisma.documentVersion.findFirstOrThrow({ where: { document: { applicationId: owner.applicationId } }, select: { id: true } });
    const stage = await prisma.stage.findFirstOrThrow({ where: { selectionId: target.id, isScored: true }, orderBy: { order: "asc" }, select: { id: true } });
    const announcement = await prisma.announcement.findFirstOrThrow({ where: { publishedAt: { not: null } }, select: { slug: true } });
    const data: MatrixData = {
      slug: target.slug,
      applicationA: owner.applicationId,
      registrationNumberA: owner.registrationNumber,
      versionA: version.id,
      stageId: stage.id,
      announcementSlug: announcement.slug,
    };

    const userIds: Record<Exclude<Identity, "anonymous">, string> = {
      applicantA: owner.userId,
      applicantB: stranger.userId,
      secretariat: await demoUserId("sekretariat@demo.seleksi.id"),
      secretariatOther: outsider.id,
      committee: await demoUserId("anggota@demo.seleksi.id"),
      chair: await demoUserId("ketua@demo.seleksi.id"),
      ppk: await demoUserId("ppk@demo.seleksi.id"),
      admin: await demoUserId("admin@demo.seleksi.id"),
    };
    const contexts = new Map<Identity, APIRequestContext>();
    for (const who of IDENTITIES) {
      const headers: Record<string, string> = who === "anonymous" ? {} : { cookie: await sessionCookie(userIds[who]) };
      contexts.set(who, await playwrightRequest.newContext({ baseURL: serverInfo().baseUrl, extraHTTPHeaders: headers }));
    }

    const mismatches: string[] = [];
    const leaks: string[] = [];
    let cells = 0;
    for (const [file, rule] of Object.entries(ROUTE_RULES)) {
      const url = rule.url(data);
      for (const who of IDENTITIES) {
        const response = await contexts.get(who)!.get(url, { maxRedirects: 0, failOnStatusCode: false });
        const got = outcomeOf(response.status(), response.headers()["location"] ?? null);
        await response.dispose();
        cells += 1;
        const expected = rule.expect[who];
        if (got === expected) continue;
        const line = `${file} (${url}) as ${who}: expected ${expected}, got ${got}`;
        mismatches.push(line);
        if (got === "ok") leaks.push(line);
      }
    }
    for (const context of contexts.values()) await context.dispose();

    const routes = Object.keys(ROUTE_RULES).length;
    console.log(`Authorisation matrix: ${routes} routes × ${IDENTITIES.length} identities = ${cells} cells; ${leaks.length} leaks; ${mismatches.length} cells off their rule`);
    for (const line of mismatches) console.log(`  ${line}`);
    expect(leaks).toEqual([]);
    expect(mismatches).toEqual([]);
  });
});
