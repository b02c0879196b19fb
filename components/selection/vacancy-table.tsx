import { ScrollRegion } from "@/components/ui/scroll-region";
import { EDUCATION_LABELS, isEducationLevel } from "@/lib/identifiers/education";
import type { SelectionDetail } from "@/lib/selections/queries";

type Vacancies = SelectionDetail["vacancies"];

/**
 * Whether the selection's vacancies are CPNS formations: a formation names the education it accepts
 * (`Vacancy.educationRequired`), a JPT post does not. The page's wording and columns follow this, from data.
 */
export function areFormations(vacancies: Vacancies): boolean {
  return vacancies.some((vacancy) => vacancy.educationRequired.length > 0);
}

const educationText = (levels: readonly string[]) => levels.map((level) => (isEducationLevel(level) ? EDUCATION_LABELS[level] : level)).join(" atau ") || "–";

/** The posts (JPT: title, eselon, quota) or formations (CPNS: code, title, unit, quota, education) of a selection. */
export function VacancyTable({ vacancies }: { vacancies: Vacancies }) {
  const formations = areFormations(vacancies);
  const withEselon = vacancies.some((vacancy) => vacancy.eselon);
  const label = formations ? "Formasi yang dibutuhkan" : "Jabatan yang akan diisi";
  return (
    <ScrollRegion label={label}>
      <table className={formations ? "w-full min-w-[640px] text-sm" : "w-full text-sm"} data-testid={formations ? "tabel-formasi" : "tabel-jabatan"}>
        {formations ? <caption className="sr-only">{label}</caption> : null}
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-2 pr-2">No</th>
            {formations ? <th scope="col" className="py-2 pr-2">Kode</th> : null}
            <th scope="col" className="py-2 pr-2">{formations ? "Formasi" : "Jabatan"}</th>
            {formations ? <th scope="col" className="py-2 pr-2">Unit kerja</th> : null}
            {withEselon ? <th scope="col" className="py-2 pr-2">Eselon</th> : null}
            <th scope="col" className={formations ? "py-2 pr-2" : "py-2"}>Kebutuhan</th>
            {formations ? <th scope="col" className="py-2">Kualifikasi pendidikan</th> : null}
          </tr>
        </thead>
        <tbody>
          {vacancies.map((vacancy, index) => (
            <tr key={vacancy.code} className="border-b border-slate-100 align-top" data-testid={formations ? `formasi-${vacancy.code}` : undefined}>
              <td className="py-2 pr-2">{index + 1}.</td>
              {formations ? <td className="whitespace-nowrap py-2 pr-2 font-mono">{vacancy.code}</td> : null}
              <td className="py-2 pr-2 font-medium">{vacancy.title}</td>
              {formations ? <td className="py-2 pr-2">{vacancy.unit ?? "–"}</td> : null}
              {withEselon ? <td className="py-2 pr-2">{vacancy.eselon ?? "–"}</td> : null}
              <td className={formations ? "py-2 pr-2" : "py-2"}>{vacancy.quota} orang</td>
              {formations ? <td className="py-2">{educationText(vacancy.educationRequired)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
