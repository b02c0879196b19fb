import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Pernyataan Aksesibilitas" };

export default function AccessibilityStatementPage() {
  return (
    <article className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">Pernyataan Aksesibilitas</h1>
        <p className="text-slate-700">
          Portal Seleksi Terbuka ditujukan agar dapat digunakan oleh setiap warga negara dan Pegawai Negeri Sipil, termasuk penyandang
          disabilitas, dengan target kesesuaian Web Content Accessibility Guidelines (WCAG) 2.1 tingkat AA.
        </p>
      </header>

      <Card title="Yang sudah diuji">
        <ul className="list-disc space-y-2 pl-6">
          <li>
            Setiap halaman portal diperiksa secara otomatis dengan axe-core terhadap kriteria WCAG 2.1 A dan AA pada lebar layar komputer dan
            ponsel (390 × 844 piksel): halaman publik sebagai pengunjung, halaman setelah masuk sebagai setiap peran yang berhak membukanya
            (pelamar, sekretariat, anggota dan ketua panitia seleksi, PPK, admin), dan beranda sebagai setiap peran. Pemeriksaan ini dijalankan
            pada setiap perubahan kode dan gagal bila ditemukan pelanggaran berdampak serius atau kritis.
          </li>
          <li>Di ponsel, halaman tidak perlu digeser ke samping; tabel yang lebar dapat digeser di dalam kotaknya dan dapat dijangkau dengan papan ketik.</li>
          <li>Seluruh formulir dapat diisi dengan papan ketik; setiap isian memiliki label dan pesan kesalahan dalam Bahasa Indonesia yang dibacakan pembaca layar.</li>
          <li>Tautan &quot;Langsung ke konten&quot; tersedia di awal setiap halaman; fokus papan ketik selalu terlihat.</li>
          <li>Setiap keputusan yang tidak dapat dibatalkan meminta konfirmasi dalam dialog yang dapat ditutup dengan tombol Escape.</li>
        </ul>
      </Card>

      <Card title="Keterbatasan yang diketahui">
        <ul className="list-disc space-y-2 pl-6">
          <li>
            Berkas PDF yang dibuat portal (formulir, kartu, pengumuman, berita acara) belum berupa PDF bertanda (tagged PDF); isi yang sama tersedia
            sebagai halaman web pada portal.
          </li>
          <li>Dokumen yang diunggah pelamar (hasil pindaian) tidak diperiksa aksesibilitasnya.</li>
          <li>Pemeriksaan otomatis tidak menemukan semua hambatan; pengujian dengan pengguna pembaca layar belum dilakukan.</li>
        </ul>
      </Card>

      <Card title="Menyampaikan hambatan">
        <p>
          Bila Anda menemui hambatan saat menggunakan portal, sampaikan kepada sekretariat panitia seleksi yang bersangkutan (alamat dan nomor
          telepon tercantum pada <Link href="/seleksi">halaman setiap seleksi</Link>). Sebutkan halaman, perangkat, dan alat bantu yang Anda
          gunakan; sekretariat akan membantu Anda menyelesaikan pendaftaran melalui jalur lain bila diperlukan.
        </p>
      </Card>
    </article>
  );
}
