// The CPNS rankings of one formation, as `rankCpns` computed them from the stored CAT results: after the
// SKD, who meets the thresholds and who goes on to the SKB (the selection's multiple × quota, ties at the cut-off included);
// after the SKB, the final ranking with the SKD, SKB and final scores (40 % SKD/500 × 100 + 60 % SKB).
import { Badge } from "@/components/ui/badge";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { formatScore } from "@/lib/ranking/labels";
import { outsideSkbShortlist, skbShortlistRule } from "@/lib/cat-results/texts";
import { skdThresholdsText } from "@/lib/cat-results/thresholds";
import type { SkdThresholds } from "@/lib/selection-setup/types";

export type CpnsRankingCandidate = {
  id: string;
  registrationNumber: string;
  name: string;
  skd: { twk: number; tiu: number; tkp: number; total: number } | null;
  skb: { cat: number; additional: number | null; additionalWeight: number | null; final: number } | null;
  /** The application's status in the CPNS words (e.g. "Lulus hasil akhir (pengganti)"), when known. */
  statusLabel?: string;
};

export type CpnsRankingFormation = {
  id: string;
  title: string;
  quota: number;
  /** The selection's SKB shortlist multiple (`Selection.shortlistPerQuota`). */
  shortlistPerQuota: number;
  shortlistTarget: number;
  candidates: CpnsRankingCandidate[];
  result: {
    skdPassed: string[];
    skdFailed: Array<{ id: string; reason: string }>;
    skbShortlist: string[];
    skbShortlistTieAtCutoff: boolean;
    ranking: Array<{ id: string; final: number; rank: number; skdTotal: number }>;
    unranked: Array<{ id: string; reason: string }>;
    selected: string[];
    selectedTieAtCutoff: boolean;
  };
  missingData: Array<{ id: string; reason: string }>;
};

const cell = "py-1.5 pr-3";
const number = `${cell} text-right tabular-nums`;

export function SkdRankingTable({ formation, thresholds }: { formation: CpnsRankingFormation; thresholds: SkdThresholds }) {
  const byId = new Map(formation.candidates.map((candidate) => [candidate.id, candidate]));
  const shortlisted = new Set(formation.result.skbShortlist);
  const failed = new Map(formation.result.skdFailed.map((row) => [row.id, row.reason]));
  const ordered = [
    ...formation.result.skdPassed,
    ...formation.result.skdFailed.map((row) => row.id),
    ...formation.candidates.filter((candidate) => !candidate.skd).map((candidate) => candidate.id),
  ];
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-700">
        Nilai ambang batas: {skdThresholdsText(thresholds)}. {skbShortlistRule(formation)} menurut nilai total SKD; nilai sama pada batas
        diurutkan menurut TKP, TIU, lalu TWK.
        {formation.result.skbShortlistTieAtCutoff ? " Ada peserta dengan nilai sama pada semua unsur di batas peringkat: semuanya diikutkan SKB." : ""}
      </p>
      <ScrollRegion label={`Hasil SKD formasi ${formation.title}`}>
        <table className="w-full text-sm" data-testid={`skd-${formation.id}`}>
          <caption className="sr-only">Hasil SKD formasi {formation.title}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className={cell}>No</th>
              <th scope="col" className={cell}>Peserta</th>
              <th scope="col" className={number}>TWK</th>
              <th scope="col" className={number}>TIU</th>
              <th scope="col" className={number}>TKP</th>
              <th scope="col" className={number}>Total</th>
              <th scope="col" className={cell}>Keterangan</th>
            </tr>
          </thead>
          <tbody>
            {ordered.map((id, index) => {
              const candidate = byId.get(id);
              if (!candidate) return null;
              const reason = failed.get(id);
              return (
                <tr key={id} className="border-b border-slate-100 align-top">
                  <td className={cell}>{index + 1}</td>
                  <th scope="row" className={`${cell} text-left font-normal`}>
                    {candidate.name}
                    <span className="block text-slate-600">{candidate.registrationNumber}</span>
                  </th>
                  <td className={number}>{formatScore(candidate.skd?.twk ?? null)}</td>
                  <td className={number}>{formatScore(candidate.skd?.tiu ?? null)}</td>
                  <td className={number}>{formatScore(candidate.skd?.tkp ?? null)}</td>
                  <td className={`${number} font-semibold`}>{formatScore(candidate.skd?.total ?? null)}</td>
                  <td className={cell}>
                    {!candidate.skd ? (
                      <Badge>Belum ada nilai SKD</Badge>
                    ) : reason ? (
                      <>
                        <Badge tone="danger">Tidak memenuhi ambang batas</Badge>
                        <span className="block text-slate-600">{reason}</span>
                      </>
                    ) : shortlisted.has(id) ? (
                      <Badge tone="success">Peserta SKB</Badge>
                    ) : (
                      <Badge tone="warning">{outsideSkbShortlist(formation.shortlistPerQuota)}</Badge>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}

export function FinalRankingTable({ formation }: { formation: CpnsRankingFormation }) {
  const byId = new Map(formation.candidates.map((candidate) => [candidate.id, candidate]));
  const selected = new Set(formation.result.selected);
  const missing = new Map(formation.missingData.map((row) => [row.id, row.reason]));
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-700">
        Nilai akhir = 40% × (SKD/500 × 100) + 60% × SKB. Nilai akhir sama diurutkan menurut total SKD, TKP, TIU, TWK, IPK, lalu usia yang lebih tua.
        {formation.result.selectedTieAtCutoff ? " Ada peserta dengan nilai sama pada semua unsur di batas kebutuhan: semuanya dicantumkan." : ""}
      </p>
      <ScrollRegion label={`Peringkat akhir formasi ${formation.title}`}>
        <table className="w-full text-sm" data-testid={`akhir-${formation.id}`}>
          <caption className="sr-only">Peringkat akhir formasi {formation.title}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className={cell}>Peringkat</th>
              <th scope="col" className={cell}>Peserta</th>
              <th scope="col" className={number}>SKD</th>
              <th scope="col" className={number}>SKB</th>
              <th scope="col" className={number}>Nilai akhir</th>
              <th scope="col" className={cell}>Keterangan</th>
            </tr>
          </thead>
          <tbody>
            {formation.result.ranking.map((row) => {
              const candidate = byId.get(row.id);
              if (!candidate) return null;
              return (
                <tr key={row.id} className="border-b border-slate-100 align-top">
                  <td className={cell}>{row.rank}</td>
                  <th scope="row" className={`${cell} text-left font-normal`}>
                    {candidate.name}
                    <span className="block text-slate-600">{candidate.registrationNumber}</span>
                  </th>
                  <td className={number}>{formatScore(row.skdTotal)}</td>
                  <td className={number}>
                    {formatScore(candidate.skb?.final ?? null)}
                    {candidate.skb?.additional !== null && candidate.skb ? (
                      <span className="block text-xs text-slate-600">
                        CAT {formatScore(candidate.skb.cat)} · tambahan {formatScore(candidate.skb.additional)}
                      </span>
                    ) : null}
                  </td>
                  <td className={`${number} font-semibold`}>{formatScore(row.final)}</td>
                  <td className={cell}>
                    {selected.has(row.id) ? <Badge tone="success">Lulus (sesuai kebutuhan)</Badge> : <Badge>Tidak lulus</Badge>}
                    {candidate.statusLabel ? <span className="block text-slate-600">Status lamaran: {candidate.statusLabel}</span> : null}
                    {missing.has(row.id) ? <span className="block text-amber-900">{missing.get(row.id)}</span> : null}
                  </td>
                </tr>
              );
            })}
            {formation.result.unranked.map((row) => {
              const candidate = byId.get(row.id);
              return candidate ? (
                <tr key={row.id} className="border-b border-slate-100 align-top">
                  <td className={cell}>–</td>
                  <th scope="row" className={`${cell} text-left font-normal`}>
                    {candidate.name}
                    <span className="block text-slate-600">{candidate.registrationNumber}</span>
                  </th>
                  <td className={number}>{formatScore(candidate.skd?.total ?? null)}</td>
                  <td className={number}>–</td>
                  <td className={number}>–</td>
                  <td className={cell}>{row.reason}</td>
                </tr>
              ) : null;
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
