import { describe, expect, it } from "vitest";

import { formatInputIssues } from "@/lib/validation/json-input";
import { rankingInputSchema } from "@/lib/validation/ranking-input";
import { CPNS_CONTRACT_INPUT as CPNS, JPT_CONTRACT_INPUT as JPT } from "../fixtures/ranking-contract";

function issues(input: unknown): string[] {
  const result = rankingInputSchema.safeParse(input);
  return result.success ? [] : formatInputIssues(result.error).split("\n");
}

describe("rankingInputSchema", () => {
  it("accepts the contract's examples", () => {
    expect(issues(JPT)).toEqual([]);
    expect(issues(CPNS)).toEqual([]);
    expect(issues({ ...CPNS, candidates: [{ ...CPNS.candidates[0], skb: undefined }] })).toEqual([]);
  });

  it.each([
    [5, "input: harus berupa objek JSON"],
    [{ ...JPT, regime: undefined }, "regime: harus salah satu dari JPT, CPNS"],
    [{ ...JPT, quota: 0 }, "quota: kuota formasi paling sedikit 1"],
    [{ ...JPT, shortlistMultiplier: 2.5 }, "shortlistMultiplier: jumlah nama per formasi harus bilangan bulat"],
    [{ ...JPT, weights: { PAPER: 0 } }, "weights: paling sedikit satu tahap harus berbobot lebih dari 0"],
    [{ ...JPT, weights: { paper: 1 } }, "weights.paper: kode tahap ditulis dengan huruf besar, angka, dan garis bawah (contoh: INTERVIEW)"],
    [{ ...JPT, minimums: { ASSESSMENT: "68" } }, "minimums.ASSESSMENT: nilai minimal harus berupa angka"],
    [{ ...JPT, candidates: [{ id: "A", scores: { PAPER: [80.0005] } }] }, "candidates.0.scores.PAPER.0: nilai penilai paling banyak 3 angka desimal"],
    [{ ...JPT, candidates: [{ id: "A", scores: { PAPER: [-1] } }] }, "candidates.0.scores.PAPER.0: nilai penilai tidak boleh kurang dari 0"],
    [{ ...JPT, candidates: [{ id: "A", scores: { PAPER: 80 } }] }, "candidates.0.scores.PAPER: nilai satu tahap harus berupa daftar angka (satu per penilai)"],
    [{ ...JPT, candidates: [{ id: "", scores: {} }] }, "candidates.0.id: id peserta wajib diisi"],
    [{ ...JPT, candidates: [{ id: "A", scores: {}, name: "x" }] }, "candidates.0: kolom tidak dikenal: name"],
    [{ ...JPT, candidates: [{ id: "A", scores: {} }, { id: "A", scores: {} }] }, 'candidates.1.id: id "A" dipakai lebih dari sekali'],
    [{ ...CPNS, thresholds: { TWK: 65, TIU: 80 } }, "thresholds.TKP: nilai ambang batas TKP harus berupa angka"],
    [{ ...CPNS, candidates: [{ ...CPNS.candidates[0], skd: { TWK: 155, TIU: 110, TKP: 150 } }] }, "candidates.0.skd.TWK: nilai TWK tidak boleh lebih dari 150"],
    [{ ...CPNS, candidates: [{ ...CPNS.candidates[0], gpa: 4.5 }] }, "candidates.0.gpa: IPK tidak boleh lebih dari 4"],
    [{ ...CPNS, candidates: [{ ...CPNS.candidates[0], skb: 100.5 }] }, "candidates.0.skb: nilai SKB tidak boleh lebih dari 100"],
  ])("%j → %s", (input, message) => {
    expect(issues(input)).toContain(message);
  });

  it("names an unknown stage in a candidate's scores", () => {
    expect(issues({ ...JPT, candidates: [{ id: "A", scores: { INTERVEIW: [80] } }] })).toEqual([
      'candidates.0.scores.INTERVEIW: tahap "INTERVEIW" tidak ada di weights atau minimums (ASSESSMENT, PAPER, INTERVIEW, TRACK_RECORD)',
    ]);
  });
});
