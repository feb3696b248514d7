/** Danish texts for the follow-up pages; en and ar must have exactly these keys (checked by type). */
export const followUpDa = {} as const;
