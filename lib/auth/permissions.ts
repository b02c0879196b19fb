// The one permission map, used by the server guards and by the UI to hide what a role cannot do.
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

const STAFF: readonly RoleName[] = ["SECRETARIAT", "COMMITTEE", "CHAIR", "PPK", "ADMIN"];

export const PERMISSIONS = {
  "apply:selection": ["APPLICANT"],
  "view:staff-area": STAFF,
  "view:applications": ["SECRETARIAT", "COMMITTEE", "CHAIR", "ADMIN"],
  "verify:document": ["SECRETARIAT"],
  "decide:administration": ["SECRETARIAT", "CHAIR"],
  "approve:administration": ["CHAIR"],
  "answer:objection": ["SECRETARIAT"],
  "record:track-record": ["COMMITTEE", "CHAIR"],
  "score:application": ["COMMITTEE", "CHAIR"],
  "approve:score-correction": ["CHAIR"],
  "propose:shortlist": ["CHAIR"],
  "approve:shortlist": ["PPK"],
  "choose:candidate": ["PPK"],
  "record:bkn": ["SECRETARIAT", "CHAIR"],
  "view:decisions": ["SECRETARIAT", "COMMITTEE", "CHAIR", "PPK", "ADMIN"],
  "publish:result": ["CHAIR", "SECRETARIAT"],
  "manage:selection": ["ADMIN", "SECRETARIAT"],
  "manage:users": ["ADMIN"],
  "view:audit": ["ADMIN", "CHAIR"],
} as const satisfies Record<string, readonly RoleName[]>;

export type Permission = keyof typeof PERMISSIONS;

export function hasPermission(roles: readonly string[], permission: Permission): boolean {
  const allowed: readonly string[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}

export function isStaff(roles: readonly string[]): boolean {
  return hasPermission(roles, "view:staff-area");
}
