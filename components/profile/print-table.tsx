import type { ReactNode } from "react";

export type PrintColumn<Row> = { header: string; cell: (row: Row) => ReactNode; className?: string };

/** A bordered table of the printed DRH; an empty section prints one row of dashes, like a blank form line. */
export function PrintTable<Row>({ columns, rows, numbered = true, caption }: { columns: readonly PrintColumn<Row>[]; rows: readonly Row[]; numbered?: boolean; caption: string }) {
  const cell = "border border-slate-500 px-2 py-1 align-top";
  return (
    <table className="mb-4 w-full border-collapse text-[10pt] print:text-[9.5pt]">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="bg-slate-100 print:bg-transparent">
          {numbered ? (
            <th scope="col" className={`${cell} w-8 text-center`}>
              No
            </th>
          ) : null}
          {columns.map((column) => (
            <th key={column.header} scope="col" className={`${cell} text-left font-semibold ${column.className ?? ""}`}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            {numbered ? <td className={`${cell} text-center`}>–</td> : null}
            {columns.map((column) => (
              <td key={column.header} className={cell}>
                –
              </td>
            ))}
          </tr>
        ) : (
          rows.map((row, index) => (
            <tr key={index} className="break-inside-avoid">
              {numbered ? <td className={`${cell} text-center`}>{index + 1}</td> : null}
              {columns.map((column) => (
                <td key={column.header} className={`${cell} ${column.className ?? ""}`}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
