import "server-only";
// The applicant's stored CV as the official forms print it (Lampiran I–VIII): the same mapping and
// the same rows as the printable DRH page (lib/profile/drh-data.ts).
import type { ApplicantFormData } from "@/lib/pdf/forms";
import { drhFormDataFromProfile } from "@/lib/profile/drh-data";
import { getOwnProfile } from "@/lib/profile/queries";

/** The signed-in applicant's own form data; null when the CV does not exist yet. */
export async function getOwnFormData(userId: string): Promise<ApplicantFormData | null> {
  const profile = await getOwnProfile(userId);
  return profile ? drhFormDataFromProfile(profile) : null;
}
