// The one permission map, used by the server guards, by the selection-access authority
// (lib/auth/selection-access.ts) and by the UI to hide what a role cannot do.
// Pure: no server imports, so client components may use it too.
export const ROLES = ["APPLICANT", "SECRETARIAT", "COMMITTEE", "CHAIR", "PPK", "ADMIN"] as const;
export type RoleName = (typeof ROLES)[number];

export const ROLE_LABELS: Record<RoleName, string> = {
  APPLICANT: "Pelamar",
  SECRETARIAT: "Sekretariat Pansel",
  COMMITTEE: "Anggota Pansel",
  CHAIR: "Ketua Pansel",
  PPK: "Pejabat Pembina Kepegawaian",
  ADMIN: "Administrator",
};

/** A seat on one selection's Pansel (CommitteeMember.position). */
export type SeatPosition = "CHAIR" | "SECRETARY" | "MEMBER";
export type Seat = { position: SeatPosition } | null;

/**
 * Roles that reach every selection by design: the administrator. Every other staff role acts on a
 * selection through a seat on its Pansel, or (the PPK) through its agency.
 */
export const PORTAL_WIDE_ROLES: readonly RoleName[] = ["ADMIN"];

/**
 * Roles that act on the selections of the agencies (instansi) they are assigned to (`AgencyPpk`), without a
 * seat: the PPK approves and chooses for the selections its agency organises, and nothing of another's.
 */
export const AGENCY_ROLES: readonly RoleName[] = ["PPK"];

const STAFF: readonly RoleName[] = ["SECRETARIAT", "COMMITTEE", "CHAIR", "PPK", "ADMIN"];
const CHAIR_SEAT: readonly SeatPosition[] = ["CHAIR"];

type Rule = {
  roles: readonly RoleName[];
  /** Seated roles must also hold one of these positions on the selection (e.g. only its chair). */
  seats?: readonly SeatPosition[];
};

/** Each permission is named after what it gates. */
export const PERMISSIONS = {
  // Applicants: their own CV, applications, documents and notifications.
  "apply:selection": { roles: ["APPLICANT"] },
  // The staff area shell and the list of the selections a staff user sits on.
  "view:staff-area": { roles: STAFF },
  // A selection's applications, applicants' documents, dashboard, export and the administrative result proposal.
  "view:applications": { roles: ["SECRETARIAT", "COMMITTEE", "CHAIR", "ADMIN"] },
  "verify:document": { roles: ["SECRETARIAT"] },
  "decide:administration": { roles: ["SECRETARIAT", "CHAIR"] },
  /** The second check of a TMS decision. */
  "confirm:administration": { roles: ["SECRETARIAT"] },
  "answer:objection": { roles: ["SECRETARIAT"] },
  "record:track-record": { roles: ["COMMITTEE", "CHAIR"] },
  /** Declaring conflicts and scoring the candidates of a stage one is assigned to. */
  "score:application": { roles: ["COMMITTEE", "CHAIR"] },
  /** The scoring setup, the ranking and the stage minutes, for members of the selection's Pansel. */
  "view:scoring": { roles: ["COMMITTEE", "CHAIR"] },
  /** Weights, scorers, assessment imports, closing stages, corrections and the all-scores workbook. */
  "manage:scoring": { roles: ["CHAIR"], seats: CHAIR_SEAT },
  /** Proposing the three names, or escalating when fewer qualify. */
  "propose:shortlist": { roles: ["CHAIR"], seats: CHAIR_SEAT },
  /** Reopening registration after an escalation (announcement V.5: "Panitia Seleksi dapat melakukan perpanjangan"). */
  "reopen:registration": { roles: ["CHAIR"], seats: CHAIR_SEAT },
  /** Publishing the administrative result (and its correction), the three names and the final result. */
  "publish:result": { roles: ["CHAIR"], seats: CHAIR_SEAT },
  "approve:shortlist": { roles: ["PPK"] },
  "choose:candidate": { roles: ["PPK"] },
  "record:bkn": { roles: ["SECRETARIAT", "CHAIR"] },
  "view:decisions": { roles: STAFF },
  /** The schedule and the age reference date of a selection. */
  "manage:selection": { roles: ["ADMIN", "SECRETARIAT"] },
  "manage:users": { roles: ["ADMIN"] },
  /** Creating a selection (from a template or a copy), its details and formations while a draft, its Pansel seats, publishing it. */
  "administer:selection": { roles: ["ADMIN"] },
  /** The reference list of institutions (instansi) the CV's institution field accepts, and each agency's PPK accounts. */
  "manage:institutions": { roles: ["ADMIN"] },
  /** The job queue: e-mails whose retries ran out, and sending them again (/pansel/antrean-tugas). */
  "manage:jobs": { roles: ["ADMIN"] },
  /** One's own sign-in: the password, the e-mail address and its verification link. */
  "manage:own-account": { roles: ROLES },
} as const satisfies Record<string, Rule>;

export type Permission = keyof typeof PERMISSIONS;

function ruleOf(permission: Permission): Rule {
  return PERMISSIONS[permission];
}

/**
 * Whether some role of the user carries the permission somewhere: enough for the staff area, an
 * action's first gate and the UI. What a user may do on one selection is `canOnSelection`.
 */
export function hasPermission(roles: readonly string[], permission: Permission): boolean {
  const allowed: readonly string[] = ruleOf(permission).roles;
  return roles.some((role) => allowed.includes(role));
}

export function isStaff(roles: readonly string[]): boolean {
  return hasPermission(roles, "view:staff-area");
}

export function isPortalWide(role: string): boolean {
  return (PORTAL_WIDE_ROLES as readonly string[]).includes(role);
}

export function isAgencyRole(role: string): boolean {
  return (AGENCY_ROLES as readonly string[]).includes(role);
}

/**
 * The roles a user holds on one selection: the agency roles only when the user is assigned to the agency
 * that organises it. The selection-access authority applies this before `canOnSelection`.
 */
export function rolesOnSelection<R extends string>(roles: readonly R[], assignedToAgency: boolean): R[] {
  return assignedToAgency ? [...roles] : roles.filter((role) => !isAgencyRole(role));
}

/**
 * May a user with these roles and this seat (null: none) do `permission` on the selection? `roles` are the
 * roles on this selection (`rolesOnSelection`): an agency role reaching here belongs to its agency.
 */
export function canOnSelection(roles: readonly string[], seat: Seat, permission: Permission): boolean {
  const rule = ruleOf(permission);
  return roles.some((role) => {
    if (!(rule.roles as readonly string[]).includes(role)) return false;
    if (isPortalWide(role) || isAgencyRole(role)) return true;
    return seat !== null && (!rule.seats || rule.seats.includes(seat.position));
  });
}

/** Whether the user may see the selection's staff pages at all (a seat, its agency's PPK, or a portal-wide role). */
export function canSeeSelection(roles: readonly string[], seat: Seat): boolean {
  return canOnSelection(roles, seat, "view:staff-area");
}
