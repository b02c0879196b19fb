// Types of redis-cache-handler.mjs (plain JavaScript: Next loads it by path, unbundled).
import type { RedisClientType } from "redis";

/* eslint-disable @typescript-eslint/no-explicit-any -- Next's cache entries, passed through as Next gives them */
export interface RedisCacheHandler {
  get(key: string, context: any): Promise<any>;
  set(key: string, data: any, context: any): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
export declare function createRedisCacheHandler(
  connect?: () => Promise<RedisClientType> | null,
  options?: { buildId?: string; now?: () => number },
): new (context: any) => RedisCacheHandler;
declare const Handler: new (context: any) => RedisCacheHandler;
export default Handler;
