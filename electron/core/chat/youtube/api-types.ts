/** The parts of YouTube Data API v3 liveChatMessages.list the studio reads (field names as the API sends them). */
export interface LiveChatMessageListResponse {
  kind?: string;
  nextPageToken?: string;
  pollingIntervalMillis?: number;
  offlineAt?: string;
  pageInfo?: { totalResults?: number; resultsPerPage?: number };
  items?: LiveChatMessage[];
}

export interface LiveChatMessage {
  id: string;
  snippet?: {
    type?: string;
    liveChatId?: string;
    authorChannelId?: string;
    publishedAt?: string;
    hasDisplayContent?: boolean;
    displayMessage?: string;
    textMessageDetails?: { messageText?: string };
    superChatDetails?: {
      amountMicros?: string | number;
      currency?: string;
      amountDisplayString?: string;
      userComment?: string;
      tier?: number;
    };
    superStickerDetails?: { amountMicros?: string | number; currency?: string; amountDisplayString?: string; tier?: number };
    memberMilestoneChatDetails?: { userComment?: string; memberMonth?: number };
    messageDeletedDetails?: { deletedMessageId?: string };
    userBannedDetails?: {
      bannedUserDetails?: { channelId?: string; displayName?: string };
      banType?: string;
      banDurationSeconds?: string | number;
    };
  };
  authorDetails?: {
    channelId?: string;
    displayName?: string;
    profileImageUrl?: string;
    isChatOwner?: boolean;
    isChatSponsor?: boolean;
    isChatModerator?: boolean;
    isVerified?: boolean;
  };
}

export interface YouTubeErrorBody {
  error?: { code?: number; message?: string; errors?: { reason?: string; message?: string }[] };
}
