import { describe, expect, it } from "vitest";
import { adminDecisionStateOf, splitReasons } from "@/lib/results/admin-decision";
import { blockersOf } from "@/lib/results/draft";
import {
  buildCorrectionSnapshot,
  buildResultSnapshot,
  parseResultSnapshot,
  type SnapshotHeader,
  type SnapshotParticipant,
} from "@/lib/results/snapshot";
import { resultEventMessage, resultOpening } from "@/lib/results/texts";
import { renderResultAnnouncement } from "@/lib/pdf/result-announcement";
import { extractPdfText } from "../fixtures/pdf-text";

const HEADER: SnapshotHeader = {
  kind: "ADMIN_RESULT",
  title: "Pengumuman Hasil Seleksi Administrasi Seleksi Uji",
  number: "06/SELTER/SKW/XI/2025",
  date: "2025-11-07",
  selection: { slug: "uji", title: "Seleksi Uji" },
  committee: { name: "Panitia Seleksi Uji", address: "Jalan Firdaus Nomor 1 Singkawang", chairName: "Dr. HERMANSYAH, S.H., M.Hum", place: "Pontianak" },
  opening: "Berdasarkan hasil verifikasi berkas.",
  closing: "Keputusan Panitia Seleksi bersifat mutlak.\n\nDemikian pengumuman ini disampaikan untuk diketahui.",
  objectionLastDay: null,
  corrects: null,
};

const participant = (overrides: Partial<SnapshotParticipant>): SnapshotParticipant => ({
  registrationNumber: "6172-25-SEKDA-00001-3",
  name: "Nama",
  nip: "197203151998031002",
  vacancyTitle: "Sekretaris Daerah",
  vacancyOrder: 0,
  result: "MS",
  ...overrides,
});

describe("result snapshot", () => {
  it("masks every NIP and keeps only the public fields", () => {
    const snapshot = buildResultSnapshot(HEADER, [
      { ...participant({}), nik: "6172011503720001", birthDate: "1972-03-15", address: "Jl. Diponegoro" } as SnapshotParticipant,
      participant({ registrationNumber: "6172-25-SEKDA-00002-1", nip: null, result: "TMS" }),
    ]);
    expect(snapshot.rows[0]).toEqual({
      no: 1,
      registrationNumber: "6172-25-SEKDA-00001-3",
      name: "Nama",
      nipMasked: "1972***********002",
      vacancy: "Sekretaris Daerah",
      result: "MS",
      resultLabel: "Memenuhi Syarat",
    });
    expect(snapshot.rows[1]?.nipMasked).toBe("-");
    const json = JSON.stringify(snapshot);
    for (const secret of ["197203151998031002", "6172011503720001", "1972-03-15", "Diponegoro"]) expect(json).not.toContain(secret);
    for (const row of snapshot.rows) expect(Object.keys(row).sort()).toEqual(["name", "nipMasked", "no", "registrationNumber", "result", "resultLabel", "vacancy"]);
    expect(snapshot.totals).toEqual({ participants: 2, ms: 1, tms: 1 });
  });

  it("orders by vacancy, then registration number, and numbers the rows; the result does not decide the order", () => {
    const snapshot = buildResultSnapshot(HEADER, [
      participant({ registrationNumber: "6172-25-KADIS-00002-9", vacancyTitle: "Kepala Dinas", vacancyOrder: 1, result: "MS" }),
      participant({ registrationNumber: "6172-25-SEKDA-00010-5", result: "MS" }),
      participant({ registrationNumber: "6172-25-KADIS-00001-2", vacancyTitle: "Kepala Dinas", vacancyOrder: 1, result: "TMS" }),
      participant({ registrationNumber: "6172-25-SEKDA-00002-1", result: "TMS" }),
    ]);
    expect(snapshot.rows.map((row) => `${row.no} ${row.registrationNumber}`)).toEqual([
      "1 6172-25-SEKDA-00002-1",
      "2 6172-25-SEKDA-00010-5",
      "3 6172-25-KADIS-00001-2",
      "4 6172-25-KADIS-00002-9",
    ]);
  });

  it("round-trips through JSON and rejects anything that is not a result snapshot", () => {
    const snapshot = buildResultSnapshot(HEADER, [participant({})]);
    expect(parseResultSnapshot(JSON.parse(JSON.stringify(snapshot)))).toEqual(snapshot);
    expect(parseResultSnapshot(null)).toBeNull();
    expect(parseResultSnapshot({ version: 2 })).toBeNull();
  });

  it("a correction changes only the corrected rows and lists the change", () => {
    const original = buildResultSnapshot(HEADER, [
      participant({ registrationNumber: "A-1", result: "TMS", name: "Satu" }),
      participant({ registrationNumber: "A-2", result: "TMS", name: "Dua" }),
      participant({ registrationNumber: "A-3", result: "MS", name: "Tiga" }),
    ]);
    const correction = buildCorrectionSnapshot(original, { ...HEADER, kind: "CORRECTION", number: "07" }, new Map([["A-2", "MS"]]));
    expect(correction.rows.map((row) => row.result)).toEqual(["TMS", "MS", "MS"]);
    expect(correction.rows[1]?.resultLabel).toBe("Memenuhi Syarat");
    expect(correction.changes).toEqual([{ registrationNumber: "A-2", name: "Dua", from: "TMS", to: "MS" }]);
    expect(correction.totals).toEqual({ participants: 3, ms: 2, tms: 1 });
    expect(original.rows[1]?.result).toBe("TMS");
  });

  it("renders the PDF from the snapshot: letterhead, number, masked NIPs, closing and the chair's signature", async () => {
    const snapshot = buildResultSnapshot(HEADER, [participant({ name: "Drs. Ahmad Fauzi, M.Si" }), participant({ registrationNumber: "6172-25-SEKDA-00002-1", result: "TMS" })]);
    const text = await extractPdfText(await renderResultAnnouncement(snapshot));
    for (const expected of [
      "PANITIA SELEKSI UJI",
      "Jalan Firdaus Nomor 1 Singkawang",
      "NOMOR: 06/SELTER/SKW/XI/2025",
      "Drs. Ahmad Fauzi, M.Si",
      "1972***********002",
      "Tidak Memenuhi Syarat",
      "Keputusan Panitia Seleksi bersifat mutlak.",
      "Pontianak, 7 November 2025",
      "Ketua Panitia Seleksi",
      "Dr. HERMANSYAH, S.H., M.Hum",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain("197203151998031002");
  });
});

describe("decision state", () => {
  const decided = { adminDecidedById: "s1", adminConfirmedById: null };
  it("needs a second, different secretariat member for TMS when the selection asks for it", () => {
    expect(adminDecisionStateOf({ adminDecision: null, adminDecidedById: null, adminConfirmedById: null }, true)).toBe("UNDECIDED");
    expect(adminDecisionStateOf({ adminDecision: "MS", ...decided }, true)).toBe("DECIDED_MS");
    expect(adminDecisionStateOf({ adminDecision: "TMS", ...decided }, true)).toBe("AWAITING_SECOND_CHECK");
    expect(adminDecisionStateOf({ adminDecision: "TMS", adminDecidedById: "s1", adminConfirmedById: "s1" }, true)).toBe("AWAITING_SECOND_CHECK");
    expect(adminDecisionStateOf({ adminDecision: "TMS", adminDecidedById: "s1", adminConfirmedById: "s2" }, true)).toBe("DECIDED_TMS");
    expect(adminDecisionStateOf({ adminDecision: "TMS", ...decided }, false)).toBe("DECIDED_TMS");
  });

  it("reads reasons one per line, without blanks or bullets", () => {
    expect(splitReasons("- Berkas 1 tidak bermaterai\n\n  • Berkas 3 tidak terbaca  \r\nPangkat III/d")).toEqual([
      "Berkas 1 tidak bermaterai",
      "Berkas 3 tidak terbaca",
      "Pangkat III/d",
    ]);
    expect(splitReasons(null)).toEqual([]);
  });

  it("blocks publishing on undecided, unconfirmed and unreasoned rejections", () => {
    const entry = (state: Parameters<typeof blockersOf>[0][number]["state"], reasons: string[] = []) => ({ id: state, registrationNumber: state, name: "N", state, reasons });
    expect(blockersOf([entry("DECIDED_MS"), entry("DECIDED_TMS", ["alasan"])])).toEqual([]);
    expect(blockersOf([entry("UNDECIDED"), entry("AWAITING_SECOND_CHECK", ["a"]), entry("DECIDED_TMS")]).map((blocker) => blocker.message)).toEqual([
      "belum diputuskan",
      "keputusan TMS belum dikonfirmasi anggota Sekretariat kedua",
      "keputusan TMS belum memuat alasan",
    ]);
  });
});

describe("result texts", () => {
  it("numbers every reason of a TMS and names the objection deadline when objections are open", () => {
    const message = resultEventMessage({ number: "06", result: "TMS", reasons: ["Satu", "Dua"], objectionLastDay: "2025-11-10" });
    expect(message.split("\n")).toEqual([
      "Hasil seleksi administrasi (Pengumuman Nomor 06): Anda dinyatakan TIDAK MEMENUHI SYARAT (TMS).",
      "Alasan:",
      "1. Satu",
      "2. Dua",
      "Anda dapat mengajukan sanggah satu kali melalui halaman lamaran paling lambat Senin, 10 November 2025 pukul 23.59 WIB.",
    ]);
    expect(resultOpening({ selectionTitle: "S", participants: 3, ms: 2, tms: 1, objectionLastDay: null })).not.toContain("sanggah");
  });
});

describe("an additional result after registration was reopened (#15 item 3)", () => {
  const FIRST = { slug: "uji-hasil-administrasi", number: "06/SELTER/SKW/XI/2025", title: "Pengumuman Hasil Seleksi Administrasi Seleksi Uji" };

  it("names the result it adds to, which stays in force; a snapshot stored before reads as no addendum", () => {
    const opening = resultOpening({ selectionTitle: "Seleksi Uji", participants: 2, ms: 1, tms: 1, objectionLastDay: "2025-12-10", supplements: FIRST });
    expect(opening).toContain("Menindaklanjuti pembukaan kembali pendaftaran Seleksi Uji");
    expect(opening).toContain("Dari 2 pelamar, 1 dinyatakan Memenuhi Syarat (MS) dan 1 dinyatakan Tidak Memenuhi Syarat (TMS).");
    expect(opening).toContain(`Pengumuman ini menambah Pengumuman Nomor ${FIRST.number}, yang tetap berlaku.`);
    expect(opening).toContain("mengajukan sanggah satu kali");

    const addendum = buildResultSnapshot({ ...HEADER, number: "07/SELTER/SKW/XII/2025", supplements: FIRST }, [participant({})]);
    expect(parseResultSnapshot(JSON.parse(JSON.stringify(addendum)))?.supplements).toEqual(FIRST);
    const { supplements: _dropped, ...stored } = buildResultSnapshot(HEADER, [participant({})]);
    expect(parseResultSnapshot(stored)?.supplements).toBeNull();
    // A correction of the addendum is still the addendum's list.
    const corrected = buildCorrectionSnapshot(addendum, { ...HEADER, kind: "CORRECTION" }, new Map([["6172-25-SEKDA-00001-3", "TMS"]]));
    expect(corrected.supplements).toEqual(FIRST);
  });

  it("prints 'PENGUMUMAN TAMBAHAN' and the result it adds to in the PDF", async () => {
    const addendum = buildResultSnapshot({ ...HEADER, number: "07/SELTER/SKW/XII/2025", supplements: FIRST }, [participant({})]);
    const text = await extractPdfText(await renderResultAnnouncement(addendum));
    expect(text).toContain("PENGUMUMAN TAMBAHAN");
    expect(text).toContain(`Tambahan atas Pengumuman Nomor ${FIRST.number}.`);
  });
});
