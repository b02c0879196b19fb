// Blank official forms (Lampiran I–VIII) of a selection, as PDF. Public: they hold no personal data.
// The same bytes serve every visitor, so a rendered form is kept in the data cache under the
// selections tag: editing the selection (its announcement data) expires it like the public pages.
import { CACHE_TAGS, cachePublicData } from "@/lib/cache-tags";
import { pdfResponse } from "@/lib/http";
import { type FormCode, isFormCode, renderForm } from "@/lib/pdf/forms";
import { getFormSelection } from "@/lib/selections/form-context";

/** The form as base64 (the data cache stores JSON), or null for an unknown or unpublished selection. */
async function renderBlankForm(slug: string, code: FormCode): Promise<string | null> {
  const selection = await getFormSelection(slug);
  if (!selection) return null;
  return Buffer.from(await renderForm(code, { selection, applicant: null })).toString("base64");
}

const getBlankForm = cachePublicData(renderBlankForm, "blank-form", { tags: [CACHE_TAGS.selections], revalidate: 300 });

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; code: string }> }) {
  const { slug, code } = await params;
  const formCode = code.toUpperCase();
  if (!isFormCode(formCode)) return new Response("Formulir tidak ditemukan", { status: 404 });
  const form = await getBlankForm(slug, formCode);
  if (!form) return new Response("Seleksi tidak ditemukan", { status: 404 });
  return pdfResponse(Buffer.from(form, "base64"), `lampiran-${formCode.toLowerCase()}-${slug}.pdf`, { private: false });
}
