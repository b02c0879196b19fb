"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { defineAction } from "@/lib/action";
import { signIn, signOut } from "@/lib/auth/config";
import { getCurrentUser } from "@/lib/auth/guards";
import { LOCK_MINUTES, signInRateLimits } from "@/lib/auth/sign-in";
import { confirmEmailLink, requestPasswordReset, RESET_REQUEST_ANSWER, resetPassword } from "@/lib/accounts/mutations";
import { AppError } from "@/lib/errors";
import { enforceRateLimits } from "@/lib/rate-limit";
import { endAllSessions, registerApplicant, SIGN_UP_ANSWER } from "@/lib/users/mutations";
import { confirmEmailSchema, forgotPasswordSchema, resetPasswordSchema } from "@/lib/validation/account";
import { signInSchema, signUpSchema } from "@/lib/validation/auth";

/** Only paths inside this site; anything else (another host, "//evil") goes to the account page. */
function safeCallback(callbackUrl: string | undefined): string {
  if (callbackUrl && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//")) return callbackUrl;
  return "/akun";
}

async function signInOrExplain(identifier: string, password: string, redirectTo: string): Promise<never> {
  try {
    await signIn("credentials", { identifier, password, redirectTo });
  } catch (error) {
    // signIn redirects by throwing; only Auth.js errors are ours to explain.
    if (error instanceof CredentialsSignin && error.code === "locked") {
      throw new AppError(
        "RATE_LIMITED",
        `Terlalu banyak percobaan masuk yang gagal. Akun dikunci sementara selama ${LOCK_MINUTES} menit.`,
      );
    }
    if (error instanceof CredentialsSignin && error.code === "slowed") {
      throw new AppError("RATE_LIMITED", "Terlalu banyak percobaan masuk untuk akun ini. Tunggu sebentar (paling lama satu menit), lalu coba lagi.");
    }
    if (error instanceof AuthError) {
      throw new AppError("UNAUTHENTICATED", "E-mail/NIP atau kata sandi salah.");
    }
    throw error;
  }
  throw new AppError("INTERNAL", "Gagal masuk. Silakan coba lagi.");
}

export const signInAction = defineAction({
  access: "public",
  schema: signInSchema,
  handler: async (input, { ip }) => {
    await enforceRateLimits(signInRateLimits(ip, input.identifier), ip);
    return signInOrExplain(input.identifier, input.password, safeCallback(input.callbackUrl));
  },
});

export const signUpAction = defineAction({
  access: "public",
  schema: signUpSchema,
  // The same answer whether or not the e-mail, NIP or NIK was already registered (the owner is told by
  // e-mail); so the new account is not signed in here either: that would tell the two cases apart.
  handler: async (input, { ip }) => {
    await enforceRateLimits(
      [
        { limit: "sign-up:ip", key: ip },
        { limit: "sign-up:email", key: input.email },
        { limit: "sign-up:nik", key: input.nik },
        { limit: "sign-up:nip", key: input.employment === "PNS" ? input.nip : null },
      ],
      ip,
    );
    await registerApplicant(input, ip);
    return { message: SIGN_UP_ANSWER };
  },
});

export const forgotPasswordAction = defineAction({
  access: "public",
  schema: forgotPasswordSchema,
  // The same answer whether or not the address has an account (only the rate limit can refuse, and it
  // counts every address alike).
  handler: async (input, { ip }) => {
    await requestPasswordReset(input.email, { ip });
    return { message: RESET_REQUEST_ANSWER };
  },
});

export const resetPasswordAction = defineAction({
  access: "public",
  schema: resetPasswordSchema,
  handler: async (input, { ip }) => {
    await resetPassword({ token: input.token, password: input.password }, { ip });
    return { message: "Kata sandi telah diganti dan semua sesi akun ini telah diakhiri. Silakan masuk dengan kata sandi baru." };
  },
});

export const confirmEmailAction = defineAction({
  access: "public",
  schema: confirmEmailSchema,
  handler: async (input, { ip }) => {
    const { kind } = await confirmEmailLink(input.token, { ip });
    return {
      kind,
      message: kind === "verified" ? "Alamat e-mail Anda telah terverifikasi. Anda dapat mengirim lamaran." : "Alamat e-mail akun Anda telah diganti.",
    };
  },
});

export async function signOutAction(): Promise<void> {
  // Raising the session version, not only deleting the cookie: a copy of the cookie must stop working too.
  const user = await getCurrentUser();
  if (user) await endAllSessions(user.id);
  await signOut({ redirectTo: "/" });
}
