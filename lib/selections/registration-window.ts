// Pure: where a selection's registration stands at an instant. The server decides with its own clock.
export type RegistrationState = "UPCOMING" | "OPEN" | "CLOSED";

export function registrationState(opensAt: Date, closesAt: Date, now: Date): RegistrationState {
  if (now.getTime() < opensAt.getTime()) return "UPCOMING";
  // The deadline instant itself is already too late (16:00:00 WIB closes the door).
  if (now.getTime() >= closesAt.getTime()) return "CLOSED";
  return "OPEN";
}
