// The two-instance bench's load balancer in a process of its own (tests/scale/round-robin-proxy.ts), so that
// its CPU is not the load generator's and can be measured apart:
//   node --import tsx tests/bench/proxy-process.ts <port> <target> [<target>...]
// Prints "ready" when it listens; stops on SIGTERM.
import { startRoundRobinProxy } from "../scale/round-robin-proxy";

const [port, ...targets] = process.argv.slice(2);
if (!port || targets.length === 0) throw new Error("usage: proxy-process.ts <port> <target>...");
const proxy = await startRoundRobinProxy(Number(port), targets);
process.on("SIGTERM", () => void proxy.stop().then(() => process.exit(0)));
console.log("ready");
