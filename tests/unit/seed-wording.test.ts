// What the portal states and prints, compared with the sentences of announcement 05/SELTER/SKW/X/2025
// (tests/fixtures/seeds/singkawang-2025-announcement.txt, a verbatim copy of the seed).
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DocumentTable } from "@/components/selection/document-table";
import { renderForm } from "@/lib/pdf/forms";
import type { FormSelection } from "@/lib/pdf/forms-types";
import { singkawang2025 } from "@/prisma/seed-data/singkawang-2025";
import { extractPdfText } from "@/tests/fixtures/pdf-text";
import { seedLine, seedLines, seedListItem } from "@/tests/fixtures/seed-text";

const LIST = "B. Berkas Pendaftaran";
// The announcement's 22 documents; item 23 (the no-MPP statement of the 58-year path) is the portal's own.
const ANNOUNCED = singkawang2025.documents.filter((document) => document.condition !== "EXTENDED_AGE_LIMIT");

const selection: FormSelection = {
  title: singkawang2025.title,
  positionTitle: "Sekretaris Daerah Kota Singkawang",
  organiserName: "Pemerintah Kota Singkawang",
  committeeName: singkawang2025.committeeName,
  announcementNumber: singkawang2025.announcementNumber,
  announcementDate: "2025-10-21",
  year: 2025,
  city: "Singkawang",
};

/** The text of Lampiran `code` in the seed: from its heading to the next Lampiran's. */
function seedAttachment(code: string): string {
  const lines = seedLines("singkawang");
  const start = lines.findIndex((line) => line.startsWith(`Lampiran ${code} Pengumuman`));
  const end = lines.findIndex((line, index) => index > start && /^Lampiran [IVX]+ Pengumuman/.test(line));
  return lines.slice(start, end < 0 ? undefined : end).join("\n");
}

async function formText(code: "I" | "III"): Promise<string> {
  return (await extractPdfText(await renderForm(code, { selection }))).replace(/\s+/g, " ");
}

describe("the 22 documents of section II.B", () => {
  it("name each document as the seed does, in the form it asks for", () => {
    expect(ANNOUNCED).toHaveLength(22);
    for (const document of ANNOUNCED) {
      const item = seedListItem("singkawang", LIST, document.number);
      const expected = /^ASLI /.test(item) ? "ORIGINAL" : /^Fotocopy /.test(item) ? "COPY" : "PHOTO";
      expect({ number: document.number, form: document.form }).toEqual({ number: document.number, form: expected });
      const words = item.replace(/^(ASLI|Fotocopy) /, "").toLowerCase().replace(/\s*\/\s*/g, " / ");
      expect(words, `document ${document.number}`).toContain(document.title.toLowerCase().replace(/\s*\/\s*/g, " / ").split(" (")[0]);
    }
  });

  it("ask for stamp duty where the list says so or the document's form has the materai box", () => {
    for (const document of ANNOUNCED) {
      const item = seedListItem("singkawang", LIST, document.number);
      const formHasStamp = document.formCode !== null && /Materai/.test(seedAttachment(document.formCode));
      expect({ number: document.number, stamp: document.requiresStamp }).toEqual({
        number: document.number,
        stamp: /materai/i.test(item) || formHasStamp,
      });
    }
    // Document 22: the list is silent, Lampiran VIII has the box.
    expect(seedListItem("singkawang", LIST, 22)).not.toMatch(/materai/i);
    expect(singkawang2025.documents.find((document) => document.number === 22)?.requiresStamp).toBe(true);
  });

  it("show the photograph as a photograph and document 22 with its stamp duty on the public table", () => {
    const html = renderToString(
      createElement(DocumentTable, {
        slug: "sekda-singkawang-2025",
        documents: singkawang2025.documents.map((document) => ({ ...document, id: `d${document.number}` })),
      } as never),
    );
    const row = (number: number) => (html.split(`data-testid="dokumen-${number}"`)[1] ?? "").split("</tr>")[0];
    expect(seedListItem("singkawang", LIST, 17)).toMatch(/^Pas foto/);
    expect(row(17)).toContain("Pas foto");
    expect(row(17)).not.toContain("Fotokopi");
    expect(row(17)).toContain("3 lembar");
    expect(row(22)).toContain("Bermaterai Rp 10.000");
    expect(row(4)).toContain("Fotokopi");
  });
});

describe("the forms", () => {
  it("Lampiran I is addressed and opens as the seed's letter", async () => {
    const text = await formText("I");
    expect(text).toContain(seedLine("singkawang", "Yth. Ketua Panitia Seleksi Terbuka"));
    expect(text).toContain(seedLine("singkawang", "Sehubungan dengan Pengumuman Panitia"));
  });

  it("Lampiran III point 5 speaks of karyawan, as the seed does", async () => {
    const text = await formText("III");
    const point = seedLine("singkawang", "Memberi contoh dalam kepatuhan").replace(/[:;]$/, "");
    expect(point).toContain("kepada karyawan yang berada");
    expect(text).toContain(point);
  });
});

describe("the legal basis", () => {
  it("is each regulation the opening sentence names", () => {
    const opening = seedLine("singkawang", "berpedoman pada ketentuan");
    expect(singkawang2025.legalBasis).toHaveLength(3);
    for (const basis of singkawang2025.legalBasis) {
      // The seed drops "Negara" from the ministry's name once (Permen PANRB 15/2019); the portal uses the full name.
      expect(opening).toContain(basis.replace("Aparatur Negara dan Reformasi Birokrasi Nomor 15", "Aparatur dan Reformasi Birokrasi Nomor 15"));
    }
  });
});
