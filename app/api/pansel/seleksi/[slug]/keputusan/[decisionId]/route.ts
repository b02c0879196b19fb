// The letter attached to a decision step (PPK approval, report to BKN, BKN recommendation, PPK
// choice), streamed from storage to the selection's committee, the PPK and the administrator.
import { requireUser } from "@/lib/auth/guards";
import { getDecisionLetter } from "@/lib/decisions/queries";
import { errorResponse, storedFileResponse } from "@/lib/http";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; decisionId: string }> }): Promise<Response> {
  try {
    const user = await requireUser();
    const { slug, decisionId } = await params;
    return storedFileResponse(await getDecisionLetter({ actorId: user.id, slug, decisionId }));
  } catch (error) {
    return errorResponse(error);
  }
}
