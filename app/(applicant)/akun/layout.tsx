import type { ReactNode } from "react";
import { requireUserPage } from "@/lib/auth/guards";

// Every page under /akun belongs to a signed-in user; pages check their own permissions too.
export default async function AccountLayout({ children }: { children: ReactNode }) {
  await requireUserPage();
  return <>{children}</>;
}
