// The server actions × identities part of the authorisation matrix, checked against the access each action
// was defined with (defineAction exposes it) and the seat rules of lib/auth/permissions.ts, which
// requireSelectionAccess applies in the domain. Every export of app/**/actions.ts made with defineAction
// must have a rule in tests/fixtures/action-access-rules.ts.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { canOnSelection, hasPermission, rolesOnSelection, type Permission, type RoleName, type Seat } from "@/lib/auth/permissions";
import { IDENTITIES, type Identity } from "../e2e/access-rules";
import { ACTION_RULES, type ActionOutcome } from "../fixtures/action-access-rules";
import { VALID_ACTION_INPUTS } from "../fixtures/action-inputs";

type Access = Permission | "public" | ((input: unknown) => Permission);
type Found = { file: string; name: string; access: Access; schema: { parse(input: unknown): unknown } };

function actionFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return actionFiles(full);
    return entry.name === "actions.ts" ? [full] : [];
  });
}

const APP = path.resolve(import.meta.dirname, "../../app");
const actions: Found[] = [];
const plainExports: string[] = [];
for (const file of actionFiles(APP).sort()) {
  const exported = (await import(file)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(exported)) {
    const defined = value as Partial<Found> | null;
    if (typeof value === "function" && defined?.access !== undefined) actions.push({ file: path.relative(APP, file), name, access: defined.access, schema: defined.schema! });
    else if (typeof value === "function") plainExports.push(`${path.relative(APP, file)}#${name}`);
  }
}

// Who each identity is on the selection under test (the demo Pansel's seats, copied with the selection;
// `agency`: assigned to the agency organising it, as the selection-access authority reads AgencyPpk).
const WHO: Record<Identity, { roles: RoleName[]; seat: Seat; agency?: boolean }> = {
  anonymous: { roles: [], seat: null },
  applicantA: { roles: ["APPLICANT"], seat: null },
  applicantB: { roles: ["APPLICANT"], seat: null },
  secretariat: { roles: ["SECRETARIAT"], seat: { position: "SECRETARY" } },
  secretariatOther: { roles: ["SECRETARIAT"], seat: null },
  committee: { roles: ["COMMITTEE"], seat: { position: "MEMBER" } },
  chair: { roles: ["CHAIR", "COMMITTEE"], seat: { position: "CHAIR" } },
  ppk: { roles: ["PPK"], seat: null, agency: true },
  ppkOther: { roles: ["PPK"], seat: null, agency: false },
  admin: { roles: ["ADMIN"], seat: null },
};

function outcome(action: Found, who: Identity): ActionOutcome {
  const scope = ACTION_RULES[action.name]!.scope;
  if (action.access === "public") return "ok";
  if (who === "anonymous") return "deny";
  const permission = typeof action.access === "function" ? action.access(action.schema.parse(VALID_ACTION_INPUTS[action.name])) : action.access;
  const { roles, seat, agency = false } = WHO[who];
  if (!hasPermission(roles, permission)) return "deny";
  if (scope === "selection") return canOnSelection(rolesOnSelection(roles, agency), seat, permission) ? "ok" : "deny";
  return scope === "own" ? "own" : "ok";
}

describe("server actions × identities", () => {
  it("every action has a rule, and every rule an action; the only plain export is sign-out", () => {
    expect(actions.filter((action) => !(action.name in ACTION_RULES)).map((action) => `${action.file}#${action.name}`)).toEqual([]);
    expect(Object.keys(ACTION_RULES).filter((name) => !actions.some((action) => action.name === name))).toEqual([]);
    // Sign-out takes no input and acts only on the caller's own session.
    expect(plainExports).toEqual(["(auth)/actions.ts#signOutAction"]);
  });

  it("each cell matches the rule: 0 leaks", () => {
    const leaks: string[] = [];
    const mismatches: string[] = [];
    for (const action of actions) {
      for (const who of IDENTITIES) {
        const expected = ACTION_RULES[action.name]!.expect[who];
        const got = outcome(action, who);
        if (got === expected) continue;
        mismatches.push(`${action.name} as ${who}: expected ${expected}, got ${got}`);
        if (expected === "deny") leaks.push(`${action.name} as ${who}`);
      }
    }
    console.log(`Action matrix: ${actions.length} actions × ${IDENTITIES.length} identities = ${actions.length * IDENTITIES.length} cells; ${leaks.length} leaks`);
    expect(leaks).toEqual([]);
    expect(mismatches).toEqual([]);
  });
});
