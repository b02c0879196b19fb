// What still stands between a draft and "Kirim lamaran", shown before the button is pressed: the
// upload counter with a jump link (near the top of the page) and the list of what is missing (in the
// submit section). The list is the server's own pre-submission check (missingForSubmission).

export function UploadCounter({ uploaded, total }: { uploaded: number; total: number }) {
  const complete = uploaded >= total;
  return (
    <div
      className={`flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border p-4 ${complete ? "border-emerald-300 bg-emerald-50" : "border-amber-300 bg-amber-50"}`}
      data-testid="penghitung-berkas"
    >
      <p className="font-semibold">
        <span data-testid="jumlah-berkas">
          {uploaded} dari {total} berkas terunggah
        </span>
        <span className="font-normal text-slate-700"> (berkas persyaratan pendaftaran yang wajib bagi Anda)</span>
      </p>
      <progress max={total} value={Math.min(uploaded, total)} className="h-2 w-40" aria-label="Kemajuan unggah berkas" />
      <a href="#kirim" className="text-sm font-semibold">
        Ke bagian Kirim lamaran ↓
      </a>
    </div>
  );
}

export function MissingBeforeSubmit({ items }: { items: string[] }) {
  if (items.length === 0) {
    return (
      <p className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900" data-testid="siap-kirim">
        Semua berkas dan pernyataan yang wajib sudah lengkap. Lamaran siap dikirim.
      </p>
    );
  }
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-semibold">Belum dapat dikirim. Lengkapi terlebih dahulu ({items.length}):</p>
      <ul className="mt-2 list-disc space-y-1 pl-5" data-testid="kekurangan-sebelum-kirim">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
