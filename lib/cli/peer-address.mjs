// Preloaded into the Next.js server process (`node --import`, through NODE_OPTIONS, by run-app.ts and the
// test app server). Next only fills `x-forwarded-for` with the socket address when the client sent none, so a
// client could choose its own "IP". Here every incoming request gets the real TCP peer address in
// `x-portal-peer`, overwriting whatever a client sent under that name, before Next sees the request.
// lib/auth/client-ip.ts trusts `x-forwarded-for` only for the number of proxy hops in TRUSTED_PROXY.
import diagnostics from "node:diagnostics_channel";
// One JSON log line per request, with a request id (lib/cli/request-log.mjs).
import "./request-log.mjs";
import { installPageCache } from "./page-cache.mjs";
import { installPublicDataBroadcast } from "./public-data-broadcast.mjs";

// Anonymous public pages served from a cache in front of Next (lib/cli/page-cache.mjs).
installPageCache();
// With REDIS_URL: a publication on any instance purges this one's page cache (lib/cli/public-data-broadcast.mjs).
installPublicDataBroadcast();

diagnostics.subscribe("http.server.request.start", ({ request, socket }) => {
  request.headers["x-portal-peer"] = (socket && socket.remoteAddress) || "";
});
// Tells the app (lib/auth/client-ip.ts) that `x-portal-peer` can be believed in this process.
process.env.PORTAL_PEER_HEADER = "1";
