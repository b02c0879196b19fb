// Pre-filled forms (Lampiran I–VIII) for the applicant's own application.
import { getOwnFormData } from "@/lib/applications/form-data";
import { getOwnApplicationForForms } from "@/lib/applications/queries";
import { requirePermission } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { errorResponse, pdfResponse } from "@/lib/http";
import { isFormCode, renderForm } from "@/lib/pdf/forms";
import { getFormSelection } from "@/lib/selections/form-context";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; code: string }> }) {
  try {
    const user = await requirePermission("apply:selection");
    const { id, code } = await params;
    const formCode = code.toUpperCase();
    if (!isFormCode(formCode)) throw new AppError("NOT_FOUND", "Formulir tidak ditemukan.");
    const application = await getOwnApplicationForForms(user.id, id);
    if (!application) throw new AppError("NOT_FOUND", "Lamaran tidak ditemukan.");
    const [selection, applicant] = await Promise.all([getFormSelection(application.selection.slug), getOwnFormData(user.id)]);
    if (!selection) throw new AppError("NOT_FOUND", "Seleksi tidak ditemukan.");
    const bytes = await renderForm(formCode, { selection, applicant });
    return pdfResponse(bytes, `lampiran-${formCode.toLowerCase()}-${application.registrationNumber}.pdf`, { private: true });
  } catch (error) {
    return errorResponse(error);
  }
}
