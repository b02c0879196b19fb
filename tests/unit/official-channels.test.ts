// Both official channels (#13 item 6): the reminders quote the announcement's own sentences (III.1 on
// ASN Karier, III.3 on the sealed envelope), and the ASN Karier number's accepted format.
import { describe, expect, it } from "vitest";
import { ASN_KARIER_FALLBACK, asnKarierTerm, sealedEnvelopeTerm } from "@/lib/channels/texts";
import { asnKarierNumberSchema, isAsnKarierNumber, normalizeAsnKarierNumber } from "@/lib/validation/channels";
import { singkawang2025 } from "@/prisma/seed-data/singkawang-2025";

// Announcement 05/SELTER/SKW/X/2025 (seeds/000_fd7ed8feeb313779.txt), section III, verbatim.
const SEED_III_1 =
  "Pendaftaran dilakukan secara daring melalui laman https://asnkarier.bkn.go.id/selama 15 (lima belas) hari kalender mulai tanggal 22 Oktober s.d. 06 November 2025;";
const SEED_III_3 =
  "Surat lamaran beserta dokumen persyaratan administrasi disampaikan dalam 1 (satu) amplop tertutup ditujukan kepada Panitia Seleksi Terbuka Jabatan Pimpinan Tinggi Pratama dengan alamat : Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Singkawang Jalan Firdaus Nomor 1 Singkawang 79123, Telepon (0562) 639567, Faksimile (0562) 639567;";

/** The seed glues the URL to the next word ("…go.id/selama"); the stored term separates them. Compare the words. */
const words = (text: string) => text.replace(/[;.]$/, "").replace(/\s+/g, "");

describe("the reminders quote the announcement", () => {
  it("finds III.1 (registration on ASN Karier) among the selection's registration terms", () => {
    const term = asnKarierTerm(singkawang2025.registrationTerms);
    expect(term).not.toBeNull();
    expect(words(term ?? "")).toBe(words(SEED_III_1));
  });

  it("finds III.3 (the sealed envelope) among the selection's registration terms", () => {
    const term = sealedEnvelopeTerm(singkawang2025.registrationTerms);
    expect(words(term ?? "")).toBe(words(SEED_III_3));
  });

  it("asks the Singkawang applicants for their ASN Karier number; a selection without the term gets the generic reminder", () => {
    expect(singkawang2025.asnKarierRequired).toBe(true);
    expect(asnKarierTerm(["Dokumen pendaftaran diserahkan paling lambat …"])).toBeNull();
    expect(ASN_KARIER_FALLBACK).toContain("https://asnkarier.bkn.go.id/");
  });
});

describe("the ASN Karier registration number", () => {
  it.each(["ASNK-2025-000123", "202510220001", "JPT/SKW/2025/0042", "A1B2C3D4"])("accepts %s", (value) => {
    expect(isAsnKarierNumber(value)).toBe(true);
  });

  it.each(["", "12345", "ABCDEFGH", "-2025-0001", "2025-0001-", "AB 12<script>34", "A".repeat(37) + "1234"])("refuses %j", (value) => {
    expect(isAsnKarierNumber(value)).toBe(false);
  });

  it("stores the number upper-case without spaces; empty means not given", () => {
    expect(normalizeAsnKarierNumber(" asnk 2025 000123 ")).toBe("ASNK2025000123");
    const parse = (asnKarierNumber: string) => asnKarierNumberSchema.safeParse({ applicationId: "app_1", asnKarierNumber });
    expect(parse(" asnk-2025-000123 ").data?.asnKarierNumber).toBe("ASNK-2025-000123");
    expect(parse("").data?.asnKarierNumber).toBeNull();
    expect(parse("abc").success).toBe(false);
    expect(parse("ASNK\u00002025").success).toBe(false);
  });
});
