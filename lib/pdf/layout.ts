import {
  PDFDocument,
  StandardFonts,
  rgb,
  setWordSpacing,
  type Color,
  type PDFFont,
  type PDFPage,
} from "pdf-lib";

import { toWinAnsiLine, wrapText } from "@/lib/pdf/text";

export { toWinAnsi, toWinAnsiLine, wrapText } from "@/lib/pdf/text";

/** A4 portrait in PDF points. */
export const A4_SIZE: readonly [number, number] = [595.28, 841.89];
/** One centimetre in PDF points. */
export const CM = 28.3465;
export const DEFAULT_STAMP_TEXT = "Materai Rp 10.000";
/** Dots printed where a person fills in by hand inside running text. */
export const BLANK = "..............................";

const PRODUCER = "Portal Seleksi Terbuka (pdf-lib)";
const BLACK = rgb(0, 0, 0);
const GREY = rgb(0.45, 0.45, 0.45);
const HEADER_FILL = rgb(0.9, 0.9, 0.9);
// Baseline sits this many font sizes below the top of a text line; with a
// 1.4 line height Helvetica's descenders stay inside the line box.
const BASELINE_RATIO = 0.95;
const LINE_HEIGHT_RATIO = 1.4;

export type TextAlign = "left" | "center" | "right" | "justify";

export type Margins = { top: number; right: number; bottom: number; left: number };

export type PdfWriterOptions = {
  title: string;
  subject?: string;
  author?: string;
  keywords?: string[];
  /** Fixed timestamps make the output reproducible (tests, snapshots). */
  createdAt?: Date;
  fontSize?: number;
  margins?: Partial<Margins>;
  /** Prints "Halaman i dari n" in the footer; useful for multi-page documents. */
  pageNumbers?: boolean;
};

export type TextStyle = { bold?: boolean; size?: number; color?: Color };

export type ParagraphOptions = TextStyle & {
  align?: TextAlign;
  /** Left indent of the whole paragraph, in points. */
  indent?: number;
  /** Extra indent of the first line only (Indonesian letters indent body paragraphs). */
  firstLineIndent?: number;
  underline?: boolean;
  spaceAfter?: number;
};

export type HeadingOptions = {
  size?: number;
  align?: "left" | "center" | "right";
  underline?: boolean;
  spaceAfter?: number;
};

export type NumberedListOptions = TextStyle & {
  indent?: number;
  start?: number;
  /** Builds the marker for the i-th item (0-based); default "1.", "2.", ... */
  marker?: (index: number) => string;
  align?: TextAlign;
  itemSpacing?: number;
  spaceAfter?: number;
};

export type FieldRow = {
  label: string;
  /** Empty or missing ⇒ a dotted line to fill in by hand. */
  value?: string | null;
  /** Letter or number printed before the label in its own column ("a.", "b."). */
  marker?: string;
  /** Grey hint shown before the dotted line of an empty value, e.g. "(lengkap dengan gelar)". */
  hint?: string;
};

export type FieldRowsOptions = TextStyle & {
  indent?: number;
  /** Fixed label column; by default the widest label decides. */
  labelWidth?: number;
  /** Total width of the block from its indent; default up to the right margin. */
  width?: number;
  spaceAfter?: number;
};

export type TableColumn = {
  header: string;
  /** Relative weight: the columns are scaled to fill the available width. */
  width: number;
  align?: "left" | "center" | "right";
};

export type TableCell = string | number | null | undefined;

export type TableOptions = {
  columns: TableColumn[];
  rows: ReadonlyArray<ReadonlyArray<TableCell>>;
  /** Pads with empty rows so a printed form has room to write in. */
  minRows?: number;
  size?: number;
  indent?: number;
  /** Adds the "1 2 3 ..." column-number row used in official tables. */
  columnNumbers?: boolean;
  /** Minimum row height; blank forms use a taller one to leave room for handwriting. */
  minRowHeight?: number;
  /** Height to keep free below the last row, so a note stays on the table's page. */
  keepWithNext?: number;
  spaceAfter?: number;
};

export type StampBoxOptions = { align?: "left" | "center" | "right"; width?: number; height?: number };

export type SignatureBlockOptions = {
  /** With dateText, forms the line "<place>, <date>"; empty parts print dots. */
  place?: string;
  dateText?: string;
  /** Capacity above the signature, e.g. "Pelamar," or "Kepala ...". May contain newlines. */
  role?: string;
  /** Always printed: bold and underlined when given, a blank to fill otherwise. */
  name?: string;
  /** The rules below apply to rank and nip: undefined omits the line, "" prints a blank. */
  rank?: string;
  nip?: string;
  withStamp?: boolean;
  stampText?: string;
  /** Grey instruction inside the signing space, e.g. "Ttd & Cap". */
  note?: string;
  spaceBefore?: number;
};

export type BoxOptions = {
  width: number;
  spaceAfter?: number;
  height: number;
  lines?: string[];
  align?: "left" | "center" | "right";
  dashed?: boolean;
  /** A floating box is drawn at the cursor without moving it (a photo beside data rows). */
  float?: boolean;
  size?: number;
};

/**
 * A top-to-bottom document writer over pdf-lib. It owns a cursor, wraps text
 * with real font metrics and starts new pages on its own, so a document is
 * described as a sequence of blocks instead of coordinates. Only the standard
 * Helvetica fonts are used: nothing to embed, and the text stays extractable.
 */
export class PdfWriter {
  readonly doc: PDFDocument;
  readonly regular: PDFFont;
  readonly bold: PDFFont;
  readonly fontSize: number;
  readonly margins: Margins;
  private readonly pageNumbers: boolean;
  private currentPage: PDFPage;
  private y: number;
  // Dry runs move the cursor without drawing; keepTogether() uses one to
  // learn whether a block would cross a page break before drawing it.
  private isDryRun = false;
  private hasDryRunOverflow = false;

  private constructor(doc: PDFDocument, regular: PDFFont, bold: PDFFont, options: PdfWriterOptions) {
    this.doc = doc;
    this.regular = regular;
    this.bold = bold;
    this.fontSize = options.fontSize ?? 11;
    this.margins = { top: 2 * CM, right: 2 * CM, bottom: 2 * CM, left: 2 * CM, ...options.margins };
    this.pageNumbers = options.pageNumbers ?? false;
    this.currentPage = doc.addPage([A4_SIZE[0], A4_SIZE[1]]);
    this.y = A4_SIZE[1] - this.margins.top;
  }

  static async create(options: PdfWriterOptions): Promise<PdfWriter> {
    const doc = await PDFDocument.create();
    const createdAt = options.createdAt ?? new Date();
    doc.setTitle(toWinAnsiLine(options.title), { showInWindowTitleBar: true });
    doc.setCreator("Portal Seleksi Terbuka");
    doc.setProducer(PRODUCER);
    doc.setLanguage("id-ID");
    doc.setCreationDate(createdAt);
    doc.setModificationDate(createdAt);
    if (options.subject) doc.setSubject(toWinAnsiLine(options.subject));
    if (options.author) doc.setAuthor(toWinAnsiLine(options.author));
    if (options.keywords) doc.setKeywords(options.keywords.map(toWinAnsiLine));
    const [regular, bold] = await Promise.all([
      doc.embedFont(StandardFonts.Helvetica),
      doc.embedFont(StandardFonts.HelveticaBold),
    ]);
    return new PdfWriter(doc, regular, bold, options);
  }

  get page(): PDFPage {
    return this.currentPage;
  }
  get left(): number {
    return this.margins.left;
  }
  get right(): number {
    return A4_SIZE[0] - this.margins.right;
  }
  get contentWidth(): number {
    return this.right - this.left;
  }
  /** Distance from the cursor to the bottom margin. */
  get remainingHeight(): number {
    return this.y - this.margins.bottom;
  }
  get cursorY(): number {
    return this.y;
  }

  lineHeight(size: number = this.fontSize): number {
    return size * LINE_HEIGHT_RATIO;
  }

  font(bold?: boolean): PDFFont {
    return bold ? this.bold : this.regular;
  }

  measure(text: string, style: TextStyle = {}): number {
    return this.font(style.bold).widthOfTextAtSize(toWinAnsiLine(text), style.size ?? this.fontSize);
  }

  newPage(): void {
    if (this.isDryRun) {
      this.hasDryRunOverflow = true;
      this.y = A4_SIZE[1] - this.margins.top;
      return;
    }
    this.currentPage = this.doc.addPage([A4_SIZE[0], A4_SIZE[1]]);
    this.y = A4_SIZE[1] - this.margins.top;
  }

  /** Starts a new page unless `height` still fits; use it to keep a heading with what follows. */
  ensureSpace(height: number): void {
    if (this.y - height < this.margins.bottom && !this.isAtPageTop) this.newPage();
  }

  get isAtPageTop(): boolean {
    return this.y >= A4_SIZE[1] - this.margins.top;
  }

  /**
   * Draws a block on one page when it fits on one: if it would cross a page
   * break, it starts on a new page instead (a declaration with its signature,
   * a closing note). A block taller than a page still flows across pages.
   */
  keepTogether(render: () => void): void {
    if (this.isDryRun) {
      render();
      return;
    }
    const startY = this.y;
    this.isDryRun = true;
    this.hasDryRunOverflow = false;
    try {
      render();
    } finally {
      this.isDryRun = false;
      this.y = startY;
    }
    if (this.hasDryRunOverflow && !this.isAtPageTop) this.newPage();
    render();
  }

  spacer(height: number): void {
    if (this.y - height < this.margins.bottom) this.newPage();
    else this.y -= height;
  }

  heading(text: string, options: HeadingOptions = {}): void {
    const size = options.size ?? this.fontSize + 2;
    const lines = wrapText(text, this.bold, size, this.contentWidth);
    this.ensureSpace(lines.length * this.lineHeight(size));
    for (const line of lines) {
      this.writeLine(line, {
        x: this.left,
        width: this.contentWidth,
        align: options.align ?? "center",
        font: this.bold,
        size,
        underline: options.underline,
      });
    }
    this.y -= options.spaceAfter ?? size * 0.6;
  }

  paragraph(text: string, options: ParagraphOptions = {}): void {
    const size = options.size ?? this.fontSize;
    const font = this.font(options.bold);
    const indent = options.indent ?? 0;
    const firstIndent = options.firstLineIndent ?? 0;
    const x = this.left + indent;
    const width = this.contentWidth - indent;
    const align = options.align ?? "left";
    // Each hard line break ends a justified run: its last line stays ragged.
    const lines = text.split(/\r?\n/).flatMap((piece, pieceIndex) => {
      const wrapped = wrapText(piece, font, size, width, pieceIndex === 0 ? width - firstIndent : width);
      return wrapped.map((line, i) => ({ line, isRunEnd: i === wrapped.length - 1 }));
    });

    lines.forEach(({ line, isRunEnd }, index) => {
      const offset = index === 0 ? firstIndent : 0;
      this.writeLine(line, {
        x: x + offset,
        width: width - offset,
        align: align === "justify" && isRunEnd ? "left" : align,
        font,
        size,
        color: options.color,
        underline: options.underline,
      });
    });
    this.y -= options.spaceAfter ?? size * 0.5;
  }

  numberedList(items: readonly string[], options: NumberedListOptions = {}): void {
    const size = options.size ?? this.fontSize;
    const font = this.font(options.bold);
    const start = options.start ?? 1;
    const markerOf = options.marker ?? ((i: number) => `${start + i}.`);
    const markers = items.map((_, i) => markerOf(i));
    const markerWidth = Math.max(0, ...markers.map((m) => font.widthOfTextAtSize(toWinAnsiLine(m), size))) + 6;
    const x = this.left + (options.indent ?? 0);
    const textX = x + markerWidth;
    const textWidth = this.right - textX;
    const align = options.align ?? "justify";

    items.forEach((item, i) => {
      const lines = wrapText(item, font, size, textWidth);
      // Keep at least two lines of an item together so a marker never sits alone.
      this.ensureSpace(Math.min(lines.length, 2) * this.lineHeight(size));
      lines.forEach((line, index) => {
        if (index === 0) this.drawText(markers[i] ?? "", x, this.baseline(size), font, size, options.color);
        this.writeLine(line, {
          x: textX,
          width: textWidth,
          align: align === "justify" && index === lines.length - 1 ? "left" : align,
          font,
          size,
          color: options.color,
        });
      });
      this.y -= options.itemSpacing ?? size * 0.2;
    });
    this.y -= options.spaceAfter ?? size * 0.4;
  }

  fieldRows(rows: readonly FieldRow[], options: FieldRowsOptions = {}): void {
    const size = options.size ?? this.fontSize;
    const font = this.font(options.bold);
    const lineHeight = this.lineHeight(size);
    const x0 = this.left + (options.indent ?? 0);
    const blockRight = Math.min(this.right, x0 + (options.width ?? this.right - x0));
    const widthOf = (s: string) => font.widthOfTextAtSize(toWinAnsiLine(s), size);

    const markerWidth = rows.some((r) => r.marker) ? Math.max(...rows.map((r) => widthOf(r.marker ?? ""))) + 5 : 0;
    const labelX = x0 + markerWidth;
    const labelWidth = options.labelWidth ?? Math.max(0, ...rows.map((r) => widthOf(r.label))) + 6;
    const colonX = labelX + labelWidth;
    const valueX = colonX + widthOf(":") + 5;
    const valueWidth = Math.max(blockRight - valueX, 40);

    for (const row of rows) {
      const value = row.value?.trim() ?? "";
      const labelLines = wrapText(row.label, font, size, labelWidth - 4);
      const valueLines = value ? wrapText(value, font, size, valueWidth) : [""];
      const lineCount = Math.max(labelLines.length, valueLines.length);
      // Blank rows get extra air: they are written on by hand.
      const rowHeight = lineCount * lineHeight + (value ? 0 : lineHeight * 0.35);
      this.ensureSpace(rowHeight);
      const baseline = this.baseline(size) - (value ? 0 : lineHeight * 0.35);

      if (row.marker) this.drawText(row.marker, x0, baseline, font, size, options.color);
      labelLines.forEach((line, i) => this.drawText(line, labelX, baseline - i * lineHeight, font, size, options.color));
      this.drawText(":", colonX, baseline, font, size, options.color);
      if (value) {
        valueLines.forEach((line, i) => this.drawText(line, valueX, baseline - i * lineHeight, font, size, options.color));
      } else {
        let dotsX = valueX;
        if (row.hint) {
          const hintSize = size - 1.5;
          this.drawText(row.hint, valueX, baseline, this.regular, hintSize, GREY);
          dotsX += this.regular.widthOfTextAtSize(toWinAnsiLine(row.hint), hintSize) + 4;
        }
        this.dottedLine(dotsX, blockRight, baseline - 1.5);
      }
      this.y -= rowHeight;
    }
    this.y -= options.spaceAfter ?? size * 0.5;
  }

  table(options: TableOptions): void {
    const size = options.size ?? this.fontSize - 1;
    const lineHeight = this.lineHeight(size);
    const pad = 3.5;
    const x0 = this.left + (options.indent ?? 0);
    const available = this.right - x0;
    const totalWeight = options.columns.reduce((sum, c) => sum + c.width, 0) || 1;
    const widths = options.columns.map((c) => (c.width / totalWeight) * available);
    const xs = widths.map((_, i) => x0 + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const minRowHeight = Math.max(options.minRowHeight ?? 0, lineHeight + 2 * pad);
    const emptyRowHeight = Math.max(minRowHeight, lineHeight + 2 * pad + 6);
    const heightFor = (lineCount: number) =>
      lineCount === 0 ? emptyRowHeight : Math.max(lineCount * lineHeight + 2 * pad, minRowHeight);

    const headerLines = options.columns.map((c, i) => wrapText(c.header, this.bold, size, (widths[i] ?? 0) - 2 * pad));
    const headerLineCount = Math.max(...headerLines.map((l) => l.length));
    const numbersHeight = options.columnNumbers ? lineHeight * 0.85 : 0;
    const headerHeight = headerLineCount * lineHeight + 2 * pad + numbersHeight;

    const rows = [...options.rows];
    while (rows.length < (options.minRows ?? 0)) rows.push([]);
    const cellLines = rows.map((row) =>
      options.columns.map((_, i) => {
        const cell = row[i];
        const text = cell === null || cell === undefined ? "" : String(cell);
        return text.trim() ? wrapText(text, this.regular, size, (widths[i] ?? 0) - 2 * pad) : [];
      }),
    );
    const lineCounts = cellLines.map((cells) => Math.max(0, ...cells.map((l) => l.length)));

    const drawHeader = () => {
      const top = this.y;
      options.columns.forEach((_, i) => {
        const x = xs[i] ?? x0;
        const w = widths[i] ?? 0;
        this.ink?.drawRectangle({
          x,
          y: top - headerHeight,
          width: w,
          height: headerHeight,
          color: HEADER_FILL,
          borderColor: BLACK,
          borderWidth: 0.6,
        });
        const lines = headerLines[i] ?? [];
        // Vertically centre headers with fewer lines than the tallest one.
        const textTop = top - pad - ((headerLineCount - lines.length) * lineHeight) / 2;
        lines.forEach((line, li) => {
          const lineWidth = this.bold.widthOfTextAtSize(line, size);
          this.drawText(line, x + (w - lineWidth) / 2, textTop - li * lineHeight - size * BASELINE_RATIO, this.bold, size);
        });
        if (options.columnNumbers) {
          const stripTop = top - headerHeight + numbersHeight;
          this.ink?.drawLine({ start: { x, y: stripTop }, end: { x: x + w, y: stripTop }, thickness: 0.6, color: BLACK });
          const numberText = String(i + 1);
          const numberSize = size - 1.5;
          const nw = this.regular.widthOfTextAtSize(numberText, numberSize);
          this.drawText(numberText, x + (w - nw) / 2, stripTop - numbersHeight * 0.72, this.regular, numberSize);
        }
      });
      this.y -= headerHeight;
    };

    const firstRowHeight = heightFor(Math.min(lineCounts[0] ?? 0, 3));
    this.ensureSpace(headerHeight + firstRowHeight);
    drawHeader();
    let isFreshPage = true;

    cellLines.forEach((lines, rowIndex) => {
      const lineCount = lineCounts[rowIndex] ?? 0;
      // The last row can reserve room for what must follow it (footnotes).
      const reserve = rowIndex === cellLines.length - 1 ? (options.keepWithNext ?? 0) : 0;
      let drawn = 0;
      // A row moves whole below a repeated header on the next page; only a
      // row taller than a fresh page is split, so the loop always progresses.
      for (;;) {
        const needed = heightFor(lineCount - drawn) + reserve;
        if (this.y - needed < this.margins.bottom && !isFreshPage) {
          this.newPage();
          drawHeader();
          isFreshPage = true;
          continue;
        }
        const fitting = Math.floor((this.y - this.margins.bottom - 2 * pad) / lineHeight);
        const take = Math.min(lineCount - drawn, Math.max(fitting, 1));
        const height = heightFor(take);
        options.columns.forEach((column, i) => {
          const x = xs[i] ?? x0;
          const w = widths[i] ?? 0;
          this.ink?.drawRectangle({ x, y: this.y - height, width: w, height, borderColor: BLACK, borderWidth: 0.6 });
          (lines[i] ?? []).slice(drawn, drawn + take).forEach((line, li) => {
            const lineWidth = this.regular.widthOfTextAtSize(line, size);
            const align = column.align ?? "left";
            const tx = align === "center" ? x + (w - lineWidth) / 2 : align === "right" ? x + w - pad - lineWidth : x + pad;
            this.drawText(line, tx, this.y - pad - li * lineHeight - size * BASELINE_RATIO, this.regular, size);
          });
        });
        this.y -= height;
        drawn += take;
        isFreshPage = false;
        if (drawn >= lineCount) break;
      }
    });
    this.y -= options.spaceAfter ?? this.fontSize * 0.8;
  }

  /** A dashed box for the duty stamp (meterai); the signature block can draw one too. */
  stampBox(text: string = DEFAULT_STAMP_TEXT, options: StampBoxOptions = {}): void {
    const width = options.width ?? 2.8 * CM;
    const height = options.height ?? 1.9 * CM;
    this.ensureSpace(height);
    const align = options.align ?? "left";
    const x = align === "left" ? this.left : align === "right" ? this.right - width : this.left + (this.contentWidth - width) / 2;
    this.drawStamp(x, this.y, width, height, text);
    this.y -= height + this.fontSize * 0.5;
  }

  box(options: BoxOptions): void {
    const size = options.size ?? this.fontSize - 2;
    if (!options.float) this.ensureSpace(options.height);
    const align = options.align ?? "left";
    const x =
      align === "left"
        ? this.left
        : align === "right"
          ? this.right - options.width
          : this.left + (this.contentWidth - options.width) / 2;
    const top = this.y;
    this.ink?.drawRectangle({
      x,
      y: top - options.height,
      width: options.width,
      height: options.height,
      borderColor: GREY,
      borderWidth: 0.8,
      borderDashArray: options.dashed ? [3, 2] : undefined,
    });
    const lines = (options.lines ?? []).flatMap((l) => wrapText(l, this.regular, size, options.width - 8));
    const lineHeight = this.lineHeight(size);
    const textTop = top - (options.height - lines.length * lineHeight) / 2;
    lines.forEach((line, i) => {
      const w = this.regular.widthOfTextAtSize(line, size);
      this.drawText(line, x + (options.width - w) / 2, textTop - i * lineHeight - size * BASELINE_RATIO, this.regular, size, GREY);
    });
    if (!options.float) this.y -= options.height + (options.spaceAfter ?? this.fontSize * 0.5);
  }

  /** A horizontal rule across the content width (letterheads, separators). */
  rule(options: { thickness?: number; double?: boolean; spaceAfter?: number } = {}): void {
    const thickness = options.thickness ?? 1;
    this.ensureSpace(thickness + 4);
    const line = (y: number, t: number) =>
      this.ink?.drawLine({ start: { x: this.left, y }, end: { x: this.right, y }, thickness: t, color: BLACK });
    line(this.y, thickness);
    if (options.double) line(this.y - thickness - 1.5, 0.5);
    this.y -= thickness + (options.double ? 2.5 : 0) + (options.spaceAfter ?? this.fontSize * 0.8);
  }

  signatureBlock(options: SignatureBlockOptions = {}): void {
    const size = this.fontSize;
    const lineHeight = this.lineHeight(size);
    const width = this.contentWidth * 0.46;
    const x = this.right - width;
    const hasDateLine = options.place !== undefined || options.dateText !== undefined;
    const dateLine = `${options.place?.trim() || BLANK}, ${options.dateText?.trim() || BLANK}`;
    const roleLines = options.role ? wrapText(options.role, this.regular, size, width) : [];
    const nameText = options.name?.trim() ? options.name.trim() : `( ${BLANK}${BLANK.slice(0, 10)} )`;
    const nameLines = wrapText(nameText, this.bold, size, width);
    const extraLines: string[] = [];
    if (options.rank !== undefined) extraLines.push(options.rank.trim() || `Pangkat ${BLANK}`);
    if (options.nip !== undefined) extraLines.push(`NIP. ${options.nip.trim() || BLANK}`);
    const signingSpace = options.withStamp ? 2.6 * CM : 2.2 * CM;
    const spaceBefore = options.spaceBefore ?? size;
    const total =
      spaceBefore +
      (hasDateLine ? lineHeight : 0) +
      roleLines.length * lineHeight +
      signingSpace +
      (nameLines.length + extraLines.length) * lineHeight;

    this.ensureSpace(total);
    this.y -= spaceBefore;
    const centred = (line: string, font: PDFFont, underline = false, color?: Color) =>
      this.writeLine(line, { x, width, align: "center", font, size, underline, color });

    if (hasDateLine) centred(dateLine, this.regular);
    roleLines.forEach((line) => centred(line, this.regular));
    const spaceTop = this.y;
    if (options.withStamp) {
      const stampWidth = 2.8 * CM;
      const stampHeight = 1.9 * CM;
      this.drawStamp(x + 4, spaceTop - (signingSpace - stampHeight) / 2, stampWidth, stampHeight, options.stampText ?? DEFAULT_STAMP_TEXT);
    }
    if (options.note) {
      const noteSize = size - 2;
      const noteWidth = this.regular.widthOfTextAtSize(toWinAnsiLine(options.note), noteSize);
      this.drawText(options.note, x + (width - noteWidth) / 2, spaceTop - signingSpace / 2 - noteSize / 3, this.regular, noteSize, GREY);
    }
    this.y -= signingSpace;
    nameLines.forEach((line) => centred(line, this.bold, Boolean(options.name?.trim())));
    extraLines.forEach((line) => centred(line, this.regular));
  }

  async save(): Promise<Uint8Array> {
    if (this.pageNumbers) {
      const pages = this.doc.getPages();
      const size = this.fontSize - 3;
      pages.forEach((page, i) => {
        const label = `Halaman ${i + 1} dari ${pages.length}`;
        const w = this.regular.widthOfTextAtSize(label, size);
        page.drawText(label, { x: (A4_SIZE[0] - w) / 2, y: this.margins.bottom / 2, size, font: this.regular, color: GREY });
      });
    }
    return this.doc.save();
  }

  // --- low-level drawing -------------------------------------------------

  /** The page to draw on, or nothing during a dry run. */
  private get ink(): PDFPage | undefined {
    return this.isDryRun ? undefined : this.currentPage;
  }

  private baseline(size: number): number {
    return this.y - size * BASELINE_RATIO;
  }

  private drawText(text: string, x: number, y: number, font: PDFFont, size: number, color: Color = BLACK): void {
    const safe = toWinAnsiLine(text);
    if (safe) this.ink?.drawText(safe, { x, y, font, size, color });
  }

  /** Writes one already-wrapped line at the cursor and moves the cursor down. */
  private writeLine(
    line: string,
    o: { x: number; width: number; align: TextAlign; font: PDFFont; size: number; color?: Color; underline?: boolean },
  ): void {
    const lineHeight = this.lineHeight(o.size);
    this.ensureSpace(lineHeight);
    const text = toWinAnsiLine(line);
    const baseline = this.baseline(o.size);
    const textWidth = o.font.widthOfTextAtSize(text, o.size);
    const spaces = (text.match(/ /g) ?? []).length;
    let x = o.x;
    if (o.align === "center") x = o.x + (o.width - textWidth) / 2;
    if (o.align === "right") x = o.x + o.width - textWidth;

    if (o.align === "justify" && spaces > 0 && textWidth < o.width) {
      // Word spacing (Tw) stretches the real spaces, so extracted text keeps
      // ordinary words instead of one text run per word.
      this.ink?.pushOperators(setWordSpacing((o.width - textWidth) / spaces));
      this.drawText(text, x, baseline, o.font, o.size, o.color);
      this.ink?.pushOperators(setWordSpacing(0));
    } else {
      this.drawText(text, x, baseline, o.font, o.size, o.color);
    }
    if (o.underline && text) {
      const width = o.align === "justify" ? o.width : textWidth;
      this.ink?.drawLine({
        start: { x, y: baseline - 1.8 },
        end: { x: x + width, y: baseline - 1.8 },
        thickness: 0.6,
        color: o.color ?? BLACK,
      });
    }
    this.y -= lineHeight;
  }

  private dottedLine(x1: number, x2: number, y: number): void {
    if (x2 - x1 < 2) return;
    this.ink?.drawLine({
      start: { x: x1, y },
      end: { x: x2, y },
      thickness: 0.7,
      color: GREY,
      dashArray: [0.8, 2.2],
    });
  }

  private drawStamp(x: number, top: number, width: number, height: number, text: string): void {
    this.ink?.drawRectangle({
      x,
      y: top - height,
      width,
      height,
      borderColor: GREY,
      borderWidth: 0.8,
      borderDashArray: [3, 2],
    });
    const size = this.fontSize - 3;
    const lines = wrapText(text, this.regular, size, width - 8);
    const lineHeight = this.lineHeight(size);
    const textTop = top - (height - lines.length * lineHeight) / 2;
    lines.forEach((line, i) => {
      const w = this.regular.widthOfTextAtSize(line, size);
      this.drawText(line, x + (width - w) / 2, textTop - i * lineHeight - size * BASELINE_RATIO, this.regular, size, GREY);
    });
  }
}

export function createPdfWriter(options: PdfWriterOptions): Promise<PdfWriter> {
  return PdfWriter.create(options);
}
