import "server-only";
// The chair publishes the final result of one CPNS formation as a frozen announcement, through the one
// publishing kit (lib/announcements/publishing.ts): the ranking is `rankCpns` over the stored SKD and
// SKB results at that moment, written into the snapshot with the per-stage scores. Once published, a
// formation's result is not published again (a later correction of a score does not change it).
import { publishAnnouncement, type PublishContext, type PublishInput } from "@/lib/announcements/publishing";
import { loadCatFormations, loadReplacementPlan } from "@/lib/cat-results/queries";
import {
  buildCpnsResultRows,
  buildCpnsSkdRows,
  cpnsSkdNotes,
  cpnsSkdOpening,
  cpnsSkdTitle,
  CPNS_FINAL_NOTES,
  CPNS_RESULT_SNAPSHOT_VERSION,
  cpnsReplacementTitle,
  cpnsFinalClosing,
  cpnsFinalOpening,
  cpnsFinalTitle,
  type CpnsResultCandidate,
  type CpnsResultSnapshot,
} from "@/lib/cat-results/snapshot";
import { skdThresholdsNote, skdThresholdsOf } from "@/lib/cat-results/thresholds";
import {
  CPNS_REPLACEMENT_EVENT,
  CPNS_REPLACEMENT_LABEL,
  CPNS_WITHDRAWN_LABEL,
  cpnsFinalEventMessage,
  cpnsFinalSlug,
  cpnsReplacementEventMessage,
  cpnsSkdEventMessage,
  cpnsSkdSlug,
} from "@/lib/cat-results/texts";
import { settleCandidates } from "@/lib/decisions/publish";
import { AppError } from "@/lib/errors";
import { transitionSelection } from "@/lib/selections/transitions";

export type CpnsPublishOutcome = { announcementSlug: string; ranked: number; selected: number };

export function publishCpnsFinalResult(input: PublishInput & { vacancyId: string }): Promise<CpnsPublishOutcome> {
  return publishAnnouncement(input, async (context) => {
    const { tx, selection, number, date, committee } = context;
    const { selection: terms, vacancy } = await findCpnsFormation(tx, selection.id, input.vacancyId);
    const slug = cpnsFinalSlug(selection.slug, vacancy.code);
    if (await tx.announcement.findUnique({ where: { slug }, select: { id: true } })) {
      throw new AppError("CONFLICT", `Hasil akhir formasi ${vacancy.title} sudah diumumkan.`);
    }
    if (!(await tx.announcement.findUnique({ where: { slug: cpnsSkdSlug(selection.slug, vacancy.code) }, select: { id: true } }))) {
      throw new AppError("INVALID_TRANSITION", `Hasil SKD formasi ${vacancy.title} belum diumumkan; hasil akhir diumumkan sesudahnya.`);
    }
    const formation = (await loadCatFormations(tx, selection.id, { vacancyId: vacancy.id }))[0];
    if (!formation || formation.result.ranking.length === 0) {
      throw new AppError("INVALID_TRANSITION", `Formasi ${vacancy.title} belum memiliki hasil SKB; hasil akhir belum dapat diumumkan.`);
    }
    const byId = new Map(
      formation.candidates.map((candidate): [string, CpnsResultCandidate] => [
        candidate.id,
        { registrationNumber: candidate.registrationNumber, name: candidate.name, nik: candidate.nik, skd: candidate.skd!, skb: candidate.skb?.final ?? null },
      ]),
    );
    const selected = new Set(formation.result.selected);
    const rows = buildCpnsResultRows(
      formation.result.ranking.map((row) => ({ candidate: byId.get(row.id)!, rank: row.rank, final: row.final, isSelected: selected.has(row.id) })),
      formation.result.unranked.map((row) => ({ candidate: byId.get(row.id)!, reason: row.reason })),
    );
    const thresholds = skdThresholdsOf(terms);
    const snapshot: CpnsResultSnapshot = {
      version: CPNS_RESULT_SNAPSHOT_VERSION,
      type: "CPNS_FINAL_RESULT",
      title: cpnsFinalTitle(selection.title, vacancy.title),
      number,
      date,
      selection: { slug: selection.slug, title: selection.title },
      committee,
      formation: { id: vacancy.id, code: vacancy.code, title: vacancy.title, quota: vacancy.quota, education: vacancy.educationRequired },
      opening: cpnsFinalOpening({ selectionTitle: selection.title, formationTitle: vacancy.title, education: vacancy.educationRequired, quota: vacancy.quota }),
      closing: cpnsFinalClosing(terms.otherTerms),
      rows,
      notes: [
        ...(thresholds ? [skdThresholdsNote(thresholds)] : []),
        ...CPNS_FINAL_NOTES,
        ...(formation.result.selectedTieAtCutoff ? ["Peserta dengan nilai sama pada semua unsur di batas kebutuhan dinyatakan lulus seluruhnya."] : []),
      ],
    };
    const announcement = await context.createAnnouncement({
      kind: "FINAL_RESULT",
      slug,
      title: snapshot.title,
      opening: snapshot.opening,
      closing: snapshot.closing,
      snapshot,
      audit: { action: "announcement.publish", after: { kind: "FINAL_RESULT", slug, number, date, vacancyId: vacancy.id, ranked: formation.result.ranking.length, selected: formation.result.selected } },
    });
    // The SKB participants follow the result through the application's status machine, as in JPT (they
    // were called to the SKB by the formation's SKD announcement).
    const participants = [...formation.result.ranking.map((row) => row.id), ...formation.result.unranked.map((row) => row.id)];
    const finalNotifications = await settleCandidates(context, {
      ids: participants,
      positive: selected,
      to: { positive: "SELECTED", negative: "NOT_SELECTED" },
      announcement,
      event: { kind: "final_result.published", title: "Pengumuman hasil akhir", message: (positive) => cpnsFinalEventMessage({ number, formation: vacancy.title, passed: positive }) },
      audit: "application.final_result",
    });
    // Once every formation's final result is published, the selection is completed (through DECIDED, as in JPT).
    const [formations, finals] = await Promise.all([
      tx.vacancy.count({ where: { selectionId: selection.id } }),
      tx.announcement.count({ where: { selectionId: selection.id, kind: "FINAL_RESULT", correctsId: null } }),
    ]);
    if (finals >= formations) {
      for (const to of ["DECIDED", "COMPLETED"] as const) {
        await transitionSelection(tx, { selectionId: selection.id, to, actorId: context.actorId, ip: context.ip, cause: "cpns.publish_final", unlessAlready: true });
      }
    }
    return {
      outcome: { announcementSlug: announcement.slug, ranked: formation.result.ranking.length, selected: selected.size },
      notificationIds: finalNotifications,
    };
  });
}


async function findCpnsFormation(tx: PublishContext["tx"], selectionId: string, vacancyId: string) {
  const full = await tx.selection.findUniqueOrThrow({ where: { id: selectionId }, select: { regime: true, shortlistPerQuota: true, otherTerms: true, skdMinTwk: true, skdMinTiu: true, skdMinTkp: true } });
  if (full.regime !== "CPNS") throw new AppError("INVALID_TRANSITION", "Hasil SKD dan hasil akhir per formasi hanya untuk seleksi CPNS.");
  const vacancy = await tx.vacancy.findFirst({ where: { id: vacancyId, selectionId }, select: { id: true, code: true, title: true, quota: true, educationRequired: true } });
  if (!vacancy) throw new AppError("NOT_FOUND", "Formasi tidak ditemukan.");
  return { selection: full, vacancy };
}

export type CpnsSkdPublishOutcome = { announcementSlug: string; passed: number; calledToSkb: number };

/**
 * The chair publishes one formation's SKD result: who meets the selection's thresholds and who is called
 * to the SKB (`rankCpns`'s 3 × quota cut with its ties), frozen; the formation's candidates move to
 * "called to the SKB" or not and are notified. Before it, no SKB score of the formation is imported;
 * after it, the formation's SKD scores no longer change.
 */
export function publishCpnsSkdResult(input: PublishInput & { vacancyId: string }): Promise<CpnsSkdPublishOutcome> {
  return publishAnnouncement(input, async (context) => {
    const { tx, selection, number, date, committee } = context;
    const { selection: full, vacancy } = await findCpnsFormation(tx, selection.id, input.vacancyId);
    const slug = cpnsSkdSlug(selection.slug, vacancy.code);
    if (await tx.announcement.findUnique({ where: { slug }, select: { id: true } })) {
      throw new AppError("CONFLICT", `Hasil SKD formasi ${vacancy.title} sudah diumumkan.`);
    }
    const formation = (await loadCatFormations(tx, selection.id, { vacancyId: vacancy.id }))[0];
    const withSkd = formation?.candidates.filter((candidate) => candidate.skd !== null) ?? [];
    if (!formation || withSkd.length === 0) {
      throw new AppError("INVALID_TRANSITION", `Formasi ${vacancy.title} belum memiliki hasil SKD; hasil SKD belum dapat diumumkan.`);
    }
    const byId = new Map(withSkd.map((candidate): [string, CpnsResultCandidate] => [candidate.id, { registrationNumber: candidate.registrationNumber, name: candidate.name, nik: candidate.nik, skd: candidate.skd!, skb: null }]));
    const called = new Set(formation.result.skbShortlist);
    const rows = buildCpnsSkdRows(
      formation.result.skdPassed.map((id) => ({ candidate: byId.get(id)!, calledToSkb: called.has(id) })),
      formation.result.skdFailed.map((row) => ({ candidate: byId.get(row.id)!, reason: row.reason })),
    );
    const thresholds = skdThresholdsOf(full);
    const snapshot: CpnsResultSnapshot = {
      version: CPNS_RESULT_SNAPSHOT_VERSION,
      type: "CPNS_SKD_RESULT",
      title: cpnsSkdTitle(selection.title, vacancy.title),
      number,
      date,
      selection: { slug: selection.slug, title: selection.title },
      committee,
      formation: { id: vacancy.id, code: vacancy.code, title: vacancy.title, quota: vacancy.quota, education: vacancy.educationRequired },
      opening: cpnsSkdOpening({ selectionTitle: selection.title, formationTitle: vacancy.title, education: vacancy.educationRequired, quota: vacancy.quota, shortlistTarget: vacancy.quota * full.shortlistPerQuota }),
      closing: cpnsFinalClosing(full.otherTerms),
      rows,
      notes: [
        ...(thresholds ? [skdThresholdsNote(thresholds)] : []),
        ...cpnsSkdNotes(full.shortlistPerQuota),
        ...(formation.result.skbShortlistTieAtCutoff ? ["Ada peserta dengan nilai sama pada semua unsur di batas peringkat peserta SKB: semuanya diikutkan SKB."] : []),
      ],
    };
    const announcement = await context.createAnnouncement({
      kind: "STAGE_RESULT",
      slug,
      title: snapshot.title,
      opening: snapshot.opening,
      closing: snapshot.closing,
      snapshot,
      audit: { action: "announcement.publish", after: { kind: "STAGE_RESULT", stage: "SKD", slug, number, date, vacancyId: vacancy.id, calledToSkb: formation.result.skbShortlist } },
    });
    const notificationIds = await settleCandidates(context, {
      ids: withSkd.filter((candidate) => candidate.status === "IN_STAGES").map((candidate) => candidate.id),
      positive: called,
      to: { positive: "SHORTLISTED", negative: "NOT_SHORTLISTED" },
      announcement,
      event: { kind: "skd_result.published", title: "Pengumuman hasil SKD", message: (positive) => cpnsSkdEventMessage({ number, formation: vacancy.title, calledToSkb: positive }) },
      audit: "application.shortlist_result",
    });
    return { outcome: { announcementSlug: announcement.slug, passed: formation.result.skdPassed.length, calledToSkb: called.size }, notificationIds };
  });
}

export type CpnsReplacementOutcome = { announcementSlug: string; withdrawn: string[]; replacements: string[] };

/**
 * After selected participants of a formation withdrew (recordCpnsWithdrawal), the chair publishes the
 * corrected final result beside the first, never changing it: the latest published ranking with the
 * withdrawn participants marked and the next in rank selected in their place (`replacementsFor`), who move
 * to "selected" and are notified.
 */
export function publishCpnsReplacement(input: PublishInput & { vacancyId: string }): Promise<CpnsReplacementOutcome> {
  return publishAnnouncement(input, async (context) => {
    const { tx, selection, number, date, committee } = context;
    const { vacancy } = await findCpnsFormation(tx, selection.id, input.vacancyId);
    const plan = await loadReplacementPlan(tx, { id: selection.id, slug: selection.slug }, vacancy);
    if (!plan) throw new AppError("INVALID_TRANSITION", `Hasil akhir formasi ${vacancy.title} belum diumumkan.`);
    const { first, latest, withdrawn, replacements, replacementRows, reasonOf, idOf } = plan;
    if (withdrawn.length === 0) throw new AppError("INVALID_TRANSITION", `Belum ada peserta lulus formasi ${vacancy.title} yang pengunduran dirinya dicatat; tidak ada perubahan untuk diumumkan.`);
    const replacing = new Set(replacements);
    const withdrawnNumbers = new Set(withdrawn.map((row) => row.registrationNumber));
    const reason =
      withdrawn.map((row) => `peserta ${row.registrationNumber} (${row.name}) mengundurkan diri (${reasonOf(row.registrationNumber)})`).join("; ") +
      (replacementRows.length > 0
        ? `; digantikan oleh peserta peringkat berikutnya: ${replacementRows.map((row) => `${row.registrationNumber} (${row.name}, peringkat ${row.rank})`).join(", ")}.`
        : "; tidak ada peserta peringkat berikutnya yang dapat menggantikan.");
    const snapshot: CpnsResultSnapshot = {
      ...latest,
      title: cpnsReplacementTitle(selection.title, vacancy.title),
      number,
      date,
      committee,
      corrects: { slug: first.slug, number: first.number, reason: `${reason.charAt(0).toUpperCase()}${reason.slice(1)}` },
      rows: latest.rows.map((row) =>
        withdrawnNumbers.has(row.registrationNumber) ? { ...row, label: CPNS_WITHDRAWN_LABEL } : replacing.has(idOf(row.registrationNumber) ?? "") ? { ...row, label: CPNS_REPLACEMENT_LABEL } : row,
      ),
    };
    const slug = `${first.slug}-perubahan${plan.corrections.length > 0 ? `-${plan.corrections.length + 1}` : ""}`;
    const announcement = await context.createAnnouncement({
      kind: "FINAL_RESULT",
      slug,
      title: snapshot.title,
      opening: snapshot.opening,
      closing: snapshot.closing,
      snapshot,
      correctsId: first.id,
      audit: { action: "announcement.publish", after: { kind: "FINAL_RESULT", slug, number, date, vacancyId: vacancy.id, corrects: first.slug, withdrawn: [...withdrawnNumbers], replacements } },
    });
    const notificationIds = await settleCandidates(context, {
      ids: replacements,
      positive: replacing,
      to: { positive: "SELECTED", negative: "NOT_SELECTED" },
      announcement,
      event: { kind: CPNS_REPLACEMENT_EVENT, title: "Pengumuman perubahan hasil akhir", message: () => cpnsReplacementEventMessage({ number, formation: vacancy.title }) },
      audit: "application.final_result",
    });
    return { outcome: { announcementSlug: announcement.slug, withdrawn: [...withdrawnNumbers], replacements }, notificationIds };
  });
}
