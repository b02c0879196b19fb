// Bulk load for the secretariat queue benchmark: N submitted applications to one selection, each with
// its applicant account and CV, one document row per requirement and a stored version for every
// uploaded document, in a spread of verification states. Written in bulk, not through the domain
// functions (5,000 applications through the real submit path would take many minutes): createMany
// batches for accounts, CVs and applications, unnest inserts for the document rows, one UPDATE … FROM
// to point documents at their versions. The same N gives the same shape of data.
//   npx tsx tests/bench/queue-load.ts <DATABASE_URL> [count]
import crypto from "node:crypto";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { formatRegistrationNumber } from "@/lib/applications/registration-number";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import type { AdminDecision, DocumentStatus, EligibilityVerdict } from "@/lib/generated/prisma/enums";

type Row = unknown[];
type Column = { name: string; type: string };

const DOCUMENT_COLUMNS: Column[] = [
  { name: "id", type: "text" },
  { name: "applicationId", type: "text" },
  { name: "requirementId", type: "text" },
  { name: "status", type: '"DocumentStatus"' },
  { name: "updatedAt", type: "timestamp(3)" },
];

const VERSION_COLUMNS: Column[] = [
  { name: "id", type: "text" },
  { name: "documentId", type: "text" },
  { name: "version", type: "int" },
  { name: "storageKey", type: "text" },
  { name: "fileName", type: "text" },
  { name: "mimeType", type: "text" },
  { name: "sizeBytes", type: "int" },
  { name: "sha256", type: "text" },
  { name: "uploadedById", type: "text" },
  { name: "uploadedAt", type: "timestamp(3)" },
];

/**
 * The 22 document rows per application (110,000 for 5,000) go in as one INSERT … SELECT FROM
 * unnest(array per column) per 25,000 rows: a handful of parameters instead of one per value,
 * which here is some 20 times faster than createMany for the same rows.
 */
async function bulkInsert(prisma: PrismaClient, table: string, columns: readonly Column[], rows: readonly Row[]): Promise<void> {
  const names = columns.map((column) => `"${column.name}"`).join(", ");
  const arrays = columns.map((column, index) => `$${index + 1}::${column.type}[]`).join(", ");
  for (const batch of chunks(rows, 25_000)) {
    const values = columns.map((_, index) => batch.map((row) => row[index]));
    await prisma.$executeRawUnsafe(`INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays})`, ...values);
  }
}

export type QueueLoadResult = { applications: number; documents: number; versions: number; seconds: number };

// Sequences from 10,001 up: clear of anything the seed or a demo creates (00001, 00002, ...).
const FIRST_SEQUENCE = 10_001;

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let index = 0; index < rows.length; index += size) out.push(rows.slice(index, index + size));
  return out;
}

/** A valid-looking, unique NIP per index (birth date repeats every 6,720, sequence every 1,000: unique for index < 168,000). */
function benchNip(index: number): string {
  const day = String(1 + (index % 28)).padStart(2, "0");
  const month = String(1 + (Math.floor(index / 28) % 12)).padStart(2, "0");
  const year = 1965 + (Math.floor(index / 336) % 20);
  return `${year}${month}${day}199503${1 + (index % 2)}${String(index % 1000).padStart(3, "0")}`;
}

type Profile = { decision: AdminDecision | null; confirmed: boolean; verdict: EligibilityVerdict; document: (position: number) => DocumentStatus };

/** Four kinds of application in turn: decided MS, TMS (half confirmed), half verified, untouched. */
function profileOf(index: number): Profile {
  switch (index % 4) {
    case 0:
      return { decision: "MS", confirmed: false, verdict: "ELIGIBLE", document: () => "MEETS" };
    case 1:
      return { decision: "TMS", confirmed: index % 8 === 1, verdict: "NOT_ELIGIBLE", document: (position) => (position === 3 ? "FAILS" : "MEETS") };
    case 2:
      return { decision: null, confirmed: false, verdict: "PENDING_VERIFICATION", document: (position) => (position % 2 === 0 ? "MEETS" : "UPLOADED") };
    default:
      return { decision: null, confirmed: false, verdict: "PENDING_VERIFICATION", document: () => "UPLOADED" };
  }
}

/**
 * `firstIndex` continues an earlier load (e.g. 45,000 more after 5,000): NIPs, NIKs and registration
 * numbers follow the index, so two loads with disjoint index ranges do not collide.
 */
export async function seedQueueLoad(
  databaseUrl: string,
  options: { count?: number; slug?: string; batchSize?: number; firstIndex?: number } = {},
): Promise<QueueLoadResult> {
  const count = options.count ?? 5000;
  const firstIndex = options.firstIndex ?? 0;
  const batchSize = options.batchSize ?? 2000;
  const started = performance.now();
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 4 }) });
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
    const runTag = crypto.randomBytes(3).toString("hex");

    const users: Prisma.UserCreateManyInput[] = [];
    const profiles: Prisma.ApplicantProfileCreateManyInput[] = [];
    const applications: Prisma.ApplicationCreateManyInput[] = [];
    const documents: Row[] = [];
    const versions: Row[] = [];
    for (let index = firstIndex; index < firstIndex + count; index += 1) {
      const userId = `bench-u-${runTag}-${index}`;
      const applicationId = `bench-a-${runTag}-${index}`;
      const nip = benchNip(index);
      const name = `Peserta Uji Beban ${String(index + 1).padStart(5, "0")}`;
      const profile = profileOf(index);
      users.push({ id: userId, email: `beban-${runTag}-${index}@bench.seleksi.id`, name, nip, passwordHash: "-", roles: ["APPLICANT"] });
      profiles.push({
        userId,
        fullName: name,
        nip,
        nik: `6172${String(index).padStart(12, "0")}`,
        birthDate: new Date(`${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}T00:00:00Z`),
        gender: index % 2 === 0 ? "M" : "F",
        employmentStatus: "PNS",
        institutionId: institution.id,
        currentRank: "IV/b",
        tmtCpns: new Date("1995-03-01T00:00:00Z"),
      });
      applications.push({
        id: applicationId,
        registrationNumber: formatRegistrationNumber({
          regionCode: selection.organiser.regionCode,
          year: selection.announcementDate.getUTCFullYear(),
          vacancyCode: vacancy.code,
          sequence: FIRST_SEQUENCE + index,
        }),
        selectionId: selection.id,
        vacancyId: vacancy.id,
        applicantId: userId,
        status: "SUBMITTED",
        willingAllStages: true,
        willingToReside: true,
        submittedAt,
        eligibilityVerdict: profile.verdict,
        eligibilityEvaluatedAt: submittedAt,
        adminDecision: profile.decision,
        adminDecisionReason: profile.decision === "TMS" ? "Berkas 4 tidak memenuhi: Tidak bermaterai" : null,
        adminDecidedById: profile.decision ? decider : null,
        adminDecidedAt: profile.decision ? submittedAt : null,
        adminConfirmedById: profile.confirmed ? confirmer : null,
        adminConfirmedAt: profile.confirmed ? submittedAt : null,
      });
      selection.documents.forEach((requirement, position) => {
        const documentId = `bench-d-${runTag}-${index}-${position}`;
        // Documents due at a later stage (items 14–16) are not there yet.
        const status: DocumentStatus = requirement.dueStage === "REGISTRATION" ? profile.document(position) : "MISSING";
        documents.push([documentId, applicationId, requirement.id, status, submittedAt]);
        if (status !== "MISSING") {
          const sha256 = crypto.createHash("sha256").update(documentId).digest("hex");
          versions.push([`bench-v-${runTag}-${index}-${position}`, documentId, 1, `bench/${runTag}/${documentId}.pdf`, `berkas-${position + 1}.pdf`, "application/pdf", 250_000, sha256, userId, submittedAt]);
        }
      });
    }

    for (const batch of chunks(users, batchSize)) await prisma.user.createMany({ data: batch });
    for (const batch of chunks(profiles, batchSize)) await prisma.applicantProfile.createMany({ data: batch });
    for (const batch of chunks(applications, batchSize)) await prisma.application.createMany({ data: batch });
    await bulkInsert(prisma, "Document", DOCUMENT_COLUMNS, documents);
    await bulkInsert(prisma, "DocumentVersion", VERSION_COLUMNS, versions);
    await prisma.$executeRaw`
      UPDATE "Document" d SET "currentVersionId" = v.id
      FROM "DocumentVersion" v
      WHERE v."documentId" = d.id AND d.id LIKE ${`bench-d-${runTag}-%`}`;
    await prisma.$executeRawUnsafe(`ANALYZE "User", "ApplicantProfile", "Application", "Document", "DocumentVersion"`);
    return { applications: count, documents: documents.length, versions: versions.length, seconds: (performance.now() - started) / 1000 };
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
