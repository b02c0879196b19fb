import "server-only";
// The chair publishes the final result of one CPNS formation as a frozen announcement, through the one
// publishing kit (lib/announcements/publishing.ts): the ranking is `rankCpns` over the stored SKD and
// SKB results at that moment, written into the snapshot with the per-stage scores. Once published, a
// formation's result is not published again (a later correction of a score does not change it).
import { publishAnnouncement, type PublishInput } from "@/lib/announcements/publishing";
import { loadCatFormations } from "@/lib/cat-results/queries";
import {
  buildCpnsResultRows,
  CPNS_FINAL_NOTES,
  CPNS_RESULT_SNAPSHOT_VERSION,
  cpnsFinalClosing,
  cpnsFinalOpening,
  cpnsFinalTitle,
  type CpnsResultCandidate,
  type CpnsResultSnapshot,
} from "@/lib/cat-results/snapshot";
import { skdThresholdsNote, skdThresholdsOf } from "@/lib/cat-results/thresholds";
import { cpnsFinalEventMessage, cpnsSkdEventMessage } from "@/lib/cat-results/texts";
import { settleCandidates } from "@/lib/decisions/publish";
import { AppError } from "@/lib/errors";

export type CpnsPublishOutcome = { announcementSlug: string; ranked: number; selected: number };

export function publishCpnsFinalResult(input: PublishInput & { vacancyId: string }): Promise<CpnsPublishOutcome> {
  return publishAnnouncement(input, async (context) => {
    const { tx, selection, number, date, committee } = context;
    const full = await tx.selection.findUniqueOrThrow({ where: { id: selection.id }, select: { regime: true } });
    if (full.regime !== "CPNS") throw new AppError("INVALID_TRANSITION", "Hasil akhir per formasi hanya untuk seleksi CPNS.");
    const vacancy = await tx.vacancy.findFirst({ where: { id: input.vacancyId, selectionId: selection.id }, select: { id: true, code: true, title: true, quota: true, educationRequired: true } });
    if (!vacancy) throw new AppError("NOT_FOUND", "Formasi tidak ditemukan.");
    const slug = `${selection.slug}-hasil-akhir-${vacancy.code.toLowerCase()}`;
    if (await tx.announcement.findUnique({ where: { slug }, select: { id: true } })) {
      throw new AppError("CONFLICT", `Hasil akhir formasi ${vacancy.title} sudah diumumkan.`);
    }
    const formation = (await loadCatFormations(tx, selection.id)).find((row) => row.id === vacancy.id);
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
    const terms = await tx.selection.findUniqueOrThrow({ where: { id: selection.id }, select: { otherTerms: true, skdMinTwk: true, skdMinTiu: true, skdMinTkp: true } });
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
    // The formation's candidates follow the result through the application's status machine, as in JPT:
    // those still in the stages are first settled on the SKB call, then every SKB participant on the result.
    const statuses = new Map(formation.candidates.map((candidate) => [candidate.id, candidate.status]));
    const called = new Set(formation.result.skbShortlist);
    const withSkd = formation.candidates.filter((candidate) => candidate.skd !== null).map((candidate) => candidate.id);
    const skdNotifications = await settleCandidates(context, {
      ids: withSkd.filter((id) => statuses.get(id) === "IN_STAGES"),
      positive: called,
      to: { positive: "SHORTLISTED", negative: "NOT_SHORTLISTED" },
      announcement,
      event: { kind: "skd_result.published", title: "Pengumuman hasil SKD", message: (positive) => cpnsSkdEventMessage({ number, formation: vacancy.title, calledToSkb: positive }) },
      audit: "application.shortlist_result",
    });
    const participants = [...formation.result.ranking.map((row) => row.id), ...formation.result.unranked.map((row) => row.id)];
    const finalNotifications = await settleCandidates(context, {
      ids: participants,
      positive: selected,
      to: { positive: "SELECTED", negative: "NOT_SELECTED" },
      announcement,
      event: { kind: "final_result.published", title: "Pengumuman hasil akhir", message: (positive) => cpnsFinalEventMessage({ number, formation: vacancy.title, passed: positive }) },
      audit: "application.final_result",
    });
    return {
      outcome: { announcementSlug: announcement.slug, ranked: formation.result.ranking.length, selected: selected.size },
      notificationIds: [...skdNotifications, ...finalNotifications],
    };
  });
}
