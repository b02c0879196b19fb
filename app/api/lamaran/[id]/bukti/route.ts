// The registration proof PDF: only the applicant, only once submitted.
import { proofCode } from "@/lib/applications/proof-code";
import { getOwnProofData } from "@/lib/applications/queries";
import { requirePermission } from "@/lib/auth/guards";
import { formatWib } from "@/lib/dates/wib";
import { AppError } from "@/lib/errors";
import { errorResponse, pdfResponse } from "@/lib/http";
import { rankLabel, isRankCode } from "@/lib/identifiers/rank";
import { renderRegistrationProof } from "@/lib/pdf/registration-proof";
import { absoluteUrl } from "@/lib/urls/base-url";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const user = await requirePermission("apply:selection");
    const data = await getOwnProofData(user.id, (await params).id);
    if (!data || !data.submittedAt) throw new AppError("NOT_FOUND", "Bukti pendaftaran tidak ditemukan.");
    const code = proofCode({ applicationId: data.id, registrationNumber: data.registrationNumber, submittedAt: data.submittedAt });
    const rank = data.applicant.profile?.currentRank;
    const bytes = await renderRegistrationProof({
      selectionTitle: data.selection.title,
      committeeName: data.selection.committeeName,
      announcementNumber: data.selection.announcementNumber,
      vacancyTitle: data.vacancy.title,
      registrationNumber: data.registrationNumber,
      name: data.applicant.profile?.fullName ?? data.applicant.name,
      nip: data.applicant.nip ?? "-",
      rankLabel: rank && isRankCode(rank) ? rankLabel(rank) : "-",
      institutionName: data.applicant.profile?.institution?.name ?? "-",
      submittedAt: formatWib(data.submittedAt, { weekday: true }),
      verificationCode: code,
      verificationUrl: absoluteUrl(`/verifikasi?nomor=${encodeURIComponent(data.registrationNumber)}&kode=${code}`),
      documents: data.documents.map((document) => ({
        number: document.requirement.number,
        title: document.requirement.title,
        sha256: document.currentVersion?.sha256 ?? "",
      })),
    });
    return pdfResponse(bytes, `bukti-pendaftaran-${data.registrationNumber}.pdf`, { private: true });
  } catch (error) {
    return errorResponse(error);
  }
}
