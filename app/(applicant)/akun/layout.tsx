import type { ReactNode } from "react";
import { ResendVerificationButton } from "@/components/account/resend-verification-button";
import { requireUserPage } from "@/lib/auth/guards";
import { hasPermission } from "@/lib/auth/permissions";
import { resendVerificationAction } from "./keamanan/actions";

// Every page under /akun belongs to a signed-in user; pages check their own permissions too.
export default async function AccountLayout({ children }: { children: ReactNode }) {
  const user = await requireUserPage();
  // An applicant cannot submit before the address is verified (checked again at submission): said on every page.
  const unverified = hasPermission(user.roles, "apply:selection") && !user.emailVerified;
  return (
    <>
      {unverified ? (
        <div className="mb-6 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="email-belum-verifikasi">
          <p className="mb-2">
            <strong>Alamat e-mail Anda belum diverifikasi.</strong> Buka tautan verifikasi yang kami kirim ke e-mail Anda; lamaran dapat dikirim
            setelah e-mail terverifikasi.
          </p>
          <ResendVerificationButton action={resendVerificationAction} />
        </div>
      ) : null}
      {children}
    </>
  );
}
