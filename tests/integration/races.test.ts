// Twenty requests at once, as an impatient double-clicker or a script would send them: one application,
// one submission, one account. The outcome is read from the database (rows, audit rows, events), not from
// the messages, which the sign-up may word differently (it must not reveal whether an account exists).
import { describeRaces } from "./shared/races";

describeRaces();
