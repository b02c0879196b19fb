import { attachmentHeader, createFormWriter, formTitle } from "@/lib/pdf/form-parts";
import type { FormContext } from "@/lib/pdf/forms-types";
import { CM, type PdfWriter, type TableOptions } from "@/lib/pdf/layout";
import { buildDrhLayout, type DrhLayout, type DrhSection, type DrhTable } from "@/lib/profile/drh-layout";

// Lampiran II, the Daftar Riwayat Hidup, drawn from the one layout model (lib/profile/drh-layout.ts,
// which also feeds the printable page). This file decides only how the model sits on A4: the blank
// form reproduces the official one (numbered empty rows ending in "dst", each section on one page);
// a filled one lists the applicant's rows and may run over several pages.

const PHOTO_WIDTH = 3 * CM;
const PHOTO_HEIGHT = 4 * CM;
/** Row height of the printed blank form: room to write by hand. */
const BLANK_ROW_HEIGHT = 0.75 * CM;

export async function renderDrhForm(ctx: FormContext, title: string): Promise<Uint8Array> {
  const w = await createFormWriter("II", title, ctx, { pageNumbers: true });
  const layout = buildDrhLayout({ applicant: ctx.applicant, selection: ctx.selection });
  const isBlank = !ctx.applicant;

  attachmentHeader(w, "II", ctx.selection);
  formTitle(w, layout.title);
  w.box({ width: PHOTO_WIDTH, height: PHOTO_HEIGHT, lines: [...layout.photoBox], align: "right", dashed: true, float: true });
  sectionTitle(w, `${layout.personal.numeral}. ${layout.personal.title}`);
  // Narrower rows so the values never run under the floating photo box.
  w.fieldRows(
    layout.personal.items.map((item) => ({ marker: item.marker, label: item.label, value: item.value, hint: item.hint })),
    { width: w.contentWidth - PHOTO_WIDTH - 0.5 * CM, spaceAfter: 10 },
  );

  for (const section of layout.sections) {
    // The blank form is short, so each section stays on one page like the
    // printed original; a filled section may be long and flows across pages.
    const render = () => writeSection(w, section);
    if (isBlank) w.keepTogether(render);
    else render();
  }

  // The declaration, its signature and the closing note stay on one page.
  w.keepTogether(() => writeClosing(w, layout));
  return w.save();
}

function sectionTitle(w: PdfWriter, title: string, subtitle?: string): void {
  // Keep a section title with its table header and first rows.
  w.ensureSpace(6 * w.lineHeight());
  w.paragraph(title, { bold: true, underline: true, spaceAfter: subtitle ? 0 : 4 });
  if (subtitle) w.paragraph(subtitle, { spaceAfter: 4 });
}

function writeSection(w: PdfWriter, section: DrhSection): void {
  sectionTitle(w, `${section.numeral}. ${section.title}`, section.subtitle);
  section.blocks.forEach((block, index) => {
    if (block.kind === "table") {
      writeTable(w, block.table);
      return;
    }
    // A label after a table (X.2 Anak) keeps some of its own table with it.
    if (index > 0) w.ensureSpace(5 * w.lineHeight());
    w.paragraph(block.text, { spaceAfter: 2 });
  });
}

function writeTable(w: PdfWriter, table: DrhTable): void {
  const options: TableOptions = {
    columns: table.columns.map((column) => ({ header: column.header, width: column.width, align: column.align })),
    rows: table.rows,
    minRowHeight: table.isHandwritten ? BLANK_ROW_HEIGHT : undefined,
  };
  if (table.footnotes.length === 0) {
    w.table(options);
    return;
  }
  const note = { size: w.fontSize - 2, spaceAfter: 0 };
  // The footnotes explain the starred headers: keep them on the table's last page.
  w.table({ ...options, spaceAfter: 2, keepWithNext: table.footnotes.length * w.lineHeight(note.size) });
  table.footnotes.forEach((text, index) => w.paragraph(text, index === table.footnotes.length - 1 ? { ...note, spaceAfter: 10 } : note));
}

function writeClosing(w: PdfWriter, layout: DrhLayout): void {
  w.paragraph(layout.declaration, { align: "justify" });
  if (layout.selfStatement) w.paragraph(layout.selfStatement, { size: w.fontSize - 1.5 });
  const { signature } = layout;
  w.signatureBlock({
    place: signature.place,
    dateText: signature.dateText,
    withStamp: true,
    stampText: signature.stampText,
    name: signature.name,
    nip: signature.nip,
  });
  if (layout.note) {
    w.spacer(w.fontSize);
    w.paragraph(layout.note.title, { bold: true, size: w.fontSize - 1, spaceAfter: 0 });
    w.paragraph(layout.note.text, { size: w.fontSize - 1 });
  }
}
