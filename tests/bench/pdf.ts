// PDF rendering measured in-process: the minutes of a stage with 70 candidates and five members
// (several pages of tables), the heaviest document the committee prints.
import { renderStageMinutesPdf } from "@/lib/pdf/stage-minutes";
import { longMinutes } from "../factories/minutes";

/** Median milliseconds to render one minutes PDF, over `runs` renders after two warm-ups. */
export async function benchmarkMinutesPdf(runs = 15): Promise<number> {
  const minutes = longMinutes();
  for (let i = 0; i < 2; i += 1) await renderStageMinutesPdf(minutes);
  const timings: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await renderStageMinutesPdf(minutes);
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  return timings[Math.floor(timings.length / 2)] ?? Number.NaN;
}
