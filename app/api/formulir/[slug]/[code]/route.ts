// Blank official forms (Lampiran I–VIII) of a selection, as PDF. Public: they hold no personal data.
import { isFormCode, renderForm } from "@/lib/pdf/forms";
import { getFormSelection } from "@/lib/selections/form-context";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; code: string }> }) {
  const { slug, code } = await params;
  const formCode = code.toUpperCase();
  if (!isFormCode(formCode)) return new Response("Formulir tidak ditemukan", { status: 404 });
  const selection = await getFormSelection(slug);
  if (!selection) return new Response("Seleksi tidak ditemukan", { status: 404 });
  const bytes = await renderForm(formCode, { selection, applicant: null });
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="lampiran-${formCode.toLowerCase()}-${slug}.pdf"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
