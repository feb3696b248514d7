/** The most items one page of a list may ask for: a municipality's thousands of rows never come in one answer. */
export const MAX_PAGE_SIZE = 50;
