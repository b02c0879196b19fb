// Bulk load for the secretariat queue benchmark: N submitted applications to one selection, each with
// its applicant account and CV, one document row per requirement and a stored version for every
// uploaded document, in a spread of verification states. Written in bulk, not through the domain
// functions (5,000 applications through the real submit path would take many minutes): set-based
// INSERT … SELECT over generate_series, a handful of statements per 10,000 applications, the rows made
// by PostgreSQL itself (nothing built row by row in JavaScript but the registration numbers, whose check
// digit is the app's). The same N gives the same shape of data.
//   npx tsx tests/bench/queue-load.ts <DATABASE_URL> [count]
import crypto from "node:crypto";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { formatRegistrationNumber } from "@/lib/applications/registration-number";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type QueueLoadResult = { applications: number; documents: number; versions: number; seconds: number };

// Sequences from 10,001 up: clear of anything the seed or a demo creates (00001, 00002, ...).
const FIRST_SEQUENCE = 10_001;

// Index `i` of the load as SQL: a valid-looking, unique NIP (birth date repeats every 6,720, sequence every
// 1,000: unique for index < 168,000), its birth date, the name and the NIK.
const YEAR = "(1965 + (g.i / 336) % 20)";
const MONTH = "(1 + (g.i / 28) % 12)";
const DAY = "(1 + g.i % 28)";
const NIP = `(${YEAR}::text || lpad(${MONTH}::text, 2, '0') || lpad(${DAY}::text, 2, '0') || '199503' || (1 + g.i % 2)::text || lpad((g.i % 1000)::text, 3, '0'))`;
/** The index zero-padded: ids sort in the order they are written, so each index grows at its end. */
const INDEX = "lpad(g.i::text, 6, '0')";
const NAME = `('Peserta Uji Beban ' || lpad((g.i + 1)::text, 5, '0'))`;

/**
 * Four kinds of application in turn (index % 4): decided MS; TMS (half confirmed) with item 4 failing;
 * half verified (even positions meet); untouched. `p` is the requirement's position from 0.
 */
const DECISION = `(CASE g.i % 4 WHEN 0 THEN 'MS' WHEN 1 THEN 'TMS' END)::"AdminDecision"`;
const VERDICT = `(CASE g.i % 4 WHEN 0 THEN 'ELIGIBLE' WHEN 1 THEN 'NOT_ELIGIBLE' ELSE 'PENDING_VERIFICATION' END)::"EligibilityVerdict"`;
const DOCUMENT_STATUS = `(CASE WHEN r.due <> 'REGISTRATION' THEN 'MISSING'
  WHEN g.i % 4 = 0 THEN 'MEETS'
  WHEN g.i % 4 = 1 THEN CASE WHEN r.p = 3 THEN 'FAILS' ELSE 'MEETS' END
  WHEN g.i % 4 = 2 THEN CASE WHEN r.p % 2 = 0 THEN 'MEETS' ELSE 'UPLOADED' END
  ELSE 'UPLOADED' END)::"DocumentStatus"`;

/** Applications per round of statements: a round is a handful of set-based statements, whatever its size. */
const ROUND = 10_000;

/**
 * `firstIndex` continues an earlier load (e.g. 45,000 more after 5,000): NIPs, NIKs and registration
 * numbers follow the index, so two loads with disjoint index ranges do not collide.
 */
export async function seedQueueLoad(
  databaseUrl: string,
  options: { count?: number; slug?: string; firstIndex?: number } = {},
): Promise<QueueLoadResult> {
  const count = options.count ?? 5000;
  const firstIndex = options.firstIndex ?? 0;
  const started = performance.now();
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 1 }) });
  try {
    const selection = await prisma.selection.findUniqueOrThrow({
      where: { slug: options.slug ?? "sekda-singkawang-2025" },
      select: {
        id: true,
        announcementDate: true,
        organiser: { select: { regionCode: true } },
        vacancies: { orderBy: { order: "asc" }, take: 1, select: { id: true, code: true } },
        documents: { orderBy: { number: "asc" }, select: { id: true, dueStage: true } },
      },
    });
    const vacancy = selection.vacancies[0];
    if (!vacancy) throw new Error("The selection has no vacancy");
    const institution = await prisma.institution.findFirstOrThrow({ where: { regionCode: "6172" }, select: { id: true } });
    const staff = await prisma.user.findMany({ where: { roles: { has: "SECRETARIAT" } }, orderBy: { email: "asc" }, take: 2, select: { id: true } });
    const [decider, confirmer] = [staff[0]?.id ?? null, staff[1]?.id ?? null];
    const submittedAt = new Date("2025-11-01T03:00:00Z");
    const tag = crypto.randomBytes(3).toString("hex");
    const requirementIds = selection.documents.map((document) => document.id);
    const requirementStages = selection.documents.map((document) => document.dueStage);
    let documents = 0;
    let versions = 0;
    // A superuser (the bench's own throwaway cluster) loads with the foreign keys' row-by-row checks off
    // (session_replication_role = replica: 3–4 × faster here); the rows are consistent by construction, and
    // the bench counts what the queue lists. Another role loads with the checks on.
    const [role] = await prisma.$queryRawUnsafe<Array<{ superuser: boolean }>>(`SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`);
    const uncheckedLoad = role?.superuser === true;

    for (let from = firstIndex; from < firstIndex + count; from += ROUND) {
      const to = Math.min(from + ROUND, firstIndex + count) - 1;
      // The registration number's check digit is the app's own (formatRegistrationNumber), one array per round.
      const numbers = Array.from({ length: to - from + 1 }, (_, offset) =>
        formatRegistrationNumber({
          regionCode: selection.organiser.regionCode,
          year: selection.announcementDate.getUTCFullYear(),
          vacancyCode: vacancy.code,
          sequence: FIRST_SEQUENCE + from + offset,
        }),
      );
      const series = `generate_series(${from}::int, ${to}::int) AS g(i)`;
      await prisma.$transaction(async (tx) => {
        if (uncheckedLoad) await tx.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`);
        await tx.$executeRawUnsafe(
          `INSERT INTO "User" (id, email, name, nip, "passwordHash", roles, "updatedAt")
           SELECT 'bench-u-' || $1::text || '-' || ${INDEX}, 'beban-' || $1::text || '-' || ${INDEX} || '@bench.seleksi.id', ${NAME}, ${NIP}, '-', ARRAY['APPLICANT']::"Role"[], $2::timestamp(3)
           FROM ${series}`,
          tag,
          submittedAt,
        );
        await tx.$executeRawUnsafe(
          `INSERT INTO "ApplicantProfile" (id, "userId", "fullName", nip, nik, "birthDate", gender, "employmentStatus", "institutionId", "currentRank", "tmtCpns", "updatedAt")
           SELECT 'bench-p-' || $1::text || '-' || ${INDEX}, 'bench-u-' || $1::text || '-' || ${INDEX}, ${NAME}, ${NIP}, '6172' || lpad(g.i::text, 12, '0'),
             make_date(${YEAR}, ${MONTH}, ${DAY}), (CASE g.i % 2 WHEN 0 THEN 'M' ELSE 'F' END)::"Gender", 'PNS'::"EmploymentStatus", $2::text, 'IV/b', DATE '1995-03-01', $3::timestamp(3)
           FROM ${series}`,
          tag,
          institution.id,
          submittedAt,
        );
        await tx.$executeRawUnsafe(
          `INSERT INTO "Application" (id, "registrationNumber", "selectionId", "vacancyId", "applicantId", status, "willingAllStages", "willingToReside",
             "submittedAt", "eligibilityVerdict", "eligibilityEvaluatedAt", "adminDecision", "adminDecisionReason", "adminDecidedById", "adminDecidedAt",
             "adminConfirmedById", "adminConfirmedAt", "updatedAt")
           SELECT 'bench-a-' || $1::text || '-' || ${INDEX}, ($2::text[])[g.i - ${from} + 1], $3::text, $4::text, 'bench-u-' || $1::text || '-' || ${INDEX}, 'SUBMITTED'::"ApplicationStatus", true, true,
             $5::timestamp(3), ${VERDICT}, $5::timestamp(3), ${DECISION},
             CASE WHEN g.i % 4 = 1 THEN 'Berkas 4 tidak memenuhi: Tidak bermaterai' END,
             CASE WHEN g.i % 4 < 2 THEN $6::text END, CASE WHEN g.i % 4 < 2 THEN $5::timestamp(3) END,
             CASE WHEN g.i % 8 = 1 THEN $7::text END, CASE WHEN g.i % 8 = 1 THEN $5::timestamp(3) END, $5::timestamp(3)
           FROM ${series}`,
          tag,
          numbers,
          selection.id,
          vacancy.id,
          submittedAt,
          decider,
          confirmer,
        );
        // One row per requirement (documents due at a later stage, items 14–16, are not there yet), each
        // uploaded one pointing at its stored version: both in one statement, as the two reference each other
        // (the foreign keys are checked at the end of the statement), so no second pass updates a million rows.
        const requirements = `unnest($2::text[], $3::text[]) WITH ORDINALITY AS q(id, due, n) CROSS JOIN LATERAL (SELECT q.id, q.due, (q.n - 1)::int AS p) r`;
        const [inserted] = await tx.$queryRawUnsafe<Array<{ documents: number; versions: number }>>(
          `WITH rows AS (
             SELECT g.i, r.p, r.id AS "requirementId", ${DOCUMENT_STATUS} AS status, $1::text || '-' || ${INDEX} || '-' || lpad(r.p::text, 2, '0') AS suffix
             FROM ${series} CROSS JOIN ${requirements}
           ), documents AS (
             INSERT INTO "Document" (id, "applicationId", "requirementId", status, "currentVersionId", "updatedAt")
             SELECT 'bench-d-' || suffix, 'bench-a-' || $1::text || '-' || lpad(i::text, 6, '0'), "requirementId", status,
               CASE WHEN status <> 'MISSING' THEN 'bench-v-' || suffix END, $4::timestamp(3)
             FROM rows
             RETURNING 1
           ), versions AS (
             INSERT INTO "DocumentVersion" (id, "documentId", version, "storageKey", "fileName", "mimeType", "sizeBytes", sha256, "uploadedById", "uploadedAt")
             SELECT 'bench-v-' || suffix, 'bench-d-' || suffix, 1, 'bench/' || $1::text || '/bench-d-' || suffix || '.pdf', 'berkas-' || (p + 1) || '.pdf',
               'application/pdf', 250000, encode(sha256(convert_to('bench-d-' || suffix, 'UTF8')), 'hex'), 'bench-u-' || $1::text || '-' || lpad(i::text, 6, '0'), $4::timestamp(3)
             FROM rows WHERE status <> 'MISSING'
             RETURNING 1
           )
           SELECT (SELECT count(*) FROM documents)::int AS documents, (SELECT count(*) FROM versions)::int AS versions`,
          tag,
          requirementIds,
          requirementStages,
          submittedAt,
        );
        documents += inserted?.documents ?? 0;
        versions += inserted?.versions ?? 0;
      }, { timeout: 600_000 });
    }
    await prisma.$executeRawUnsafe(`ANALYZE "User", "ApplicantProfile", "Application", "Document", "DocumentVersion"`);
    return { applications: count, documents, versions, seconds: (performance.now() - started) / 1000 };
  } finally {
    await prisma.$disconnect();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [databaseUrl, count] = process.argv.slice(2);
  if (!databaseUrl) {
    console.error("Usage: npx tsx tests/bench/queue-load.ts <DATABASE_URL> [count]");
    process.exit(2);
  }
  seedQueueLoad(databaseUrl, { count: count ? Number(count) : undefined })
    .then((result) => console.log(JSON.stringify(result)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
