import Link from "next/link";
import type { ReactNode } from "react";
import { CollapsibleNav } from "@/components/layout/collapsible-nav";

type HeaderUser = { name: string; isStaff: boolean; unread: number } | null;

export function SiteHeader({ user, signOutSlot }: { user: HeaderUser; signOutSlot: ReactNode }) {
  return (
    <header className="no-print border-b border-brand-900 bg-brand-800 text-white">
      <div className="relative mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-white no-underline hover:no-underline">
          Portal Seleksi Terbuka
        </Link>
        <CollapsibleNav>
          <li>
            <Link className="text-white" href="/">
              Beranda
            </Link>
          </li>
          <li>
            <Link className="text-white" href="/seleksi">
              Seleksi
            </Link>
          </li>
          <li>
            <Link className="text-white" href="/pengumuman">
              Pengumuman
            </Link>
          </li>
          <li>
            <Link className="text-white" href="/cek-kelayakan">
              Cek kelayakan
            </Link>
          </li>
          {user ? (
            <>
              <li>
                <Link className="text-white" href={user.isStaff ? "/pansel" : "/akun"}>
                  {user.isStaff ? "Area Pansel" : "Akun Saya"}
                </Link>
              </li>
              <li>
                <Link className="text-white" href="/akun/notifikasi">
                  Notifikasi
                  {user.unread > 0 ? (
                    <span className="ml-1 rounded-full bg-amber-400 px-1.5 text-xs font-bold text-slate-900" data-testid="jumlah-notifikasi">
                      {user.unread}
                      <span className="sr-only"> belum dibaca</span>
                    </span>
                  ) : null}
                </Link>
              </li>
              <li>
                <Link className="text-white" href="/akun/keamanan">
                  Keamanan akun
                </Link>
              </li>
              <li className="text-brand-100" aria-label="Masuk sebagai">
                {user.name}
              </li>
              <li>{signOutSlot}</li>
            </>
          ) : (
            <>
              <li>
                <Link className="text-white" href="/masuk">
                  Masuk
                </Link>
              </li>
              <li>
                <Link className="rounded-md bg-white px-3 py-1.5 font-semibold text-brand-800 no-underline hover:no-underline" href="/daftar">
                  Daftar
                </Link>
              </li>
            </>
          )}
        </CollapsibleNav>
      </div>
    </header>
  );
}

export function SiteFooter() {
  return (
    <footer className="no-print mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-600">
        <p>Portal Seleksi Terbuka — seleksi Aparatur Sipil Negara yang terbuka, kompetitif dan berbasis merit.</p>
        <p className="mt-1">Seluruh batas waktu dinyatakan dalam Waktu Indonesia Barat (WIB). Seleksi tidak dipungut biaya.</p>
        <p className="mt-1">
          <Link href="/aksesibilitas">Pernyataan aksesibilitas</Link>
        </p>
      </div>
    </footer>
  );
}
