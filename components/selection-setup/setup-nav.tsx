import Link from "next/link";

const SECTIONS = [
  { path: "", label: "Ringkasan dan Pansel" },
  { path: "/syarat", label: "Persyaratan" },
  { path: "/dokumen", label: "Berkas" },
  { path: "/tahapan", label: "Tahapan" },
] as const;

export type SetupSection = (typeof SECTIONS)[number]["path"];

/**
 * The setup of one selection in sections (one page each, so none grows too long on a phone). A draft has no
 * public page yet (it answers "not found" until the selection is announced), so it is not linked.
 */
export function SetupNav({ slug, current, published }: { slug: string; current?: SetupSection; published: boolean }) {
  const base = `/pansel/seleksi/${slug}/pengaturan`;
  return (
    <nav aria-label="Bagian pengaturan" className="flex flex-wrap gap-x-5 gap-y-1 text-sm font-semibold">
      {SECTIONS.map((section) => (
        <Link key={section.path} href={`${base}${section.path}`} aria-current={current === section.path ? "page" : undefined} className={current === section.path ? "underline" : undefined}>
          {section.label}
        </Link>
      ))}
      <Link href={`/pansel/seleksi/${slug}/jadwal`}>Jadwal</Link>
      {published ? <Link href={`/seleksi/${slug}`}>Halaman publik</Link> : <span className="font-normal text-slate-600">Halaman publik terbit setelah seleksi diumumkan</span>}
    </nav>
  );
}
