import "server-only";
// The one shape every server action returns, and the one wrapper every action is written with:
// authenticate/authorise, parse with the shared zod schema, run one domain call, map errors.
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { clientIp, getCurrentUser, type SessionUser } from "@/lib/auth/guards";
import { hasPermission, type Permission } from "@/lib/auth/permissions";
import { AppError, type ErrorCode } from "@/lib/errors";
import { toFieldErrors } from "@/lib/validation/parse";
import { logger } from "@/lib/log";

export { toFieldErrors };

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; message: string; fieldErrors?: Record<string, string> };

export type ActionContext<U> = { user: U; ip: string | null };

/** A permission, "public", or the permission an input asks for (e.g. the decision step being recorded). */
type Access<I> = Permission | "public" | ((input: I) => Permission);

export function failure(code: ErrorCode, message: string, fieldErrors?: Record<string, string>): ActionResult<never> {
  return { ok: false, code, message, ...(fieldErrors ? { fieldErrors } : {}) };
}

/**
 * A server action, carrying the access rule and the schema it was defined with, so that the tests can
 * check every action against the authorisation matrix and feed every schema hostile input.
 */
export type DefinedAction<S extends z.ZodType, T> = ((input: z.input<S>) => Promise<ActionResult<T>>) & {
  readonly access: Access<z.output<S>>;
  readonly schema: S;
};

export function defineAction<S extends z.ZodType, T, A extends Access<z.output<S>>>(options: {
  access: A;
  schema: S;
  handler: (input: z.output<S>, ctx: ActionContext<A extends "public" ? SessionUser | null : SessionUser>) => Promise<T>;
}): DefinedAction<S, T> {
  const action = async (input: z.input<S>): Promise<ActionResult<T>> => {
    try {
      const user = await getCurrentUser();
      const { access } = options;
      const forbidden = () => failure("FORBIDDEN", "Anda tidak memiliki hak untuk tindakan ini.");
      if (access !== "public") {
        if (!user) return failure("UNAUTHENTICATED", "Sesi Anda berakhir. Silakan masuk kembali.");
        if (typeof access === "string" && !hasPermission(user.roles, access)) return forbidden();
      }
      const parsed = options.schema.safeParse(input);
      if (!parsed.success) {
        return failure("VALIDATION", "Periksa kembali isian yang ditandai.", toFieldErrors(parsed.error));
      }
      if (typeof access === "function" && !hasPermission(user?.roles ?? [], access(parsed.data))) return forbidden();
      const ctx = { user, ip: await clientIp() } as ActionContext<A extends "public" ? SessionUser | null : SessionUser>;
      return { ok: true, data: await options.handler(parsed.data, ctx) };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof AppError) return failure(error.code, error.message, error.fieldErrors);
      logger.error({ event: "action.failed", err: error }, "Unexpected error in a server action");
      return failure("INTERNAL", "Terjadi kesalahan pada server. Silakan coba lagi.");
    }
  };
  return Object.assign(action, { access: options.access as Access<z.output<S>>, schema: options.schema });
}
