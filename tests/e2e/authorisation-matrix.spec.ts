// The authorisation matrix, generated from the route tree: every page.tsx and route.ts under app/ must have
// a rule in tests/e2e/access-rules.ts, and every cell (route × identity) is requested over HTTP against the
// production server, signed in with a minted session cookie (no browser). Prints the matrix size and the
// leaks (a cell expected to be refused that served content); any cell off its rule fails the test.
import fs from "node:fs";
import path from "node:path";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { IDENTITIES, ROUTE_RULES, type Identity, type Outcome } from "./access-rules";
import { createMatrixWorld } from "./matrix-world";
import { expect, serverInfo, sessionCookieHeader, test } from "./fixtures";

const APP = path.resolve(import.meta.dirname, "../../app");

/** Every page.tsx and route.ts under app/, as paths relative to it. */
function routeFiles(dir = APP): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "page.tsx" || entry.name === "route.ts" ? [path.relative(APP, full).split(path.sep).join("/")] : [];
  });
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
    const { data, userIds } = await createMatrixWorld();
    const contexts = new Map<Identity, APIRequestContext>();
    for (const who of IDENTITIES) {
      const headers: Record<string, string> = who === "anonymous" ? {} : { cookie: await sessionCookieHeader(userIds[who]) };
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
