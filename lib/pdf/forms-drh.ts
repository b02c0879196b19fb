import { attachmentHeader, blankSigningDate, createFormWriter, formTitle } from "@/lib/pdf/form-parts";
import {
  EDUCATION_LEVELS,
  type DrhData,
  type EducationLevel,
  type FormContext,
} from "@/lib/pdf/forms-types";
import {
  CM,
  type FieldRow,
  type PdfWriter,
  type TableCell,
  type TableColumn,
  type TableOptions,
} from "@/lib/pdf/layout";

// Lampiran II, the Daftar Riwayat Hidup. The blank form reproduces the
// official one (numbered empty rows ending in "dst"); a filled one lists the
// applicant's rows only, numbered, and may run over several pages.

const EDUCATION_LABELS: Record<EducationLevel, string> = {
  SD: "Sekolah Dasar",
  SLTP: "SLTP",
  SLTA: "SLTA / SMU",
  DIPLOMA: "Diploma",
  S1: "S1",
  S2: "S2",
  S3: "S3",
};

const PHOTO_WIDTH = 3 * CM;
const PHOTO_HEIGHT = 4 * CM;
/** Row height of the printed blank form: room to write by hand. */
const BLANK_ROW_HEIGHT = 0.75 * CM;

const DECLARATION =
  "Dengan ini saya menyatakan bahwa Daftar Riwayat Hidup ini telah saya isi dengan benar dan lengkap. " +
  "Apabila dikemudian hari ternyata data yang saya isi terbukti tidak benar, saya bersedia dinyatakan gugur " +
  "dalam proses seleksi dan/atau diberhentikan dalam jabatan serta bersedia diproses sesuai peraturan yang berlaku.";

type SectionWriter = (w: PdfWriter, drh: DrhData, isBlank: boolean) => void;

export async function renderDrhForm(ctx: FormContext, title: string): Promise<Uint8Array> {
  const w = await createFormWriter("II", title, ctx, { pageNumbers: true });
  const drh: DrhData = ctx.applicant?.drh ?? {};
  const isBlank = !ctx.applicant;

  attachmentHeader(w, "II", ctx.selection);
  formTitle(w, title);
  w.box({
    width: PHOTO_WIDTH,
    height: PHOTO_HEIGHT,
    lines: ["Pas Photo", "4x6", "Berwarna"],
    align: "right",
    dashed: true,
    float: true,
  });
  sectionTitle(w, "I. DATA PRIBADI");
  // Narrower rows so the values never run under the floating photo box.
  w.fieldRows(personalRows(ctx), { width: w.contentWidth - PHOTO_WIDTH - 0.5 * CM, spaceAfter: 10 });

  for (const writeSection of SECTIONS) {
    // The blank form is short, so each section stays on one page like the
    // printed original; a filled section may be long and flows across pages.
    const render = () => writeSection(w, drh, isBlank);
    if (isBlank) w.keepTogether(render);
    else render();
  }

  // The declaration, its signature and the closing note stay on one page.
  w.keepTogether(() => {
    w.paragraph(DECLARATION, { align: "justify" });
    w.signatureBlock({
      ...blankSigningDate(ctx.selection),
      withStamp: true,
      name: ctx.applicant?.name,
      nip: ctx.applicant?.nip ?? "",
    });
    if (isBlank) {
      w.spacer(w.fontSize);
      w.paragraph("Keterangan:", { bold: true, size: w.fontSize - 1, spaceAfter: 0 });
      w.paragraph(
        "Peserta dapat menambahkan baris pada semua tabel apabila data yang perlu ditampilkan belum terakomodasi pada baris tabel yang tersedia.",
        { size: w.fontSize - 1 },
      );
    }
  });
  return w.save();
}

const SECTIONS: SectionWriter[] = [
  (w, drh, isBlank) => {
    sectionTitle(w, "II. RIWAYAT PANGKAT");
    const columns = [
      { header: "Pangkat (Gol)", width: 3 },
      { header: "TMT Pangkat", width: 2 },
      { header: "Nomor SK", width: 3 },
      { header: "Tanggal SK", width: 2 },
    ];
    const rows = (drh.ranks ?? []).map((r) => [r.rank, r.tmt, r.decreeNumber, r.decreeDate]);
    w.table(listTable(isBlank, columns, rows, { numbered: false, blankRows: 3 }));
  },
  (w, drh, isBlank) => {
    sectionTitle(w, "III. RIWAYAT JABATAN");
    const columns = [
      { header: "Jabatan", width: 4 },
      { header: "Nomor SK", width: 3 },
      { header: "Periode Menjabat", width: 2.4 },
      { header: "Nama Atasan Langsung", width: 3 },
    ];
    const rows = (drh.positions ?? []).map((p) => [p.title, p.decreeNumber, p.period, p.supervisorName]);
    w.table(listTable(isBlank, columns, rows, { blankRows: 2 }));
  },
  (w, drh, isBlank) => {
    sectionTitle(w, "IV. RIWAYAT PENDIDIKAN FORMAL");
    w.table({
      columns: [
        { header: "Pendidikan", width: 2 },
        { header: "Jurusan", width: 2.6 },
        { header: "Nama Sekolah / Universitas", width: 3.4 },
        { header: "Nomor Ijazah", width: 2.4 },
      ],
      rows: educationRows(drh),
      minRowHeight: isBlank ? BLANK_ROW_HEIGHT : undefined,
    });
  },
  (w, drh, isBlank) => {
    sectionTitle(w, "V. RIWAYAT PENDIDIKAN DAN PELATIHAN");
    const columns: TableColumn[] = [
      { header: "Nama Diklat/ Shortcourse/ Workshop", width: 4 },
      { header: "Lembaga Penyelenggara", width: 3 },
      { header: "Nomor Sertifikat", width: 2.6 },
      { header: "Tahun", width: 1.2, align: "center" },
    ];
    const rows = (drh.trainings ?? []).map((t) => [t.name, t.organiser, t.certificateNumber, t.year]);
    w.table(listTable(isBlank, columns, rows, { blankRows: 5 }));
  },
  (w, drh, isBlank) => {
    sectionTitle(w, "VI. RIWAYAT PENUGASAN LAIN");
    const columns: TableColumn[] = [
      { header: "Nama Tim / Kelompok Kerja", width: 3.6 },
      { header: "Instansi / Lembaga", width: 2.8 },
      { header: "Nomor Surat Penugasan", width: 2.8 },
      { header: "Tahun", width: 1.2, align: "center" },
    ];
    const rows = (drh.assignments ?? []).map((a) => [a.teamName, a.institution, a.letterNumber, a.year]);
    w.table(listTable(isBlank, columns, rows, { numbered: false, blankRows: 3 }));
  },
  (w, drh, isBlank) => {
    sectionTitle(w, "VII. PRESTASI");
    const columns: TableColumn[] = [
      { header: "Prestasi yang pernah dicapai*", width: 4 },
      { header: "Tingkat**", width: 2 },
      { header: "Pemberi Penghargaan", width: 2.8 },
      { header: "Tahun Perolehan", width: 1.6, align: "center" },
    ];
    const rows = (drh.achievements ?? []).map((a) => [a.achievement, a.level, a.awardedBy, a.year]);
    const note = { size: w.fontSize - 2, spaceAfter: 0 };
    // The footnotes explain the starred headers: keep them on the table's last page.
    w.table({
      ...listTable(isBlank, columns, rows, { blankRows: 5 }),
      spaceAfter: 2,
      keepWithNext: 2 * w.lineHeight(note.size),
    });
    w.paragraph("*) Tuliskan prestasi yang dicapai dengan detail.", note);
    w.paragraph("**) Tingkat : Organisasi Kerja, Nasional, Internasional, dst.", { ...note, spaceAfter: 10 });
  },
  (w, drh, isBlank) => {
    sectionTitle(w, "VIII. KARYA TULIS", "Buku, Makalah, Penelitian, Bahan Seminar yang pernah dipublikasikan");
    const columns: TableColumn[] = [
      { header: "Judul", width: 8 },
      { header: "Tahun", width: 1.4, align: "center" },
    ];
    const rows = (drh.publications ?? []).map((p) => [p.title, p.year]);
    w.table(listTable(isBlank, columns, rows, { blankRows: 3 }));
  },
  (w, drh, isBlank) => {
    sectionTitle(w, "IX. KEGIATAN ORGANISASI / SOSIAL KEMASYARAKATAN");
    const columns: TableColumn[] = [
      { header: "Nama Organisasi / Kegiatan", width: 5 },
      { header: "Jabatan", width: 3 },
      { header: "Tahun", width: 1.6, align: "center" },
    ];
    const rows = (drh.organizations ?? []).map((o) => [o.name, o.role, o.year]);
    w.table(listTable(isBlank, columns, rows, { blankRows: 3 }));
  },
  (w, drh, isBlank) => {
    sectionTitle(w, "X. KETERANGAN KELUARGA");
    w.paragraph("1. Istri/Suami", { spaceAfter: 2 });
    const spouses = (drh.spouses ?? []).map((s) => [
      s.name,
      s.birthPlace,
      s.birthDate,
      s.marriageDate,
      s.occupation,
      s.note,
    ]);
    w.table(
      listTable(
        isBlank,
        [
          { header: "Nama", width: 3 },
          { header: "Tmp Lahir", width: 1.8 },
          { header: "Tgl Lahir", width: 1.8 },
          { header: "Tgl Menikah", width: 1.8 },
          { header: "Pekerjaan", width: 2 },
          { header: "Ket", width: 1.2 },
        ],
        spouses,
        { blankRows: 1, trailingDst: false },
      ),
    );
    w.ensureSpace(5 * w.lineHeight());
    w.paragraph("2. Anak", { spaceAfter: 2 });
    const children = (drh.children ?? []).map((c) => [
      c.name,
      c.birthPlace,
      c.birthDate,
      c.occupationOrEducation,
      c.note,
    ]);
    w.table(
      listTable(
        isBlank,
        [
          { header: "Nama", width: 3 },
          { header: "Tmp Lahir", width: 1.8 },
          { header: "Tgl Lahir", width: 1.8 },
          { header: "Pekerjaan / Pendidikan", width: 3.8 },
          { header: "Ket", width: 1.2 },
        ],
        children,
        { blankRows: 3, trailingDst: false },
      ),
    );
  },
];

function sectionTitle(w: PdfWriter, title: string, subtitle?: string): void {
  // Keep a section title with its table header and first rows.
  w.ensureSpace(6 * w.lineHeight());
  w.paragraph(title, { bold: true, underline: true, spaceAfter: subtitle ? 0 : 4 });
  if (subtitle) w.paragraph(subtitle, { spaceAfter: 4 });
}

function personalRows(ctx: FormContext): FieldRow[] {
  const applicant = ctx.applicant;
  const personal = applicant?.drh?.personal ?? {};
  const children = applicant?.drh?.children;
  const childrenCount = personal.childrenCount ?? (children ? children.length : null);
  const birth = [personal.birthPlace, personal.birthDate].filter((part) => part?.trim()).join(", ");
  const rows: Array<[string, string | null | undefined]> = [
    ["Nama", applicant?.name],
    ["NIP", applicant?.nip],
    ["Tempat, Tanggal Lahir", birth],
    ["Jenis Kelamin", personal.gender],
    ["Pangkat/Golongan Ruang", applicant?.rankLabel],
    ["TMT CPNS", personal.cpnsTmt],
    ["Jabatan terakhir", applicant?.positionTitle],
    ["Agama", personal.religion],
    ["Status Perkawinan", personal.maritalStatus],
    ["Jumlah anak", childrenCount === null || childrenCount === undefined ? "" : String(childrenCount)],
    ["Alamat Rumah", applicant?.address],
    ["Nomor Telepon / HP", personal.phone],
    ["Alamat Surel", personal.email],
    ["NIK", personal.nik],
    ["NPWP", personal.npwp],
  ];
  return rows.map(([label, value], i) => ({
    marker: `${String.fromCharCode(97 + i)}.`,
    label,
    value: value ?? "",
    hint: i === 0 ? "(lengkap dengan gelar)" : undefined,
  }));
}

type ListTableOptions = { numbered?: boolean; blankRows: number; trailingDst?: boolean };

/**
 * Blank: numbered empty rows plus a "dst" row, as printed on the official
 * form. Filled: the applicant's rows, numbered; a section the applicant left
 * empty still shows one empty row so the table is recognisable.
 */
function listTable(
  isBlank: boolean,
  columns: TableColumn[],
  data: TableCell[][],
  options: ListTableOptions,
): TableOptions {
  const numbered = options.numbered ?? true;
  const allColumns: TableColumn[] = numbered ? [{ header: "No", width: 0.7, align: "center" }, ...columns] : columns;
  const empty = (first: TableCell = ""): TableCell[] => [first, ...Array<TableCell>(allColumns.length - 1).fill("")];

  if (isBlank) {
    const rows = Array.from({ length: options.blankRows }, (_, i) => empty(numbered ? String(i + 1) : ""));
    if (options.trailingDst ?? true) rows.push(empty("dst"));
    return { columns: allColumns, rows, minRowHeight: BLANK_ROW_HEIGHT };
  }
  const rows = data.map((cells, i) => (numbered ? [String(i + 1), ...cells] : cells));
  return { columns: allColumns, rows, minRows: 1 };
}

/** The fixed education levels, each with the applicant's entries (or one empty row). */
function educationRows(drh: DrhData): TableCell[][] {
  const educations = drh.educations ?? [];
  return EDUCATION_LEVELS.flatMap((level) => {
    const entries = educations.filter((e) => e.level === level);
    if (entries.length === 0) return [[EDUCATION_LABELS[level], "", "", ""]];
    return entries.map((e) => [EDUCATION_LABELS[level], e.major, e.institution, e.certificateNumber]);
  });
}
