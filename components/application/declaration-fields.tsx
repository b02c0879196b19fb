import type { UseFormRegisterReturn } from "react-hook-form";
import type { DeclarationWording } from "@/lib/applications/declarations";

type Props = {
  willingAllStages: UseFormRegisterReturn;
  willingToReside: UseFormRegisterReturn;
  noMppStatement: UseFormRegisterReturn;
  willingAllStagesError?: string;
  wording: DeclarationWording;
};

/** The applicant's three declarations, worded once for the apply form and the draft's page. */
export function DeclarationFields({ willingAllStages, willingToReside, noMppStatement, willingAllStagesError, wording }: Props) {
  return (
    <fieldset className="space-y-3">
      <legend className="font-medium">Pernyataan</legend>
      <label className="flex items-start gap-2">
        <input type="checkbox" {...willingAllStages} className="mt-1" aria-describedby={willingAllStagesError ? "willing-all-error" : undefined} />
        <span>Saya bersedia mengikuti seluruh tahapan seleksi dan ketentuan yang ditetapkan oleh Panitia Seleksi.</span>
      </label>
      {willingAllStagesError ? (
        <p id="willing-all-error" className="text-sm text-red-700">
          {willingAllStagesError}
        </p>
      ) : null}
      <label className="flex items-start gap-2">
        <input type="checkbox" {...willingToReside} className="mt-1" />
        <span>{wording.reside}</span>
      </label>
      {wording.offersNoMpp ? (
        <label className="flex items-start gap-2">
          <input type="checkbox" {...noMppStatement} className="mt-1" />
          <span>
            Saya sedang/pernah menduduki jabatan pimpinan tinggi pratama dan bersedia tidak mengajukan masa persiapan pensiun (MPP) bila diangkat —
            berlaku untuk batas usia 58 tahun.
          </span>
        </label>
      ) : null}
    </fieldset>
  );
}
