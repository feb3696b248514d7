/** Danish texts for the association-inbox pages; en and ar must have exactly these keys (checked by type). */
export const associationInboxDa = {} as const;
