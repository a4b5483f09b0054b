/** See slide-text.mjs. */
export function slideTextInPage(slideNo: number): string
