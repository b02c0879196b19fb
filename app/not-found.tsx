import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl rounded-lg border border-slate-200 bg-white p-8 text-center">
      <p className="text-sm font-semibold text-slate-600">404</p>
      <h1 className="mt-2 text-2xl font-bold">Halaman tidak ditemukan</h1>
      <p className="mt-3 text-slate-700">Alamat yang Anda buka tidak ada atau sudah dipindahkan.</p>
      <p className="mt-6">
        <Link href="/">Kembali ke beranda</Link>
      </p>
    </div>
  );
}
