import "server-only";
import { prisma } from "@/lib/db";

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
          selection: { select: { title: true } },
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
