import type { ReactNode } from "react";
import { PrintTable } from "@/components/profile/print-table";
import type { DrhLayout, DrhSection } from "@/lib/profile/drh-layout";
import { EMPTY } from "@/lib/profile/format";

// The printable Lampiran II: draws the one layout model (lib/profile/drh-layout.ts) that the PDF form
// draws too. Only the looks are decided here.

function Heading({ numeral, children }: { numeral: string; children: ReactNode }) {
  return (
    <h2 className="mt-5 mb-2 break-after-avoid text-[11pt] font-bold">
      {numeral}. <span className="underline">{children}</span>
    </h2>
  );
}

function Section({ section }: { section: DrhSection }) {
  return (
    <div>
      <Heading numeral={section.numeral}>{section.title}</Heading>
      {section.subtitle ? <p className="mb-1 text-[10pt]">{section.subtitle}</p> : null}
      {section.blocks.map((block, index) =>
        block.kind === "label" ? (
          <p key={index} className="mb-1 text-[10pt]">
            {block.text}
          </p>
        ) : (
          <div key={index}>
            <PrintTable table={block.table} />
            {block.table.footnotes.map((note, noteIndex) => (
              <p key={note} className={`text-[9pt] ${noteIndex === block.table.footnotes.length - 1 ? "mb-2" : ""}`}>
                {note}
              </p>
            ))}
          </div>
        ),
      )}
    </div>
  );
}

export function DrhDocument({ layout }: { layout: DrhLayout }) {
  const { signature } = layout;
  return (
    <article aria-label="Daftar Riwayat Hidup" tabIndex={0} className="mx-auto max-w-[21cm] overflow-x-auto bg-white print:overflow-visible p-6 font-serif text-[11pt] leading-snug text-black shadow-sm sm:p-10 print:p-0 print:shadow-none">
      <div className="relative">
        <div className="float-right ml-4 flex h-[4cm] w-[3cm] flex-col items-center justify-center border border-dashed border-slate-600 text-center text-[9pt]">
          {layout.photoBox.map((line) => (
            <span key={line}>{line}</span>
          ))}
        </div>
        <h1 className="mb-6 text-center text-[13pt] font-bold tracking-wide">{layout.title}</h1>

        <Heading numeral={layout.personal.numeral}>{layout.personal.title}</Heading>
        <table className="text-[10.5pt]">
          <caption className="sr-only">Data pribadi</caption>
          <tbody>
            {layout.personal.items.map((item) => (
              <tr key={item.marker} className="align-top">
                <td className="w-6 py-0.5">{item.marker}</td>
                <th scope="row" className="w-56 py-0.5 pr-2 text-left font-normal">
                  {item.hint ? `${item.label} ${item.hint}` : item.label}
                </th>
                <td className="py-0.5 pr-2">:</td>
                <td className="py-0.5 whitespace-pre-line">{item.value || EMPTY}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {layout.sections.map((section) => (
        <Section key={section.numeral} section={section} />
      ))}

      <section aria-label="Pernyataan" className="mt-6 break-inside-avoid">
        <p className="text-justify text-[10.5pt]">{layout.declaration}</p>
        {layout.selfStatement ? <p className="mt-3 text-[9.5pt] text-slate-700 print:text-black">{layout.selfStatement}</p> : null}
        <div className="mt-8 ml-auto w-72 text-center text-[10.5pt]">
          <p>
            {signature.place}, {signature.dateText}
          </p>
          <div className="mx-auto my-4 flex h-20 w-36 items-center justify-center border border-dashed border-slate-500 text-center text-[8.5pt]">
            {signature.stampText}
          </div>
          <p className="font-semibold underline">{signature.name || EMPTY}</p>
          <p>NIP. {signature.nip || EMPTY}</p>
        </div>
        {layout.note ? (
          <div className="mt-6 text-[10pt]">
            <p className="font-semibold">{layout.note.title}</p>
            <p>{layout.note.text}</p>
          </div>
        ) : null}
      </section>
    </article>
  );
}
