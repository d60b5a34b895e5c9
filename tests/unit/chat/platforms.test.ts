/** The table Platform -> adapter covers the contract: every platform has its adapter, every Settings source the contract's schemas. */
import { describe, expect, it } from 'vitest';
import { PlatformSchema } from '../../../shared/contract/chat';
import { ChatSourceAddSchema, ChatSourceConfigSchema, SOURCE_PLATFORMS } from '../../../shared/contract/sources';
import { canReply, platforms } from '../../../electron/core/chat/platforms';

describe('platforms table', () => {
  it('has an adapter for every platform of the contract’s enum, and nothing else', () => {
    expect(Object.keys(platforms).sort()).toEqual([...PlatformSchema.options].sort());
    for (const platform of PlatformSchema.options) expect(platforms[platform].platform).toBe(platform);
  });

  it('a platform is a Settings source exactly when the contract defines one, with the contract’s config and secret schemas', () => {
    for (const platform of PlatformSchema.options) {
      const source = platforms[platform].source;
      const contract = (SOURCE_PLATFORMS as Partial<Record<string, unknown>>)[platform];
      if (contract === undefined) {
        expect(source, platform).toBeNull();
        continue;
      }
      expect(source?.contract, platform).toBe(contract);
      // The schemas the server parses with are these very ones.
      expect(ChatSourceConfigSchema.options).toContain(source!.contract.config);
      expect(ChatSourceAddSchema.options).toContain(source!.contract.add);
      // The secret is part of what `add` takes and never of what settings keep.
      expect(Object.keys(source!.contract.add.shape), platform).toContain(source!.contract.secret);
      expect(Object.keys(source!.contract.config.shape), platform).not.toContain(source!.contract.secret);
      // A Settings source has a connector to start.
      expect(platforms[platform].connector, platform).not.toBeNull();
    }
  });

  it('replies: the public chats take them, manual entries and replays do not', () => {
    for (const platform of ['twitch', 'youtube', 'facebook', 'tiktok']) expect(canReply(platform), platform).toBe(true);
    for (const platform of ['manual', 'replay', 'not-a-platform']) expect(canReply(platform), platform).toBe(false);
  });
});
