import { describe, expect, it } from "vitest";
import { wibToUtc } from "@/lib/dates/wib";
import { scoreBands, sentPerDay } from "@/lib/selections/dashboard-charts";

describe("lamaran sent per day", () => {
  const opens = wibToUtc("2025-10-22T00:00");
  const closes = wibToUtc("2025-11-06T16:00");

  it("has one bar per day of the window, empty days at zero, the closing day highlighted", () => {
    const bars = sentPerDay([{ day: "2025-10-23", count: 4 }, { day: "2025-11-06", count: 9 }], opens, closes);
    expect(bars).toHaveLength(16); // 22 October to 6 November
    expect(bars[0]).toMatchObject({ key: "2025-10-22", label: "22 Oktober", value: 0 });
    expect(bars[1]).toMatchObject({ key: "2025-10-23", value: 4 });
    expect(bars.filter((bar) => bar.highlight).map((bar) => bar.key)).toEqual(["2025-11-06"]);
    expect(bars.at(-1)).toMatchObject({ key: "2025-11-06", value: 9 });
  });

  it("runs past the deadline when an extension let applications in later", () => {
    const bars = sentPerDay([{ day: "2025-11-10", count: 2 }], opens, closes);
    expect(bars.at(-1)).toMatchObject({ key: "2025-11-10", value: 2, highlight: false });
    expect(bars).toHaveLength(20);
  });
});

describe("score bands", () => {
  it("puts each score in its band of ten, 100 in the last", () => {
    const bands = scoreBands([0, 9.99, 10, 67.9, 68, 100, 95.5]);
    expect(bands.map((band) => band.label)).toEqual(["0–9", "10–19", "20–29", "30–39", "40–49", "50–59", "60–69", "70–79", "80–89", "90–100"]);
    expect(bands.map((band) => band.value)).toEqual([2, 1, 0, 0, 0, 0, 2, 0, 0, 2]);
  });
});
