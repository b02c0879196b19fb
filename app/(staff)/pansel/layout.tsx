import type { ReactNode } from "react";
import { requirePermissionPage } from "@/lib/auth/guards";

// The whole staff area needs a staff role; each page and action checks its own permission again.
export default async function StaffLayout({ children }: { children: ReactNode }) {
  await requirePermissionPage("view:staff-area");
  return <>{children}</>;
}
