import "server-only";
import { prisma } from "@/lib/db";
import type { RoleName } from "@/lib/auth/permissions";
import type { ApplicationStatus, Regime } from "@/lib/generated/prisma/enums";

/**
 * The user a session belongs to, if that session still counts: the account is active and the session was
 * issued at its current session version (raised on sign-out, password change and deactivation, so a copied
 * cookie stops working then). One read by primary key per request, the one that also loads the roles.
 */
export async function getSessionUser(
  userId: string,
  sessionVersion: unknown,
): Promise<{ id: string; name: string; email: string; roles: RoleName[]; emailVerified: boolean; unreadNotifications: number } | null> {
  if (typeof sessionVersion !== "number") return null;
  // With what every signed-in page shows (the header's unread count, the unverified-address notice): one
  // statement per request instead of three.
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      roles: true,
      isActive: true,
      sessionVersion: true,
      emailVerifiedAt: true,
      _count: { select: { notifications: { where: { readAt: null } } } },
    },
  });
  if (!user || !user.isActive || user.sessionVersion !== sessionVersion) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    roles: user.roles,
    emailVerified: user.emailVerifiedAt !== null,
    unreadNotifications: user._count.notifications,
  };
}

/** The session version a new session is issued at. */
export async function getSessionVersion(userId: string): Promise<number | null> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return user?.sessionVersion ?? null;
}

type OwnApplication = { id: string; registrationNumber: string; status: ApplicationStatus; selectionTitle: string; regime: Regime; escalated: boolean; vacancyTitle: string };

/**
 * The caller's own account; filtered on the caller's id, never on an id from the browser. One statement (the
 * applicant's dashboard runs it on every visit): the account, its NIK and its applications newest first, with
 * each one's selection and position, where a nested Prisma read took five.
 */
export async function getOwnAccountSummary(userId: string) {
  const [user] = await prisma.$queryRaw<Array<{ name: string; email: string; nip: string | null; nik: string | null; applications: OwnApplication[] }>>`
    SELECT u.name, u.email, u.nip, p.nik,
      COALESCE((
        SELECT json_agg(json_build_object(
          'id', a.id, 'registrationNumber', a."registrationNumber", 'status', a.status,
          'selectionTitle', s.title, 'regime', s.regime, 'escalated', s.status = 'ESCALATED', 'vacancyTitle', v.title
        ) ORDER BY a."createdAt" DESC, a.id)
        FROM "Application" a
        JOIN "Selection" s ON s.id = a."selectionId"
        JOIN "Vacancy" v ON v.id = a."vacancyId"
        WHERE a."applicantId" = u.id
      ), '[]'::json) AS applications
    FROM "User" u
    LEFT JOIN "ApplicantProfile" p ON p."userId" = u.id
    WHERE u.id = ${userId}`;
  if (!user) return null;
  return { name: user.name, email: user.email, nip: user.nip, nik: user.nik, applications: user.applications };
}

export const USERS_PER_PAGE = 25;

/** Admin list: never the password hash; search by name, e-mail or NIP. */
export async function listUsers(query: { q: string; page: number }) {
  const where = query.q
    ? {
        OR: [
          { name: { contains: query.q, mode: "insensitive" as const } },
          { email: { contains: query.q, mode: "insensitive" as const } },
          { nip: { contains: query.q } },
        ],
      }
    : {};
  const [total, users] = await Promise.all([
    prisma.user.count({ where }),
    prisma.user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (query.page - 1) * USERS_PER_PAGE,
      take: USERS_PER_PAGE,
      select: { id: true, name: true, email: true, nip: true, roles: true, isActive: true, lastLoginAt: true },
    }),
  ]);
  return { total, pageCount: Math.max(1, Math.ceil(total / USERS_PER_PAGE)), users };
}
