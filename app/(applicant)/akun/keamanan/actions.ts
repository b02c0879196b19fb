"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { changePassword, EMAIL_CHANGE_ANSWER, requestEmailChange, resendVerification } from "@/lib/accounts/mutations";
import { defineAction } from "@/lib/action";
import { signIn } from "@/lib/auth/config";
import { changeEmailSchema, changePasswordSchema, resendVerificationSchema } from "@/lib/validation/account";

export const changePasswordAction = defineAction({
  access: "manage:own-account",
  schema: changePasswordSchema,
  handler: async (input, { user, ip }) => {
    await changePassword(user.id, { currentPassword: input.currentPassword, password: input.password }, { ip });
    // Every session ended, this one too: sign this device in again with the new password, so only the others end.
    try {
      await signIn("credentials", { identifier: user.email, password: input.password, redirectTo: "/akun/keamanan?kata-sandi=diganti" });
    } catch (error) {
      if (error instanceof AuthError) redirect("/masuk");
      throw error;
    }
    return { message: "Kata sandi telah diganti." };
  },
});

export const changeEmailAction = defineAction({
  access: "manage:own-account",
  schema: changeEmailSchema,
  handler: async (input, { user, ip }) => {
    await requestEmailChange(user.id, input, { ip });
    return { message: EMAIL_CHANGE_ANSWER };
  },
});

export const resendVerificationAction = defineAction({
  access: "manage:own-account",
  schema: resendVerificationSchema,
  handler: async (_input, { user, ip }) => {
    const { alreadyVerified } = await resendVerification(user.id, { ip });
    return {
      message: alreadyVerified
        ? "Alamat e-mail Anda sudah terverifikasi."
        : "Tautan verifikasi baru telah dikirim ke e-mail Anda. Tautan sebelumnya tidak berlaku lagi.",
    };
  },
});
