"use client";

// The public self-check: the visitor's answers are read as a candidate and evaluated in the browser with
// the selection's own rules on every change. Nothing is sent anywhere.
import { type ReactNode, useMemo } from "react";
import { type Path, useFieldArray, useForm, useWatch } from "react-hook-form";
import { EligibilityChecklist, VERDICT_TEXT } from "@/components/eligibility/eligibility-checklist";
import { SelfCheckScopeNote } from "@/components/eligibility/self-check-scope-note";
import { ChoiceGroup, CheckboxField, SelectField, type Option } from "@/components/eligibility/self-check-fields";
import {
  EMPTY_POSITION,
  type InstitutionChoice,
  OTHER_INSTITUTION,
  type PartialSelfCheckValues,
  type SelfCheckValues,
  emptySelfCheckValues,
  performanceYearsFor,
  readSelfCheck,
} from "@/components/eligibility/self-check-values";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { formatCalendarDate } from "@/lib/dates/calendar";
import { evaluateEligibility } from "@/lib/eligibility/engine";
import type { AgeReading, EligibilityResult, RuleConfig } from "@/lib/eligibility/types";
import { EDUCATION_LABELS, EDUCATION_LEVELS } from "@/lib/identifiers/education";
import { positionLevelLabel } from "@/lib/identifiers/position-level";
import { RANK_CODES, rankLabel } from "@/lib/identifiers/rank";
import { CANDIDATE_POSITION_LEVELS } from "@/lib/validation/eligibility-input";

type Props = {
  rules: RuleConfig[];
  referenceDate: string;
  isReferenceDatePlanned: boolean;
  ageReading: AgeReading;
  ruleTexts: Record<string, string>;
  institutions: InstitutionChoice[];
};

const GENDER_OPTIONS: Option[] = [
  { value: "M", label: "Laki-laki" },
  { value: "F", label: "Perempuan" },
];
const EMPLOYMENT_OPTIONS: Option[] = [
  { value: "PNS", label: "Pegawai Negeri Sipil (PNS)" },
  { value: "PPPK", label: "PPPK" },
  { value: "NON_ASN", label: "Bukan ASN" },
];
const EDUCATION_OPTIONS: Option[] = EDUCATION_LEVELS.map((level) => ({ value: level, label: EDUCATION_LABELS[level] }));
const RANK_OPTIONS: Option[] = RANK_CODES.map((code) => ({ value: code, label: rankLabel(code) }));
const LEVEL_OPTIONS: Option[] = CANDIDATE_POSITION_LEVELS.map((level) => ({ value: level, label: positionLevelLabel(level) }));
const YES_NO: Option[] = [
  { value: "no", label: "Tidak" },
  { value: "yes", label: "Ya" },
];
const RATING_OPTIONS: Option[] = [
  { value: "good", label: "Seluruh unsur bernilai baik atau lebih" },
  { value: "below", label: "Ada unsur di bawah baik" },
];

function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <h3 id={id} className="text-base font-semibold text-slate-900">
        {title}
      </h3>
      {children}
    </section>
  );
}

export function SelfCheckForm({ rules, referenceDate, isReferenceDatePlanned, ageReading, ruleTexts, institutions }: Props) {
  const performanceYears = useMemo(() => performanceYearsFor(rules, referenceDate), [rules, referenceDate]);
  const defaults = useMemo(() => emptySelfCheckValues(performanceYears), [performanceYears]);
  const { register, control, reset, getFieldState, formState } = useForm<SelfCheckValues>({ defaultValues: defaults });
  const positions = useFieldArray({ control, name: "positions" });
  const values = useWatch({ control }) as PartialSelfCheckValues;

  const reading = useMemo(() => readSelfCheck(values, institutions), [values, institutions]);
  const evaluation = useMemo((): { result: EligibilityResult } | { error: string } => {
    try {
      return { result: evaluateEligibility({ rules, candidate: reading.candidate, referenceDate, ageReading }) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [rules, reading.candidate, referenceDate, ageReading]);

  // A message appears once the visitor has left the field, not while the first digit is being typed.
  const errorOf = (name: string): string | undefined =>
    getFieldState(name as Path<SelfCheckValues>, formState).isTouched ? reading.fieldErrors[name] : undefined;
  const fieldError = (name: string) => {
    const message = errorOf(name);
    return message ? { type: "validate", message } : undefined;
  };

  const institutionOptions: Option[] = [
    ...institutions.map((option) => ({ value: option.name, label: `${option.name} (kode wilayah ${option.regionCode})` })),
    { value: OTHER_INSTITUTION, label: "Instansi lainnya (isi sendiri)" },
  ];
  const isOtherInstitution = values.institution === OTHER_INSTITUTION;

  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,30rem)]">
      <form noValidate onSubmit={(event) => event.preventDefault()} aria-labelledby="isian-title" className="space-y-5">
        <h2 id="isian-title" className="text-xl font-semibold">
          Data Anda
        </h2>

        <Section title="Data diri" id="bagian-data-diri">
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField label="Tanggal lahir" type="date" registration={register("birthDate")} error={fieldError("birthDate")} />
            <ChoiceGroup legend="Jenis kelamin" registration={register("gender")} options={GENDER_OPTIONS} error={errorOf("gender")} />
          </div>
          <TextField
            label="NIP (opsional)"
            inputMode="numeric"
            autoComplete="off"
            hint="Hanya untuk mencocokkan tanggal lahir dan jenis kelamin dengan NIP. Tidak dikirim ke mana pun."
            registration={register("nip")}
            error={fieldError("nip")}
          />
        </Section>

        <Section title="Kepegawaian" id="bagian-kepegawaian">
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField label="Status kepegawaian" registration={register("employmentStatus")} options={EMPLOYMENT_OPTIONS} error={errorOf("employmentStatus")} />
            <SelectField label="Pangkat/golongan" registration={register("rank")} options={RANK_OPTIONS} error={errorOf("rank")} />
          </div>
          <SelectField label="Instansi asal" registration={register("institution")} options={institutionOptions} error={errorOf("institution")} />
          {isOtherInstitution ? (
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField label="Nama instansi" registration={register("otherInstitutionName")} error={fieldError("otherInstitutionName")} />
              <TextField
                label="Kode wilayah instansi"
                inputMode="numeric"
                hint="Kode wilayah BPS: 2 digit untuk provinsi (61 = Kalimantan Barat), 4 digit untuk kabupaten/kota (6172 = Singkawang)."
                registration={register("otherRegionCode")}
                error={fieldError("otherRegionCode")}
              />
            </div>
          ) : null}
          <SelectField label="Pendidikan terakhir" registration={register("education")} options={EDUCATION_OPTIONS} error={errorOf("education")} />
        </Section>

        <Section title="Riwayat jabatan" id="bagian-jabatan">
          <p className="text-sm text-slate-600">
            Cantumkan jabatan yang pernah dan sedang Anda duduki. Masa jabatan yang tumpang-tindih dihitung sekali; jabatan yang masih diduduki
            dihitung sampai tanggal acuan.
          </p>
          {positions.fields.length === 0 ? <p className="text-sm text-slate-700">Belum ada jabatan yang diisi.</p> : null}
          <ol className="space-y-4">
            {positions.fields.map((field, index) => {
              const isCurrent = values.positions?.[index]?.isCurrent === true;
              return (
                <li key={field.id}>
                  <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
                    <legend className="px-1 text-sm font-semibold text-slate-800">Jabatan ke-{index + 1}</legend>
                    <TextField label="Nama jabatan" registration={register(`positions.${index}.title`)} error={fieldError(`positions.${index}.title`)} />
                    <SelectField
                      label="Jenjang jabatan"
                      registration={register(`positions.${index}.level`)}
                      options={LEVEL_OPTIONS}
                      error={errorOf(`positions.${index}.level`)}
                    />
                    <div className="grid gap-3 sm:grid-cols-2">
                      <TextField label="Mulai menjabat" type="date" registration={register(`positions.${index}.start`)} error={fieldError(`positions.${index}.start`)} />
                      <TextField
                        label="Selesai menjabat"
                        type="date"
                        registration={register(`positions.${index}.end`, { disabled: isCurrent })}
                        error={isCurrent ? undefined : fieldError(`positions.${index}.end`)}
                      />
                    </div>
                    <div className="flex flex-wrap items-center justify-between gap-3">
                      <CheckboxField label="Masih menjabat" registration={register(`positions.${index}.isCurrent`)} />
                      <Button variant="secondary" onClick={() => positions.remove(index)} aria-label={`Hapus jabatan ke-${index + 1}`}>
                        Hapus
                      </Button>
                    </div>
                  </fieldset>
                </li>
              );
            })}
          </ol>
          {reading.positionsIncomplete ? (
            <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="jabatan-belum-lengkap">
              Riwayat jabatan belum dihitung: lengkapi jenjang, tanggal mulai, dan tanggal selesai (atau centang &ldquo;Masih menjabat&rdquo;) pada setiap
              jabatan.
            </p>
          ) : null}
          <Button variant="secondary" onClick={() => positions.append({ ...EMPTY_POSITION })}>
            Tambah jabatan
          </Button>
        </Section>

        <Section title="Pernyataan dan penilaian" id="bagian-pernyataan">
          <CheckboxField
            label="Saya bersedia membuat pernyataan tidak akan mengajukan masa persiapan pensiun (MPP)"
            hint="Bagi yang sedang/pernah menduduki jabatan pimpinan tinggi, pernyataan ini dapat memperpanjang batas usia sesuai ketentuan seleksi."
            registration={register("noMppStatement")}
          />
          {performanceYears.map((year, index) => (
            <ChoiceGroup
              key={year}
              legend={`Penilaian prestasi kerja tahun ${year}`}
              registration={register(`performance.${index}.rating`)}
              options={RATING_OPTIONS}
            />
          ))}
          <ChoiceGroup
            legend="Pernah dijatuhi hukuman disiplin tingkat sedang atau berat?"
            registration={register("disciplineModerateOrSevere")}
            options={YES_NO}
            error={errorOf("disciplineModerateOrSevere")}
          />
          <ChoiceGroup
            legend="Sedang menjalani pemeriksaan atas dugaan pelanggaran disiplin?"
            registration={register("disciplineUnderExamination")}
            options={YES_NO}
            error={errorOf("disciplineUnderExamination")}
          />
          <ChoiceGroup
            legend="Pernah dipidana berdasarkan putusan pengadilan yang berkekuatan hukum tetap?"
            registration={register("criminalConviction")}
            options={YES_NO}
            error={errorOf("criminalConviction")}
          />
        </Section>

        <Button variant="secondary" onClick={() => reset(defaults)}>
          Kosongkan isian
        </Button>

        {/* On a phone the checklist sits below the whole form; keep the verdict in sight while filling it in. */}
        {"result" in evaluation ? (
          <a
            href="#hasil"
            className="sticky bottom-0 block rounded-t-lg border border-slate-300 bg-white px-4 py-3 text-sm font-semibold text-slate-900 shadow-lg lg:hidden"
          >
            Hasil sementara: {VERDICT_TEXT[evaluation.result.verdict]} — lihat rincian
          </a>
        ) : null}
      </form>

      <section id="hasil" aria-labelledby="hasil-title" className="space-y-3">
        <h2 id="hasil-title" className="text-xl font-semibold">
          Hasil pemeriksaan
        </h2>
        <p className="text-sm text-slate-700">
          Tanggal acuan usia: <strong>{formatCalendarDate(referenceDate)}</strong>
          {isReferenceDatePlanned ? " (rencana; dihitung ulang bila tanggal penetapan berubah)" : ""}.
        </p>
        {"result" in evaluation ? (
          <>
            <EligibilityChecklist result={evaluation.result} ruleTexts={ruleTexts} />
            <SelfCheckScopeNote />
          </>
        ) : (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
            Persyaratan seleksi ini tidak dapat diperiksa otomatis: {evaluation.error}
          </p>
        )}
      </section>
    </div>
  );
}
