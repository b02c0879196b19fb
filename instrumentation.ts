// Runs once when a server process starts (Next's instrumentation hook): the job worker runs inside the
// app's server unless PORTAL_INPROCESS_WORKER=off (separate `npm run worker` processes then send mail).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startInProcessWorker } = await import("@/lib/jobs/worker");
  await startInProcessWorker();
}
