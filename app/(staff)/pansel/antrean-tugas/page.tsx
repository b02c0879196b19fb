import type { Metadata } from "next";
import { Card, EmptyState } from "@/components/ui/card";
import { ConfirmedActionButton } from "@/components/ui/confirmed-action-button";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { requirePermissionPage } from "@/lib/auth/guards";
import { formatWib } from "@/lib/dates/wib";
import { listFailedMails } from "@/lib/mail/queries";
import { resendMailAction } from "./actions";

export const metadata: Metadata = { title: "Antrean tugas" };

const KIND_LABELS: Record<string, string> = { notification: "Notifikasi", account: "Akun (pendaftaran, kata sandi, verifikasi)" };

export default async function JobQueuePage() {
  await requirePermissionPage("manage:jobs");
  const failed = await listFailedMails();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Antrean tugas</h1>
      <p className="max-w-3xl text-sm text-slate-700">
        E-mail dikirim oleh pekerja antrean tugas dan dicoba ulang dengan jeda yang makin panjang bila server e-mail gagal. Di bawah ini
        e-mail yang tetap gagal setelah semua percobaan. Periksa server e-mail lebih dulu, lalu kirim ulang.
      </p>
      <Card title={`E-mail gagal terkirim (${failed.length})`} id="email-gagal">
        {failed.length === 0 ? (
          <EmptyState title="Tidak ada e-mail yang gagal terkirim." />
        ) : (
          <ScrollRegion label="E-mail gagal terkirim">
            <table className="w-full min-w-[720px] text-sm">
              <thead>
                <tr className="border-b border-slate-300 text-left">
                  <th scope="col" className="py-2 pr-2">Jenis</th>
                  <th scope="col" className="py-2 pr-2">Penerima</th>
                  <th scope="col" className="py-2 pr-2">Galat terakhir</th>
                  <th scope="col" className="py-2 pr-2">Percobaan</th>
                  <th scope="col" className="py-2 pr-2">Gagal pada</th>
                  <th scope="col" className="py-2">Tindakan</th>
                </tr>
              </thead>
              <tbody>
                {failed.map((mail) => (
                  <tr key={mail.id} className="border-b border-slate-100 align-top">
                    <td className="py-2 pr-2">{KIND_LABELS[mail.kind] ?? mail.kind}</td>
                    <td className="py-2 pr-2">{mail.recipient}</td>
                    <td className="py-2 pr-2 break-words">{mail.lastError}</td>
                    <td className="py-2 pr-2">{mail.attempts}</td>
                    <td className="py-2 pr-2">{formatWib(mail.failedAt ?? mail.createdAt, { withTime: true })}</td>
                    <td className="py-2">
                      <ConfirmedActionButton
                        label="Kirim ulang"
                        title="Kirim ulang e-mail ini?"
                        confirmLabel="Ya, kirim ulang"
                        small
                        action={resendMailAction}
                        input={{ mailId: mail.id }}
                      >
                        E-mail ke {mail.recipient} dimasukkan lagi ke antrean dan dicoba ulang dari awal. Tindakan ini dicatat di log audit.
                      </ConfirmedActionButton>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </Card>
    </div>
  );
}
