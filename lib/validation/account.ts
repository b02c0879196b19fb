// Schemas of account recovery and the account's own sign-in settings, shared by the forms and the actions.
import { z } from "zod";
import { passwordField } from "@/lib/validation/auth";
import { singleLineText } from "@/lib/validation/text";

const emailField = singleLineText().trim().toLowerCase().pipe(z.email("Format e-mail tidak valid").max(254, "E-mail terlalu panjang"));

/** The token of an e-mailed link: 32 random bytes in base64url (lib/accounts/mutations.ts). */
const tokenField = singleLineText().regex(/^[A-Za-z0-9_-]{20,100}$/, "Tautan tidak lengkap. Buka kembali tautan dari e-mail Anda.");

const samePassword = { message: "Konfirmasi kata sandi tidak sama", path: ["passwordConfirm"] };

export const forgotPasswordSchema = z.object({ email: emailField });

export const resetPasswordSchema = z
  .object({ token: tokenField, password: passwordField, passwordConfirm: singleLineText() })
  .refine((data) => data.password === data.passwordConfirm, samePassword);

export const confirmEmailSchema = z.object({ token: tokenField });

export const resendVerificationSchema = z.object({});

const currentPasswordField = singleLineText().min(1, "Isi kata sandi Anda saat ini").max(256, "Kata sandi terlalu panjang");

export const changePasswordSchema = z
  .object({ currentPassword: currentPasswordField, password: passwordField, passwordConfirm: singleLineText() })
  .refine((data) => data.password === data.passwordConfirm, samePassword);

export const changeEmailSchema = z.object({ newEmail: emailField, currentPassword: currentPasswordField });
