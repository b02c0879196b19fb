import "server-only";
// Auth.js (next-auth v5): credentials by e-mail or NIP, JWT sessions that expire after 8 hours of
// inactivity. Roles are NOT kept in the token: guards read them from the database on each request,
// so revoking a role works at once.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { resolveClientIp } from "@/lib/auth/client-ip";
import { checkCredentials } from "@/lib/auth/sign-in";
import { env } from "@/lib/env";
import { getSessionVersion } from "@/lib/users/queries";
import { signInSchema } from "@/lib/validation/auth";
import { logger } from "@/lib/log";

declare module "next-auth" {
  // Module augmentation needs an interface. The session version the token was issued at (see the callbacks).
  interface Session {
    sessionVersion?: unknown;
  }
}

class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
class AccountLocked extends CredentialsSignin {
  code = "locked";
}
class AccountSlowed extends CredentialsSignin {
  code = "slowed";
}

/** The client IP of the sign-in request (Auth.js hands authorize a copy of the request's headers). */
function requestIp(request: Request): string | null {
  return resolveClientIp(request.headers, { trustedHops: env().TRUSTED_PROXY, peerKnown: env().PORTAL_PEER_HEADER === "1" });
}

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 15 * 60 },
  pages: { signIn: "/masuk" },
  trustHost: true,
  logger: {
    // A wrong password is an everyday event, not a server error; and nothing personal is logged.
    error(error) {
      if (error.name === "CredentialsSignin" || (error as { type?: string }).type === "CredentialsSignin") return;
      logger.error({ event: "auth.error", err: error }, `[auth] ${error.name}`);
    },
  },
  providers: [
    Credentials({
      credentials: { identifier: {}, password: {} },
      authorize: async (credentials, request) => {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) throw new InvalidCredentials();
        const result = await checkCredentials(parsed.data.identifier, parsed.data.password, { ip: requestIp(request) });
        if (!result.ok) {
          throw result.reason === "locked" ? new AccountLocked() : result.reason === "slowed" ? new AccountSlowed() : new InvalidCredentials();
        }
        return { id: result.userId };
      },
    }),
  ],
  callbacks: {
    // The token carries the account's session version at sign-in; getCurrentUser (lib/auth/guards.ts) compares
    // it with the account's on every request, so sign-out, a password change or deactivation ends copies too.
    async jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sv = await getSessionVersion(user.id);
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sessionVersion = token.sv;
      return session;
    },
  },
});
