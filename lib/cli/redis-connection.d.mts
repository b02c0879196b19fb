// Types of redis-connection.mjs (plain JavaScript: the server-process preload and the cache handler load it unbundled).
import type { RedisClientType } from "redis";

export declare const TAG_EXPIRIES_KEY: string;
export declare const REDIS_TIMEOUT_MS: number;
export declare function redisUrl(): string | null;
export declare function createRedisClient(url: string, name?: string): RedisClientType;
export declare function sharedRedis(): Promise<RedisClientType> | null;
export declare function closeSharedRedis(): Promise<void>;
export declare function withTimeout<T>(promise: Promise<T>, ms?: number): Promise<T>;
