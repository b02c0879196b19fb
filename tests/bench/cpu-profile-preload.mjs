// Preloaded into the server by tests/bench/profile-page.ts (NODE_OPTIONS --import): samples the process's CPU
// with the inspector and writes a .cpuprofile to PORTAL_CPU_PROF_DIR when the process exits.
import fs from "node:fs";
import path from "node:path";
import { Session } from "node:inspector";
const dir = process.env.PORTAL_CPU_PROF_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: 200 });
  session.post("Profiler.start");
  process.on("exit", () => {
    session.post("Profiler.stop", (error, result) => {
      if (!error) fs.writeFileSync(path.join(dir, `server-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
