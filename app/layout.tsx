import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { signOutAction } from "@/app/(auth)/actions";
import { HydrationMark } from "@/components/layout/hydration-mark";
import { SiteFooter, SiteHeader } from "@/components/layout/site-header";
import { getCurrentUser } from "@/lib/auth/guards";
import { isStaff } from "@/lib/auth/permissions";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Portal Seleksi Terbuka", template: "%s · Portal Seleksi Terbuka" },
  description: "Pengumuman, pendaftaran, verifikasi dan hasil seleksi terbuka Aparatur Sipil Negara.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  const staff = user ? isStaff(user.roles) : false;
  return (
    <html lang="id">
      <body className="flex min-h-screen flex-col">
        <a href="#konten" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          Langsung ke konten
        </a>
        <SiteHeader
          user={user ? { name: user.name, isStaff: staff, unread: user.unreadNotifications } : null}
          signOutSlot={
            <form action={signOutAction}>
              <button type="submit" className="rounded-md border border-white/60 px-3 py-1 text-white hover:bg-white/10">
                Keluar
              </button>
            </form>
          }
        />
        <main id="konten" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter />
        <HydrationMark />
      </body>
    </html>
  );
}
