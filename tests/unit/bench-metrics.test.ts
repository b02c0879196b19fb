import { describe, expect, it } from "vitest";

import { formatTable, meets, metric, percentile, ratioOf, roundFigure } from "../bench/metrics";

describe("benchmark figures (tests/bench/metrics.ts)", () => {
  it("marks a ratio goal met or not, and repeats the ratio in `ratio`", () => {
    expect(metric("public.selection.ratio", 0.025, "× static", { op: ">=", target: 0.5 }, { ratio: true })).toEqual({
      name: "public.selection.ratio",
      value: 0.025,
      unit: "× static",
      goal: "≥ 0.5",
      ratio: 0.025,
      met: false,
    });
    expect(metric("public.selection.ratio", 0.5, "× static", { op: ">=", target: 0.5 }, { ratio: true }).met).toBe(true);
  });

  it("judges ≤ and = goals on the unrounded value, and a failed measurement never meets", () => {
    expect(metric("public.home.p99_ms", 50.04, "ms", { op: "<=", target: 50 }).met).toBe(false);
    expect(metric("public.home.p99_ms", 50, "ms", { op: "<=", target: 50 })).toMatchObject({ goal: "≤ 50 ms", met: true });
    expect(meets(Number.NaN, { op: "<=", target: 1 })).toBe(false);
    expect(meets(12, { op: "==", target: 12 })).toBe(true);
    expect(meets(13, { op: "==", target: 12 })).toBe(false);
  });

  it("leaves `met` out of a figure without a goal, and refuses names outside the contract's form", () => {
    const figure = metric("server.rss_before_mb", 201.26, "MB");
    expect(figure).toEqual({ name: "server.rss_before_mb", value: 201.3, unit: "MB", goal: "—" });
    expect(() => metric("Public Selection", 1, "x")).toThrow(/lower-case/);
    expect(() => metric("public", 1, "x")).toThrow(/dot-separated/);
  });

  it("rounds, divides and takes percentiles as the report needs", () => {
    expect(roundFigure(0.123456)).toBe(0.123);
    expect(roundFigure(123.456)).toBe(123.5);
    expect(roundFigure(12345.6)).toBe(12346);
    expect(ratioOf(50, 200)).toBe(0.25);
    expect(ratioOf(50, 0)).toBeNaN();
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)).toBe(5);
    expect(percentile([], 50)).toBeNaN();
  });

  it("prints one line per figure with the goal and whether it is met", () => {
    const table = formatTable([metric("ranking.jpt_100k_ms", 812, "ms", { op: "<=", target: 2000 }), metric("signup.errors", 3, "count", { op: "==", target: 0 })]);
    const lines = table.split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/^ranking\.jpt_100k_ms\s+812\s+ms\s+≤ 2000 ms\s+met$/);
    expect(lines[3]).toMatch(/signup\.errors\s+3\s+count\s+= 0 count\s+NOT met$/);
  });
});
