import { describe, expect, it } from "vitest";
import { aspectsToSubScores, scoreFormSchema } from "@/lib/validation/scoring";

const base = { stageId: "s", applicationId: "a", value: 80, note: "" };

describe("the scoring form's sub-scores", () => {
  it("accepts named aspects and stores them as sub-scores", () => {
    const parsed = scoreFormSchema.parse({ ...base, aspects: [{ label: " Visi dan misi ", value: 85.5 }, { label: "Integritas", value: 90 }] });
    expect(aspectsToSubScores(parsed.aspects)).toEqual({ "Visi dan misi": 85.5, Integritas: 90 });
    expect(aspectsToSubScores(scoreFormSchema.parse(base).aspects)).toBeUndefined();
  });

  it("refuses an aspect score out of range, an unnamed aspect and the same aspect twice", () => {
    const range = scoreFormSchema.safeParse({ ...base, aspects: [{ label: "Visi", value: 101 }] });
    expect(range.success).toBe(false);
    expect(range.error?.issues[0]?.path).toEqual(["aspects", 0, "value"]);
    const unnamed = scoreFormSchema.safeParse({ ...base, aspects: [{ label: " ", value: 80 }] });
    expect(unnamed.error?.issues[0]?.message).toBe("Tulis nama aspek");
    const twice = scoreFormSchema.safeParse({ ...base, aspects: [{ label: "Visi", value: 80 }, { label: "visi", value: 70 }] });
    expect(twice.error?.issues[0]?.message).toBe("Nama aspek tidak boleh sama");
  });
});
