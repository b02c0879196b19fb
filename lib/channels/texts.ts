// Pure: the announcement's own sentences about the two official channels, found in the selection's
// registration terms (section III), so the reminders quote the announcement word for word.

/** III.1 of the Singkawang announcement: registration on BKN's ASN Karier. */
export function asnKarierTerm(registrationTerms: readonly string[]): string | null {
  return registrationTerms.find((term) => /asnkarier\.bkn\.go\.id|ASN Karier/i.test(term)) ?? null;
}

/** III.3: the application letter and the documents in one sealed envelope. */
export function sealedEnvelopeTerm(registrationTerms: readonly string[]): string | null {
  return registrationTerms.find((term) => /amplop tertutup/i.test(term)) ?? null;
}

export const ASN_KARIER_FALLBACK =
  "Pendaftaran seleksi ini juga dilakukan melalui aplikasi ASN Karier BKN (https://asnkarier.bkn.go.id/).";
