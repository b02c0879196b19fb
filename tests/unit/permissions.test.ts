// The permission map and the seat rule the selection-access authority applies: a role opens a selection
// only through a seat on its Pansel, except the roles that are portal-wide by design; chair-only
// permissions need the chair's seat, not only the CHAIR role.
import { describe, expect, it } from "vitest";
import { AGENCY_ROLES, canOnSelection, canSeeSelection, hasPermission, PERMISSIONS, PORTAL_WIDE_ROLES, ROLES, rolesOnSelection, type Permission } from "@/lib/auth/permissions";

const SECRETARY = { position: "SECRETARY" } as const;
const MEMBER = { position: "MEMBER" } as const;
const CHAIR = { position: "CHAIR" } as const;

describe("canOnSelection", () => {
  it("never lets a seated role act on a selection without its seat", () => {
    for (const permission of Object.keys(PERMISSIONS) as Permission[]) {
      for (const role of ["SECRETARIAT", "COMMITTEE", "CHAIR"] as const) {
        expect(canOnSelection([role], null, permission), `${role} ${permission}`).toBe(false);
      }
    }
  });

  it("gives the seated secretariat the secretariat's work and nothing of the chair's", () => {
    const can = (permission: Permission) => canOnSelection(["SECRETARIAT"], SECRETARY, permission);
    expect((["view:applications", "verify:document", "decide:administration", "confirm:administration", "answer:objection", "record:bkn", "manage:selection"] satisfies Permission[]).map(can)).toEqual([
      true, true, true, true, true, true, true,
    ]);
    expect((["publish:result", "manage:scoring", "propose:shortlist", "score:application", "approve:shortlist", "manage:users"] satisfies Permission[]).map(can)).toEqual([
      false, false, false, false, false, false,
    ]);
  });

  it("keeps chair-only permissions to the chair's seat, even for a user with the CHAIR role", () => {
    for (const permission of ["publish:result", "manage:scoring", "propose:shortlist"] as const) {
      expect(canOnSelection(["CHAIR", "COMMITTEE"], CHAIR, permission)).toBe(true);
      expect(canOnSelection(["CHAIR", "COMMITTEE"], MEMBER, permission)).toBe(false);
      expect(canOnSelection(["COMMITTEE"], CHAIR, permission)).toBe(false);
    }
    expect(canOnSelection(["CHAIR", "COMMITTEE"], MEMBER, "score:application")).toBe(true);
  });

  it("lets the portal-wide role reach every selection, and the PPK its agency's, within their own permissions", () => {
    expect(PORTAL_WIDE_ROLES).toEqual(["ADMIN"]);
    expect(AGENCY_ROLES).toEqual(["PPK"]);
    // A PPK of another agency holds no role on the selection.
    expect(rolesOnSelection(["PPK"], false)).toEqual([]);
    expect(canSeeSelection(rolesOnSelection(["PPK"], false), null)).toBe(false);
    expect(canOnSelection(rolesOnSelection(["PPK"], true), null, "approve:shortlist")).toBe(true);
    expect(canOnSelection(["ADMIN"], null, "view:applications")).toBe(true);
    expect(canOnSelection(["ADMIN"], null, "manage:selection")).toBe(true);
    expect(canOnSelection(["ADMIN"], null, "verify:document")).toBe(false);
    expect(canOnSelection(["PPK"], null, "approve:shortlist")).toBe(true);
    expect(canOnSelection(["PPK"], null, "choose:candidate")).toBe(true);
    expect(canOnSelection(["PPK"], null, "view:applications")).toBe(false);
  });

  it("shows a selection to staff with a seat or a portal-wide role, never to an applicant", () => {
    expect(canSeeSelection(["COMMITTEE"], MEMBER)).toBe(true);
    expect(canSeeSelection(["COMMITTEE"], null)).toBe(false);
    expect(canSeeSelection(["PPK"], null)).toBe(true);
    expect(canSeeSelection(["APPLICANT"], SECRETARY)).toBe(false);
  });
});

describe("the permission map", () => {
  it("names only known roles and leaves no permission without a holder", () => {
    for (const [permission, rule] of Object.entries(PERMISSIONS)) {
      expect(rule.roles.length, permission).toBeGreaterThan(0);
      for (const role of rule.roles) expect(ROLES).toContain(role);
    }
  });

  it("answers the role-level question the staff area and actions ask first", () => {
    expect(hasPermission(["COMMITTEE"], "view:scoring")).toBe(true);
    expect(hasPermission(["SECRETARIAT"], "view:scoring")).toBe(false);
    expect(hasPermission(["APPLICANT"], "view:staff-area")).toBe(false);
  });
});
