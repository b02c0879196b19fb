import type { DrhTable } from "@/lib/profile/drh-layout";
import { EMPTY } from "@/lib/profile/format";

/** A bordered table of the printed DRH; an empty cell prints a dash, like a blank form line. */
export function PrintTable({ table }: { table: DrhTable }) {
  const cell = "border border-slate-500 px-2 py-1 align-top";
  const totalWidth = table.columns.reduce((sum, column) => sum + column.width, 0) || 1;
  const align = (index: number) => (table.columns[index]?.align === "center" ? "text-center" : "");
  return (
    <table className={`${table.footnotes.length > 0 ? "mb-1" : "mb-4"} w-full border-collapse text-[10pt] print:text-[9.5pt]`}>
      <caption className="sr-only">{table.caption}</caption>
      <colgroup>
        {table.columns.map((column) => (
          <col key={column.header} style={{ width: `${((column.width / totalWidth) * 100).toFixed(1)}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr className="bg-slate-100 print:bg-transparent">
          {table.columns.map((column, index) => (
            <th key={column.header} scope="col" className={`${cell} font-semibold ${align(index) || "text-left"}`}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, rowIndex) => (
          <tr key={rowIndex} className={table.isHandwritten ? "h-[0.75cm]" : "break-inside-avoid"}>
            {row.map((value, index) => (
              <td key={index} className={`${cell} ${align(index)}`}>
                {value || (table.isHandwritten ? "" : EMPTY)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
