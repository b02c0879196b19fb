import Link from "next/link";

const SECTIONS = [
  { path: "", label: "Ringkasan dan Pansel" },
  { path: "/syarat", label: "Persyaratan" },
  { path: "/dokumen", label: "Berkas" },
  { path: "/tahapan", label: "Tahapan" },
] as const;

export type SetupSection = (typeof SECTIONS)[number]["path"];

/** The setup of one selection in sections (one page each, so none grows too long on a phone). */
export function SetupNav({ slug, current }: { slug: string; current?: SetupSection }) {
  const base = `/pansel/seleksi/${slug}/pengaturan`;
  return (
    <nav aria-label="Bagian pengaturan" className="flex flex-wrap gap-x-5 gap-y-1 text-sm font-semibold">
      {SECTIONS.map((section) => (
        <Link key={section.path} href={`${base}${section.path}`} aria-current={current === section.path ? "page" : undefined} className={current === section.path ? "underline" : undefined}>
          {section.label}
        </Link>
      ))}
      <Link href={`/pansel/seleksi/${slug}/jadwal`}>Jadwal</Link>
      <Link href={`/seleksi/${slug}`}>Halaman publik</Link>
    </nav>
  );
}
