// Types of public-data-broadcast.mjs (plain JavaScript: preloaded into the Next server process).
import type { RedisClientType } from "redis";

export declare const PUBLIC_DATA_CHANNEL: string;
export declare function recordExpiries(expiries: Map<string, number>, tags: string[], at: number): void;
export declare function startPublicDataBroadcast(options: {
  client: RedisClientType;
  subscriber: RedisClientType;
  expiries: Map<string, number>;
  purge: () => void;
  instanceId?: string;
}): Promise<{ instanceId: string; publish: (tags: string[], at: number) => Promise<number>; close: () => Promise<void> }>;
export declare function installPublicDataBroadcast(): void;
