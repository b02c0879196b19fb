import "server-only";
import { prisma } from "@/lib/db";
import type { RoleName } from "@/lib/auth/permissions";

/**
 * The user a session belongs to, if that session still counts: the account is active and the session was
 * issued at its current session version (raised on sign-out, password change and deactivation, so a copied
 * cookie stops working then). One read by primary key per request, the one that also loads the roles.
 */
export async function getSessionUser(
  userId: string,
  sessionVersion: unknown,
): Promise<{ id: string; name: string; email: string; roles: RoleName[] } | null> {
  if (typeof sessionVersion !== "number") return null;
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, roles: true, isActive: true, sessionVersion: true },
  });
  if (!user || !user.isActive || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, name: user.name, email: user.email, roles: user.roles };
}

/** The session version a new session is issued at. */
export async function getSessionVersion(userId: string): Promise<number | null> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return user?.sessionVersion ?? null;
}

/** The caller's own account; filtered on the caller's id, never on an id from the browser. */
export async function getOwnAccountSummary(userId: string) {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      name: true,
      email: true,
      nip: true,
      profile: { select: { nik: true } },
      applications: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          registrationNumber: true,
          status: true,
          selection: { select: { title: true, regime: true, status: true } },
          vacancy: { select: { title: true } },
        },
      },
    },
  });
  if (!user) return null;
  return {
    name: user.name,
    email: user.email,
    nip: user.nip,
    nik: user.profile?.nik ?? null,
    applications: user.applications.map((application) => ({
      id: application.id,
      registrationNumber: application.registrationNumber,
      status: application.status,
      selectionTitle: application.selection.title,
      regime: application.selection.regime,
      escalated: application.selection.status === "ESCALATED",
      vacancyTitle: application.vacancy.title,
    })),
  };
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
