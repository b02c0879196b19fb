import { describe, expect, it } from "vitest";
import { logger, maskPersonalText, REDACTED } from "@/lib/log";
import { captureLog, logLines } from "../fixtures/log-capture";

const NIK = "6101055205820004";
const NIP = "198205122006042001";
const EMAIL = "maria.ulfa@example.go.id";

describe("structured log", () => {
  it("writes one JSON line per event with level, time, event and message", async () => {
    const lines = logLines(await captureLog(async () => logger.warn({ event: "demo.event", count: 2 }, "Sesuatu terjadi")));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "warn", event: "demo.event", count: 2, msg: "Sesuatu terjadi", service: "portal-seleksi" });
    expect(typeof lines[0]?.time).toBe("string");
  });

  it("redacts personal fields by name, at the top level and nested, and masks NIK, NIP and e-mail in free text and errors", async () => {
    const output = await captureLog(async () => {
      logger.info(
        {
          event: "demo.personal",
          nik: NIK,
          email: EMAIL,
          user: { nip: NIP, phone: "081298765432", address: "Jl. Diponegoro 12" },
          upload: { file: { fileName: "KTP Maria.pdf" } },
          password: "KataSandiAman1",
          token: "abc.def",
          to: EMAIL,
        },
        `Pendaftar ${NIK} / NIP ${NIP} / ${EMAIL}`,
      );
      logger.error({ event: "demo.error", err: new Error(`Key (nik)=(${NIK}) already exists; contact ${EMAIL}`) }, "Gagal");
    });
    for (const secret of [NIK, NIP, EMAIL, "081298765432", "Diponegoro", "KTP Maria", "KataSandiAman1", "abc.def"]) expect(output).not.toContain(secret);
    const [info, error] = logLines(output);
    expect(info).toMatchObject({ nik: REDACTED, email: REDACTED, to: REDACTED, password: REDACTED, token: REDACTED, user: { nip: REDACTED, phone: REDACTED, address: REDACTED } });
    expect(info?.upload).toEqual({ file: { fileName: REDACTED } });
    expect(info?.msg).toBe(`Pendaftar ${REDACTED} / NIP ${REDACTED} / ${REDACTED}`);
    expect((error?.err as { message: string }).message).toBe(`Key (nik)=(${REDACTED}) already exists; contact ${REDACTED}`);
  });

  it("masks NIK- and NIP-like digit runs but leaves shorter numbers (years, counts, registration numbers)", () => {
    expect(maskPersonalText("6101 0552 0582 0004 dan 1982 0512 2006 04 2 001")).toBe(`${REDACTED} dan ${REDACTED}`);
    expect(maskPersonalText("6172-25-SEKDA-00001-4 pada 2025, 12 berkas")).toBe("6172-25-SEKDA-00001-4 pada 2025, 12 berkas");
  });
});
