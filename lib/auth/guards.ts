import "server-only";
// The one way server code learns who is calling. Every page, action and route handler that needs a
// user calls one of these; proxy.ts only does cheap redirects.
import { cache } from "react";
import { forbidden, notFound, redirect } from "next/navigation";
import { headers } from "next/headers";
import { resolveClientIp } from "@/lib/auth/client-ip";
import { auth } from "@/lib/auth/config";
import { hasPermission, type Permission, type RoleName } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/users/queries";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

/** `emailVerified` and `unreadNotifications` are as of this request (read with the session's user). */
export type SessionUser = { id: string; name: string; email: string; roles: RoleName[]; emailVerified: boolean; unreadNotifications: number };

/** The signed-in, active user with roles fresh from the database; null when signed out. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return getSessionUser(id, session.sessionVersion);
});

async function currentPath(): Promise<string> {
  const h = await headers();
  return h.get("x-pathname") ?? "/";
}

/** For pages: sends a signed-out visitor to sign in and back afterwards. */
export async function requireUserPage(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/masuk?callbackUrl=${encodeURIComponent(await currentPath())}`);
  return user;
}

/** For pages: 403 page when the user lacks the permission. */
export async function requirePermissionPage(permission: Permission): Promise<SessionUser> {
  const user = await requireUserPage();
  if (!hasPermission(user.roles, permission)) forbidden();
  return user;
}

/** For pages reading through a domain query that checks access itself: its refusal becomes the 404 or 403 page. */
export async function orPageError<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    if (error instanceof AppError && error.code === "FORBIDDEN") forbidden();
    throw error;
  }
}

/** For actions and route handlers: throws AppError, turned into a result or a status code. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Sesi Anda berakhir. Silakan masuk kembali.");
  return user;
}

export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const user = await requireUser();
  if (!hasPermission(user.roles, permission)) {
    throw new AppError("FORBIDDEN", "Anda tidak memiliki hak untuk tindakan ini.");
  }
  return user;
}

/** The client's IP address: X-Forwarded-For only as far as TRUSTED_PROXY allows (lib/auth/client-ip.ts). */
export async function clientIp(): Promise<string | null> {
  return resolveClientIp(await headers(), { trustedHops: env().TRUSTED_PROXY, peerKnown: env().PORTAL_PEER_HEADER === "1" });
}
