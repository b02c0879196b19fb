"use client";
// What a visitor sees when a page cannot be served (the database is down or paused, or an unexpected
// fault): a plain explanation in Indonesian and a way to try again, never a stack trace. The reference
// code (Next's digest) lets the operator find the error in the server log.
import Link from "next/link";

export function ServiceUnavailable({ digest }: { digest?: string }) {
  return (
    <div className="mx-auto max-w-xl rounded-lg border border-amber-300 bg-amber-50 p-8 text-center" role="alert" aria-live="assertive">
      <p className="text-sm font-semibold text-amber-800">Gangguan layanan</p>
      <h1 className="mt-2 text-2xl font-bold">Layanan sedang mengalami gangguan</h1>
      <p className="mt-3 text-slate-700">
        Halaman ini tidak dapat ditampilkan saat ini. Data Anda yang sudah tersimpan tetap aman. Silakan coba lagi beberapa saat lagi.
      </p>
      <p className="mt-6 flex justify-center gap-4">
        <button type="button" className="rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900" onClick={() => window.location.reload()}>
          Coba lagi
        </button>
        <Link href="/" className="rounded-md border border-slate-300 px-4 py-2">
          Ke beranda
        </Link>
      </p>
      {digest ? <p className="mt-6 text-xs text-slate-500">Kode rujukan: {digest}</p> : null}
    </div>
  );
}
