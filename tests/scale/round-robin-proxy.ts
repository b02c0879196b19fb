// The load balancer of the two-instance test: a plain node:http proxy that hands each request to the next
// instance in turn. A request may ask for one instance with `x-scale-instance: A` (or B...), so a spec can
// say "through A" and "through B"; every answer says which instance gave it in the same header, and
// GET /__proxy/stats tells how many requests each instance answered.
import http from "node:http";

export const INSTANCE_HEADER = "x-scale-instance";

export type RoundRobinProxy = { url: string; stop: () => Promise<void> };

export async function startRoundRobinProxy(port: number, targets: string[]): Promise<RoundRobinProxy> {
  const names = targets.map((_, index) => String.fromCharCode(65 + index)); // A, B, ...
  const served = Object.fromEntries(names.map((name) => [name, 0]));
  let next = 0;
  const agent = new http.Agent({ keepAlive: true });

  const server = http.createServer((request, response) => {
    if (request.url === "/__proxy/stats") {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(served));
      return;
    }
    const asked = String(request.headers[INSTANCE_HEADER] ?? "").toUpperCase();
    const index = names.includes(asked) ? names.indexOf(asked) : next++ % targets.length;
    const name = names[index]!;
    const target = new URL(targets[index]!);
    const headers = { ...request.headers };
    delete headers[INSTANCE_HEADER];
    // The Host stays the proxy's (the public address): server actions compare it with the Origin.
    headers["x-forwarded-for"] = request.socket.remoteAddress ?? "";
    // A kept-alive connection the instance closed just as it was reused fails with ECONNRESET before any
    // answer; a request without a body (GET, HEAD) is then sent once more on a fresh connection.
    const bodiless = request.method === "GET" || request.method === "HEAD";
    const send = (retried: boolean) => {
      const upstream = http.request(
        { host: target.hostname, port: target.port, method: request.method, path: request.url, headers, agent },
        (answer) => {
          served[name] = (served[name] ?? 0) + 1;
          response.writeHead(answer.statusCode ?? 502, { ...answer.headers, [INSTANCE_HEADER]: name });
          answer.pipe(response);
        },
      );
      upstream.on("error", (error: NodeJS.ErrnoException) => {
        if (bodiless && !retried && upstream.reusedSocket && error.code === "ECONNRESET" && !response.headersSent) {
          send(true);
          return;
        }
        // Refused: the instance is not listening (yet); anything else is worth a line.
        if (error.code !== "ECONNREFUSED") console.error(`proxy: instance ${name} failed ${request.method} ${request.url?.split("?")[0]}: ${error.message}`);
        if (!response.headersSent) response.writeHead(502, { "content-type": "text/plain", [INSTANCE_HEADER]: name });
        response.end(`instance ${name} is not answering`);
      });
      if (!bodiless) request.pipe(upstream);
      else {
        request.resume(); // no body to read: lets the request end
        upstream.end();
      }
    };
    send(false);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
