// The authorisation matrix as data: every page and route handler of app/ (by its file path) with the URL
// to try and the outcome expected for each identity. tests/e2e/authorisation-matrix.spec.ts walks app/ and
// fails for a page.tsx or route.ts missing here (and for an entry whose file is gone), then requests every
// cell over HTTP against the production server. To add a route: add one entry.
//
// Outcomes: "ok" (2xx: the content is served), "deny" (401, 403, 404, or a redirect to sign in: nothing
// served), "redirect" (sent elsewhere, e.g. a signed-in user away from the sign-in page). A leak is a cell
// expected "deny" or "redirect" that answered "ok".

export const IDENTITIES = [
  "anonymous",
  "applicantA", // owner of the application under test
  "applicantB", // another applicant
  "secretariat", // secretariat seated on the selection under test
  "secretariatOther", // secretariat seated on ANOTHER selection only
  "committee", // committee member seated on the selection
  "chair", // the selection's chair
  "ppk", // the PPK of the selection's agency (Pemerintah Kota Singkawang)
  "ppkOther", // a PPK of ANOTHER agency only
  "admin",
] as const;
export type Identity = (typeof IDENTITIES)[number];
export type Outcome = "ok" | "deny" | "redirect";

/** The ids the URLs need, created per run (tests/factories): a copied selection and its data. */
export type MatrixData = {
  slug: string; // the selection under test (copied from Singkawang 2025, the demo Pansel seated)
  applicationA: string; // applicant A's submitted application on it
  registrationNumberA: string;
  versionA: string; // a stored document version (the KTP...) of that application
  stageId: string; // a scored stage of the selection
  announcementSlug: string; // a published announcement
};

export type RouteRule = { url: (data: MatrixData) => string; expect: Record<Identity, Outcome> };

const APPLICANTS: Identity[] = ["applicantA", "applicantB"];
const STAFF: Identity[] = ["secretariat", "secretariatOther", "committee", "chair", "ppk", "ppkOther", "admin"];

/** Every identity "deny" except the ones named. */
function only(ok: Identity[], others: Partial<Record<Identity, Outcome>> = {}): Record<Identity, Outcome> {
  return Object.fromEntries(IDENTITIES.map((who) => [who, others[who] ?? (ok.includes(who) ? "ok" : "deny")])) as Record<Identity, Outcome>;
}
const everyone = (): Record<Identity, Outcome> => only([...IDENTITIES]);

// Who may see a selection's applications (view:applications, by seat; the admin portal-wide; not the PPK).
const APPLICATIONS_READERS: Identity[] = ["secretariat", "committee", "chair", "admin"];
// Who may see its scoring (view:scoring: seated committee members and the chair).
const SCORERS: Identity[] = ["committee", "chair"];
// Who may see its decision flow (view:decisions: every seated staff role, the PPK of its agency and the admin).
const DECISION_READERS: Identity[] = ["secretariat", "committee", "chair", "ppk", "admin"];
// Who may change its schedule (manage:selection: the seated secretariat, the admin).
const SCHEDULERS: Identity[] = ["secretariat", "admin"];

export const ROUTE_RULES: Record<string, RouteRule> = {
  // ── Public pages ──
  "(public)/page.tsx": { url: () => "/", expect: everyone() },
  "(public)/seleksi/page.tsx": { url: () => "/seleksi", expect: everyone() },
  "(public)/seleksi/[slug]/page.tsx": { url: (d) => `/seleksi/${d.slug}`, expect: everyone() },
  "(public)/pengumuman/page.tsx": { url: () => "/pengumuman", expect: everyone() },
  "(public)/pengumuman/[slug]/page.tsx": { url: (d) => `/pengumuman/${d.announcementSlug}`, expect: everyone() },
  "(public)/cek-kelayakan/page.tsx": { url: () => "/cek-kelayakan", expect: everyone() },
  "(public)/aksesibilitas/page.tsx": { url: () => "/aksesibilitas", expect: everyone() },
  "(public)/verifikasi/page.tsx": { url: (d) => `/verifikasi?nomor=${encodeURIComponent(d.registrationNumberA)}`, expect: everyone() },
  // The PDF exists only for a published result list; the seed's announcement is the call, so: 404 for all.
  "api/pengumuman/[slug]/pdf/route.ts": { url: (d) => `/api/pengumuman/${d.announcementSlug}/pdf`, expect: only([]) },
  "api/formulir/[slug]/[code]/route.ts": { url: (d) => `/api/formulir/${d.slug}/II`, expect: everyone() },
  "api/health/route.ts": { url: () => "/api/health", expect: everyone() },
  "api/auth/[...nextauth]/route.ts": { url: () => "/api/auth/session", expect: everyone() },

  // ── Signing in and up: for visitors; a signed-in user is sent to their area ──
  "(auth)/masuk/page.tsx": { url: () => "/masuk", expect: only(["anonymous"], Object.fromEntries([...APPLICANTS, ...STAFF].map((who) => [who, "redirect"]))) },
  "(auth)/daftar/page.tsx": { url: () => "/daftar", expect: only(["anonymous"], Object.fromEntries([...APPLICANTS, ...STAFF].map((who) => [who, "redirect"]))) },

  // ── The applicant's own area (apply:selection), and applicant A's application: A only ──
  // Staff who open the applicant's home are sent to their own area.
  // Account recovery: open to everyone (a signed-in user may have forgotten nothing, but the link still works).
  "(auth)/lupa-kata-sandi/page.tsx": { url: () => "/lupa-kata-sandi", expect: everyone() },
  "(auth)/atur-ulang-kata-sandi/page.tsx": { url: () => "/atur-ulang-kata-sandi?token=tautan-tidak-berlaku-0000000000", expect: everyone() },
  "(auth)/konfirmasi-email/page.tsx": { url: () => "/konfirmasi-email?token=tautan-tidak-berlaku-0000000000", expect: everyone() },
  // One's own password and e-mail address: every signed-in user.
  "(applicant)/akun/keamanan/page.tsx": { url: () => "/akun/keamanan", expect: only([...APPLICANTS, ...STAFF]) },
  "(applicant)/akun/page.tsx": { url: () => "/akun", expect: only(APPLICANTS, Object.fromEntries(STAFF.map((who) => [who, "redirect"]))) },
  "(applicant)/akun/drh/page.tsx": { url: () => "/akun/drh", expect: only(APPLICANTS) },
  "(applicant)/akun/drh/cetak/page.tsx": { url: () => "/akun/drh/cetak", expect: only(APPLICANTS) },
  "(applicant)/akun/notifikasi/page.tsx": { url: () => "/akun/notifikasi", expect: only([...APPLICANTS, ...STAFF]) },
  // A, who has applied already, is sent to the application.
  "(applicant)/akun/lamar/[slug]/page.tsx": { url: (d) => `/akun/lamar/${d.slug}`, expect: only(["applicantB"], { applicantA: "redirect" }) },
  "(applicant)/akun/lamaran/[id]/page.tsx": { url: (d) => `/akun/lamaran/${d.applicationA}`, expect: only(["applicantA"]) },
  "api/lamaran/[id]/bukti/route.ts": { url: (d) => `/api/lamaran/${d.applicationA}/bukti`, expect: only(["applicantA"]) },
  "api/lamaran/[id]/formulir/[code]/route.ts": { url: (d) => `/api/lamaran/${d.applicationA}/formulir/II`, expect: only(["applicantA"]) },
  // A's document version: A, and the staff who may read the selection's applications.
  "api/dokumen/[versionId]/route.ts": { url: (d) => `/api/dokumen/${d.versionA}`, expect: only(["applicantA", ...APPLICATIONS_READERS]) },
  // Upload is a POST of the file itself; a GET is refused to everyone (405), which counts as "deny".
  "api/dokumen/unggah/route.ts": { url: () => "/api/dokumen/unggah", expect: only([]) },
  // The two steps of a direct upload to S3: POSTs too.
  "api/dokumen/unggah-langsung/route.ts": { url: () => "/api/dokumen/unggah-langsung", expect: only([]) },
  "api/dokumen/unggah-langsung/selesai/route.ts": { url: () => "/api/dokumen/unggah-langsung/selesai", expect: only([]) },

  // ── The staff area ──
  "(staff)/pansel/page.tsx": { url: () => "/pansel", expect: only(STAFF) },
  "(staff)/pansel/pengguna/page.tsx": { url: () => "/pansel/pengguna", expect: only(["admin"]) },
  "(staff)/pansel/seleksi/baru/page.tsx": { url: () => "/pansel/seleksi/baru", expect: only(["admin"]) },
  "(staff)/pansel/seleksi/[slug]/pengaturan/page.tsx": { url: (d) => `/pansel/seleksi/${d.slug}/pengaturan`, expect: only(["admin"]) },
  "(staff)/pansel/seleksi/[slug]/pengaturan/syarat/page.tsx": { url: (d) => `/pansel/seleksi/${d.slug}/pengaturan/syarat`, expect: only(["admin"]) },
  "(staff)/pansel/seleksi/[slug]/pengaturan/dokumen/page.tsx": { url: (d) => `/pansel/seleksi/${d.slug}/pengaturan/dokumen`, expect: only(["admin"]) },
  "(staff)/pansel/seleksi/[slug]/pengaturan/tahapan/page.tsx": { url: (d) => `/pansel/seleksi/${d.slug}/pengaturan/tahapan`, expect: only(["admin"]) },
  "(staff)/pansel/instansi/page.tsx": { url: () => "/pansel/instansi", expect: only(["admin"]) },
  "(staff)/pansel/antrean-tugas/page.tsx": { url: () => "/pansel/antrean-tugas", expect: only(["admin"]) },
  "(staff)/pansel/seleksi/[slug]/page.tsx": { url: (d) => `/pansel/seleksi/${d.slug}`, expect: only(APPLICATIONS_READERS) },
  "(staff)/pansel/seleksi/[slug]/lamaran/page.tsx": { url: (d) => `/pansel/seleksi/${d.slug}/lamaran`, expect: only(APPLICATIONS_READERS) },
  "(staff)/pansel/lamaran/[id]/page.tsx": { url: (d) => `/pansel/lamaran/${d.applicationA}`, expect: only(APPLICATIONS_READERS) },
  "(staff)/pansel/seleksi/[slug]/hasil-administrasi/page.tsx": { url: (d) => `/pansel/seleksi/${d.slug}/hasil-administrasi`, expect: only(APPLICATIONS_READERS) },
  "(staff)/pansel/seleksi/[slug]/jadwal/page.tsx": { url: (d) => `/pansel/seleksi/${d.slug}/jadwal`, expect: only(SCHEDULERS) },
  "(staff)/pansel/seleksi/[slug]/penilaian/page.tsx": { url: (d) => `/pansel/seleksi/${d.slug}/penilaian`, expect: only(SCORERS) },
  "(staff)/pansel/seleksi/[slug]/penilaian/[stageId]/page.tsx": { url: (d) => `/pansel/seleksi/${d.slug}/penilaian/${d.stageId}`, expect: only(SCORERS) },
  "(staff)/pansel/seleksi/[slug]/keputusan/page.tsx": { url: (d) => `/pansel/seleksi/${d.slug}/keputusan`, expect: only(DECISION_READERS) },
  "api/pansel/seleksi/[slug]/ekspor/[format]/route.ts": { url: (d) => `/api/pansel/seleksi/${d.slug}/ekspor/csv`, expect: only(APPLICATIONS_READERS) },
  "api/pansel/seleksi/[slug]/ekspor-nilai/route.ts": { url: (d) => `/api/pansel/seleksi/${d.slug}/ekspor-nilai`, expect: only(["chair"]) },
  // While the stage is open, its draft minutes are the chair's only; the members see them once it is closed.
  "api/pansel/seleksi/[slug]/penilaian/[stageId]/berita-acara/route.ts": { url: (d) => `/api/pansel/seleksi/${d.slug}/penilaian/${d.stageId}/berita-acara`, expect: only(["chair"]) },
  // No letter has been recorded on the copied selection: nobody gets one (the seat check comes first).
  "api/pansel/seleksi/[slug]/keputusan/[decisionId]/route.ts": { url: (d) => `/api/pansel/seleksi/${d.slug}/keputusan/tidak-ada`, expect: only([]) },
};
