/**
 * summary.pdf: the packet's summary laid out on paper, with pdf-lib's maintained fork. The font is embedded
 * (a subset of Noto Sans, handed in as bytes: this file fetches nothing), so the text is selectable, found by
 * a search and printed the same everywhere, accents and Greek or Cyrillic titles included.
 */
import { PDFDocument, rgb, type PDFFont, type PDFHexString, type PDFPage } from '@cantoo/pdf-lib';
import * as fontkit from 'fontkit';
import { formatHours, formatNumber } from '../model/format';
import { cycleLabel } from './cycles';
import type { Paper } from './paper';
import { earnedText, requirementLineText, stillNeededSentence, type PacketSummary } from './summary';

export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export type { Paper } from './paper';

/** Points (1/72 inch). */
const PAPER: Record<Paper, [number, number]> = { a4: [595.28, 841.89], letter: [612, 792] };
const MARGIN = 50;
const SIZE = 9;
const LEADING = 12;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.35, 0.36, 0.4);
const RULE = rgb(0.75, 0.76, 0.8);

interface Column {
  title: string;
  /** Share of the text width. */
  width: number;
  /** Lines of the cell: the first in ink, the others muted. */
  cell: (row: number) => string[];
}

class Writer {
  readonly doc: PDFDocument;
  private page!: PDFPage;
  private y = 0;
  readonly pages: PDFPage[] = [];
  readonly width: number;
  private readonly widths = new Map<PDFFont, Map<string, number>>();

  constructor(
    doc: PDFDocument,
    private readonly paper: [number, number],
    private readonly regular: PDFFont,
    readonly bold: PDFFont,
    private readonly covers: (codePoint: number) => boolean,
  ) {
    this.doc = doc;
    this.width = paper[0] - 2 * MARGIN;
    this.newPage();
  }

  private newPage(): void {
    this.page = this.doc.addPage(this.paper);
    this.pages.push(this.page);
    this.y = this.paper[1] - MARGIN;
  }

  /** Characters the font has no glyph for (a Chinese title, an emoji) print as '?', never as nothing. */
  printable(text: string): string {
    let out = '';
    for (const char of text.normalize('NFC')) {
      const code = char.codePointAt(0)!;
      if (code === 0xfe0f || code === 0x200d) continue;
      out += code < 0x20 ? ' ' : this.covers(code) ? char : '?';
    }
    return out;
  }

  /**
   * The width of `text` in `font` at `size`, remembered: pdf-lib lays the whole string out with fontkit at
   * each call (its substitution lookups, some 0.1 ms), and a long table measures the same words again and again.
   */
  private measure(text: string, font: PDFFont, size: number): number {
    let known = this.widths.get(font);
    if (!known) this.widths.set(font, (known = new Map()));
    const key = `${size} ${text}`;
    let width = known.get(key);
    if (width === undefined) known.set(key, (width = font.widthOfTextAtSize(text, size)));
    return width;
  }

  /**
   * Lines of at most `width` points, broken between words (a word too long for a line, between characters).
   * A line's width is the sum of its words' and spaces' widths (pdf-lib sums the glyphs' advances, without
   * kerning), so each word is measured once; only a line within rounding of the limit is measured whole.
   */
  wrap(text: string, width: number, font = this.regular, size = SIZE): string[] {
    const lines: string[] = [];
    const space = this.measure(' ', font, size);
    for (const paragraph of this.printable(text).split('\n')) {
      let current = '';
      let currentWidth = 0;
      for (const word of paragraph.split(/ +/)) {
        const wordWidth = this.measure(word, font, size);
        const tried = current ? `${current} ${word}` : word;
        const estimate = current ? currentWidth + space + wordWidth : wordWidth;
        const fits = Math.abs(estimate - width) > 0.01 ? estimate <= width : this.measure(tried, font, size) <= width;
        if (fits) {
          current = tried;
          currentWidth = estimate;
          continue;
        }
        if (current) lines.push(current);
        current = word;
        while (this.measure(current, font, size) > width) {
          let fit = current.length - 1;
          while (fit > 1 && this.measure(current.slice(0, fit), font, size) > width) fit--;
          lines.push(current.slice(0, fit));
          current = current.slice(fit);
        }
        currentWidth = this.measure(current, font, size);
      }
      lines.push(current);
    }
    return lines;
  }

  /** Room for `height` more points on this page, or a new one. Returns true when a page was started. */
  ensure(height: number): boolean {
    if (this.y - height >= MARGIN + 20) return false;
    this.newPage();
    return true;
  }

  text(text: string, { size = SIZE, font = this.regular, color = INK, gap = 0 } = {}): void {
    const leading = size * 1.35;
    for (const line of this.wrap(text, this.width, font, size)) {
      this.ensure(leading);
      this.y -= leading;
      this.page.drawText(line, { x: MARGIN, y: this.y, size, font, color });
    }
    this.y -= gap;
  }

  heading(text: string): void {
    this.ensure(60);
    this.y -= 10;
    this.text(text, { size: 12, font: this.bold, gap: 4 });
  }

  rule(): void {
    this.page.drawLine({
      start: { x: MARGIN, y: this.y },
      end: { x: MARGIN + this.width, y: this.y },
      thickness: 0.5,
      color: RULE,
    });
  }

  /** A table whose header comes again at the top of each page it runs onto. */
  table(columns: Column[], rows: number): void {
    const widths = columns.map((c) => c.width * this.width);
    const header = () => {
      this.ensure(LEADING * 3);
      this.y -= LEADING;
      let x = MARGIN;
      columns.forEach((c, i) => {
        this.page.drawText(c.title, { x, y: this.y, size: SIZE - 1, font: this.bold, color: MUTED });
        x += widths[i];
      });
      this.y -= 4;
      this.rule();
    };
    header();
    for (let row = 0; row < rows; row++) {
      const cells = columns.map((c, i) =>
        c
          .cell(row)
          .filter((text, part) => part === 0 || text)
          .map((text) => this.wrap(text, widths[i] - 6)),
      );
      const height = Math.max(...cells.map((lines) => lines.flat().length)) * LEADING + 4;
      if (this.ensure(height)) header();
      const top = this.y;
      let x = MARGIN;
      cells.forEach((parts, i) => {
        let y = top;
        parts.forEach((lines, part) => {
          for (const text of lines) {
            y -= LEADING;
            this.page.drawText(text, { x, y, size: SIZE, font: this.regular, color: part === 0 ? INK : MUTED });
          }
        });
        x += widths[i];
      });
      this.y = top - height;
      this.rule();
    }
  }

  footers(text: string): void {
    this.pages.forEach((page, i) => {
      const line = this.printable(`${text} · page ${i + 1} of ${this.pages.length}`);
      page.drawText(line, { x: MARGIN, y: MARGIN - 16, size: SIZE - 1, font: this.regular, color: MUTED });
    });
  }
}

/**
 * pdf-lib writes each glyph at its own advance and drops the positions fontkit's layout computes (kerning,
 * marks): turning those positioning features off leaves the glyphs, the widths and so the PDF as they were,
 * and saves fontkit a good part of each layout.
 */
const NO_POSITIONING = { kern: false, mark: false, mkmk: false, curs: false, dist: false };

/**
 * Each string's encoding (its glyphs in the subset) made once: like its width, pdf-lib lays the string out
 * again at each drawText, and a table draws the same dates, amounts and "yes" hundreds of times. The same
 * string always gives the same glyphs, so the encoded string is shared.
 */
function rememberEncoding(font: PDFFont): void {
  const encode = font.encodeText.bind(font);
  const known = new Map<string, PDFHexString>();
  font.encodeText = (text: string) => {
    let hex = known.get(text);
    if (!hex) known.set(text, (hex = encode(text)));
    return hex;
  };
}

/** The summary as a PDF: the certification and its cycle, how the requirement is met, then the activities. */
export async function summaryPdf(summary: PacketSummary, fonts: PdfFonts, paper: Paper = 'a4'): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  // fontkit itself, not the @pdf-lib/fontkit fork: the fork's subsets lose glyphs of TrueType fonts (cantoo-scribe/pdf-lib#144).
  doc.registerFontkit(fontkit as unknown as Parameters<PDFDocument['registerFontkit']>[0]);
  const regular = await doc.embedFont(fonts.regular, { subset: true, features: NO_POSITIONING });
  const bold = await doc.embedFont(fonts.bold, { subset: true, features: NO_POSITIONING });
  rememberEncoding(regular);
  rememberEncoding(bold);
  // fontkit reads a Uint8Array in the browser as in Node (its types ask for a Buffer); a .ttf is one font, not a collection.
  const coverage = fontkit.create(fonts.regular as Buffer) as fontkit.Font;
  const title = `Renewal packet: ${summary.certification.name}, ${summary.cycle.start} to ${summary.cycle.end}`;
  doc.setTitle(title);
  doc.setLanguage('en');
  doc.setCreator('CE Tally');
  doc.setProducer('CE Tally');
  const out = new Writer(doc, PAPER[paper], regular, bold, (code) => coverage.hasGlyphForCodePoint(code));
  const { certification, progress } = summary;

  out.text(`Renewal packet: ${certification.name}`, { size: 16, font: bold, gap: 4 });
  if (summary.bodyName) out.text(`Certifying body: ${summary.bodyName}`);
  out.text(`${cycleLabel(summary.cycle)} (${summary.cycle.current ? 'as entered in CE Tally' : 'the cycle before'})`);
  out.text(`Made by CE Tally on ${summary.madeOn} from the log on this device.`, { color: MUTED });

  out.heading('Requirement');
  if (progress.countsCredits) {
    out.text(
      `Required: ${formatNumber(progress.required.amount)} ${summary.unitPlural} (${formatHours(progress.requirementHours)})${progress.required.prorated ? `, prorated from ${formatNumber(progress.required.prorated.full)} by the certification date ${progress.required.prorated.certifiedOn}` : ''}.`,
    );
    out.text(
      `Earned: ${earnedText(summary)} from ${summary.counted.length} ${summary.counted.length === 1 ? 'activity' : 'activities'}.`,
    );
    out.text(stillNeededSentence(summary));
    if (progress.carryOver)
      out.text(
        `Includes ${formatNumber(progress.carryOver.units)} ${summary.unitPlural} carried over from the cycle that ended ${progress.carryOver.fromCycleEnd}.`,
      );
    if (summary.requirement.length > 1) for (const line of summary.requirement) out.text(requirementLineText(line));
  } else {
    out.text(
      `Required: ${formatNumber(certification.requirement)} ${summary.unitPlural}. CE Tally counts credits only for the bodies it knows: every activity of the cycle is listed below.`,
    );
  }
  if (summary.cpr) out.text(summary.cpr);

  out.heading(`Activities counted (${summary.counted.length})`);
  if (summary.counted.length === 0) out.text('None in this cycle.', { color: MUTED });
  else {
    const rows = summary.counted;
    out.table(
      [
        { title: 'Completed', width: 0.12, cell: (r) => [rows[r].completedOn] },
        {
          title: 'Activity, provider, course or approval number',
          width: 0.4,
          cell: (r) => [
            rows[r].title,
            [rows[r].provider, rows[r].courseCode && `No. ${rows[r].courseCode}`].filter(Boolean).join(' · '),
          ],
        },
        { title: 'Counted', width: 0.16, cell: (r) => [rows[r].counted, rows[r].recordedBy ?? ''] },
        { title: 'Hours', width: 0.08, cell: (r) => [formatNumber(rows[r].hours)] },
        { title: 'Category', width: 0.13, cell: (r) => [rows[r].category ?? '—'] },
        { title: 'Certificate', width: 0.11, cell: (r) => [rows[r].certificate ? 'yes' : 'no'] },
      ],
      rows.length,
    );
  }

  out.heading(`Credits earned but not counted (${summary.notCounted.length})`);
  if (summary.notCounted.length === 0) out.text('None.', { color: MUTED });
  else {
    const rows = summary.notCounted;
    out.table(
      [
        { title: 'Completed', width: 0.12, cell: (r) => [rows[r].completedOn] },
        { title: 'Activity and provider', width: 0.36, cell: (r) => [rows[r].title, rows[r].provider] },
        { title: 'Credits as recorded', width: 0.22, cell: (r) => [rows[r].credits] },
        { title: 'Why not counted', width: 0.3, cell: (r) => [rows[r].reason] },
      ],
      rows.length,
    );
  }

  out.heading(`No certificate on file (${summary.missingCertificates.length})`);
  if (summary.missingCertificates.length === 0)
    out.text('Every counted activity has its certificate in the certificates folder of this packet.', { color: MUTED });
  else {
    const rows = summary.missingCertificates;
    out.text('Fetch these from their providers and attach them in CE Tally before you submit.', { color: MUTED });
    out.table(
      [
        { title: 'Completed', width: 0.12, cell: (r) => [rows[r].completedOn] },
        { title: 'Activity', width: 0.5, cell: (r) => [rows[r].title] },
        {
          title: 'Provider, course or approval number',
          width: 0.38,
          cell: (r) => [[rows[r].provider, rows[r].courseCode].filter(Boolean).join(' · ')],
        },
      ],
      rows.length,
    );
  }

  out.footers(`${certification.name} · ${summary.cycle.start} to ${summary.cycle.end}`);
  return doc.save();
}
