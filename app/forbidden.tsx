import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-xl rounded-lg border border-red-200 bg-white p-8 text-center">
      <p className="text-sm font-semibold text-red-700">403</p>
      <h1 className="mt-2 text-2xl font-bold">Akses ditolak</h1>
      <p className="mt-3 text-slate-700">Akun Anda tidak memiliki hak untuk membuka halaman ini.</p>
      <p className="mt-6">
        <Link href="/">Kembali ke beranda</Link>
      </p>
    </div>
  );
}
