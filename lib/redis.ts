// Redis for the app (#17): the one place that reads REDIS_URL and hands out the process's connection. Unset,
// the portal runs as one instance and nothing connects. The code lives in lib/cli/redis-connection.mjs, plain
// JavaScript shared with the server-process preload (the public-data broadcast) and the data-cache handler
// Next loads by path; all three use the same connection (through globalThis), so they keep one order.
import type { RedisClientType } from "redis";

export type RedisClient = RedisClientType;
export { closeSharedRedis, createRedisClient, redisUrl, sharedRedis, withTimeout } from "./cli/redis-connection.mjs";
