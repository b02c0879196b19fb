// The applicant's CV in brief, beside the documents that prove it. No hooks: rendered on the server.
type Position = { title: string; level: string; eselon: string | null; unitKerja: string | null; period: string };
type Education = { level: string; major: string | null; institutionName: string; graduationYear: number | null };

export type ApplicantSummaryView = {
  name: string;
  nip: string | null;
  email: string;
  phone: string | null;
  birth: string | null;
  gender: string | null;
  employmentStatus: string | null;
  institution: string | null;
  unitKerja: string | null;
  rank: string | null;
  currentPositionTitle: string | null;
  tmtCpns: string | null;
  positions: Position[];
  educations: Education[];
  declarations: string[];
};

function Row({ label, value }: { label: string; value: string | null }) {
  return (
    <div className="grid grid-cols-[9rem_minmax(0,1fr)] gap-2 py-1">
      <dt className="text-slate-600">{label}</dt>
      <dd className="break-words">{value || "–"}</dd>
    </div>
  );
}

export function ApplicantSummary({ applicant }: { applicant: ApplicantSummaryView }) {
  return (
    <div className="space-y-4 text-sm">
      <dl className="divide-y divide-slate-100" data-testid="data-pelamar">
        <Row label="Nama" value={applicant.name} />
        <Row label="NIP" value={applicant.nip} />
        <Row label="Tempat, tgl lahir" value={applicant.birth} />
        <Row label="Jenis kelamin" value={applicant.gender} />
        <Row label="Status kepegawaian" value={applicant.employmentStatus} />
        <Row label="Instansi" value={applicant.institution} />
        <Row label="Unit kerja" value={applicant.unitKerja} />
        <Row label="Pangkat/golongan" value={applicant.rank} />
        <Row label="Jabatan sekarang" value={applicant.currentPositionTitle} />
        <Row label="TMT CPNS" value={applicant.tmtCpns} />
        <Row label="E-mail" value={applicant.email} />
        <Row label="Telepon" value={applicant.phone} />
      </dl>
      <div>
        <h3 className="font-semibold">Riwayat jabatan</h3>
        {applicant.positions.length === 0 ? (
          <p className="text-slate-600">Belum diisi.</p>
        ) : (
          <ul className="mt-1 space-y-1">
            {applicant.positions.map((position) => (
              <li key={`${position.title}-${position.period}`}>
                <span className="font-medium">{position.title}</span> ({position.level}
                {position.eselon ? `, eselon ${position.eselon}` : ""}) · {position.period}
                {position.unitKerja ? <span className="text-slate-600"> · {position.unitKerja}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3 className="font-semibold">Pendidikan</h3>
        {applicant.educations.length === 0 ? (
          <p className="text-slate-600">Belum diisi.</p>
        ) : (
          <ul className="mt-1 space-y-1">
            {applicant.educations.map((education) => (
              <li key={`${education.level}-${education.institutionName}`}>
                {education.level}
                {education.major ? ` ${education.major}` : ""}, {education.institutionName}
                {education.graduationYear ? ` (${education.graduationYear})` : ""}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3 className="font-semibold">Pernyataan</h3>
        <ul className="mt-1 space-y-0.5">
          {applicant.declarations.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
