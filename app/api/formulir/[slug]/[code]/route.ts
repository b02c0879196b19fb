// Blank official forms (Lampiran I–VIII) of a selection, as PDF. Public: they hold no personal data.
// The same bytes serve every visitor, so a rendered form is kept in memory for a few minutes (the
// forms change only when the selection's announcement data does).
import { pdfResponse } from "@/lib/http";
import { isFormCode, renderForm } from "@/lib/pdf/forms";
import { getFormSelection } from "@/lib/selections/form-context";

const TTL_MS = 5 * 60_000;
const rendered = new Map<string, { bytes: Uint8Array; expiresAt: number }>();

async function blankForm(slug: string, code: Parameters<typeof renderForm>[0]): Promise<Uint8Array | null> {
  const key = `${slug}/${code}`;
  const hit = rendered.get(key);
  if (hit && hit.expiresAt > Date.now()) return hit.bytes;
  const selection = await getFormSelection(slug);
  if (!selection) return null;
  const bytes = await renderForm(code, { selection, applicant: null });
  rendered.set(key, { bytes, expiresAt: Date.now() + TTL_MS });
  return bytes;
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; code: string }> }) {
  const { slug, code } = await params;
  const formCode = code.toUpperCase();
  if (!isFormCode(formCode)) return new Response("Formulir tidak ditemukan", { status: 404 });
  const bytes = await blankForm(slug, formCode);
  if (!bytes) return new Response("Seleksi tidak ditemukan", { status: 404 });
  return pdfResponse(bytes, `lampiran-${formCode.toLowerCase()}-${slug}.pdf`, { private: false });
}
