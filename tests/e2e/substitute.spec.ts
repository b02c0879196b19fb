// A substitute scorer (#15 item 3): a member recuses from one candidate; the chair names another member of
// the selection's Pansel on the stage summary; the substitute sees and scores that candidate only.
import { prisma } from "@/lib/db";
import { assignStageScorers, declareConflict } from "@/lib/scoring/scorer-mutations";
import { confirmStageWeights, updateStageWeights } from "@/lib/scoring/stage-mutations";
import { createScoringSelection } from "../factories/scoring";
import { expect, pageAs, test } from "./fixtures";

const ANI = "Ani Kusuma, S.H.";
const BUDI = "Budi Santoso, S.T.";
let STAGE_URL = "";
let memberName = "";
let member2Name = "";

test.beforeAll(async () => {
  const selection = await createScoringSelection({ candidates: [ANI, BUDI] });
  const stageId = selection.stageIds.INTERVIEW!;
  const [member, member2] = selection.memberIds;
  await updateStageWeights({ actorId: selection.chairId, selectionId: selection.id, weights: { INTERVIEW: 100 } });
  await confirmStageWeights({ actorId: selection.chairId, selectionId: selection.id });
  await assignStageScorers({ actorId: selection.chairId, stageId, userIds: [member] }); // the chair does not score: the summary shows every score
  await declareConflict({ actorId: member, stageId, applicationId: selection.candidates[0]!.applicationId, hasConflict: true, statement: "Peserta adalah ipar saya." });
  STAGE_URL = `/pansel/seleksi/${selection.slug}/penilaian/${stageId}`;
  memberName = (await prisma.user.findUniqueOrThrow({ where: { id: member }, select: { name: true } })).name;
  member2Name = (await prisma.user.findUniqueOrThrow({ where: { id: member2 }, select: { name: true } })).name;
});

test("the chair names a substitute for a recused member, who then scores that candidate only", async ({ browser }) => {
  const chair = await pageAs(browser, "chair");
  await chair.goto(STAGE_URL);
  const summary = chair.getByTestId("rekap-nilai");
  const aniRow = summary.locator("tr").filter({ hasText: ANI });
  await expect(aniRow).toContainText(`Mengundurkan diri: ${memberName}`);
  await expect(summary.locator("tr").filter({ hasText: BUDI }).getByText("Tunjuk penilai pengganti")).toHaveCount(0);
  await aniRow.getByText("Tunjuk penilai pengganti").click();
  const form = aniRow.getByRole("form", { name: `Penilai pengganti untuk ${ANI}` });
  await form.getByRole("button", { name: "Tunjuk pengganti" }).click();
  await expect(form.getByText("Pilih anggota Pansel pengganti")).toBeVisible();
  await form.getByLabel("Anggota Pansel pengganti").selectOption({ label: member2Name });
  await form.getByRole("button", { name: "Tunjuk pengganti" }).click();
  await expect(aniRow).toContainText(`Pengganti: ${member2Name} (menggantikan ${memberName})`);

  const substitute = await pageAs(browser, "member2");
  await substitute.goto(STAGE_URL);
  const sheet = substitute.getByTestId("lembar-penilaian");
  await expect(sheet.locator("li").filter({ hasText: BUDI })).toHaveCount(0);
  const item = sheet.locator("li").filter({ hasText: ANI });
  await item.getByRole("button", { name: "Saya tidak memiliki konflik kepentingan" }).click();
  await substitute.getByRole("dialog", { name: "Nyatakan tidak ada konflik kepentingan?" }).getByRole("button", { name: "Ya, saya tidak memiliki konflik" }).click();
  await item.getByLabel("Nilai (0–100)").fill("84");
  await item.getByRole("button", { name: /^Kirim nilai/ }).click();
  await substitute.getByRole("dialog", { name: "Kirim nilai?" }).getByRole("button", { name: "Ya, kirim nilai" }).click();
  await expect(item).toHaveAttribute("data-state", "SUBMITTED");

  await chair.reload();
  await expect(chair.getByTestId("rekap-nilai").locator("tr").filter({ hasText: ANI })).toContainText(`${member2Name}: 84`);
});
